//! Prints the time expressions of a text: `probe YYYY-MM-DD "text"`
//! (`--lenient` for standalone phrases, `--syntax` to run the syntax layer
//! first, as the pipeline does).

use chrono::NaiveDate;
use dateline_core::{Article, Document, Extractor, PubDate};
use dateline_time::{times_in, TimeExtractor, TimeOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(d), Some(text)) = (args.get(1).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()), args.get(2))
    else {
        eprintln!("usage: probe YYYY-MM-DD TEXT [--lenient] [--syntax]");
        std::process::exit(2);
    };
    let lenient = args.iter().any(|a| a == "--lenient");
    let opts = TimeOptions::builder().lenient(lenient).build();
    let found = if args.iter().any(|a| a == "--syntax") {
        let mut doc = Document::new(Article::new(PubDate::Date(d), text.as_str()));
        let syntax = dateline_syntax::SyntaxAnnotator::load().expect("syntax models load");
        let _ = syntax.extract(&mut doc);
        TimeExtractor::with_options(opts).find(&doc, d)
    } else {
        times_in(text, d, opts)
    };
    for t in found {
        println!("{:?}\t{}\t{}\t{:?}\t{:?}", &text[t.span.range()], t.kind.as_str(), t.value, t.modifier, t.anchor);
    }
}
