"""The quality ratchet: detection on dev 1-8 may not fall below the figures in the README.

``tests/data/ratchet.json`` holds per set and type the counts ``[gold, predicted, true positives]``
measured by ``review-desk evaluate`` (text documents, the set's ``agency.txt`` allow list); the
README's quality table is generated from it (``python benchmarks/quality_table.py --update``).
One table-driven test per set re-measures with the real model (the shared ``model_detector``
session fixture's pipeline) and fails when any precision or recall is lower, or any trap is hit
more often, than committed.  Raise the committed figures with ``--update`` after an improvement.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("quality_table", ROOT / "benchmarks" / "quality_table.py")
quality_table = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quality_table)

DATA = json.loads(quality_table.RATCHET.read_text(encoding="utf-8"))
CHECKED = [name for name, entry in DATA["sets"].items() if entry["ratchet"]]
EPS = 1e-12


def test_readme_table_is_generated_from_the_ratchet_file():
    readme = quality_table.README.read_text(encoding="utf-8")
    assert quality_table.readme_block(readme) == quality_table.render(DATA)


def test_every_development_set_is_ratcheted():
    assert CHECKED == ["dev 1", "dev 2", "dev 3", "dev 4", "dev 5", "dev 6", "dev 7", "dev 8"]
    assert DATA["sets"]["dev 4 before"]["ratchet"] is False
    assert DATA["sets"]["dev 5 before"]["ratchet"] is False
    assert DATA["sets"]["dev 6 before"]["ratchet"] is False
    assert DATA["sets"]["dev 7 before"]["ratchet"] is False
    assert DATA["sets"]["dev 8 before"]["ratchet"] is False


def test_ratios_and_lowering():
    assert quality_table.ratios([10, 8, 6]) == (0.75, 0.6)
    assert quality_table.ratios([0, 0, 0]) == (1.0, 1.0)
    committed = {"types": {"PERSON": [10, 10, 9]}, "personal_data": [10, 10, 9], "trap_hits": 0}
    worse = {"types": {"PERSON": [10, 10, 8]}, "personal_data": [10, 10, 8], "trap_hits": 1}
    assert lowered(committed, committed) == []
    assert lowered(committed, worse) == ["PERSON precision", "PERSON recall", "all personal data precision",
                                        "all personal data recall", "trap hits 1 > 0"]


def lowered(committed: dict, measured: dict) -> list[str]:
    """What fell below the committed figures (empty when nothing did)."""
    out = []
    rows = [(t, c, measured["types"].get(t, [0, 0, 0])) for t, c in sorted(committed["types"].items())]
    rows.append((quality_table.POOLED, committed["personal_data"], measured["personal_data"]))
    for name, old, new in rows:
        for label, before, now in zip(("precision", "recall"), quality_table.ratios(old), quality_table.ratios(new)):
            if now + EPS < before:
                out.append(f"{name} {label}")
    if measured["trap_hits"] > committed["trap_hits"]:
        out.append(f"trap hits {measured['trap_hits']} > {committed['trap_hits']}")
    if measured.get("noise_hits", 0) > committed.get("noise_hits", measured.get("noise_hits", 0)):
        out.append(f"noise hits {measured['noise_hits']} > {committed['noise_hits']}")
    return out


@pytest.mark.model
@pytest.mark.parametrize("name", CHECKED)
def test_no_figure_falls_below_the_readme(name, model_detector):
    from review_desk.core.detect.evaluate import evaluate_corpus

    committed = DATA["sets"][name]
    report = evaluate_corpus(ROOT / committed["path"], analyzer=model_detector.analyzer)
    measured = quality_table.entry(report)
    assert not report.errors
    assert measured["documents"] == committed["documents"]
    assert lowered(committed, measured) == [], (report.misses[:20], report.false_positives[:20])
