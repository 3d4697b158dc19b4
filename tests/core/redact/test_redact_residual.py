"""The residual check fails closed: a redacted value left anywhere in the written file means no
output at all (and no temporary file), with a message that does not repeat the value."""

from __future__ import annotations

import pytest

from docx_factory import comment, make_docx, p, r
from redact_checks import finding_for, findings_for_all
from review_desk.core.errors import ErrorCode
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, Redaction, ResidualFound, load_policy, redact_document
from review_desk.core.redact.residual import residual_check


def _no_files_but(folder, *names):
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


def test_a_second_occurrence_left_in_place_fails_the_check(tmp_path):
    """Two-character values are not swept to other occurrences (they may be parts of other words),
    so a second 张三 the detector missed is caught by the residual check."""
    source = make_docx(tmp_path, ["申请人张三提出申请。", "经查，张三的申请符合规定。"])
    doc = read_document(source)
    out = tmp_path / "out.docx"
    with pytest.raises(ResidualFound) as info:
        redact_document(doc, [Redaction(finding_for(doc, "张三", "PERSON"), Operation.MASK)], out, load_policy())
    assert info.value.code is ErrorCode.RESIDUAL_FOUND
    assert "张三" not in info.value.message and "张*" in info.value.message
    assert info.value.residual.residues[0].where.startswith("word/document.xml")
    _no_files_but(tmp_path, "sample.docx")


def test_other_occurrences_of_a_redacted_value_get_the_same_replacement(tmp_path):
    source = make_docx(tmp_path, ["申请人张三丰提出申请。", "经查，张三丰的申请符合规定。"], comments=[])
    doc = read_document(source)
    out = tmp_path / "out.docx"
    report = redact_document(doc, [Redaction(finding_for(doc, "张三丰", "PERSON"), Operation.MASK)], out,
                             load_policy())
    assert report.residual.passed
    body = [s.text for s in read_document(out).segments if s.part == "word/document.xml"]
    assert body == ["申请人张**提出申请。", "经查，张**的申请符合规定。"]


def test_every_occurrence_redacted_passes(tmp_path):
    source = make_docx(tmp_path, ["申请人张三丰提出申请。", "经查，张三丰的申请符合规定。"])
    doc = read_document(source)
    out = tmp_path / "out.docx"
    found = findings_for_all(doc, "张三丰", "PERSON")
    report = redact_document(doc, [Redaction(f, Operation.MASK) for f in found], out, load_policy())
    assert report.residual.passed and report.residual.values_checked == 1
    assert out.exists()


def test_a_value_kept_in_a_comment_is_found_when_comments_are_not_removed(tmp_path):
    source = make_docx(tmp_path, ["联系人张三。"], comments=[comment("审核人", "请核实张三的身份")])
    doc = read_document(source)
    out = tmp_path / "out.docx"
    body_only = [Redaction(finding_for(doc, "张三", "PERSON", part="word/document.xml"), Operation.MASK)]
    with pytest.raises(ResidualFound) as info:
        redact_document(doc, body_only, out, load_policy(), sanitize=False)
    assert any("comments.xml" in r.where for r in info.value.residual.residues)
    # with the sanitizer the comment is gone, so the same decisions pass
    report = redact_document(doc, body_only, out, load_policy())
    assert report.residual.passed


def test_separators_do_not_hide_a_number(tmp_path):
    source = make_docx(tmp_path, [p(r("电话138 1234 5678。")), "备用电话：13812345678。"])
    doc = read_document(source)
    with pytest.raises(ResidualFound) as info:
        redact_document(doc, [Redaction(finding_for(doc, "138 1234 5678", "PHONE_NUMBER"), Operation.MASK)],
                        tmp_path / "out.docx", load_policy())
    assert info.value.residual.residues[0].preview == "138 **** 5678"


def test_a_value_inside_a_kept_value_is_excused(tmp_path):
    source = make_docx(tmp_path, ["委托李明律师事务所代理，经办人李明。"])
    doc = read_document(source)
    org = finding_for(doc, "李明律师事务所", "ORGANIZATION")
    person = finding_for(doc, "李明", "PERSON", nth=1)
    report = redact_document(doc, [Redaction(org, Operation.KEEP), Redaction(person, Operation.MASK)],
                             tmp_path / "out.docx", load_policy())
    assert report.residual.passed
    assert read_document(tmp_path / "out.docx").segments[0].text == "委托李明律师事务所代理，经办人李*。"


def test_binary_parts_are_searched(tmp_path):
    source = make_docx(tmp_path, ["联系人张三丰。"], parts={"word/embeddings/data.bin": "张三丰".encode("utf-16-le")})
    doc = read_document(source)
    with pytest.raises(ResidualFound) as info:
        redact_document(doc, [Redaction(finding_for(doc, "张三丰", "PERSON"), Operation.MASK)],
                        tmp_path / "out.docx", load_policy(), sanitize=False)
    assert info.value.residual.residues[0].where == "word/embeddings/data.bin (binary)"


def test_residual_check_on_plain_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("身份证号３７０７０２１９７２１０３１８０９Ｘ\n", encoding="utf-8")
    doc = read_document(path)
    result = residual_check(doc, [("CN_ID_CARD", "37070219721031809X")])
    assert not result.passed and result.residues[0].preview == "370702********809X"
    assert residual_check(doc, [("PERSON", "张三")]).passed
