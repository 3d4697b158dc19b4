"""Every hiding place of guide §6: the redacted copy holds none of the personal values anywhere in
its package (checked independently of the product's own residual check), opens with python-docx,
and the traps of the labelled corpus survive untouched.  Uses the real model (session fixture)."""

from __future__ import annotations

import json
from pathlib import Path

from dataclasses import replace

import docx
import pytest

from redact_checks import leaks
from review_desk.core.detect.detector import Detector
from review_desk.core.detect.policy import PERSONAL_DATA_TYPES
from review_desk.core.detect.wordlists import load_word_list
from review_desk.core.detect.scanner import scan_document
from review_desk.core.document import read_document
from review_desk.core.redact import load_policy, redact_document, suggested_redactions

DATA = Path(__file__).parents[2] / "data"
GOLD = json.loads((DATA / "docx" / "gold.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.model


@pytest.mark.parametrize("case", GOLD, ids=[c["file"] for c in GOLD])
def test_hiding_place_leaves_nothing(case, model_detector, tmp_path):
    source = DATA / "docx" / case["file"]
    before = source.read_bytes()
    doc = read_document(source)
    policy = load_policy()
    out = tmp_path / f"redacted_{case['file']}"
    report = redact_document(doc, suggested_redactions(scan_document(doc, model_detector), policy), out, policy)
    values = [e["text"] for e in case["expect"] if e["type"] in PERSONAL_DATA_TYPES]
    assert values
    assert leaks(out, values) == []
    assert report.residual.passed and report.sha256_out != report.sha256_in
    docx.Document(str(out))  # opens in python-docx
    assert source.read_bytes() == before  # the original is never touched


@pytest.mark.parametrize("case", GOLD, ids=[c["file"] for c in GOLD])
def test_hiding_place_without_sanitizer_is_still_clean(case, model_detector, tmp_path):
    """Even with comments, revisions and properties kept, their personal values are redacted."""
    doc = read_document(DATA / "docx" / case["file"])
    policy = load_policy()
    out = tmp_path / "kept_structure.docx"
    redact_document(doc, suggested_redactions(scan_document(doc, model_detector), policy), out, policy, sanitize=False)
    values = [e["text"] for e in case["expect"] if e["type"] in PERSONAL_DATA_TYPES]
    assert leaks(out, values) == []


def _corpus_docs(folder: str) -> list[Path]:
    return sorted((DATA / folder).glob("*.gold.json"))


@pytest.mark.parametrize("folder", ["corpus", "dev2"])
def test_corpus_traps_survive_and_personal_values_go(folder, model_detector, tmp_path):
    """With the corpus's allow list (as in the evaluation), no trap changes and no value stays."""
    allow = model_detector.config.allow_list + load_word_list(DATA / folder / "agency.txt")
    detector = Detector(replace(model_detector.config, allow_list=allow), analyzer=model_detector.analyzer)
    policy = load_policy()
    survived = total_traps = 0
    residue = []
    for gold_path in _corpus_docs(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = gold_path.parent / gold["file"]
        doc = read_document(source)
        out = tmp_path / f"{folder}_{gold['file']}"
        findings = scan_document(doc, detector)
        found = {f.text for f in findings}
        redact_document(doc, suggested_redactions(findings, policy), out, policy)
        written = read_document(out)
        assert written.encoding == doc.encoding
        text = "".join(s.text for s in written.segments)
        for trap in gold["traps"]:
            total_traps += 1
            survived += trap["text"] in text
        # a value still there must be one the detector never found (a recall miss), not a writer slip
        residue += [(gold["file"], e["text"]) for e in gold["entities"]
                    if e["type"] in PERSONAL_DATA_TYPES and e["text"] in text and e["text"] in found]
    assert survived == total_traps, f"{total_traps - survived} trap(s) changed"
    assert residue == []
