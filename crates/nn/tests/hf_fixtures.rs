//! Compare with Hugging Face / PyTorch output recorded by scripts/nn/fixtures.py.

use dateline_nn::Tagger;
use serde_json::Value;

const F32: &[u8] = include_bytes!("fixtures/tiny_f32.dlnn");
const INT8: &[u8] = include_bytes!("fixtures/tiny_int8.dlnn");
const TOKENIZER: &str = include_str!("fixtures/tokenizer.json");
const LOGITS: &str = include_str!("fixtures/logits.json");

fn tagger(bytes: &[u8]) -> Tagger {
    Tagger::from_bytes(bytes).expect("fixture model loads")
}

#[test]
fn tokenizer_matches_hf_bert_tokenizer_fast() {
    // The fixture model's vocab holds every token HF chose for these
    // sentences, so greedy longest match picks the same pieces.
    let t = tagger(F32);
    let tok = t.tokenizer();
    let doc: Value = serde_json::from_str(TOKENIZER).expect("json");
    let cases = doc["cases"].as_array().expect("cases");
    assert!(cases.len() >= 40);
    for case in cases {
        let text = case["text"].as_str().expect("text");
        let want_tokens: Vec<&str> =
            case["tokens"].as_array().expect("tokens").iter().map(|v| v.as_str().expect("str")).collect();
        let want_offsets: Vec<(usize, usize)> = case["offsets"]
            .as_array()
            .expect("offsets")
            .iter()
            .map(|o| (o[0].as_u64().expect("u64") as usize, o[1].as_u64().expect("u64") as usize))
            .collect();
        let pieces = tok.tokenize(text);
        let got_tokens: Vec<&str> = pieces.iter().map(|p| tok.token(p.id).expect("id in vocab")).collect();
        let got_offsets: Vec<(usize, usize)> = pieces.iter().map(|p| (p.start, p.end)).collect();
        assert_eq!(got_tokens, want_tokens, "tokens of {text:?}");
        assert_eq!(got_offsets, want_offsets, "offsets of {text:?}");
    }
}

fn max_diff(bytes: &[u8]) -> f32 {
    let t = tagger(bytes);
    let doc: Value = serde_json::from_str(LOGITS).expect("json");
    let labels: Vec<&str> =
        doc["labels"].as_array().expect("labels").iter().map(|v| v.as_str().expect("str")).collect();
    assert_eq!(t.labels(), labels.as_slice());
    let mut worst = 0f32;
    let mut saw_long = false;
    for case in doc["cases"].as_array().expect("cases") {
        let text = case["text"].as_str().expect("text");
        let ids: Vec<u32> =
            case["ids"].as_array().expect("ids").iter().map(|v| v.as_u64().expect("u64") as u32).collect();
        saw_long |= ids.len() > 254;
        let tagged = t.tag(text);
        assert_eq!(tagged.iter().map(|p| p.id).collect::<Vec<_>>(), ids, "ids of {text:?}");
        let want = case["logits"].as_array().expect("logits");
        assert_eq!(want.len(), tagged.len());
        for (p, w) in tagged.iter().zip(want) {
            for (a, b) in p.logits.iter().zip(w.as_array().expect("row")) {
                worst = worst.max((a - b.as_f64().expect("f64") as f32).abs());
            }
        }
    }
    assert!(saw_long, "fixtures include a text longer than one window");
    worst
}

#[test]
fn f32_logits_match_pytorch() {
    let d = max_diff(F32);
    eprintln!("f32 max abs diff {d}");
    assert!(d <= 1e-4, "max abs diff {d}");
}

#[test]
fn int8_logits_stay_close_to_pytorch() {
    // The tiny model has large random weights (std 0.15) and logits of a few
    // units; per-row int8 costs about 1% of that.
    let d = max_diff(INT8);
    eprintln!("int8 max abs diff {d}");
    assert!(d <= 0.15, "max abs diff {d}");
}

#[test]
fn bad_files_are_errors_not_panics() {
    assert!(matches!(Tagger::from_bytes(b"nope"), Err(dateline_nn::NnError::Magic)));
    for cut in [8, 12, 40, 200, F32.len() / 2, F32.len() - 1] {
        assert!(Tagger::from_bytes(&F32[..cut]).is_err(), "cut at {cut}");
    }
    let mut v = F32.to_vec();
    v[8] = 2;
    assert!(matches!(Tagger::from_bytes(&v), Err(dateline_nn::NnError::Version(2))));
}

#[test]
fn corrupted_headers_are_errors_not_panics_or_huge_allocations() {
    // Overwrite every 4-byte field of the header region (config, label and
    // vocab lengths, the first tensors' names, dtypes and dims) with large
    // and small values; loading must return (Ok or Err), never panic.
    for pos in (8..F32.len().min(4096)).step_by(7) {
        for val in [0u32, 1, 0xFFFF, u32::MAX] {
            let mut v = F32.to_vec();
            let end = (pos + 4).min(v.len());
            v[pos..end].copy_from_slice(&val.to_le_bytes()[..end - pos]);
            if let Ok(t) = Tagger::from_bytes(&v) {
                let _ = t.tag("The minister said prices would fall.");
            }
        }
    }
}
