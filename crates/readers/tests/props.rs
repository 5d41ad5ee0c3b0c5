//! Property tests: the plain-text and JSON Lines parsers and the byte-level
//! input reader never panic; they either read an article whose text is a
//! non-empty part of the input or give an error naming the input.

use dateline_readers::jsonl::{parse_jsonl_line, FieldMap};
use dateline_readers::plain::{parse_plain, PlainOptions};
use dateline_readers::{read_input, Input, ReadOptions};
use proptest::prelude::*;

fn texty() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("date ".to_string()),
            Just("2025-03-11".to_string()),
            Just("title: ".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("{\"date\":\"2025-03-11\",\"text\":".to_string()),
            Just("\"".to_string()),
            "[a-zA-Z0-9 ,.:;{}\\[\\]\"'\u{201c}\u{201d}\u{e9}\u{0}-]{0,12}",
        ],
        0..24,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn plain_never_panics(s in texty()) {
        match parse_plain("p.txt", &s, &PlainOptions::default()) {
            Ok(a) => {
                prop_assert!(!a.text.trim().is_empty());
                prop_assert!(!a.text.contains('\r'));
            }
            Err(e) => prop_assert!(e.to_string().starts_with("p.txt")),
        }
    }

    #[test]
    fn jsonl_never_panics(s in texty()) {
        match parse_jsonl_line("j.jsonl", 7, &s, &FieldMap::default(), None) {
            Ok((a, _)) => prop_assert!(!a.text.trim().is_empty()),
            Err(e) => prop_assert!(e.to_string().starts_with("j.jsonl"), "{}", e),
        }
    }

    #[test]
    fn read_input_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), gz in any::<bool>()) {
        let dir = std::env::temp_dir().join(format!("dateline-props-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(if gz { "x.txt.gz" } else { "x.jsonl" });
        let mut data = bytes.clone();
        if gz {
            data.splice(0..0, [0x1f, 0x8b]);
        }
        std::fs::write(&path, &data).unwrap();
        let origin = path.display().to_string();
        let mut seen = 0;
        read_input(&Input::File(path), &ReadOptions::default(), &mut |item| {
            seen += 1;
            if let Err(e) = item {
                assert!(e.origin().starts_with(&origin), "{e}");
            }
        });
        let _ = seen;
    }
}
