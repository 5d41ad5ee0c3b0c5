//! Prints the tokens (CoNLL-U style) and the clause view of a text:
//! `cargo run --release -p dateline-syntax --example parse -- FILE` (or text on stdin;
//! `DATELINE_SYNTAX_MODEL=DIR` reads the models of a training run instead).
use dateline_core::{Article, Document, Pipeline, PubDate};
use dateline_syntax::{clauses, SyntaxAnnotator};
use std::io::Read;

fn main() {
    let text = match std::env::args().nth(1) {
        Some(p) => std::fs::read_to_string(&p).unwrap_or_else(|e| {
            eprintln!("{p}: {e}");
            std::process::exit(1)
        }),
        None => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            s
        }
    };
    let date = PubDate::parse("2025-03-11").expect("date");
    let mut doc = Document::new(Article::new(date, &text));
    let ann = match std::env::var("DATELINE_SYNTAX_MODEL") {
        Ok(d) => SyntaxAnnotator::from_dir(std::path::Path::new(&d)),
        Err(_) => SyntaxAnnotator::load(),
    }
    .unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let errs = Pipeline::segment_only().with(ann).run(&mut doc);
    for e in errs {
        eprintln!("{e}");
    }
    for s in &doc.sentences {
        for i in s.tokens.clone() {
            let t = &doc.tokens[i];
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                i,
                doc.slice(t.span),
                t.lemma.as_deref().unwrap_or("_"),
                t.upos.map_or("_", |u| u.as_str()),
                t.xpos.as_deref().unwrap_or("_"),
                t.feats.as_deref().unwrap_or("_"),
                t.head.map_or("root".to_string(), |h| h.to_string()),
                t.deprel.as_deref().unwrap_or("_")
            );
        }
        println!();
    }
    for c in clauses(&doc) {
        let w = |i: usize| doc.slice(doc.tokens[i].span).to_string();
        let args = |a: &[dateline_syntax::Arg]| {
            a.iter()
                .map(|x| {
                    format!("{}{}", doc.slice(x.span), x.qualifier.map(|q| format!(" [{}]", w(q))).unwrap_or_default())
                })
                .collect::<Vec<_>>()
                .join(" | ")
        };
        println!(
            "{} ({}): subj [{}] agent [{}] obj [{}] aux [{}] neg {} voice {:?} tense {:?} perfect {} modality {:?} gov {:?}",
            w(c.predicate),
            c.lemma,
            args(&c.subjects),
            args(&c.agents),
            args(&c.objects),
            c.auxiliaries.iter().map(|&a| w(a)).collect::<Vec<_>>().join(" "),
            c.negated(),
            c.voice,
            c.tense,
            c.perfect,
            c.modality,
            c.governor.as_ref().map(|(g, r)| format!("{} {r}", w(*g)))
        );
    }
}
