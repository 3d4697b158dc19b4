"""A reply to a deputy's proposal (plan item 5): published in full except the deputy's name, contact
details and the 抄送 range, which is cut out; the 摘要公开 option is signed and printed in the PDF."""

from __future__ import annotations

import re
import subprocess

import docx
import pytest

from passphrase import PASS
from docx_factory import make_docx
from review_desk.core.review.distribution import distribution_findings
from review_desk.core.document import read_document

pytestmark = pytest.mark.model

REPLY = [
    "　　您提出的《关于加强公交站台建设的建议》收悉，现答复如下。",
    "　　一、关于增设候车亭。今年我局已在城区新建候车亭120座，改造老旧站台45处，主要干道站台年底前全部完成改造。",
    "　　二、关于站台无障碍设施。我局将会同市残联制定站台无障碍改造标准，逐步推广盲道和坡道。",
    "　　感谢您对交通运输工作的关心和支持。",
]
DISTRIBUTION = ["抄送：市人大常委会代表工作委员会，市政府督查室，",
                "　　　王建国代表（电话13812345678，电子邮箱wangjianguo@163.com）。"]
PROPOSAL = ["某市交通运输局", "某交建复〔2025〕12号", "对市十六届人大三次会议第0123号建议的答复", "王建国代表：",
            *REPLY, "某市交通运输局", "2025年6月3日", *DISTRIBUTION, "某市交通运输局办公室　　2025年6月3日印发"]


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def test_the_distribution_block_is_found_with_its_continuation(tmp_path):
    path = make_docx(tmp_path, PROPOSAL, name="proposal.docx")
    found = distribution_findings(read_document(str(path)))
    assert [f.text for f in found] == [DISTRIBUTION[0], DISTRIBUTION[1].strip()]
    assert {f.type for f in found} == {"DISTRIBUTION"}


def test_the_published_reply_has_no_member_contact_or_distribution_left(desk, scan, tmp_path):
    path = make_docx(tmp_path, PROPOSAL, name="proposal.docx")
    started = desk.start(str(path), "王审查", PASS, scan)
    state = started.review
    assert state.kind["kind"] == "proposal_reply" and state.policy == "proposal-reply"
    cut = [f for f in state.findings.values() if f.type == "DISTRIBUTION"]
    assert len(cut) == 2 and {f.suggested for f in cut} == {"redact"}
    assert all("王建国" not in f.preview for f in state.findings.values())  # the log keeps no name
    rid = state.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    signed = desk.sign(rid, "public", "王审查", PASS, summary=True)
    assert signed.signature.summary is True
    out = tmp_path / "published.docx"
    report = desk.publish(rid, str(out), None, PASS, file=str(path))
    assert report.residual.passed
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    text = "\n".join(paragraphs)
    for gone in ("王建国", "13812345678", "wangjianguo", "163.com", "抄送", "代表工作委员会", "督查室"):
        assert gone not in text, gone
    assert all(line in paragraphs for line in REPLY)  # the reply itself is published in full
    signed_at, printed = paragraphs.index("2025年6月3日"), paragraphs.index("某市交通运输局办公室　　2025年6月3日印发")
    assert all(p.strip() for p in paragraphs[signed_at:printed])  # the 抄送 block left no blank paragraph behind
    assert "对市十六届人大三次会议第0123号建议的答复" in paragraphs
    pdf = tmp_path / "log.pdf"
    desk.export_log(pdf, review_id=rid, exporter="审计员")
    assert "公开形式摘要公开" in _pdf_text(pdf)


def test_a_full_publication_is_recorded_as_such(desk, scan, tmp_path):
    path = make_docx(tmp_path, PROPOSAL, name="proposal.docx")
    rid = desk.start(str(path), "王审查", PASS, scan).review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    assert desk.sign(rid, "public", "王审查", PASS).signature.summary is False
    pdf = tmp_path / "log.pdf"
    desk.export_log(pdf, review_id=rid, exporter="审计员")
    assert "公开形式全文公开" in _pdf_text(pdf)


def test_the_desk_draft_has_the_block_and_logs_it_once(desk, scan, tmp_path):
    from review_desk.core.review.draft import DraftReview

    path = make_docx(tmp_path, PROPOSAL, name="proposal.docx")
    document = read_document(str(path))
    draft = DraftReview.new(document, scan(document))
    assert draft.policy.name == "proposal-reply" and draft.kind is not None and draft.kind.kind.value == "proposal_reply"
    assert sum(f.type == "DISTRIBUTION" for f in draft.findings) == 2
    state = draft.commit(desk, desk.identity("王审查", PASS))
    assert state.policy == "proposal-reply" and set(state.findings) == {f.id for f in draft.findings}
    assert sum(f.type == "DISTRIBUTION" for f in state.findings.values()) == 2
