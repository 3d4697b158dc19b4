"""The desk's working copy of a review (Qt-free): decide / undo, every occurrence, manual findings,
the sign-off preview, and commit to the log (start, resume, changed decisions only)."""

from __future__ import annotations

import pytest

from passphrase import PASS
from redact_checks import finding_for, findings_for_all
from review_desk.core.document import read_document
from review_desk.core.redact import load_policy
from review_desk.core.review import InvalidDecision
from review_desk.core.review.draft import DraftReview, open_review_for


def _draft(draft_path):
    doc = read_document(draft_path)
    findings = findings_for_all(doc, "张三丰", "PERSON") + [finding_for(doc, "13812345678", "PHONE_NUMBER")]
    return DraftReview(doc, findings, load_policy())


def test_decide_undo_and_every_occurrence(draft):
    d = _draft(draft)
    name = d.findings[0].id
    assert len(d.same_value(name)) == 2 and d.progress() == (0, 3)
    assert d.suggested(name) == "mask" and d.next_undecided() == name
    previous = d.decide(d.same_value(name), "mask")
    assert d.progress() == (2, 3) and set(previous.values()) == {None}
    assert d.next_undecided(name) == d.findings[2].id
    with pytest.raises(InvalidDecision):
        d.decide([name], "keep")  # personal data kept without an exemption
    assert d.status(name) == "mask"
    d.restore(previous)
    assert d.progress() == (0, 3)


def test_manual_finding_and_sign_preview(draft):
    d = _draft(draft)
    seg = next(s for s in d.document.segments if "2026年3月1日" in s.text)
    start = seg.text.index("2026年3月1日")
    manual = d.add_manual(seg.part, seg.location, start, start + 9, "DATE_OF_BIRTH")
    assert manual.id in d.manual and d.by_id[manual.id].text == "2026年3月1日" and d.progress() == (0, 4)
    blockers = d.blockers("SHA256:x", "public", None, None)
    assert blockers[0].code == "undecided" and blockers[0].params["count"] == 4
    d.decide([f.id for f in d.findings], "redact")
    assert d.blockers("SHA256:x", "public", None, None) == []
    assert [b.code for b in d.blockers("SHA256:x", "withheld", None, None)] == ["needs_basis", "needs_reason"]
    d.remove_manual(manual.id)
    assert manual.id not in d.by_id and d.progress() == (3, 3)


def test_commit_starts_then_records_only_changes(desk, draft):
    d = _draft(draft)
    me = desk.identity("王审查", PASS)
    d.decide([d.findings[0].id], "mask")
    seg = next(s for s in d.document.segments if "2026年3月1日" in s.text)
    start = seg.text.index("2026年3月1日")
    manual = d.add_manual(seg.part, seg.location, start, start + 9, "DATE_OF_BIRTH")
    d.decide([manual.id], "redact", "art15")
    state = d.commit(desk, me)
    assert set(state.findings) == set(d.by_id) and state.findings[manual.id].manual
    assert {fid: x.action for fid, x in state.decisions.items()} == {d.findings[0].id: "mask", manual.id: "redact"}
    entries = len(desk.log)
    d.commit(desk, me)  # nothing changed: nothing logged
    assert len(desk.log) == entries
    # the same bytes opened again resume the logged review with its decisions
    logged = open_review_for(desk, d.document.sha256)
    again = DraftReview.resume(desk, read_document(draft), logged)
    assert again.review.review_id == state.review_id and again.progress() == (2, 4)
    assert again.manual == {manual.id}
