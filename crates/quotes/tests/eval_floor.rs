//! The PolNeAR dev scores stay above what was measured (minus a small
//! margin); see `examples/quotes_eval.rs` for the full report.

use dateline_quotes::eval::{polnear, polnear_tagged, Tagger};

/// Without the neural tagger (`QuoteExtractor::without_tagger`,
/// `--fast-quotes`).
#[test]
fn polnear_dev_floor() {
    dateline_testkit::shared_path("eval/quotes-polnear/dev");
    let dir = dateline_testkit::shared_dir().join("eval/quotes-polnear");
    let r = polnear(&dir, "dev").expect("evaluation runs");
    eprintln!(
        "dev: direct F1 {:.3}/{:.3} speaker {:.3}; all F1 {:.3}/{:.3} speaker {:.3}",
        r.direct.loose.f1(),
        r.direct.strict.f1(),
        r.direct.speaker_match(),
        r.all.loose.f1(),
        r.all.strict.f1(),
        r.all.speaker_match()
    );
    assert_eq!(r.articles, 84);
    // Measured (2026-11-29): direct F1 0.923 at overlap 0.3 (0.899 at
    // 0.8), speaker match 0.972; all attributions F1 0.755 (0.608 at 0.8),
    // speaker match 0.872, with the learned attributions and boundaries
    // (runs blocked by direct quotes, the attribution model trained on the
    // redrawn contents). Then (quo9: claim objects for reject/deny,
    // "according to" without the dateline, speaker phrases; models
    // retrained) 0.755 / 0.604, speaker 0.868; then (review mends, the
    // entities' article-country and type repairs, models retrained) 0.757
    // / 0.608, speaker 0.870 (P 0.812, R 0.709). With the chant/title
    // and "known for/as" rules, parenthesized speakers and the models
    // retrained (quo11): all F1 0.757 / 0.605, speaker 0.876; direct
    // 0.923 / 0.902, speaker 0.970 (floors left where they were); session
    // 11's end (spurious cues blocked, plateau-middle threshold, models
    // retrained): all 0.756 / 0.606, speaker 0.873; direct 0.923 / 0.902,
    // speaker 0.970 (the floors below); quo12 (titles before names,
    // parenthesized "according to", chants, participles of being asked;
    // models retrained): all 0.756 / 0.606 (P 0.821 R 0.700), speaker
    // 0.873; direct unchanged; lead12 (session 12's end: narrator
    // participles, "said in a statement", the syntax acronym, pronoun and
    // relative-clause repairs; models retrained): all 0.758 / 0.608 (P
    // 0.821 R 0.703), speaker 0.874; direct 0.923 / 0.902, speaker 0.970
    // (the floors below); quo13 (polls after a clause, relative clauses
    // on an apposition, passives of addressing, "said on Friday that";
    // models retrained): all 0.758 / 0.610 (P 0.824 R 0.702), speaker
    // 0.873; direct unchanged (the strict floor raised); with a question
    // closing its paragraph and "That's according to X": all 0.760 /
    // 0.610 (P 0.827 R 0.703), speaker 0.874; direct unchanged; with
    // closing attributions and an order's infinitive (train
    // cross-validated 0.760 -> 0.761, the threshold moving -0.508 ->
    // -0.583): all 0.757 / 0.610 (P 0.822 R 0.702), speaker 0.874; quo14c
    // (subject repairs: "a person familiar with the matter", "after
    // Britain and Canada said", relative clauses on an apposition; verbs
    // of stance read as nouns; "and added that" after an unparsed "said";
    // models retrained, train cross-validated 0.761 -> 0.762): all 0.757
    // / 0.610 (P 0.817 R 0.705), speaker 0.872 (1311 of 1503 pairs, 1310
    // of 1498 before: the new matches brought no right speaker); quo14m
    // (the attribution model's subject, governor, distance, sentence and
    // neighbouring-attribution features, and the learned veto of the hand
    // rules' reported speech; train cross-validated 0.761 -> 0.764): all
    // 0.761 / 0.615 (P 0.835 R 0.699), speaker 0.874; direct 0.923 /
    // 0.902, speaker 0.970; merged at session 14's end with the lead's
    // entity repairs, models retrained (train cross-validated 0.764,
    // threshold -0.767, veto -1.087): all 0.762 / 0.612 (P 0.831 R
    // 0.703), speaker 0.873; direct 0.923 / 0.902, speaker 0.970 (the
    // floors below); qbnd (session 16: the content boundaries' cut
    // features and the additions' candidates as boundary training groups;
    // models retrained): all 0.766 / 0.621 (P 0.835 R 0.708), speaker
    // 0.879; direct 0.926 / 0.905, speaker 0.970 (the all floors raised);
    // merged at session 16's end with ent16, ev16 and the lead's repairs,
    // models retrained (train cross-validated 0.763, veto 0.764; the
    // threshold moved -0.494 -> -0.396 with the last entity repairs): all
    // 0.764 / 0.621 (P 0.838 R 0.702), speaker 0.880; direct unchanged.
    // Session 17 (qrecall's candidate generators, qlong's hand cuts and
    // runs, ent17, ev17 and the lead's tag repairs; models retrained,
    // train cross-validated 0.766, veto 0.767): all 0.769 / 0.617 (P
    // 0.836 R 0.711), speaker 0.878 (1330 of 1515 pairs, 1316 of 1495
    // before); direct unchanged. (0.770 / 0.620 had been read with the
    // models of the merge before ev17 still embedded: quotes_eval must be
    // rebuilt after quotes_train.) qbound (the content boundaries' run
    // features and ten perceptrons; models retrained, train
    // cross-validated 0.766, veto 0.768): all 0.769 / 0.623 (P 0.835 R
    // 0.712; 1561 of 1870, 1266 at 0.8), speaker 0.879 (1334 of 1518);
    // direct unchanged (the strict and speaker floors raised). Merged at
    // session 18's end with qpass, qnoun and the lead's repairs, models
    // retrained (train cross-validated 0.768, veto 0.769): all 0.772 /
    // 0.626 (P 0.839 R 0.714; 1565 of 1865, 1270 at 0.8), speaker 0.878
    // (1335 of 1520); direct unchanged (the floors below). qrule (no
    // loose words after "add"; models retrained, train cross-validated
    // with the veto 0.769 -> 0.770): all 0.771 / 0.624 (1566 of 1870,
    // 1267 at 0.8), speaker 0.878 (1334 of 1520); direct unchanged
    // (the floors below: the measured figures). Session 19 (fronted "as"
    // clauses of saying, headline verbs, parenthetical "-s" verbs of
    // saying, the rarer dashes; models retrained, train cross-validated
    // with the veto 0.7697 -> 0.7709): all 0.774 (1574 of 1877; 0.628 at
    // 0.8, 1278), speaker 0.876 (1340 of 1529: six more right speakers,
    // its floor left at 0.878); direct unchanged. qtrail (a content read
    // off the words ends before a coordinated verb phrase; models
    // retrained, train cross-validated with the veto 0.77093 -> 0.77098):
    // all 0.774 (1570 of 1865; 0.630 at 0.8, 1277), speaker 0.879 (1340
    // of 1525); direct unchanged (floors left as they are). qsecpred (objects of
    // verbs of naming through their predicate; models retrained, train
    // cross-validated with the veto 0.7709 -> 0.7722): all 0.774 (1571
    // of 1870; 0.624 at 0.8, 1268, within the margin), speaker 0.878
    // (1340 of 1526); direct unchanged; floors left where they were.
    // Session 20's end (qtrail and qsecpred merged, models retrained on
    // the merged rules, train cross-validated with the veto 0.7717, tp
    // 14281 of 17181): all 0.777 (1578 of 1872; 0.625 at 0.8, 1270,
    // within the margin), speaker 0.875 (1341 of 1532, within the
    // margin); direct unchanged. ALL_F1 raised to the measured 0.777.
    // The layer is
    // deterministic; the floors are the measured figures less MARGIN.
    assert!(r.direct.loose.f1() >= DIRECT_F1 - MARGIN, "direct F1 {:.3}", r.direct.loose.f1());
    assert!(r.direct.speaker_match() >= DIRECT_SPEAKER - MARGIN, "direct speaker {:.3}", r.direct.speaker_match());
    assert!(r.all.loose.f1() >= ALL_F1 - MARGIN, "all F1 {:.3}", r.all.loose.f1());
    assert!(r.all.speaker_match() >= ALL_SPEAKER - MARGIN, "all speaker {:.3}", r.all.speaker_match());
    assert!(r.direct.strict.f1() >= DIRECT_F1_STRICT - MARGIN, "direct F1 at 0.8 {:.3}", r.direct.strict.f1());
    assert!(r.all.strict.f1() >= ALL_F1_STRICT - MARGIN, "all F1 at 0.8 {:.3}", r.all.strict.f1());
}

const MARGIN: f64 = 0.005;
const DIRECT_F1: f64 = 0.923;
const DIRECT_SPEAKER: f64 = 0.970;
const ALL_F1: f64 = 0.777;
const ALL_SPEAKER: f64 = 0.878;
const DIRECT_F1_STRICT: f64 = 0.902;
const ALL_F1_STRICT: f64 = 0.628;

/// The layer's default, with the embedded neural tagger
/// (`QuoteExtractor::new`); `polnear_dev_floor` above measures it without
/// (`--fast-quotes`).
#[test]
fn polnear_dev_floor_with_tagger() {
    dateline_testkit::shared_path("eval/quotes-polnear/dev");
    let dir = dateline_testkit::shared_dir().join("eval/quotes-polnear");
    let r = polnear_tagged(&dir, "dev", None, false, None, true, Tagger::Embedded).expect("evaluation runs");
    eprintln!(
        "dev with the tagger: direct F1 {:.3} speaker {:.3}; all F1 {:.3}/{:.3} speaker {:.3}",
        r.direct.loose.f1(),
        r.direct.speaker_match(),
        r.all.loose.f1(),
        r.all.strict.f1(),
        r.all.speaker_match()
    );
    // Measured (session 22: MiniLM-L6 int8, vocab pruned to 16,000; the
    // additions with a cue and a source, NEVER_CUES out, the learned veto
    // applied): all 0.805 / 0.632 (P 0.797 R 0.813, 1782 of 2192),
    // speaker 0.874 (1509 of 1726 pairs); direct unchanged 0.926 / 0.905,
    // speaker 0.970 (the tagger adds indirect attributions only). The
    // PyTorch model itself (f32, full vocab, replayed with `quotes_eval
    // --tagged`, before the veto and NEVER_CUES): 0.807 / 0.627.
    // Session 23 (the merge leaves out what the hand rules' own tests
    // refuse, `neural::refused`; the tagger made the default): all 0.804 /
    // 0.631 (P 0.798 R 0.809, 1774 of 2192), speaker 0.874 (1503 of
    // 1720); direct unchanged. With the least confidence 0.7 (chosen on
    // train with two cross-fitted taggers, scripts/nn/crossfit.sh; train
    // all F1 0.831 -> 0.842): all 0.804 / 0.642 (P 0.834 R 0.777, 1703 of
    // 2192), speaker 0.877 (1449 of 1653); the additions 125 right of 170.
    // With two words at least in the contents (chosen on train the same
    // way): all 0.805 / 0.642 (P 0.836 R 0.776, 1700 of 2192), speaker
    // 0.876 (1446 of 1650); the additions 122 right of 161.
    // The floor of the loose F1 is the target, 0.80.
    assert!(r.all.loose.f1() >= 0.800, "all F1 {:.3}", r.all.loose.f1());
    assert!(r.all.strict.f1() >= 0.642 - MARGIN, "all F1 at 0.8 {:.3}", r.all.strict.f1());
    assert!(r.all.speaker_match() >= 0.876 - MARGIN, "all speaker {:.3}", r.all.speaker_match());
    assert!(r.direct.loose.f1() >= DIRECT_F1 - MARGIN, "direct F1 {:.3}", r.direct.loose.f1());
    assert!(r.direct.speaker_match() >= DIRECT_SPEAKER - MARGIN, "direct speaker {:.3}", r.direct.speaker_match());
}
