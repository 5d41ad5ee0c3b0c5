#!/usr/bin/env python3
"""Export a Hugging Face BERT token-classification checkpoint to dateline-nn's
.dlnn format (version 1; layout documented in crates/nn/src/format.rs).

Usage:
  export.py CHECKPOINT_DIR OUT.dlnn [--dtype int8|f16|f32]
            [--prune-vocab-from FILES... --vocab-size N]

CHECKPOINT_DIR holds config.json (with id2label), model.safetensors (or
pytorch_model.bin) and vocab.txt, as saved by
AutoModelForTokenClassification.save_pretrained + the tokenizer.

--dtype int8 (default): 2-D matrices (word/position/type embeddings, all
  linear weights) int8 with one f32 scale per row (symmetric, scale =
  max|row|/127); LayerNorms, biases and the small classifier weight stay f32.
--dtype f16: the same matrices as f16.   --dtype f32: everything f32.

Vocab pruning keeps the special tokens, every single character and every
'##' + single character, then the tokens most frequent when the given files
are tokenized (ties by id), up to N tokens in all; ids are renumbered in
the original order and the word-embedding rows sliced. Files ending in
.jsonl are read as one JSON object a line with the text in "body" (or
"text"); other files as plain text.

Needs torch and transformers (venv /work/venv-nn).
"""
import argparse
import collections
import json
import struct
import sys

import numpy as np
import torch
from transformers import AutoModelForTokenClassification, BertTokenizerFast

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def read_texts(path):
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                t = o.get("body") or o.get("text") or ""
                if t:
                    yield t
    else:
        with open(path, encoding="utf-8") as f:
            yield f.read()


def prune(vocab, tok, files, size):
    keep = set()
    for i, t in enumerate(vocab):
        if t in SPECIALS:
            keep.add(i)
        elif len(t) == 1 or (t.startswith("##") and len(t) == 3):
            keep.add(i)
    counts = collections.Counter()
    batch = []
    for path in files:
        for text in read_texts(path):
            batch.append(text)
            if len(batch) == 256:
                for ids in tok(batch, add_special_tokens=False)["input_ids"]:
                    counts.update(ids)
                batch = []
    if batch:
        for ids in tok(batch, add_special_tokens=False)["input_ids"]:
            counts.update(ids)
    if len(keep) > size:
        sys.exit(f"--vocab-size {size} < {len(keep)} required tokens")
    for i, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(keep) >= size:
            break
        keep.add(i)
    return sorted(keep)


def w_str(out, s):
    b = s.encode("utf-8")
    out.write(struct.pack("<I", len(b)))
    out.write(b)


def w_tensor(out, name, arr, dtype):
    arr = np.ascontiguousarray(arr, dtype=np.float32)
    w_str(out, name)
    code = {"f32": 0, "f16": 1, "int8": 2}[dtype]
    out.write(struct.pack("<BI", code, arr.ndim))
    out.write(struct.pack(f"<{arr.ndim}I", *arr.shape))
    if dtype == "f32":
        out.write(arr.astype("<f4").tobytes())
    elif dtype == "f16":
        out.write(arr.astype("<f2").tobytes())
    else:
        rows = arr.reshape(arr.shape[0], -1)
        scale = np.abs(rows).max(axis=1) / 127.0
        scale[scale == 0] = 1.0
        q = np.clip(np.rint(rows / scale[:, None]), -127, 127).astype(np.int8)
        out.write(scale.astype("<f4").tobytes())
        out.write(q.tobytes())


def export(ckpt, out_path, dtype="int8", prune_files=None, vocab_size=None):
    """Write OUT; return (kept vocab, kept original ids)."""
    model = AutoModelForTokenClassification.from_pretrained(ckpt)
    model.eval()
    cfg = model.config
    if cfg.model_type != "bert":
        sys.exit(f"model_type {cfg.model_type} is not bert")
    if getattr(cfg, "hidden_act", "gelu") != "gelu":
        sys.exit(f"hidden_act {cfg.hidden_act} not supported (gelu only)")
    if getattr(cfg, "position_embedding_type", "absolute") != "absolute":
        sys.exit("only absolute position embeddings are supported")
    with open(f"{ckpt}/vocab.txt", encoding="utf-8") as f:
        vocab = [line.rstrip("\n") for line in f]
    keep = list(range(len(vocab)))
    if prune_files:
        if not vocab_size:
            sys.exit("--prune-vocab-from needs --vocab-size")
        tok = BertTokenizerFast(vocab=f"{ckpt}/vocab.txt", do_lower_case=True)
        keep = prune(vocab, tok, prune_files, vocab_size)
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    labels = [cfg.id2label[i] for i in range(cfg.num_labels)]
    names = [k for k in sd if (k.startswith("bert.embeddings.") or k.startswith("bert.encoder.")
                               or k.startswith("classifier.")) and not k.endswith("position_ids")]
    with open(out_path, "wb") as out:
        out.write(b"DLNNBERT")
        out.write(struct.pack("<I", 1))
        out.write(struct.pack("<6I", cfg.num_hidden_layers, cfg.hidden_size, cfg.num_attention_heads,
                              cfg.intermediate_size, cfg.max_position_embeddings, cfg.type_vocab_size))
        out.write(struct.pack("<f", cfg.layer_norm_eps))
        out.write(struct.pack("<B", 1))
        out.write(struct.pack("<I", len(labels)))
        for label in labels:
            w_str(out, label)
        out.write(struct.pack("<I", len(keep)))
        for i in keep:
            w_str(out, vocab[i])
        out.write(struct.pack("<I", len(names)))
        for k in names:
            arr = sd[k]
            if k == "bert.embeddings.word_embeddings.weight":
                arr = arr[keep]
            dt = "f32"
            if arr.ndim == 2 and not k.startswith("classifier."):
                dt = dtype
            w_tensor(out, k, arr, dt)
    return [vocab[i] for i in keep], keep


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkpoint")
    ap.add_argument("out")
    ap.add_argument("--dtype", choices=["int8", "f16", "f32"], default="int8")
    ap.add_argument("--prune-vocab-from", nargs="+", metavar="FILE")
    ap.add_argument("--vocab-size", type=int)
    a = ap.parse_args()
    vocab, _ = export(a.checkpoint, a.out, a.dtype, a.prune_vocab_from, a.vocab_size)
    print(f"wrote {a.out}: vocab {len(vocab)}, dtype {a.dtype}", file=sys.stderr)


if __name__ == "__main__":
    main()
