"""双公示 (plan item 7) and replies to applicants (plan item 14) through the review: the kind's policy,
what the published copy keeps and loses, and the missing required fields in the signed record and
the PDF review log."""

from __future__ import annotations

import re
import subprocess

import docx
import pytest

from passphrase import PASS
from docx_factory import make_docx
from test_review_required_fields import COMPANY_CODE, PENALTY, REMEDY, REPLY

pytestmark = pytest.mark.model

AGENT_ID = "370102199003081524"
AGENT = f"委托代理人：张丽华，身份证号码：{AGENT_ID}，住址：济南市历下区姚家街道文化东路58号3单元201室。"
APPLICANT_ID = "370103198507152316"
APPLICANT = (f"您在申请表中填写的身份证号码为{APPLICANT_ID}，联系电话13905311234，电子邮箱liujianhua@126.com，"
             "通讯地址为济南市市中区七贤街道二环南路2888号5号楼2单元302室。")


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def _review(desk, scan, path, tmp_path):
    state = desk.start(str(path), "王审查", PASS, scan).review
    desk.accept_suggested(state.review_id, "王审查", PASS)
    desk.sign(state.review_id, "public", "王审查", PASS)
    out = tmp_path / f"published-{path.stem}.docx"
    assert desk.publish(state.review_id, str(out), None, PASS, file=str(path)).residual.passed
    return desk.review(state.review_id), "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


def test_a_decision_keeps_the_company_and_its_code_and_masks_the_person(desk, scan, tmp_path):
    lines = PENALTY[:5] + [AGENT] + PENALTY[5:]
    path = make_docx(tmp_path, lines, name="penalty.docx")
    state, text = _review(desk, scan, path, tmp_path)
    assert state.kind["kind"] == "penalty_decision" and state.policy == "double-publicity"
    assert state.kind["missing"] == []
    assert "当事人：济南某某商贸有限公司" in text and COMPANY_CODE in text
    assert AGENT_ID not in text and "370102********1524" in text
    assert "文化东路58号" not in text and "张丽华" not in text
    assert REMEDY in text  # the decision itself is published as it stands


def test_a_decision_without_remedy_reports_it_in_the_record_and_the_pdf(desk, scan, tmp_path):
    path = make_docx(tmp_path, [line for line in PENALTY if line != REMEDY], name="penalty.docx")
    state = desk.start(str(path), "王审查", PASS, scan).review
    assert state.kind["missing"] == ["remedy"]  # in the signed review_started entry
    pdf = tmp_path / "log.pdf"
    desk.export_log(pdf, review_id=state.review_id, exporter="审计员")
    text = _pdf_text(pdf)
    assert "文件类型行政处罚决定书" in text and "缺少的必备要素救济渠道" in text
    assert "double-publicity" in text


def test_an_applicant_reply_is_published_without_the_applicant(desk, scan, tmp_path):
    lines = REPLY[:5] + [APPLICANT] + REPLY[5:]
    path = make_docx(tmp_path, lines, name="reply.docx")
    state, text = _review(desk, scan, path, tmp_path)
    assert state.kind["kind"] == "application_reply" and state.policy == "application-reply"
    assert state.kind["missing"] == []
    for gone in ("刘建华", APPLICANT_ID, "13905311234", "liujianhua", "二环南路2888号", "5号楼"):
        assert gone not in text, gone
    assert "本机关于2025年9月26日收到您提交的政府信息公开申请。" in text


def test_an_applicant_reply_without_the_remedy_address(desk, scan, tmp_path):
    lines = [("如对本答复不服，可以在收到本答复书之日起六十日内向某市人民政府申请行政复议。" if "不服" in line else line)
             for line in REPLY]
    path = make_docx(tmp_path, lines, name="reply.docx")
    state = desk.start(str(path), "王审查", PASS, scan).review
    assert state.kind["missing"] == ["remedy_address"]
    pdf = tmp_path / "log.pdf"
    desk.export_log(pdf, review_id=state.review_id, exporter="审计员")
    assert "缺少的必备要素救济渠道：机关地址" in _pdf_text(pdf)


PERSON_PENALTY = [
    "某市市场监督管理局", "行政处罚决定书", "某市监罚决〔2025〕89号",
    f"当事人：李建军，身份证号码：{APPLICANT_ID}，住址：济南市历下区姚家街道文化东路58号3单元201室。",
    "案件名称：李建军销售超过保质期食品案",
    "经查，当事人于2025年1月6日在其经营场所销售超过保质期的牛奶20箱，货值金额1200元。",
    "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本机关决定给予当事人罚款人民币五千元的行政处罚。",
    REMEDY, "某市市场监督管理局", "2025年1月27日",
]


def test_a_legal_persons_representative_is_published_and_a_natural_person_stays_masked(desk, scan, tmp_path):
    # the 双公示 standard publishes the 法定代表人 of a legal person by name (强制性信息披露)
    lines = PENALTY[:5] + ["法定代表人：王志强", AGENT] + PENALTY[5:]
    path = make_docx(tmp_path, lines, name="penalty.docx")
    started = desk.start(str(path), "王审查", PASS, scan).review
    representative = [f for f in started.findings.values() if f.recognizer.endswith("+legal_representative")]
    assert len(representative) == 1 and representative[0].suggested == "keep"
    state, text = _review(desk, scan, path, tmp_path)
    assert state.decisions[representative[0].id].basis == "mandatory_disclosure"
    assert "法定代表人：王志强" in text
    assert "张丽华" not in text and AGENT_ID not in text  # the agent, a natural person, stays masked
    # a natural person as 行政相对人: no credit code, the name is masked
    path = make_docx(tmp_path, PERSON_PENALTY, name="person.docx")
    state, text = _review(desk, scan, path, tmp_path)
    assert state.policy == "double-publicity"
    assert not any(f.recognizer.endswith("+legal_representative") for f in state.findings.values())
    assert "当事人：李建军" not in text and "李建军" not in text and APPLICANT_ID not in text
