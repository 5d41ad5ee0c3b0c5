//! Training is reproducible: the same options give byte-identical models.
use dateline_entities::{train, TrainOptions};

const SAMPLE: &str = "-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
visited VBD I-VP O
London NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Germany NNP I-NP I-LOC
's POS B-NP O
Foreign NNP I-NP O
Minister NNP I-NP O
Klaus NNP I-NP I-PER
Kinkel NNP I-NP I-PER
met VBD I-VP O
NATO NNP I-NP I-ORG
officials NNS I-NP O
in IN I-PP O
Brussels NNP I-NP I-LOC
. . O O
";

#[test]
fn same_seed_same_model() {
    let dir = std::env::temp_dir().join(format!("dateline-entities-repro-{}", std::process::id()));
    let data = dir.join("sample.conll");
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(&data, SAMPLE.repeat(3)).expect("write sample");
    let opts = |out: &str| {
        TrainOptions::new(&data).dev(&data).out_dir(dir.join(out)).epochs(3).bits(12).folds(2).seed(7).progress(false)
    };
    let a = train(&opts("a")).expect("trains");
    let b = train(&opts("b")).expect("trains");
    let ma = std::fs::read(&a.model_path).expect("model a");
    let mb = std::fs::read(&b.model_path).expect("model b");
    assert_eq!(ma, mb, "two runs with the same seed differ");
    assert!(a.tokens > 0 && a.sentences > 0);
    let dev = a.dev.expect("dev report");
    assert!(dev.overall.f1() > 0.5, "cannot even learn the training sample: {}", dev.overall.f1());
    let ex = dateline_entities::EntityExtractor::from_file(std::path::Path::new(&a.model_path)).expect("loads");
    assert!(ex.model().weights.iter().any(|&w| w != 0));
    let _ = std::fs::remove_dir_all(&dir);
}
