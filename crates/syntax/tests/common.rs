//! Shared helpers of the integration tests.
#![allow(dead_code)]
use dateline_core::{Article, Document, Pipeline};
use dateline_syntax::SyntaxAnnotator;
use std::sync::OnceLock;

/// The embedded annotator, loaded once per test binary.
pub fn annotator() -> &'static SyntaxAnnotator {
    static A: OnceLock<SyntaxAnnotator> = OnceLock::new();
    A.get_or_init(|| SyntaxAnnotator::load().expect("embedded syntax model loads"))
}

/// Segments and parses an article.
pub fn parse(article: Article) -> Document {
    let mut doc = Document::new(article);
    let errs = Pipeline::segment_only().run(&mut doc);
    assert!(errs.is_empty());
    annotator().annotate(&mut doc);
    doc
}

/// The index of the first token spelled `word`.
pub fn tok(doc: &Document, word: &str) -> usize {
    doc.tokens.iter().position(|t| doc.slice(t.span) == word).unwrap_or_else(|| panic!("no token {word:?}"))
}

/// Parses `text` and gives each `word` the head `head` (`None`: the root)
/// and `deprel`: a parse slip written into the shipped model's parse.
pub fn slipped(text: &str, slips: &[(&str, Option<&str>, &str)]) -> Document {
    let mut doc = parse(Article::new(dateline_core::PubDate::parse("2001-06-04").expect("date"), text));
    for (word, head, deprel) in slips {
        let i = tok(&doc, word);
        let h = head.map(|h| tok(&doc, h) as u32);
        doc.tokens[i].head = h;
        doc.tokens[i].deprel = Some(deprel.to_string());
    }
    doc
}

/// The subjects of the first clause with this lemma, as text.
pub fn subjects_of(doc: &Document, lemma: &str) -> Vec<String> {
    let c = dateline_syntax::clauses(doc)
        .into_iter()
        .find(|c| c.lemma == lemma)
        .unwrap_or_else(|| panic!("no clause of {lemma}"));
    c.subjects.iter().map(|a| doc.slice(a.span).to_string()).collect()
}
