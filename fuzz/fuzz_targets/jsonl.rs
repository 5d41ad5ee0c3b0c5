//! One JSON Lines record with the default and a remapped field map.
#![no_main]
use dateline_readers::jsonl::parse_jsonl_line;
use dateline_readers::FieldMap;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|line: &str| {
    let _ = parse_jsonl_line("fuzz.jsonl", 1, line, &FieldMap::default(), None);
    let mut fields = FieldMap::default();
    fields.set("text=body").expect("valid field spec");
    fields.set("date=published").expect("valid field spec");
    let _ = parse_jsonl_line("fuzz.jsonl", 1, line, &fields, None);
});
