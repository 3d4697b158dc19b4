"""Convert the labelled public corpora in ner-data into spaCy DocBin files.

Output (under --out, default models/recipe/build/corpus):
  train_<source>.spacy   training material per source
  dev_msra.spacy, dev_cluener.spacy   development material (model selection only)
  test_msra.spacy        MSRA test (5,000 sentences) -- evaluation only, never trained on
  prepare_stats.json     sentence / entity counts per file
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from common import RECIPE_DIR, data_dir, make_doc, read_char_conll, save_docs, tags_to_spans

MSRA_MAP = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}
RESUME_MAP = {"NAME": "PERSON", "ORG": "ORG", "LOC": "LOC"}
WEIBO_MAP = {"PER.NAM": "PERSON", "LOC.NAM": "LOC", "GPE.NAM": "LOC", "ORG.NAM": "ORG"}
UNER_MAP = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}
# CLUENER: address spans are detailed addresses only when they reach number/building level;
# otherwise (e.g. "台湾", "北京") they are plain places and are mapped to LOC.
CLUE_MAP = {"name": "PERSON", "organization": "ORG", "government": "ORG", "company": "ORG",
            "scene": "LOC", "address": "ADDRESS"}
ADDR_HINT = re.compile(r"[0-9０-９]|号|弄|室|单元|楼|栋|幢")


def conll_docs(path, labmap, strip_suffix_digit=False, limit=None):
    for i, (chars, tags) in enumerate(read_char_conll(path, strip_suffix_digit)):
        if limit and i >= limit:
            break
        text = "".join(chars)
        yield make_doc(text, tags_to_spans(tags, labmap))


def cluener_docs(path, limit=None):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            if not line.strip():
                continue
            ex = json.loads(line)
            text = ex["text"]
            spans = []
            for typ, ents in ex.get("label", {}).items():
                lab = CLUE_MAP.get(typ)
                if not lab:
                    continue
                for surface, offs in ents.items():
                    for s, e in offs:
                        e = e + 1  # inclusive end in CLUENER
                        if lab == "ADDRESS" and not (len(surface) >= 5 and ADDR_HINT.search(surface)):
                            lab2 = "LOC"
                        else:
                            lab2 = lab
                        spans.append((s, e, lab2))
            yield make_doc(text, spans)


def uner_docs(path, limit=None):
    for i, d in enumerate(_uner_docs(path)):
        if limit and i >= limit:
            break
        yield d


def _uner_docs(path):
    """Word-tokenised IOB2 -> character offsets aligned against the '# text' line."""
    text, toks = None, []
    def flush():
        if text is None or not toks:
            return None
        pos, starts = 0, []
        for w, _ in toks:
            j = text.find(w, pos)
            if j < 0:
                return None
            starts.append((j, j + len(w)))
            pos = j + len(w)
        tags_chars = ["O"] * len(text)
        for (s, e), (_, tag) in zip(starts, toks):
            if tag == "O" or "-" not in tag:
                continue
            pre, lab = tag.split("-", 1)
            for k in range(s, e):
                tags_chars[k] = ("B-" if (k == s and pre == "B") else "I-") + lab
        return make_doc(text, tags_to_spans(tags_chars, UNER_MAP))
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# text ="):
                text = line[len("# text ="):].strip()
            elif line.startswith("#"):
                continue
            elif not line.strip():
                d = flush()
                if d is not None:
                    yield d
                text, toks = None, []
            else:
                cols = line.split("\t")
                if len(cols) >= 3 and cols[0].isdigit():
                    toks.append((cols[1], cols[2]))
    d = flush()
    if d is not None:
        yield d


def stats(docs):
    c = Counter()
    for d in docs:
        for e in d.ents:
            c[e.label_] += 1
    return dict(c)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(RECIPE_DIR / "build" / "corpus"))
    ap.add_argument("--limit", type=int, default=None, help="max sentences per source (smoke runs)")
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args(argv)
    D = data_dir()
    out = Path(a.out)
    lim = a.limit
    rng = random.Random(a.seed)
    report = {}

    def put(name, docs):
        docs = [d for d in docs if d is not None and len(d)]
        n = save_docs(docs, out / f"{name}.spacy")
        report[name] = {"sentences": n, "chars": sum(len(d.text) for d in docs), "entities": stats(docs)}
        print(f"{name:24s} {n:7d} sents  {report[name]['entities']}")
        return docs

    # MSRA: train minus a 1,500-sentence dev slice; 5,000-sentence test kept for evaluation only.
    msra = list(conll_docs(D / "msra_ner" / "msra_train.txt", MSRA_MAP, limit=lim))
    idx = list(range(len(msra)))
    rng.shuffle(idx)
    ndev = min(1500, max(1, len(msra) // 30))
    dev_idx = set(idx[:ndev])
    put("train_msra", [d for i, d in enumerate(msra) if i not in dev_idx])
    put("dev_msra", [d for i, d in enumerate(msra) if i in dev_idx])
    test = put("test_msra", conll_docs(D / "msra_ner" / "msra_test.txt", MSRA_MAP, limit=lim))
    # texts that must not leak into training (MSRA tests, both versions)
    banned = {d.text for d in test}
    banned |= {"".join(c) for c, _ in read_char_conll(D / "msra_ner" / "msra_test_bio.original.txt")}

    pd = []
    for fn in ("example.dev", "example.test"):
        pd += list(conll_docs(D / "peoples_daily_1998_ner" / fn, MSRA_MAP, limit=lim))
    n0 = len(pd)
    pd = [d for d in pd if d.text not in banned]
    print(f"peoples_daily: dropped {n0 - len(pd)} sentences identical to MSRA test sentences")
    put("train_peoples_daily", pd)
    put("train_cluener", cluener_docs(D / "cluener2020" / "train.json", lim))
    put("dev_cluener", cluener_docs(D / "cluener2020" / "dev.json", lim))
    put("train_resume", conll_docs(D / "resume_ner" / "train.char.bmes", RESUME_MAP, limit=lim))
    put("train_weibo", conll_docs(D / "weibo_ner" / "weiboNER_2nd_conll.train", WEIBO_MAP,
                                  strip_suffix_digit=True, limit=lim))
    put("train_uner", uner_docs(D / "uner_zh_gsdsimp" / "zh_gsdsimp-ud-train.iob2", lim))
    (out / "prepare_stats.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
