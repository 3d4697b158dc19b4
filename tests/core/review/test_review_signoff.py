"""Decisions bound to the signature: every change is one write transaction that re-checks the review;
the sign-off signs the decision set; a decision after the sign-off, a decision set other than the
signed one, or a second review of the same id or bytes (written around the workflow, as an attacker
or an old race would) makes ``publish`` refuse and ``log verify`` fail, each with its own code."""

from __future__ import annotations

import threading

import pytest

from passphrase import PASS
from phone_scan import phone_scan
from review_desk.cli.exit_codes import EXIT_LOG_BROKEN, exit_code
from review_desk.core.audit import AuditError
from review_desk.core.errors import ErrorCode
from review_desk.core.review import DecisionInput, ReviewDesk, ReviewError
from review_desk.core.review import events as ev
from review_desk.core.review.integrity import SignoffBroken, verify_desk

TEXT = "关于张三的答复\n联系电话13812345678，备用电话13900001111。\n"


@pytest.fixture
def item(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _signed(desk, item):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid = started.review.review_id
    assert len(started.review.findings) == 2
    desk.accept_suggested(rid, "王审查", PASS)
    state = desk.sign(rid, "public", "王审查", PASS)
    return rid, state


def _sneak(desk, event, payload, who="王审查"):
    """Append an event through the log itself, around the workflow's rules (validly signed)."""
    reviewer, key = desk.unlock(who, PASS)
    desk.log.append(event, payload, reviewer.fingerprint, key)


def test_the_signoff_signs_the_decision_set(desk, item, tmp_path):
    rid, state = _signed(desk, item)
    assert state.signature.digest == state.decisions_digest() == ev.decisions_digest(state.decision_rows())
    assert not state.anomalies
    assert verify_desk(desk.home).ok
    with pytest.raises(ReviewError, match="signed; its decisions are final"):
        desk.decide(rid, [DecisionInput(next(iter(state.findings)), "keep", "not_personal_data")], "王审查", PASS)
    desk.publish(rid, str(tmp_path / "out.txt"), "王审查", PASS, file=str(item))
    assert "13812345678" not in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_a_decision_after_the_signoff_blocks_publish_and_fails_verify(desk, item, tmp_path):
    rid, state = _signed(desk, item)
    fid = next(iter(state.findings))
    _sneak(desk, ev.FINDING_DECIDED, {"review_id": rid, "finding_id": fid, "action": "keep",
                                      "basis": "penalty_publicity", "note": None, "suggested": False})
    after = desk.review(rid)
    assert after.decisions[fid].action != "keep"  # the signed decision stands in the replayed state
    assert [a.code for a in after.anomalies] == ["decision_after_signoff"]
    with pytest.raises(SignoffBroken) as refused:
        desk.publish(rid, str(tmp_path / "out.txt"), "王审查", PASS, file=str(item))
    assert refused.value.code is ErrorCode.DECISION_AFTER_SIGNOFF
    assert exit_code(refused.value) == EXIT_LOG_BROKEN
    assert not (tmp_path / "out.txt").exists()
    result = verify_desk(desk.home)
    assert not result.ok and result.code == "decision_after_signoff" and result.first_bad_seq == len(desk.log)
    with pytest.raises(SignoffBroken):
        desk.countersign(rid, "李复核", PASS)


def test_a_signoff_over_other_decisions_fails(desk, item, tmp_path):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid = started.review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    forged = {fid: {"action": "keep", "basis": "penalty_publicity"} for fid in started.review.findings}
    _sneak(desk, ev.REVIEW_SIGNED, {"review_id": rid, "sha256": started.review.sha256, "attribute": "public",
                                    "basis": None, "reason": None, "decisions": ev.decisions_digest(forged),
                                    "counts": {}})
    assert [a.code for a in desk.review(rid).anomalies] == ["decisions_not_signed"]
    with pytest.raises(SignoffBroken) as refused:
        desk.publish(rid, str(tmp_path / "out.txt"), "王审查", PASS, file=str(item))
    assert refused.value.code is ErrorCode.DECISIONS_NOT_SIGNED
    assert verify_desk(desk.home).code == "decisions_not_signed"


def test_a_second_start_of_an_id_keeps_the_first_and_fails_verify(desk, item):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid = started.review.review_id
    payload = {"review_id": rid, "sha256": started.review.sha256, "file_name": "x.txt", "format": "text",
               "size": 1, "title": None, "doc_number": None, "policy": "default", "findings": []}
    _sneak(desk, ev.REVIEW_STARTED, payload, who="李复核")
    state = desk.review(rid)
    assert state.reviewer == desk.reviewer("王审查").fingerprint and len(state.findings) == 2  # first one wins
    assert verify_desk(desk.home).code == "duplicate_review"


def test_a_second_open_review_of_the_same_bytes_fails_verify(desk, item):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    payload = {"review_id": started.review.review_id[:-1] + "2", "sha256": started.review.sha256,
               "file_name": "x.txt", "format": "text", "size": 1, "title": None, "doc_number": None,
               "policy": "default", "findings": []}
    _sneak(desk, ev.REVIEW_STARTED, payload, who="李复核")
    assert verify_desk(desk.home).code == "duplicate_review"


def test_start_decides_inside_the_lock_who_owns_the_bytes(desk, item):
    """Another process starts the same bytes while this one scans: the review is resumed (same
    reviewer) or refused (another), never started twice."""
    other = ReviewDesk(desk.home)

    def racing_scan(who):
        def scan(document):
            other.start(str(item), who, PASS, phone_scan)
            return phone_scan(document)
        return scan

    started = desk.start(str(item), "王审查", PASS, racing_scan("王审查"))
    assert started.resumed and list(desk.reviews()) == [started.review.review_id]
    item2 = item.with_name("second.txt")
    item2.write_text(TEXT + "2", encoding="utf-8")
    with pytest.raises(ReviewError, match="already under review"):
        desk.start(str(item2), "王审查", PASS, lambda d: (other.start(str(item2), "李复核", PASS, phone_scan),
                                                        phone_scan(d))[1])
    assert len(desk.reviews()) == 2 and verify_desk(desk.home).ok
    other.close()


def test_a_failed_transaction_writes_nothing_and_cannot_nest(desk, item):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid, fids = started.review.review_id, list(started.review.findings)
    before = len(desk.log)
    with pytest.raises(ReviewError):  # the second decision is invalid: the first is not recorded either
        desk.decide(rid, [DecisionInput(fids[0], "redact"), DecisionInput(fids[1], "keep")], "王审查", PASS)
    assert len(desk.log) == before and not desk.review(rid).decisions
    reviewer, key = desk.unlock("王审查", PASS)
    with desk.log.writing(reviewer.fingerprint, key) as tx:
        tx.append("note", {"n": 1})
        with pytest.raises(AuditError, match="already under way"):
            desk.log.append("note", {"n": 2}, reviewer.fingerprint, key)
    assert len(desk.log) == before + 1 and verify_desk(desk.home).ok


def test_a_decision_waits_for_a_signoff_in_progress(desk, item):
    """While one connection holds the write lock to sign, another's decision waits and then finds
    the review signed: it is refused, not written after the sign-off."""
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid = started.review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    identity = desk.identity("王审查", PASS)
    reviewer, key = identity.reviewer, identity.key
    outcome = []

    def decide():
        with ReviewDesk(desk.home) as other:  # its own connection, as another process would have
            try:
                other.decide(rid, [DecisionInput(next(iter(started.review.findings)), "mask")], identity)
                outcome.append("decided")
            except ReviewError as exc:
                outcome.append(str(exc))

    with desk.log.writing(reviewer.fingerprint, key) as tx:
        thread = threading.Thread(target=decide)
        thread.start()
        thread.join(1.0)
        assert thread.is_alive()  # blocked on the lock
        state = desk.review(rid)
        tx.append(ev.REVIEW_SIGNED, {"review_id": rid, "sha256": state.sha256, "attribute": "public",
                                     "basis": None, "reason": None, "decisions": state.decisions_digest(),
                                     "counts": {}})
    thread.join(30)
    assert outcome and "final" in outcome[0]
    assert verify_desk(desk.home).ok
