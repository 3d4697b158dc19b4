"""The working copy of unsaved decisions (Qt-free): saved atomically per document, restored into a
new draft of the same bytes (manual findings too), ignored when damaged or for other bytes, dropped."""

from __future__ import annotations

from redact_checks import finding_for, findings_for_all
from review_desk.core.document import read_document
from review_desk.core.redact import load_policy
from review_desk.core.review.autosave import (
    drop_working_copy,
    restore_working_copy,
    save_working_copy,
    working_copy_path,
)
from review_desk.core.review.draft import DraftReview


def _draft(path):
    doc = read_document(path)
    findings = findings_for_all(doc, "张三丰", "PERSON") + [finding_for(doc, "13812345678", "PHONE_NUMBER")]
    return DraftReview(doc, findings, load_policy())


def test_save_restore_and_drop(draft, tmp_path):
    home = tmp_path / "home"
    d = _draft(draft)
    d.decide([d.findings[0].id], "mask", note="核对")
    seg = next(s for s in d.document.segments if "2026年3月1日" in s.text)
    start = seg.text.index("2026年3月1日")
    manual = d.add_manual(seg.part, seg.location, start, start + 9, "DATE_OF_BIRTH")
    d.decide([manual.id], "redact")
    path = save_working_copy(home, d)
    assert path == working_copy_path(home, d.document.sha256) and "张三丰" not in path.read_text(encoding="utf-8")

    again = _draft(draft)
    assert restore_working_copy(home, again) == 2
    assert again.status(d.findings[0].id) == "mask" and again.decisions[d.findings[0].id].note == "核对"
    assert manual.id in again.manual and again.status(manual.id) == "redact"

    drop_working_copy(home, d.document.sha256)
    assert not path.exists() and restore_working_copy(home, _draft(draft)) == 0


def test_a_damaged_or_foreign_copy_restores_nothing(draft, tmp_path):
    home = tmp_path / "home"
    d = _draft(draft)
    path = working_copy_path(home, d.document.sha256)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert restore_working_copy(home, d) == 0
    path.write_text('{"sha256": "0000", "decisions": {}}', encoding="utf-8")
    assert restore_working_copy(home, d) == 0 and d.decisions == {}
