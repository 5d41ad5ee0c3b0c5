"""Runs a trained tagger over a PolNeAR split and writes its piece logits.

    venv/bin/python scripts/nn/predict.py CHECKPOINT --split dev --out FILE [--fold K/N]

FILE is tab-separated, one WordPiece a line: article, byte start, byte
end (in the article's UTF-8 text), then the logits of the labels in
polnear.LABELS order, comma-separated. The Rust evaluator reads it with
`quotes_eval --tagged FILE` (the same decoding as the built-in tagger).
With --fold K/N only the articles left out of fold K are written.
"""
import argparse
import sys
from pathlib import Path

import torch
from transformers import AutoModelForTokenClassification, BertTokenizerFast

sys.path.insert(0, str(Path(__file__).parent))
import polnear  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("checkpoint")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--out", required=True)
    ap.add_argument("--fold", default=None)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    tok = BertTokenizerFast.from_pretrained(a.checkpoint)
    model = AutoModelForTokenClassification.from_pretrained(a.checkpoint).eval()
    arts = polnear.articles(a.split)
    if a.fold:
        k, n = map(int, a.fold.split("/"))
        arts = [x for i, x in enumerate(arts) if i % n == k]
    with open(a.out, "w", encoding="utf-8") as out, torch.no_grad():
        for name, text, _ in arts:
            ids, offs = polnear.encode(tok, text)
            wins = polnear.windows(len(ids))
            logits = []
            for s, e in wins:
                x = torch.tensor([[tok.cls_token_id] + ids[s:e] + [tok.sep_token_id]])
                logits.append(model(input_ids=x).logits[0, 1:-1])
            # byte offsets of char offsets
            cb = [0]
            for ch in text:
                cb.append(cb[-1] + len(ch.encode("utf-8")))
            for i, (a0, b0) in enumerate(offs):
                w = polnear.best_window(wins, i)
                lg = logits[w][i - wins[w][0]].tolist()
                out.write(f"{name}\t{cb[a0]}\t{cb[b0]}\t" + ",".join(f"{v:.4f}" for v in lg) + "\n")
    print(f"wrote {a.out} ({len(arts)} articles)")


if __name__ == "__main__":
    main()
