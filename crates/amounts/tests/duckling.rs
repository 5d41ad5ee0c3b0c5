//! Pass-rate floors on Duckling's English examples, per dimension
//! (`../shared/eval/time-duckling/duckling_en_examples.jsonl`).
//! Print the rates and failures with `cargo run --release -p
//! dateline-amounts --example amounts_eval -- --failures`.

#[path = "common/duckling.rs"]
mod duckling;

#[test]
fn duckling_pass_rates() {
    let path = dateline_testkit::shared_path("eval/time-duckling/duckling_en_examples.jsonl");
    let scores = duckling::evaluate(&path).expect("readable");
    // Targets: >= 95% money and numeral; the others measured at 100% / 98%+.
    let floors =
        [("AmountOfMoney", 0.97), ("Numeral", 0.97), ("Ordinal", 0.99), ("Quantity", 0.97), ("Duration", 0.97)];
    for (dim, floor) in floors {
        let s = &scores[dim];
        eprintln!("{dim}: {}/{} = {:.1}%", s.pass, s.total, 100.0 * s.rate());
        assert!(s.total > 30, "{dim}: only {} examples", s.total);
        assert!(s.rate() >= floor, "{dim}: {:.3} < {floor}; failures:\n{}", s.rate(), s.failures.join("\n"));
    }
}
