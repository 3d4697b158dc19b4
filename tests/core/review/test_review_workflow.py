"""One item, one review: binding to the SHA-256, decisions and their bases, sign-off rules,
countersignature, publishing with the attribute stamp, and no raw personal data in the log."""

from __future__ import annotations

import sqlite3
import zipfile

import docx
import pytest

from passphrase import PASS
from docx_factory import make_docx
from review_desk.core.document import read_document
from review_desk.core.review import DecisionInput, InvalidDecision, ReviewError

pytestmark = pytest.mark.model


def _start(desk, draft, scan, who="王审查"):
    return desk.start(str(draft), who, PASS, scan)


def _id(started, text):
    return next(fid for fid, t in started.texts.items() if t == text)


def test_start_binds_the_review_to_the_bytes_and_resumes(desk, draft, scan, tmp_path):
    started = _start(desk, draft, scan)
    state = started.review
    assert state.sha256 == read_document(draft).sha256 and not started.resumed
    assert state.title == "关于申请人张**政府信息公开申请的答复" and state.doc_number == "历下政办字〔2026〕7号"
    assert {"张三丰", "13812345678", "37070219721031809X"} <= set(started.texts.values())
    again = _start(desk, draft, scan)
    assert again.resumed and again.review.review_id == state.review_id
    with pytest.raises(ReviewError, match="already under review"):
        _start(desk, draft, scan, who="李复核")
    other = make_docx(tmp_path, ["申请人赵六提出申请。"], name="other.docx")
    assert desk.start(str(other), "王审查", PASS, scan).review.review_id != state.review_id


def test_wrong_passphrase_and_unknown_reviewer(desk, draft, scan):
    with pytest.raises(ReviewError, match="No reviewer"):
        desk.start(str(draft), "nobody", PASS, scan)
    with pytest.raises(Exception, match="passphrase"):
        desk.start(str(draft), "王审查", "not-the-passphrase", scan)


def test_decisions_need_the_right_basis(desk, draft, scan):
    started = _start(desk, draft, scan)
    rid, name_id = started.review.review_id, _id(started, "张三丰")
    with pytest.raises(InvalidDecision, match="exemption basis"):
        desk.decide(rid, [DecisionInput(name_id, "keep")], "王审查", PASS)
    with pytest.raises(InvalidDecision, match="justifies keeping"):
        desk.decide(rid, [DecisionInput(name_id, "redact", "penalty_publicity")], "王审查", PASS)
    with pytest.raises(InvalidDecision, match="no finding"):
        desk.decide(rid, [DecisionInput("Fnope", "redact")], "王审查", PASS)
    with pytest.raises(InvalidDecision, match="action"):
        desk.decide(rid, [DecisionInput(name_id, "blur")], "王审查", PASS)
    with pytest.raises(InvalidDecision, match="twice"):
        desk.decide(rid, [DecisionInput(name_id, "mask"), DecisionInput(name_id, "redact")], "王审查", PASS)
    with pytest.raises(ReviewError, match="only that reviewer"):
        desk.decide(rid, [DecisionInput(name_id, "mask")], "李复核", PASS)
    assert desk.decide(rid, [DecisionInput(name_id, "keep", "penalty_publicity", "处罚决定依法公示")], "王审查", PASS) == 1
    decision = desk.review(rid).decisions[name_id]
    assert (decision.action, decision.basis, decision.note) == ("keep", "penalty_publicity", "处罚决定依法公示")
    desk.decide(rid, [DecisionInput(name_id, "mask")], "王审查", PASS)  # changed before sign-off
    assert desk.review(rid).decisions[name_id].basis == "art15"  # the policy's removal basis


def test_sign_is_refused_until_every_finding_is_decided(desk, draft, scan):
    started = _start(desk, draft, scan)
    rid = started.review.review_id
    with pytest.raises(ReviewError, match="undecided"):
        desk.sign(rid, "public", "王审查", PASS)
    assert desk.accept_suggested(rid, "王审查", PASS) == len(started.review.findings)
    assert all(d.suggested for d in desk.review(rid).decisions.values())
    with pytest.raises(ReviewError, match="needs a legal basis"):
        desk.sign(rid, "withheld", "王审查", PASS)
    with pytest.raises(ReviewError, match="needs a reason"):
        desk.sign(rid, "on-request", "王审查", PASS, basis="art16")
    with pytest.raises(ReviewError, match="Only the reviewer who started"):
        desk.sign(rid, "public", "李复核", PASS)
    state = desk.sign(rid, "on-request", "王审查", PASS, basis="art16", reason="涉及过程性信息，依申请提供")
    assert state.status == "signed" and state.signature.attribute == "on-request"
    with pytest.raises(ReviewError, match="decisions are final"):
        desk.decide(rid, [DecisionInput(_id(started, "张三丰"), "redact")], "王审查", PASS)
    with pytest.raises(ReviewError, match="already signed"):
        desk.sign(rid, "public", "王审查", PASS)
    assert desk.log.latest_checkpoint().tree_size == len(desk.log)  # sign-off is checkpointed


def test_public_is_refused_while_a_classification_mark_is_present(desk, scan, tmp_path):
    draft = make_docx(tmp_path, ["机密★5年", "关于申请人张三丰的处理意见"], name="secret.docx")
    started = _start(desk, draft, scan)
    rid = started.review.review_id
    mark = next(fid for fid, f in started.review.findings.items() if f.type == "CLASSIFIED_MARK")
    others = [DecisionInput(fid, "mask") for fid in started.review.findings if fid != mark]
    desk.decide(rid, others + [DecisionInput(mark, "block")], "王审查", PASS)
    with pytest.raises(ReviewError, match="classification mark"):
        desk.sign(rid, "public", "王审查", PASS)
    desk.decide(rid, [DecisionInput(mark, "not_a_mark", None, "误报")], "王审查", PASS)
    assert desk.sign(rid, "public", "王审查", PASS).status == "signed"


def test_manual_finding(desk, draft, scan):
    started = _start(desk, draft, scan)
    rid = started.review.review_id
    added = desk.add_finding(rid, "2026年3月1日", "DATE_OF_BIRTH", "王审查", PASS, file=str(draft))
    assert len(added) == 1 and added[0].manual and added[0].preview == "2026年*月*日"
    with pytest.raises(InvalidDecision, match="does not occur"):
        desk.add_finding(rid, "不存在的文字", "PERSON", "王审查", PASS, file=str(draft))
    with pytest.raises(InvalidDecision, match="Unknown finding type"):
        desk.add_finding(rid, "张三丰", "NICKNAME", "王审查", PASS, file=str(draft))
    desk.accept_suggested(rid, "王审查", PASS)
    # the policy's suggestion for the type: the draft is a reply to an applicant, whose data is removed
    assert started.review.policy == "application-reply"
    assert desk.review(rid).decisions[added[0].id].action == "redact"


def _signed(desk, draft, scan, attribute="public"):
    started = _start(desk, draft, scan)
    rid = started.review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    desk.sign(rid, attribute, "王审查", PASS)
    return rid


def test_publish_writes_the_stamped_copy_and_logs_its_hash(desk, draft, scan, tmp_path):
    out = tmp_path / "published.docx"
    with pytest.raises(ReviewError, match="not signed"):
        rid0 = _start(desk, draft, scan).review.review_id
        desk.publish(rid0, str(out), None, PASS, file=str(draft))
    rid = _signed(desk, draft, scan)
    report = desk.publish(rid, str(out), None, PASS, file=str(draft))
    assert report.residual.passed
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs.index("公开方式：主动公开") == paragraphs.index("抄送：区政务公开办公室。") - 1
    text = "\n".join(paragraphs)
    # a reply to an applicant: the applicant's data removed, not masked (policy application-reply)
    assert "张三丰" not in text and "1381" not in text and "联系电话〔依条例第十五条删除〕" in text
    custom = zipfile.ZipFile(out).read("docProps/custom.xml").decode("utf-8")
    assert "主动公开" in custom and rid in custom
    published = desk.review(rid).publications[-1]
    assert published.sha256_out == report.sha256_out == __import__("hashlib").sha256(out.read_bytes()).hexdigest()


def test_publish_refuses_a_changed_file(desk, draft, scan, tmp_path):
    rid = _signed(desk, draft, scan)
    with draft.open("ab") as fh:
        fh.write(b"\x00")  # one more byte: a different item
    with pytest.raises(ReviewError, match="changed after it was reviewed"):
        desk.publish(rid, str(tmp_path / "out.docx"), None, PASS, file=str(draft))
    assert not (tmp_path / "out.docx").exists()


def test_countersign_by_a_second_reviewer_when_the_policy_requires_it(desk, draft, scan, tmp_path):
    started = desk.start(str(draft), "王审查", PASS, scan, "remove-all")
    rid = started.review.review_id
    desk.accept_suggested(rid, "王审查", PASS)
    desk.sign(rid, "public", "王审查", PASS)
    out = tmp_path / "out.docx"
    with pytest.raises(ReviewError, match="复审"):
        desk.publish(rid, str(out), None, PASS, file=str(draft))
    with pytest.raises(ReviewError, match="different reviewer"):
        desk.countersign(rid, "王审查", PASS)
    assert desk.countersign(rid, "李复核", PASS).status == "countersigned"
    desk.publish(rid, str(out), "李复核", PASS, file=str(draft))
    assert "〔依条例第十五条删除〕" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


def test_the_log_holds_no_raw_personal_data(desk, draft, scan, tmp_path):
    rid = _signed(desk, draft, scan)
    desk.publish(rid, str(tmp_path / "out.docx"), None, PASS, file=str(draft))
    raw = (desk.home / "audit.sqlite3").read_bytes()
    for value in ("张三丰", "13812345678", "37070219721031809X"):
        assert value.encode("utf-8") not in raw
    rows = sqlite3.connect(desk.home / "audit.sqlite3").execute("SELECT payload FROM entries").fetchall()
    assert not any("张三丰" in payload or "13812345678" in payload for (payload,) in rows)
    assert any("138****5678" in payload for (payload,) in rows)


def test_a_name_in_the_file_name_is_masked_in_the_log(desk, draft, scan, tmp_path):
    import shutil

    named = tmp_path / "张三丰申请答复.docx"
    shutil.copy(draft, named)
    state = desk.start(str(named), "王审查", PASS, scan).review
    assert state.file_name == "张**申请答复.docx"
    assert "张三丰".encode("utf-8") not in (desk.home / "audit.sqlite3").read_bytes()
