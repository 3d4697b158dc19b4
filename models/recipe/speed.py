"""Measure inference speed of candidate tok2vec/ner sizes (untrained weights; speed only).

usage: python speed.py [--chars 60000]
Runs single-threaded; prints chars/s of nlp.pipe(batch_size=64) over paragraph-sized texts.
"""
from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

from spacy import util
from spacy.tokens import DocBin

from common import RECIPE_DIR, blank_nlp

CANDIDATES = {
    "w64d2_h32": dict(width=64, depth=2, hidden=32, upper=True),
    "w64d3_h64": dict(width=64, depth=3, hidden=64, upper=True),
    "w96d4_h64": dict(width=96, depth=4, hidden=64, upper=True),
    "w96d4_noupper": dict(width=96, depth=4, hidden=64, upper=False),
    "w64d4_h32": dict(width=64, depth=4, hidden=32, upper=True),
    "w64d4_h64 (chosen)": dict(width=64, depth=4, hidden=64, upper=True),
}


def paragraphs(n_chars):
    db = DocBin().from_disk(RECIPE_DIR / "build" / "corpus" / "test_msra.spacy")
    nlp = blank_nlp()
    texts, cur = [], ""
    for d in db.get_docs(nlp.vocab):
        cur += d.text
        if len(cur) >= 200:
            texts.append(cur)
            cur = ""
        if sum(map(len, texts)) >= n_chars:
            break
    return texts


def build(width, depth, hidden, upper):
    cfg = util.load_config(RECIPE_DIR / "config.cfg")
    cfg["components"]["tok2vec"]["model"]["encode"]["width"] = width
    cfg["components"]["tok2vec"]["model"]["encode"]["depth"] = depth
    cfg["components"]["ner"]["model"]["hidden_width"] = hidden
    cfg["components"]["ner"]["model"]["use_upper"] = upper
    nlp = util.load_model_from_config(cfg, auto_fill=True, validate=True)
    ner = nlp.get_pipe("ner")
    for lab in ("PERSON", "LOC", "ORG", "ADDRESS"):
        ner.add_label(lab)
    nlp.initialize()
    return nlp


def bench(nlp, texts, reps=2):
    best = 0.0
    n = sum(map(len, texts))
    for _ in range(reps):
        t = time.perf_counter()
        for _d in nlp.pipe(texts, batch_size=64):
            pass
        best = max(best, n / (time.perf_counter() - t))
    return best


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=60000)
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    texts = paragraphs(a.chars)
    import sys
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else None
    for name, kw in CANDIDATES.items():
        if only and name not in only:
            continue
        nlp = build(**kw)
        print(f"{name:16s} {bench(nlp, texts):9.0f} chars/s", flush=True)
