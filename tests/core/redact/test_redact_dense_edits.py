"""Thousands of redactions in one long run cost linear time: the node edits, the sweep for other
occurrences and plain-text edits are applied in one pass, not one string copy per edit."""

from __future__ import annotations

import time

from docx_factory import docx_bytes
from redact_checks import findings_for_all, leaks

from review_desk.core.document import read_document
from review_desk.core.redact import load_policy, redact_document
from review_desk.core.redact.engine import Redaction
from review_desk.core.redact.policy import Operation


def _redact_phones(tmp_path, count: int) -> float:
    phones = [f"139{n:08d}" for n in range(count)]
    source = tmp_path / f"dense{count}.docx"
    source.write_bytes(docx_bytes(["".join(f"电话{p}。" for p in phones)]))
    doc = read_document(source)
    redactions = [Redaction(f, Operation.MASK) for p in phones for f in findings_for_all(doc, p, "PHONE_NUMBER")]
    assert len(redactions) == count
    policy = load_policy("default")
    started = time.perf_counter()
    report = redact_document(doc, redactions, tmp_path / f"out{count}.docx", policy, force=True)
    elapsed = time.perf_counter() - started
    assert report.residual.passed and len(report.applied) == count
    assert leaks(tmp_path / f"out{count}.docx", phones[:: max(1, count // 50)]) == []
    return elapsed


def test_many_edits_in_one_run_cost_linear_time(tmp_path):
    small = min(_redact_phones(tmp_path, 1_000) for _ in range(2))
    large = _redact_phones(tmp_path, 8_000)
    assert large < 8 * 2.5 * small  # 8x the edits: linear ~8x, quadratic ~64x
