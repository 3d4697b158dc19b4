"""Evaluate a zh_review_ner pipeline.

  python evaluate.py MODEL_DIR [--corpus-dir build/corpus] [--json out.json]

Reports: per-label P/R/F1 on MSRA test (PERSON/LOC/ORG; exact spans; predicted ADDRESS is
counted as LOC there, since MSRA labels addresses LOC), on the synthetic dev set, the raw model's
PERSON and ADDRESS precision/recall on the product corpus tests/data/corpus (exact span and overlap;
gold types PERSON and CN_ADDRESS), inference speed on one core, load time and size on disk.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_v] = "1"

import spacy  # noqa: E402 - after the sys.path / environment set-up above
from spacy.tokens import DocBin  # noqa: E402 - after the sys.path / environment set-up above
from thinc.api import set_current_ops, NumpyOps  # noqa: E402 - after the sys.path / environment set-up above

from common import RECIPE_DIR, REPO_ROOT  # noqa: E402 - after the sys.path / environment set-up above


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "pred": np_, "gold": ng}


def score_docbin(nlp, path, labels, addr_as=None):
    db = DocBin().from_disk(path)
    gold_docs = list(db.get_docs(nlp.vocab))
    tp, npred, ngold = defaultdict(int), defaultdict(int), defaultdict(int)
    for gd, pd in zip(gold_docs, nlp.pipe((d.text for d in gold_docs), batch_size=64)):
        g = {(e.start_char, e.end_char, e.label_) for e in gd.ents}
        p = set()
        for e in pd.ents:
            lab = e.label_
            if lab == "ADDRESS" and addr_as:
                lab = addr_as
            p.add((e.start_char, e.end_char, lab))
        for lab in labels:
            gl = {x for x in g if x[2] == lab}
            pl = {x for x in p if x[2] == lab}
            tp[lab] += len(gl & pl)
            npred[lab] += len(pl)
            ngold[lab] += len(gl)
    res = {lab: prf(tp[lab], npred[lab], ngold[lab]) for lab in labels}
    res["micro"] = prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    res["sentences"] = len(gold_docs)
    return res


def load_corpus(corpus_dir: Path):
    """Yield (name, text, gold entities) from the product corpus (.txt + .gold.json)."""
    for gj in sorted(corpus_dir.glob("*.gold.json")):
        g = json.loads(gj.read_text(encoding="utf-8"))
        txt = corpus_dir / g.get("file", gj.name.replace(".gold.json", ".txt"))
        raw = txt.read_bytes()
        text = raw.decode(g.get("encoding", "utf-8"))
        ents = g.get("entities", [])
        def ok(t, ents=ents):
            return all(t[e["start"]:e["end"]] == e["text"] for e in ents)
        if not ok(text):
            for cand in (text.replace("\r\n", "\n"), text.lstrip("\ufeff")):
                if ok(cand):
                    text = cand
                    break
        yield gj.name, text, ents, g.get("traps", [])


def paragraphs(text):
    """Split into line-sized pieces (as the product does) keeping offsets."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def eval_product(nlp, corpus_dir: Path):
    pairs = {"PERSON": "PERSON", "CN_ADDRESS": "ADDRESS"}
    st = {k: defaultdict(int) for k in pairs}
    misaligned = 0
    trap_hits = {"PERSON": defaultdict(int), "ADDRESS": defaultdict(int)}
    n_files = 0
    examples = {"missed_person": [], "false_person": [], "missed_address": [], "false_address": []}
    for name, text, ents, traps in load_corpus(corpus_dir):
        n_files += 1
        if not all(text[e["start"]:e["end"]] == e["text"] for e in ents):
            misaligned += 1
        paras = paragraphs(text)
        pred = []
        for (off, _), doc in zip(paras, nlp.pipe((t for _, t in paras), batch_size=64)):
            pred += [(off + e.start_char, off + e.end_char, e.label_) for e in doc.ents]
        for gtype, plab in pairs.items():
            gold = [(e["start"], e["end"]) for e in ents if e["type"] == gtype]
            pr = [(s, e) for s, e, lab in pred if lab == plab]
            ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
            d = st[gtype]
            d["gold"] += len(gold)
            d["pred"] += len(pr)
            d["tp_exact"] += len(set(gold) & set(pr))
            d["gold_overlapped"] += sum(any(ov(g, p) for p in pr) for g in gold)
            d["pred_overlapping"] += sum(any(ov(p, g) for g in gold) for p in pr)
            key = "person" if gtype == "PERSON" else "address"
            for g in gold:
                if not any(ov(g, p) for p in pr) and len(examples["missed_" + key]) < 15:
                    examples["missed_" + key].append(f"{name}:{text[g[0]:g[1]]}")
            for p in pr:
                if not any(ov(p, g) for g in gold) and len(examples["false_" + key]) < 15:
                    examples["false_" + key].append(f"{name}:{text[p[0]:p[1]]}")
        for t in traps:
            for lab in ("PERSON", "ADDRESS"):
                if any(pl == lab and s < t["end"] and t["start"] < e for s, e, pl in pred):
                    trap_hits[lab][t["kind"]] += 1
    res = {"files": n_files, "files_misaligned": misaligned,
           "person_pred_on_traps": sum(trap_hits["PERSON"].values()),
           "trap_hits_by_kind": {k: dict(v) for k, v in trap_hits.items()}}
    for gtype, d in st.items():
        res[gtype] = {
            "gold": d["gold"], "pred": d["pred"],
            "exact": {"p": round(d["tp_exact"] / max(d["pred"], 1), 4), "r": round(d["tp_exact"] / max(d["gold"], 1), 4)},
            "overlap": {"p": round(d["pred_overlapping"] / max(d["pred"], 1), 4),
                        "r": round(d["gold_overlapped"] / max(d["gold"], 1), 4)},
        }
    res["examples"] = examples
    return res


def speed(nlp, texts, reps=3):
    n = sum(map(len, texts))
    best = 0.0
    for _ in range(reps):
        t = time.perf_counter()
        for _d in nlp.pipe(texts, batch_size=64):
            pass
        best = max(best, n / (time.perf_counter() - t))
    return round(best)


def load_time(model_dir, texts):
    """Fresh process on one core: import spaCy, load the model, then NER over 100,000 characters
    of paragraphs (the product's 'scan a 100k-char document' case, NER part only)."""
    import tempfile
    sel, n = [], 0
    while n < 100_000:
        for t in texts:
            sel.append(t)
            n += len(t)
            if n >= 100_000:
                break
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(sel, f, ensure_ascii=False)
    code = ("import os;os.sched_setaffinity(0,{min(os.sched_getaffinity(0))});"
            "import time,json;t0=time.perf_counter();import spacy;t1=time.perf_counter();"
            f"nlp=spacy.load({str(model_dir)!r});t2=time.perf_counter();"
            f"texts=json.load(open({f.name!r},encoding='utf-8'));"
            "[d for d in nlp.pipe(texts,batch_size=64)];t3=time.perf_counter();"
            "print(round(t1-t0,3),round(t2-t1,3),round(t3-t0,3))")
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    os.unlink(f.name)
    imp, load, total = map(float, out.stdout.split())
    return {"import_spacy_s": imp, "load_model_s": load, "scan_100k_chars_total_s_1core": total,
            "scan_chars": n}


def dir_size(p: Path):
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--corpus-dir", default=str(RECIPE_DIR / "build" / "corpus"))
    ap.add_argument("--product-corpus", default=str(REPO_ROOT / "tests" / "data" / "corpus"))
    ap.add_argument("--json", default=None)
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args(argv)
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    except (AttributeError, OSError):  # not on Linux: measure on all cores
        pass
    set_current_ops(NumpyOps())
    model = Path(a.model)
    nlp = spacy.load(model)
    cdir = Path(a.corpus_dir)
    res = {"model": str(model), "size_mb": round(dir_size(model) / 1e6, 2)}
    if (cdir / "test_msra.spacy").exists():
        res["msra_test"] = score_docbin(nlp, cdir / "test_msra.spacy", ["PERSON", "LOC", "ORG"], addr_as="LOC")
    if (cdir / "dev_synth.spacy").exists():
        res["synth_dev"] = score_docbin(nlp, cdir / "dev_synth.spacy", ["PERSON", "LOC", "ORG", "ADDRESS"])
    if (cdir / "dev_cluener.spacy").exists():
        res["cluener_dev"] = score_docbin(nlp, cdir / "dev_cluener.spacy", ["PERSON", "LOC", "ORG", "ADDRESS"])
    pc = Path(a.product_corpus)
    if pc.exists():
        res["product_corpus"] = eval_product(nlp, pc)
    if not a.no_speed:
        texts = []
        if pc.exists():
            for _, text, _, _ in load_corpus(pc):
                texts += [t for _, t in paragraphs(text)]
        db = DocBin().from_disk(cdir / "test_msra.spacy") if (cdir / "test_msra.spacy").exists() else None
        if db is not None:
            cur = ""
            for d in db.get_docs(nlp.vocab):
                cur += d.text
                if len(cur) >= 200:
                    texts.append(cur)
                    cur = ""
                if sum(map(len, texts)) > 150_000:
                    break
        nchar = sum(map(len, texts))
        cps = speed(nlp, texts)
        res["speed"] = {"chars": nchar, "paragraphs": len(texts), "chars_per_s_1core": cps,
                        "avg_paragraph_chars": round(nchar / max(len(texts), 1)),
                        "est_100k_chars_s_1core": round(100_000 / cps, 2)}
        res["load"] = load_time(model, texts)
    js = json.dumps(res, ensure_ascii=False, indent=1)
    if a.json:
        Path(a.json).write_text(js, encoding="utf-8")
    print(js)
    return res


if __name__ == "__main__":
    main()
