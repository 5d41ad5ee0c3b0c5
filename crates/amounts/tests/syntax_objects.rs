//! Objects from a dependency parse: the syntax layer is simulated with
//! hand-written Universal Dependencies trees, so this path is tested before
//! the parser ships; where the parse disagrees with the chunk rules, the
//! parse wins.

use dateline_amounts::AmountExtractor;
use dateline_core::{Article, Document, Pipeline, PubDate, Upos};

/// Segments `text`, checks the tokens, and attaches (upos, head, deprel).
fn parsed(text: &str, tree: &[(&str, Upos, Option<u32>, &str)]) -> Document {
    let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), text));
    Pipeline::segment_only().run(&mut doc);
    let toks: Vec<&str> = doc.tokens.iter().map(|t| doc.slice(t.span)).collect();
    let want: Vec<&str> = tree.iter().map(|t| t.0).collect();
    assert_eq!(toks, want);
    for (tok, (_, upos, head, rel)) in doc.tokens.iter_mut().zip(tree) {
        tok.upos = Some(*upos);
        tok.head = *head;
        tok.deprel = Some((*rel).to_string());
    }
    doc
}

fn objects(doc: &Document) -> Vec<(String, Option<String>)> {
    AmountExtractor::new()
        .find(doc)
        .iter()
        .map(|a| (doc.slice(a.span).to_string(), a.object.map(|o| doc.slice(o).to_string())))
        .collect()
}

#[test]
fn fraction_object_from_nmod() {
    use Upos::*;
    let doc = parsed(
        "Russia holds around a fifth of Ukraine’s territory.",
        &[
            ("Russia", PROPN, Some(1), "nsubj"),
            ("holds", VERB, None, "root"),
            ("around", ADV, Some(4), "advmod"),
            ("a", DET, Some(4), "det"),
            ("fifth", NOUN, Some(1), "obj"),
            ("of", ADP, Some(8), "case"),
            ("Ukraine", PROPN, Some(8), "nmod:poss"),
            ("’s", PART, Some(6), "case"),
            ("territory", NOUN, Some(4), "nmod"),
            (".", PUNCT, Some(1), "punct"),
        ],
    );
    assert_eq!(objects(&doc), [("around a fifth".to_string(), Some("Ukraine’s territory".to_string()))]);
}

#[test]
fn percent_object_is_the_subject_of_its_verb() {
    use Upos::*;
    // The subject is reached through the relative clause (acl:relcl).
    let doc = parsed(
        "Quotas hit rice exports, which jumped 12 pct this year.",
        &[
            ("Quotas", NOUN, Some(1), "nsubj"),
            ("hit", VERB, None, "root"),
            ("rice", NOUN, Some(3), "compound"),
            ("exports", NOUN, Some(1), "obj"),
            (",", PUNCT, Some(6), "punct"),
            ("which", PRON, Some(6), "nsubj"),
            ("jumped", VERB, Some(3), "acl:relcl"),
            ("12", NUM, Some(8), "nummod"),
            ("pct", NOUN, Some(6), "obj"),
            ("this", DET, Some(10), "det"),
            ("year", NOUN, Some(6), "obl:tmod"),
            (".", PUNCT, Some(1), "punct"),
        ],
    );
    assert_eq!(objects(&doc), [("12 pct".to_string(), Some("rice exports".to_string()))]);
}

#[test]
fn count_object_is_the_noun_it_modifies() {
    use Upos::*;
    let doc = parsed(
        "Some 2,000 Russian troops crossed.",
        &[
            ("Some", ADV, Some(1), "advmod"),
            ("2,000", NUM, Some(3), "nummod"),
            ("Russian", ADJ, Some(3), "amod"),
            ("troops", NOUN, Some(4), "nsubj"),
            ("crossed", VERB, None, "root"),
            (".", PUNCT, Some(4), "punct"),
        ],
    );
    assert_eq!(objects(&doc), [("Some 2,000".to_string(), Some("Russian troops".to_string()))]);
}

#[test]
fn money_object_with_prepositional_modifier() {
    use Upos::*;
    let doc = parsed(
        "It sent $65 billion in military aid to Ukraine since 2022.",
        &[
            ("It", PRON, Some(1), "nsubj"),
            ("sent", VERB, None, "root"),
            ("$", SYM, Some(1), "obj"),
            ("65", NUM, Some(4), "compound"),
            ("billion", NUM, Some(2), "nummod"),
            ("in", ADP, Some(7), "case"),
            ("military", ADJ, Some(7), "amod"),
            ("aid", NOUN, Some(2), "nmod"),
            ("to", ADP, Some(9), "case"),
            ("Ukraine", PROPN, Some(7), "nmod"),
            ("since", ADP, Some(11), "case"),
            ("2022", NUM, Some(1), "obl"),
            (".", PUNCT, Some(1), "punct"),
        ],
    );
    assert_eq!(objects(&doc), [("$65 billion".to_string(), Some("military aid to Ukraine".to_string()))]);
}

#[test]
fn parse_finds_what_chunk_rules_miss() {
    use Upos::*;
    let text = "It paid $5 million for new shares.";
    // Without a parse, "for" phrases are not taken as objects of money.
    let plain = AmountExtractor::new().extract_text(text);
    assert_eq!(plain.len(), 1);
    assert_eq!(plain[0].object, None);
    let doc = parsed(
        text,
        &[
            ("It", PRON, Some(1), "nsubj"),
            ("paid", VERB, None, "root"),
            ("$", SYM, Some(1), "obj"),
            ("5", NUM, Some(4), "compound"),
            ("million", NUM, Some(2), "nummod"),
            ("for", ADP, Some(7), "case"),
            ("new", ADJ, Some(7), "amod"),
            ("shares", NOUN, Some(2), "nmod"),
            (".", PUNCT, Some(1), "punct"),
        ],
    );
    assert_eq!(objects(&doc), [("$5 million".to_string(), Some("new shares".to_string()))]);
}

#[test]
fn cyclic_or_broken_parses_do_not_panic() {
    use Upos::*;
    let mut doc = parsed(
        "It sent $65 billion in aid.",
        &[
            ("It", PRON, Some(1), "nsubj"),
            ("sent", VERB, Some(7), "compound"),
            ("$", SYM, Some(1), "obj"),
            ("65", NUM, Some(4), "compound"),
            ("billion", NUM, Some(2), "nummod"),
            ("in", ADP, Some(6), "case"),
            ("aid", NOUN, Some(2), "nmod"),
            (".", PUNCT, Some(1), "compound"),
        ],
    );
    // a cycle: "sent" <-> "."
    let _ = AmountExtractor::new().find(&doc);
    // heads out of range
    for t in doc.tokens.iter_mut() {
        t.head = Some(999);
    }
    let found = AmountExtractor::new().find(&doc);
    assert_eq!(found.len(), 1);
}
