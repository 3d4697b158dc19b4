"""The PDF review log's content built from the replayed log: items, periods, masked previews,
reviewers with fingerprints, the verification, and a rendered PDF."""

from __future__ import annotations

import pytest

from passphrase import PASS
from review_desk.core.audit import verify_log
from review_desk.core.report import write_review_log_pdf
from review_desk.core.review.log_report import build_report

pytestmark = pytest.mark.model


def test_report_items_and_period(desk, draft, scan, tmp_path):
    started = desk.start(str(draft), "王审查", PASS, scan)
    rid = started.review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    desk.sign(rid, "withheld", "王审查", PASS, basis="art16", reason="内部事务信息")
    states = list(desk.reviews().values())
    report = build_report(states, desk.log.reviewers(), verify_log(desk.home), review_id=rid)
    item = report.items[0]
    assert item.review_id == rid and item.attribute == "withheld" and item.attribute_basis == "art16"
    assert item.attribute_basis_label.startswith("条例第十六条") and item.attribute_reason == "内部事务信息"
    assert item.reviewers[0].name == "王审查" and item.reviewers[0].fingerprint.startswith("SHA256:")
    assert {d.preview for d in item.decisions} >= {"张**", "138****5678"}
    assert all(d.suggested for d in item.decisions) and report.verification.ok
    assert build_report(states, desk.log.reviewers(), verify_log(desk.home), since="2099-01-01").items == ()
    today = item.started_at[:10]
    assert len(build_report(states, desk.log.reviewers(), verify_log(desk.home), since=today, until=today).items) == 1
    pdf = tmp_path / "log.pdf"
    write_review_log_pdf(report, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_undecided_findings_show_as_such(desk, draft, scan):
    rid = desk.start(str(draft), "王审查", PASS, scan).review.review_id
    report = build_report(list(desk.reviews().values()), desk.log.reviewers(), verify_log(desk.home))
    assert {d.action for d in report.items[0].decisions} == {"undecided"}
    assert report.items[0].status == "open" and report.items[0].review_id == rid
