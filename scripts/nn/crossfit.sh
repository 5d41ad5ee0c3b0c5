#!/usr/bin/env bash
# Chooses the quotes tagger's merge policy on PolNeAR train, never on dev:
# two taggers, each trained as run.sh trains the shipped one but on half of
# train (train.py --fold K/2 leaves out the articles whose index is K
# modulo 2), each predicting the half it did not see; the two predictions
# together are one cross-fitted tagging of all of train, replayed through
# the whole layer by quotes_eval --tagged for each least confidence.
# About 40 minutes of training per fold on 2 cores.
#
#   scripts/nn/crossfit.sh [WORK_DIR]     (default /tmp/dateline-nn; run.sh's venv and base model)
#
# Measured (session 23): train all F1 at 0.3 with the rules alone 0.833;
# with the tagger, least confidence 0 / 0.5 / 0.6 / 0.65 / 0.7 / 0.75 / 0.8:
# 0.831 / 0.836 / 0.841 / 0.841 / 0.842 / 0.841 / 0.840 (MergePolicy's
# default: 0.7). Then, at 0.7, the fewest words in the contents
# (QUOTES_NN_MINW) 0 / 2 / 3: 16,346 / 16,341 / 16,328 right of 18,991 /
# 18,964 / 18,936 predicted (default: 2; one-word contents are 5 right of 27).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${1:-/tmp/dateline-nn}"
VENV="${VENV:-$WORK/venv}"
PY="$VENV/bin/python"
[ -x "$PY" ] && [ -f "$WORK/base/model/config.json" ] || { echo "run scripts/nn/run.sh $WORK first (venv and base model)" >&2; exit 2; }
for k in 0 1; do
  "$PY" scripts/nn/train.py --base "$WORK/base/model" --out "$WORK/fold$k" \
    --epochs 2 --lr 1e-4 --batch 16 --seed 13 --threads 2 --fold "$k/2"
  "$PY" scripts/nn/predict.py "$WORK/fold$k" --split train --fold "$k/2" --out "$WORK/train-fold$k.tsv"
done
cat "$WORK/train-fold0.tsv" "$WORK/train-fold1.tsv" > "$WORK/train-cf.tsv"
cargo build --release -q -p dateline-quotes --example quotes_eval
BIN="${CARGO_TARGET_DIR:-target}/release/examples/quotes_eval"
echo "rules alone: $("$BIN" --split train --tagger off | grep '^all     overlap>=0.3')"
for m in 0 0.5 0.6 0.65 0.7 0.75 0.8; do
  echo "least confidence $m: $(QUOTES_NN_MIN=$m QUOTES_NN_MINW=0 "$BIN" --split train --tagged "$WORK/train-cf.tsv" | grep '^all     overlap>=0.3')"
done
for w in 0 2 3; do
  echo "least confidence 0.7, fewest words $w: $(QUOTES_NN_MIN=0.7 QUOTES_NN_MINW=$w "$BIN" --split train --tagged "$WORK/train-cf.tsv" | grep '^all     overlap>=0.3')"
done
