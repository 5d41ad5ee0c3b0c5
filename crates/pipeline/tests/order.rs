//! Ingest stores articles in input order whatever the number of extraction
//! threads: when the input repeats an article (same text, another title),
//! the first one is kept, as with one thread.

use dateline_pipeline::{ingest, pipeline_with, IngestOptions};
use dateline_readers::Input;
use dateline_store::Store;
use indicatif::ProgressBar;

#[test]
fn first_of_duplicates_wins_with_many_threads() {
    let dir = std::env::temp_dir().join(format!("dateline-order-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.jsonl");
    let mut lines = String::new();
    for i in 0..400 {
        // Articles 0..200, each twice: title "first i", later "second i".
        let (n, which) = if i < 200 { (i, "first") } else { (i - 200, "second") };
        // Long texts for odd articles so threads finish out of order.
        let pad = if n % 2 == 1 { " More words follow here.".repeat(200) } else { String::new() };
        lines.push_str(&format!(
            "{{\"date\":\"2025-03-11\",\"title\":\"{which} {n}\",\"text\":\"Article number {n} about the talks.{pad}\"}}\n"
        ));
    }
    std::fs::write(&input, lines).unwrap();
    let pipeline = pipeline_with(&["syntax"]).unwrap();
    for jobs in [1, 4] {
        let mut store = Store::open(&dir.join(format!("store-{jobs}"))).unwrap();
        let opts = IngestOptions { jobs, batch_size: 7, ..IngestOptions::default() };
        let s =
            ingest(&mut store, &pipeline, &[Input::File(input.clone())], &opts, &ProgressBar::hidden(), &mut |_| {})
                .unwrap();
        assert_eq!((s.read, s.added, s.duplicates), (400, 200, 200), "jobs={jobs}");
        for id in store.all_ids().unwrap() {
            let doc = store.load(&id).unwrap().unwrap();
            let title = doc.article.title.unwrap();
            assert!(title.starts_with("first "), "jobs={jobs}: kept {title:?}");
        }
    }
}
