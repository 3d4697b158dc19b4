"""Each signature line of the PDF review log says exactly what was checked of that signature: valid
under the signer's registered key, the key registered before the signature, the signed decision-set
hash that of the recorded decisions, and every workflow anomaly against it by name — also on a log
whose check fails because of an anomaly (the chain itself verified to its end)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from passphrase import PASS
from phone_scan import phone_scan
from review_desk.core.review import events as ev
from review_desk.core.review.integrity import verify_desk
from review_desk.core.review.log_report import build_report

TEXT = "关于张三的答复\n联系电话13812345678，备用电话13900001111。\n"


@pytest.fixture
def item(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _sneak(desk, event, payload, who="王审查"):
    """Append an event through the log itself, around the workflow's rules (validly signed)."""
    reviewer, key = desk.unlock(who, PASS)
    return desk.log.append(event, payload, reviewer.fingerprint, key).seq


def _rows(desk, rid):
    registered = {e.actor: e.seq for e in desk.log.entries(event="reviewer_added")}
    report = build_report(list(desk.reviews().values()), desk.log.reviewers(), verify_desk(desk.home),
                          review_id=rid, registered=registered)
    return {s.role: s for s in report.items[0].signatures}


def _pdf_text(desk, tmp_path, rid) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    pdf = tmp_path / "log.pdf"
    desk.export_log(pdf, review_id=rid, exporter="审计员孙")
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def test_an_intact_log_states_every_check(desk, item, tmp_path):
    rid = desk.start(str(item), "王审查", PASS, phone_scan).review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    desk.sign(rid, "public", "王审查", PASS)
    desk.countersign(rid, "李复核", PASS)
    rows = _rows(desk, rid)
    for role in ("reviewer", "countersigner"):
        s = rows[role]
        assert s.verified and 0 < s.registered_seq < s.seq and s.decisions_match and s.anomalies == ()
    text = _pdf_text(desk, tmp_path, rid)
    reviewer = rows["reviewer"]
    assert (f"签名有效（Ed25519，按登记公钥校验，日志第{reviewer.seq}条）；签名人公钥于日志第{reviewer.registered_seq}"
            "条登记，早于签名；所签决定集哈希与记录的决定一致") in text
    assert "异常" not in text


def test_a_decision_after_the_signoff_is_named_against_the_signature(desk, item, tmp_path):
    rid = desk.start(str(item), "王审查", PASS, phone_scan).review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    state = desk.sign(rid, "public", "王审查", PASS)
    seq = _sneak(desk, ev.FINDING_DECIDED, {"review_id": rid, "finding_id": next(iter(state.findings)),
                                            "action": "keep", "basis": "penalty_publicity", "note": None,
                                            "suggested": False})
    assert verify_desk(desk.home).code == "decision_after_signoff"
    s = _rows(desk, rid)["reviewer"]
    assert s.verified and s.decisions_match  # the chain verified; the signed set is the recorded one
    assert s.anomalies == (("decision_after_signoff", seq),)
    text = _pdf_text(desk, tmp_path, rid)
    assert f"签名有效（Ed25519，按登记公钥校验，日志第{s.seq}条）" in text
    assert f"异常：签署之后又写入处理决定（日志第{seq}条，decision_after_signoff）" in text


def test_a_signoff_over_another_decision_set_says_so(desk, item, tmp_path):
    started = desk.start(str(item), "王审查", PASS, phone_scan)
    rid = started.review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    forged = {fid: {"action": "keep", "basis": "penalty_publicity"} for fid in started.review.findings}
    seq = _sneak(desk, ev.REVIEW_SIGNED, {"review_id": rid, "sha256": started.review.sha256, "attribute": "public",
                                          "basis": None, "reason": None, "decisions": ev.decisions_digest(forged),
                                          "counts": {}})
    check = verify_desk(desk.home)
    assert not check.ok and check.first_bad_seq == seq
    s = _rows(desk, rid)["reviewer"]
    # valid under the registered key (the chain verified to its end), but over other decisions
    assert s.seq == seq and s.verified and s.registered_seq < seq and s.decisions_match is False
    assert s.anomalies == (("decisions_not_signed", seq),)
    text = _pdf_text(desk, tmp_path, rid)
    assert f"签名有效（Ed25519，按登记公钥校验，日志第{seq}条）" in text and "无法确认" not in text
    assert "所签决定集哈希与记录的决定不一致" in text
    assert f"异常：所签决定集与记录的决定不一致（日志第{seq}条，decisions_not_signed）" in text


def test_a_tampered_chain_cannot_confirm_what_follows_the_bad_entry(desk, item):
    from review_desk.core.audit import Verification

    rid = desk.start(str(item), "王审查", PASS, phone_scan).review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    sig = desk.sign(rid, "public", "王审查", PASS).signature
    registered = {e.actor: e.seq for e in desk.log.entries(event="reviewer_added")}
    for bad, verified in ((sig.seq, False), (sig.seq + 1, True)):
        check = Verification(False, len(desk.log), bad, "entry changed", None, None, 2, "tampered")
        report = build_report(list(desk.reviews().values()), desk.log.reviewers(), check, registered=registered)
        assert report.items[0].signatures[0].verified is verified
    late = {fp: sig.seq + 5 for fp in registered}  # a key registered only after the signature
    report = build_report(list(desk.reviews().values()), desk.log.reviewers(), verify_desk(desk.home),
                          registered=late)
    s = report.items[0].signatures[0]
    assert s.registered_seq > s.seq
    from review_desk.core.report.styles import BAD
    from review_desk.core.report.tables import _signature_line

    red = f'<font color="{BAD.hexval().replace("0x", "#")}">'
    assert f"{red}签名人公钥于日志第 {s.registered_seq} 条登记，晚于签名" in _signature_line(s)
    unregistered = build_report(list(desk.reviews().values()), desk.log.reviewers(), verify_desk(desk.home),
                                registered={}).items[0].signatures[0]
    assert unregistered.registered_seq == 0 and "未在日志中登记" in _signature_line(unregistered)
