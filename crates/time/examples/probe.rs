//! Prints the time expressions of a text: `probe YYYY-MM-DD "text"`.

use chrono::NaiveDate;
use dateline_time::{times_in, TimeOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(d), Some(text)) = (args.get(1).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()), args.get(2))
    else {
        eprintln!("usage: probe YYYY-MM-DD TEXT");
        std::process::exit(2);
    };
    let lenient = args.iter().any(|a| a == "--lenient");
    for t in times_in(text, d, TimeOptions::builder().lenient(lenient).build()) {
        println!("{:?}\t{}\t{}\t{:?}\t{:?}", &text[t.span.range()], t.kind.as_str(), t.value, t.modifier, t.anchor);
    }
}
