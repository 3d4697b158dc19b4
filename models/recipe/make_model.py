"""Single entry point: rebuild the zh_review_ner model from scratch.

  python models/recipe/make_model.py            # full run (~1 h on 2 CPU cores)
  python models/recipe/make_model.py --quick    # smoke run in a temp dir (< 3 min), does not touch models/zh_review_ner

Steps: prepare (public corpora -> DocBin) -> synth (synthetic + address carriers) -> merge ->
spacy train (wall-time capped) -> copy model-best to models/zh_review_ner (nlp.to_disk, meta) ->
evaluate -> write figures into models/README.md between the marker comments.
Data are read from ../shared/ner-data relative to the repo root, or from $NER_DATA_DIR.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import REPO_ROOT, data_dir  # noqa: E402 - after the sys.path / environment set-up above

PY = sys.executable
MODEL_DIR = REPO_ROOT / "models" / "zh_review_ner"
CARD = REPO_ROOT / "models" / "README.md"
VERSION = "0.1.0"
SOURCES = [
    {"name": "msra_ner (train)", "licence": "none stated (SIGHAN 2006 bakeoff)"},
    {"name": "peoples_daily_1998_ner (example.dev + example.test)", "licence": "none stated"},
    {"name": "cluener2020 (train)", "licence": "none stated"},
    {"name": "resume_ner (train)", "licence": "none stated"},
    {"name": "weibo_ner (train)", "licence": "none stated"},
    {"name": "uner_zh_gsdsimp (train)", "licence": "CC BY-SA 4.0"},
    {"name": "chinese_address_parsing (train addresses in synthetic carrier sentences)", "licence": "none stated"},
    {"name": "admin_divisions_modood (synthetic data)", "licence": "WTFPL"},
    {"name": "chinese_names_corpus (surname list, synthetic data)", "licence": "Apache-2.0"},
    {"name": "project synthetic government-document sentences (synth.py)", "licence": "project-generated"},
]
TRAIN_PARTS = ["train_msra", "train_peoples_daily", "train_cluener", "train_resume", "train_weibo", "train_uner",
               "train_synth", "train_addr"]
DEV_PARTS = ["dev_msra", "dev_synth", "dev_cluener"]


def run(cmd, env=None):
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=HERE, env=env)


def merge(corpus: Path, parts, out: Path):
    from spacy.tokens import DocBin
    db = DocBin()
    for p in parts:
        f = corpus / f"{p}.spacy"
        if f.exists():
            db.merge(DocBin().from_disk(f))
    db.to_disk(out)
    return len(db)


def train(build: Path, steps: int, eval_freq: int, patience: int, max_minutes: float, threads: int, log: Path):
    out = build / "training"
    if out.exists():
        shutil.rmtree(out)
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads),
               MKL_NUM_THREADS=str(threads), PYTHONUNBUFFERED="1")
    cmd = [PY, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(out),
           "--paths.train", str(build / "train.spacy"), "--paths.dev", str(build / "dev.spacy"),
           "--training.max_steps", str(steps), "--training.eval_frequency", str(eval_freq),
           "--training.patience", str(patience)]
    print("+", " ".join(cmd), flush=True)
    t0 = time.time()
    with open(log, "w", encoding="utf-8") as lf:
        p = subprocess.Popen(cmd, stdout=lf, stderr=subprocess.STDOUT, env=env, cwd=HERE)
        stopped = False
        while p.poll() is None:
            time.sleep(5)
            if time.time() - t0 > max_minutes * 60:
                lf.write(f"\n[make_model] wall-time cap of {max_minutes} min reached: stopping, using model-best\n")
                lf.flush()
                p.terminate()
                try:
                    p.wait(60)
                except subprocess.TimeoutExpired:
                    p.kill()
                stopped = True
                break
    minutes = (time.time() - t0) / 60
    if not stopped and p.returncode != 0:
        raise SystemExit(f"training failed, see {log}")
    best = out / "model-best"
    if not (best / "meta.json").exists():
        raise SystemExit(f"no model-best produced, see {log}")
    return best, round(minutes, 1), stopped


def export(best: Path, target: Path, extra_meta: dict):
    import spacy
    from spacy import util
    nlp = spacy.load(best)
    assert nlp.pipe_names == ["tok2vec", "ner"], nlp.pipe_names
    assert nlp.tokenizer.segmenter == "char"
    meta = dict(nlp.meta)
    for k in ("performance",):
        meta.pop(k, None)
    meta.update({"name": "zh_review_ner", "version": VERSION, "lang": "zh",
                 "description": "Chinese NER for pre-publication review of government documents: PERSON, LOC, ORG, "
                                "ADDRESS. Character-segmented spaCy pipeline (tok2vec + ner), CPU-fast. "
                                "See models/README.md.",
                 "sources": SOURCES, "license": "see models/README.md (training data licences vary)"})
    meta.update(extra_meta)
    nlp.meta.clear()
    nlp.meta.update(meta)
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    # strip training-only paths from the saved config
    cfg = util.load_config(target / "config.cfg", interpolate=False)
    for k in ("train", "dev"):
        cfg["paths"][k] = None
    cfg.to_disk(target / "config.cfg")


def fmt_card(metrics: dict, mix: dict, train_info: dict) -> str:
    L = []
    m = metrics.get("msra_test", {})
    L.append(f"Measured by `models/recipe/evaluate.py` ({time.strftime('%Y-%m-%d')}, model version {VERSION}).")
    L.append("")
    L.append("**MSRA NER test (5,000 sentences, exact spans; predicted ADDRESS counted as LOC)**")
    L.append("")
    L.append("| label | P | R | F1 |")
    L.append("|---|---|---|---|")
    for lab in ("PERSON", "LOC", "ORG", "micro"):
        if lab in m:
            L.append(f"| {lab} | {m[lab]['p']:.3f} | {m[lab]['r']:.3f} | {m[lab]['f']:.3f} |")
    for key, title in (("cluener_dev", "CLUENER dev (1,343 sentences; our label mapping)"),
                       ("synth_dev", "Synthetic government-document dev set (1,000 sentences, separate seed)")):
        s = metrics.get(key)
        if s:
            L.append("")
            L.append(f"**{title}**: " + ", ".join(
                f"{lab} F1 {s[lab]['f']:.3f}" for lab in ("PERSON", "LOC", "ORG", "ADDRESS") if lab in s))
    pc = metrics.get("product_corpus")
    if pc:
        L.append("")
        L.append(f"**Product corpus `tests/data/corpus` ({pc['files']} documents; raw model only, no regex/rules)**")
        L.append("")
        L.append("| gold type → model label | gold | predicted | P exact | R exact | P overlap | R overlap |")
        L.append("|---|---|---|---|---|---|---|")
        for g, lab in (("PERSON", "PERSON"), ("CN_ADDRESS", "ADDRESS")):
            d = pc[g]
            L.append(f"| {g} → {lab} | {d['gold']} | {d['pred']} | {d['exact']['p']:.3f} | {d['exact']['r']:.3f} | "
                     f"{d['overlap']['p']:.3f} | {d['overlap']['r']:.3f} |")
        L.append("")
        th = pc.get("trap_hits_by_kind", {})
        for lab in ("PERSON", "ADDRESS"):
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(th.get(lab, {}).items(), key=lambda x: -x[1]))
            L.append(f"{lab} predictions overlapping a marked trap span (not personal data in the product's gold): "
                     f"{sum(th.get(lab, {}).values())}" + (f" ({kinds})" if kinds else "") + ".")
            L.append("")
    sp = metrics.get("speed")
    if sp:
        ld = metrics.get("load", {})
        L.append("")
        L.append("**Size and speed** (one CPU core, `OMP/OPENBLAS_NUM_THREADS=1`, `nlp.pipe(batch_size=64)`, "
                 f"{sp['paragraphs']} paragraphs, average {sp['avg_paragraph_chars']} chars)")
        L.append("")
        L.append(f"- size on disk: {metrics['size_mb']} MB")
        L.append(f"- speed: {sp['chars_per_s_1core']:,} chars/s on one core "
                 f"(≈ {sp['est_100k_chars_s_1core']} s of NER for a 100,000-character document)")
        L.append(f"- load: `spacy.load` {ld.get('load_model_s')} s (plus {ld.get('import_spacy_s')} s to import spaCy)")
        if "scan_100k_chars_total_s_1core" in ld:
            L.append(f"- fresh process on one core, import spaCy + load + NER over {ld['scan_chars']:,} characters: "
                     f"{ld['scan_100k_chars_total_s_1core']} s")
    L.append("")
    L.append(f"**Training run**: {train_info.get('minutes')} min wall on 2 CPU threads, "
             f"cap {train_info.get('max_minutes')} min, stopped by cap: {train_info.get('stopped_by_cap')}; "
             f"best dev score (ents_f on the dev mix) {train_info.get('best_dev_f')}.")
    L.append("")
    L.append("**Training mix** (sentences; entity counts after label mapping)")
    L.append("")
    L.append("| part | sentences | chars | PERSON | LOC | ORG | ADDRESS |")
    L.append("|---|---|---|---|---|---|---|")
    tot = 0
    for k in TRAIN_PARTS:
        if k in mix:
            e = mix[k]["entities"]
            tot += mix[k]["sentences"]
            L.append(f"| {k} | {mix[k]['sentences']:,} | {mix[k]['chars']:,} | " +
                     " | ".join(f"{e.get(x, 0):,}" for x in ("PERSON", "LOC", "ORG", "ADDRESS")) + " |")
    syn = sum(mix[k]["sentences"] for k in ("train_synth", "train_addr") if k in mix)
    L.append("")
    L.append(f"Total {tot:,} training sentences, of which {syn:,} ({100 * syn / max(tot, 1):.0f}%) synthetic "
             "(train_synth + train_addr). Dev (model selection only): " +
             ", ".join(f"{k} {mix[k]['sentences']:,}" for k in DEV_PARTS if k in mix) + ".")
    return "\n".join(L)


def write_card(text: str, card: Path):
    start, end = "<!-- figures:start -->", "<!-- figures:end -->"
    body = card.read_text(encoding="utf-8") if card.exists() else f"# zh_review_ner\n\n{start}\n{end}\n"
    if start not in body:
        body += f"\n{start}\n{end}\n"
    a, rest = body.split(start, 1)
    _, b = rest.split(end, 1)
    card.write_text(a + start + "\n" + text + "\n" + end + b, encoding="utf-8")


def best_dev_score(log: Path):
    best = None
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0].isdigit() and parts[1].isdigit():
            try:
                f = float(parts[-2])
            except ValueError:
                continue
            best = f if best is None or f > best else best
    return best


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="tiny smoke run in a temp dir")
    ap.add_argument("--max-minutes", type=float, default=52.0, help="wall-time cap for training")
    ap.add_argument("--steps", type=int, default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--skip-data", action="store_true", help="reuse build/corpus")
    a = ap.parse_args(argv)
    D = data_dir()
    if not D.exists():
        raise SystemExit(f"ner-data not found at {D} (set NER_DATA_DIR)")
    os.environ["NER_DATA_DIR"] = str(D)
    t0 = time.time()
    if a.quick:
        tmp = Path(tempfile.mkdtemp(prefix="zh_review_ner_quick_"))
        build, target, card = tmp / "build", tmp / "zh_review_ner", tmp / "README.md"
        steps, eval_freq, patience, max_min = a.steps or 40, 20, 100, 2.0
        lim = ["--limit", "400"]
        syn = ["--n-train", "300", "--n-dev", "100", "--addr-limit", "200"]
    else:
        build, target, card = HERE / "build", MODEL_DIR, CARD
        steps, eval_freq, patience, max_min = a.steps or 12000, 500, 4000, a.max_minutes
        lim, syn = [], []
    corpus = build / "corpus"
    build.mkdir(parents=True, exist_ok=True)
    if not a.skip_data:
        run([PY, HERE / "prepare.py", "--out", corpus, *lim])
        run([PY, HERE / "synth.py", "--out", corpus, *syn])
    mix = json.loads((corpus / "prepare_stats.json").read_text(encoding="utf-8"))
    mix.update(json.loads((corpus / "synth_stats.json").read_text(encoding="utf-8")))
    ntr = merge(corpus, TRAIN_PARTS, build / "train.spacy")
    ndv = merge(corpus, DEV_PARTS, build / "dev.spacy")
    print(f"train {ntr} docs, dev {ndv} docs", flush=True)
    log = build / "train.log"
    best, minutes, stopped = train(build, steps, eval_freq, patience, max_min, a.threads, log)
    info = {"minutes": minutes, "max_minutes": max_min, "stopped_by_cap": stopped, "best_dev_f": best_dev_score(log)}
    export(best, target, {"training": info})
    ev = [PY, HERE / "evaluate.py", target, "--corpus-dir", corpus, "--json", build / "metrics.json"]
    if a.quick:
        ev.append("--no-speed")
    run(ev)
    metrics = json.loads((build / "metrics.json").read_text(encoding="utf-8"))
    if not a.quick:
        shutil.copy(build / "metrics.json", HERE / "metrics.json")
    write_card(fmt_card(metrics, mix, info), card)
    print(f"done in {(time.time() - t0) / 60:.1f} min -> {target}; card {card}", flush=True)
    if a.quick:
        print(f"(quick run artefacts in {tmp})")


if __name__ == "__main__":
    main()
