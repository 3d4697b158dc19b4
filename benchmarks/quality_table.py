"""The README's quality table and the ratchet file it is generated from.

``tests/data/ratchet.json`` holds, per labelled set, the counts ``[gold, predicted, true positives]``
of every entity type, the pooled personal-data counts and the trap hits, as measured by
``review-desk evaluate`` (text documents only, the set's ``agency.txt`` allow list).  The README
table between ``<!-- quality-table -->`` and ``<!-- /quality-table -->`` is rendered from it, and
``tests/test_quality_ratchet.py`` fails when a precision or recall on dev 1-8 falls below it.

    python benchmarks/quality_table.py            # measure dev 1-8 and held-out, print the table
    python benchmarks/quality_table.py --update   # ... and rewrite ratchet.json and the README table
    python benchmarks/quality_table.py --render   # only re-render the README table from ratchet.json

Run ``--update`` after a change that improves the figures (and commit both files); the frozen
``dev 4 before`` … ``dev 8 before`` columns (measured before any rule was changed for them) are
never rewritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATCHET = ROOT / "tests" / "data" / "ratchet.json"
README = ROOT / "README.md"
BEGIN, END = "<!-- quality-table -->", "<!-- /quality-table -->"

#: (column, folder, checked by the ratchet test)
SETS = (
    ("dev 1", "tests/data/corpus", True),
    ("dev 2", "tests/data/dev2", True),
    ("dev 3", "tests/data/dev3", True),
    ("dev 4", "tests/data/dev4", True),
    ("dev 5", "tests/data/dev5", True),
    ("dev 6", "tests/data/dev6", True),
    ("dev 7", "tests/data/dev7", True),
    ("dev 8", "tests/data/dev8", True),
    ("held-out", "tests/data/heldout", False),
)
FROZEN = ("dev 4 before", "dev 5 before", "dev 6 before", "dev 7 before", "dev 8 before")
COLUMNS = ("dev 1", "dev 2", "dev 3", "dev 4 before", "dev 4", "dev 5 before", "dev 5", "dev 6 before", "dev 6",
           "dev 7 before", "dev 7", "dev 8 before", "dev 8", "held-out")
ROWS = (
    "CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC", "CN_PASSPORT", "CN_HK_MACAO_PERMIT",
    "CN_LICENSE_PLATE", "DATE_OF_BIRTH", "CLASSIFIED_MARK", "PERSON", "CN_ADDRESS",
)  # fmt: skip
POOLED = "all personal data"


def entry(report) -> dict:
    """The ratchet entry of one :class:`~review_desk.core.detect.evaluate.EvaluationReport`."""
    types = {
        t: [s.gold, s.predicted, s.true_positive]
        for t, s in sorted(report.scores.items())
        if t in report.detected_types and (s.gold or t in ROWS)
    }
    pooled = report.personal_data()
    return {
        "documents": report.documents,
        "types": types,
        "personal_data": [pooled.gold, pooled.predicted, pooled.true_positive],
        "traps": report.traps,
        "trap_hits": len(report.trap_hits),
        "noise_hits": len(report.noise_hits),
    }


def ratios(counts: list[int]) -> tuple[float, float]:
    """``(precision, recall)`` of ``[gold, predicted, true positives]`` (1.0 when undefined)."""
    gold, predicted, tp = counts
    return (tp / predicted if predicted else 1.0, tp / gold if gold else 1.0)


def _cell(counts: list[int] | None) -> str:
    if not counts or counts[0] == 0 and counts[1] == 0:
        return "—"
    p, r = ratios(counts)
    return f"{p:.3f} / {r:.3f}" if counts[0] else f"{p:.3f} / —"


def render(data: dict) -> str:
    """The markdown table (type rows, set columns) for the README."""
    sets = data["sets"]
    cols = [c for c in COLUMNS if c in sets]
    head = ["| type | " + " | ".join(f"{c} P / R" for c in cols) + " |", "|---|" + "---|" * len(cols)]
    body = []
    for t in ROWS:
        body.append(f"| {t} | " + " | ".join(_cell(sets[c]["types"].get(t)) for c in cols) + " |")
    body.append(f"| {POOLED} | " + " | ".join(_cell(sets[c]["personal_data"]) for c in cols) + " |")
    body.append("| traps hit | " + " | ".join(f"{sets[c]['trap_hits']} of {sets[c]['traps']}" for c in cols) + " |")
    body.append("| noise (place / organisation on a statute, 文号, title) | "
                + " | ".join(str(sets[c].get("noise_hits", "—")) for c in cols) + " |")
    when = f"Measured {data['measured']} on a {data['cores']}-core machine (`python benchmarks/quality_table.py`)."
    return "\n".join(head + body + ["", when])


def readme_block(text: str) -> str:
    """The generated part of the README (between the markers)."""
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip("\n")


def measure() -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from review_desk.core.detect.analyzer import build_analyzer
    from review_desk.core.detect.evaluate import evaluate_corpus
    from review_desk.core.detect.ner.model import load_ner_pipeline

    analyzer = build_analyzer(load_ner_pipeline(), ner_recognizer=False)
    old = json.loads(RATCHET.read_text(encoding="utf-8")) if RATCHET.exists() else {"sets": {}}
    sets = {name: old["sets"][name] for name in FROZEN if name in old["sets"]}
    for name, folder, checked in SETS:
        if (ROOT / folder).is_dir():
            sets[name] = {"path": folder, "ratchet": checked, **entry(evaluate_corpus(ROOT / folder, analyzer=analyzer))}
    return {"measured": dt.date.today().isoformat(), "cores": os.cpu_count(), "sets": sets}


def dump(data: dict) -> str:
    """ratchet.json text: one line per ``[gold, predicted, true positives]``."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return re.sub(r"\[\s+(\d+),\s+(\d+),\s+(\d+)\s+\]", r"[\1, \2, \3]", text) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python benchmarks/quality_table.py")
    ap.add_argument("--update", action="store_true", help="rewrite tests/data/ratchet.json and the README table")
    ap.add_argument("--render", action="store_true", help="only re-render the README table from ratchet.json")
    args = ap.parse_args(argv)
    data = json.loads(RATCHET.read_text(encoding="utf-8")) if args.render else measure()
    table = render(data)
    print(table)
    if args.update and not args.render:
        RATCHET.write_text(dump(data), encoding="utf-8")
    if args.update or args.render:
        text = README.read_text(encoding="utf-8")
        start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
        README.write_text(text[:start] + "\n" + table + "\n" + text[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
