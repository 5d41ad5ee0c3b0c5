//! Span invariants of the tokenizer and tagger on arbitrary input.

use dateline_nn::tokenizer::normalize;
use dateline_nn::Tagger;
use proptest::prelude::*;

const F32: &[u8] = include_bytes!("fixtures/tiny_f32.dlnn");

fn tagger() -> &'static Tagger {
    use std::sync::OnceLock;
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| Tagger::from_bytes(F32).expect("fixture model loads"))
}

fn check(text: &str) {
    let t = tagger();
    let tok = t.tokenizer();
    let pieces = tok.tokenize(text);
    let mut prev = 0;
    for p in &pieces {
        assert!(p.start <= p.end && p.end <= text.len(), "span in bounds");
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        assert!(p.start >= prev, "sorted, non-overlapping");
        prev = p.end;
        let token = tok.token(p.id).expect("id in vocab");
        if token == "[UNK]" {
            continue;
        }
        let piece = token.strip_prefix("##").unwrap_or(token);
        let surface = &text[p.start..p.end];
        // Pieces cut inside one expanded character (a ligature) have their
        // spans clamped and may be empty; all others fold to the piece.
        if !surface.is_empty() {
            let folded = normalize(surface);
            assert!(
                folded == piece || folded.starts_with(piece) || folded.ends_with(piece),
                "surface {surface:?} of piece {token:?}"
            );
            if surface.is_ascii() {
                assert_eq!(folded, piece);
            }
        }
    }
    let tagged = t.tag(text);
    assert_eq!(tagged.len(), pieces.len());
    for p in &tagged {
        assert_eq!(p.logits.len(), t.labels().len());
        assert!(p.logits.iter().all(|v| v.is_finite()));
    }
}

#[test]
fn accents_map_back_to_the_original_bytes() {
    let t = tagger();
    let text = "É café ÉCOLE";
    let pieces = t.tokenizer().tokenize(text);
    assert_eq!(&text[pieces[0].start..pieces[0].end], "É");
    assert_eq!(t.tokenizer().token(pieces[0].id), Some("e"));
    let last = pieces.last().expect("pieces");
    assert!(text[..last.end].ends_with("ÉCOLE"));
    check(text);
}

#[test]
fn fixed_edge_cases() {
    for s in [
        "",
        " ",
        "\u{0}\u{FFFD}\u{200B}",
        "a\u{301}",
        "ﬁnancial ǆ ß İstanbul",
        "“quoted” — dash … ellipsis",
        "北京上海",
        "🎉🏆",
        &"x".repeat(150),
        &"word ".repeat(700),
    ] {
        check(s);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_string_keeps_the_invariants(s in "\\PC{0,80}") {
        check(&s);
    }

    #[test]
    fn news_like_strings_keep_the_invariants(s in "[A-Za-zÀ-ÿ0-9 ,.;:“”‘’€£—–'\"()-]{0,120}") {
        check(&s);
    }
}
