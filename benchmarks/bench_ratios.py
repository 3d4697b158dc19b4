"""Scan cost as ratios measured side by side in one run (absolute times differ between machines).

On the same generated 100,000-character ``.docx`` it times, each in a fresh process (interpreter
start, imports and model load included):

* (a) ``review-desk scan --json`` (the product, with its default worker processes);
* (b) a plain Presidio pipeline with the same shipped model, set up the way a Presidio user would:
  ``SpacyNlpEngine`` from the model's folder, the predefined recognizers for ``zh`` plus a
  ``PhoneRecognizer`` with the ``CN`` region, ``AnalyzerEngine.analyze`` on every paragraph;
* (c) the NER model alone, ``nlp.pipe`` over the same paragraphs (the floor).

It prints wall and CPU seconds (CPU = user + system of the process and all its children) and the
ratios a/b and a/c, with the machine's core count and load.  The bytecode of ``src/`` is compiled
first, as an installed package's is (with ``PYTHONDONTWRITEBYTECODE`` set, every run from a
source checkout would otherwise compile Review Desk's modules anew, a cost no user pays).
(a), (b) and (c) run in turn, three rounds by default (``--rounds``); the ratios are those of each
pipeline's least CPU time, the one least disturbed by other work on a shared machine (the medians
are printed beside them).  Then the layout cases, each a fresh ``scan --json``: the same 100,000
characters as one paragraph, as a ``.txt`` without line breaks and as 10,000 tiny paragraphs; a
penalty decision repeated to 50,000 characters (every name recurs) as ordinary paragraphs and as
one paragraph; a 300,000-character paragraph — with the time ratios and the peak resident memory
of the largest process of each.

    .venv/bin/python benchmarks/bench_ratios.py            # everything
    .venv/bin/python benchmarks/bench_ratios.py --only ratios   # (a), (b), (c) only
    .venv/bin/python benchmarks/bench_ratios.py --only layout   # the layout cases only
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
SAMPLE = ROOT / "resources" / "samples" / "sample_notice.docx"
TIMEOUT_S = 600


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float
    max_rss_mb: float
    ok: bool
    note: str = ""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    return env


def timed(argv: list[str]) -> Timing:
    """Run ``argv`` in a fresh process; wall, CPU (with its children) and peak RSS of the largest process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=_env(), cwd=ROOT)
        deadline = start + TIMEOUT_S
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                return Timing(time.perf_counter() - start, usage.ru_utime + usage.ru_stime,
                              usage.ru_maxrss / 1024, False, f"timed out after {TIMEOUT_S} s")
            time.sleep(0.02)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
        ok = proc.returncode == 0
        note = ""
        if not ok:
            err.seek(0)
            note = f"exit {proc.returncode}: " + err.read().decode("utf-8", "replace")[-500:]
        return Timing(wall, cpu, usage.ru_maxrss / 1024, ok, note)


# -- the documents ------------------------------------------------------------------------------


def _write_docx(path: Path, paragraphs: list[str]) -> None:
    from docx import Document as DocxDocument

    document = DocxDocument()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def _take(paragraphs: list[str], chars: int) -> list[str]:
    """Paragraphs repeated (in order) until they hold at least ``chars`` characters."""
    out, total, i = [], 0, 0
    while total < chars:
        text = paragraphs[i % len(paragraphs)]
        out.append(text)
        total += len(text)
        i += 1
    return out


def _sample_paragraphs() -> list[str]:
    sys.path.insert(0, str(SRC))
    from review_desk.core.document import read_document

    return [s.text for s in read_document(SAMPLE).segments if s.text.strip() and s.part == "word/document.xml"]


def make_documents(folder: Path) -> dict[str, tuple[Path, int]]:
    from make_long_docx import corpus_paragraphs

    corpus = [p for p in corpus_paragraphs() if p.strip()]
    para100 = _take(corpus, 100_000)
    one100 = "".join(para100)
    one300 = "".join(_take(corpus, 300_000))
    decision = _take(_sample_paragraphs(), 50_000)
    tiny = [one100[i : i + 10] for i in range(0, len(one100), 10)]
    docs: dict[str, tuple[Path, int]] = {}

    def add(name: str, paragraphs: list[str]) -> None:
        path = folder / f"{name}.docx"
        _write_docx(path, paragraphs)
        docs[name] = (path, sum(len(p) for p in paragraphs))

    add("paragraphs_100k", para100)
    add("one_paragraph_100k", [one100])
    add("tiny_paragraphs_100k", tiny)
    add("decision_paragraphs_50k", decision)
    add("decision_one_paragraph_50k", ["".join(decision)])
    add("one_paragraph_300k", [one300])
    txt = folder / "one_line_100k.txt"
    txt.write_text(one100, encoding="utf-8")
    docs["txt_one_line_100k"] = (txt, len(one100))
    return docs


# -- the three pipelines (run in fresh processes through ``--worker``) --------------------------


def _paragraphs_of(path: str) -> list[str]:
    from docx import Document as DocxDocument

    return [p.text for p in DocxDocument(path).paragraphs if p.text.strip()]


def worker_presidio(path: str) -> dict:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from review_desk.core.detect.ner.model import model_path

    engine = SpacyNlpEngine(models=[{"lang_code": "zh", "model_name": str(model_path())}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=["zh"])
    registry.load_predefined_recognizers(languages=["zh"], nlp_engine=engine)
    registry.add_recognizer(PhoneRecognizer(supported_language="zh", supported_regions=("CN",)))
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["zh"])
    count = 0
    for text in _paragraphs_of(path):
        count += len(analyzer.analyze(text=text, language="zh"))
    return {"results": count, "recognizers": len(registry.recognizers)}


def worker_floor(path: str) -> dict:
    import spacy

    from review_desk.core.detect.ner.model import model_path

    nlp = spacy.load(model_path())
    ents = sum(len(doc.ents) for doc in nlp.pipe(_paragraphs_of(path), batch_size=64))
    return {"entities": ents}


WORKERS = {"presidio": worker_presidio, "floor": worker_floor}


def _python() -> str:
    return sys.executable


def scan_argv(path: Path) -> list[str]:
    return [_python(), "-m", "review_desk", "scan", "--json", str(path)]


def worker_argv(kind: str, path: Path) -> list[str]:
    return [_python(), str(Path(__file__).resolve()), "--worker", kind, str(path)]


# -- reporting -----------------------------------------------------------------------------------


def _fmt(name: str, t: Timing, chars: int | None = None) -> str:
    rate = f"  {chars / t.wall:>8,.0f} chars/s wall" if chars and t.ok else ""
    flag = "" if t.ok else f"  FAILED ({t.note.strip()[:200]})"
    return f"  {name:<34} wall {t.wall:7.2f} s  CPU {t.cpu:7.2f} s  peak RSS {t.max_rss_mb:6.0f} MB{rate}{flag}"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b > 0 else "n/a"


def machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{cores} cores available, load average {load}"


def run_ratios(docs, rounds: int = 3) -> None:
    """(a), (b) and (c) in turn, ``rounds`` times: each pipeline's least CPU is the figure (CPU
    time grows with the load of a shared machine — cache and core contention — and the least of
    several interleaved runs is the one least disturbed), the median is printed beside it."""
    path, chars = docs["paragraphs_100k"]
    print(f"\n== (a) scan vs (b) plain Presidio vs (c) the model alone: {chars:,} characters, "
          f"{len(_paragraphs_of(str(path))):,} paragraphs, {rounds} rounds ({machine()})")
    runs: dict[str, list[Timing]] = {"a": [], "b": [], "c": []}
    for r in range(1, rounds + 1):
        for key, name, argv in (
            ("a", "(a) review-desk scan --json", scan_argv(path)),
            ("b", "(b) plain Presidio + same model", worker_argv("presidio", path)),
            ("c", "(c) model alone (nlp.pipe)", worker_argv("floor", path)),
        ):
            t = timed(argv)
            runs[key].append(t)
            print(_fmt(f"{name} #{r}", t, chars), flush=True)
    if not all(t.ok for ts in runs.values() for t in ts):
        print("  a run failed: no ratios")
        return
    least = {k: min(ts, key=lambda t: t.cpu) for k, ts in runs.items()}
    median = {k: statistics.median(t.cpu for t in ts) for k, ts in runs.items()}
    wall = {k: min(t.wall for t in ts) for k, ts in runs.items()}
    for k, name in (("a", "(a) scan"), ("b", "(b) Presidio"), ("c", "(c) model alone")):
        print(f"  {name:<17} least CPU {least[k].cpu:6.2f} s  median CPU {median[k]:6.2f} s  least wall {wall[k]:6.2f} s")
    print(f"  a/b  CPU {_ratio(least['a'].cpu, least['b'].cpu)} (medians {_ratio(median['a'], median['b'])})"
          f"  wall {_ratio(wall['a'], wall['b'])}   (target ≤ 0.25)")
    print(f"  a/c  CPU {_ratio(least['a'].cpu, least['c'].cpu)} (medians {_ratio(median['a'], median['c'])})"
          f"  wall {_ratio(wall['a'], wall['c'])}   (target CPU ≤ 1.3)")
    print(f"  after: {machine()}")


def run_layout(docs) -> None:
    print(f"\n== layout: review-desk scan --json of the same text in other shapes ({machine()})")
    times: dict[str, Timing] = {}
    for name in ("paragraphs_100k", "one_paragraph_100k", "txt_one_line_100k", "tiny_paragraphs_100k",
                 "decision_paragraphs_50k", "decision_one_paragraph_50k", "one_paragraph_300k"):
        path, chars = docs[name]
        times[name] = t = timed(scan_argv(path))
        print(_fmt(f"{name} ({chars:,} ch)", t, chars), flush=True)

    def ratio(x: str, y: str, target: str) -> None:
        tx, ty = times[x], times[y]
        state = "" if tx.ok and ty.ok else "  (a run failed)"
        print(f"  {x} / {y}: wall {_ratio(tx.wall, ty.wall)}  CPU {_ratio(tx.cpu, ty.cpu)}   ({target}){state}")

    ratio("one_paragraph_100k", "paragraphs_100k", "target ≤ 1.3")
    ratio("txt_one_line_100k", "paragraphs_100k", "target ≤ 1.3")
    ratio("tiny_paragraphs_100k", "paragraphs_100k", "target ≤ 1.3")
    ratio("decision_one_paragraph_50k", "decision_paragraphs_50k", "target ≤ 1.3")
    ratio("one_paragraph_300k", "one_paragraph_100k", "target ≤ 3.5")
    ratio("one_paragraph_300k", "paragraphs_100k", "target ≤ 3.5")
    peak = max(t.max_rss_mb for n, t in times.items() if n != "one_paragraph_300k")
    print(f"  peak RSS of the 100k / 50k cases: {peak:.0f} MB (target ≤ 400 MB)")
    print(f"  after: {machine()}")


def compile_bytecode() -> None:
    """``src/``'s bytecode in its ``__pycache__`` folders, as ``pip install`` or the frozen app has it."""
    ok = compileall.compile_dir(str(SRC), quiet=1)
    print(f"bytecode of {SRC} compiled{'' if ok else ' (some files failed)'}; "
          f"PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("ratios", "layout"))
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of (a), (b), (c) (default 3)")
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, path = args.worker
        print(json.dumps(WORKERS[kind](path)))
        return
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        docs = make_documents(Path(tmp))
        if args.only in (None, "ratios"):
            run_ratios(docs, max(1, args.rounds))
        if args.only in (None, "layout"):
            run_layout(docs)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
