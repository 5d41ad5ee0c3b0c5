"""PolNeAR reading and the tagger's training examples.

Shared by train.py and predict.py. An article's attributions (brat files
under ../shared/eval/quotes-polnear/{split}/attributions, the first
annotator's file of each article, as the Rust evaluator reads them) become
one label per WordPiece: O, or B-/I- of SRC (source), CUE, CON (content).
B marks the first piece of each span, so two adjacent contents stay two.

Windows are those of the Rust side (windowing.py, crates/nn/src/window.rs).
"""
import os
import re
from pathlib import Path

from windowing import STRIDE, WINDOW, best_window, windows  # noqa: F401  (same as crates/nn)

LABELS = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"]
ROLE = {"Source": "SRC", "Cue": "CUE", "Content": "CON"}


def shared_dir():
    return Path(os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared")).resolve()


def articles(split):
    """(name, text, ann_path) of a split, the first annotator's file, name order."""
    base = shared_dir() / "eval" / "quotes-polnear" / split
    by = {}
    for f in sorted(os.listdir(base / "attributions")):
        if not f.endswith(".ann"):
            continue
        stem = f[: -len(".ann")]
        art = stem.rsplit("_", 1)[0]
        by.setdefault(art, []).append(base / "attributions" / f)
    out = []
    for art in sorted(by):
        text = (base / "text" / f"{art}.txt").read_text(encoding="utf-8")
        if "\r" in text:
            continue  # the Rust evaluator skips these too
        out.append((art, text, by[art][0]))
    return out


def gold_spans(ann_path):
    """[(role, start, end)] char spans of Source/Cue/Content of every attribution."""
    spans = {}
    rels = []
    for line in Path(ann_path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[TE]\d+", parts[0]):
            continue
        if parts[0].startswith("T"):
            label, offs = parts[1].split(" ", 1)
            frags = []
            for f in offs.split(";"):
                a, b = f.strip().split(" ")
                frags.append((int(a), int(b)))
            spans[parts[0]] = (label, frags)
        else:
            rels.append([a.split(":") for a in parts[1].split() if ":" in a])
    out = []
    for args in rels:
        for role, t in args:
            r = role.rstrip("0123456789")
            if r in ROLE and t in spans:
                for a, b in spans[t][1]:
                    out.append((ROLE[r], a, b))
    return out


def piece_labels(offsets, spans):
    """One label id per piece: the role of the gold span it overlaps most."""
    labels = [0] * len(offsets)
    prev = None  # (role, span index) of the previous piece
    for i, (a, b) in enumerate(offsets):
        best = None
        for j, (role, s, e) in enumerate(spans):
            ov = min(b, e) - max(a, s)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, role, j)
        if best is None:
            prev = None
            continue
        _, role, j = best
        tag = "I" if prev == (role, j) else "B"
        labels[i] = LABELS.index(f"{tag}-{role}")
        prev = (role, j)
    return labels


def encode(tok, text):
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
    return enc["input_ids"], enc["offset_mapping"]
