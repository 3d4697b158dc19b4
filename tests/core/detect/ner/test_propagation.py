"""A name found once in a document is found everywhere it occurs: every segment, every part."""

from __future__ import annotations

import docx
import pytest

from review_desk.core.detect.ner.propagation import names_to_propagate, propagate
from review_desk.core.detect.scanner import scan_document, scan_path
from review_desk.core.document.model import Document, DocumentFormat, Segment, SegmentKind


def _doc(*texts: str) -> Document:
    segments, offset = [], 0
    for i, t in enumerate(texts):
        segments.append(Segment("text", f"line[{i + 1}]", SegmentKind.TEXT, t, offset=offset))
        offset += len(t) + 1
    return Document("x.txt", "0" * 64, DocumentFormat.TEXT, tuple(segments))


def test_names_to_propagate():
    assert names_to_propagate(["王", "张三", "欧阳明月", "张三"]) == ["欧阳明月", "张三"]


def test_propagate_skips_covered_and_longer_words():
    class D:
        def __init__(self, s, e):
            self.start, self.end = s, e

    text = "王府井大街上，王府在此。"
    # "王府" inside the LOCATION finding 王府井 [0:3] is not added; the second one is.
    added = propagate(text, ["王府"], [D(0, 3)])
    assert [(a.start, a.end) for a in added] == [(7, 9)]


@pytest.mark.parametrize("name", ["董立明", "欧阳春晓"])
def test_propagation_across_segments(rule_detector, name):
    doc = _doc(f"信访人：{name}，男。", "经调查，情况属实。", f"其中{name}的工资已经发放。", f"书面材料发送至{name}提供的邮箱。")
    persons = [f for f in scan_document(doc, rule_detector) if f.type == "PERSON"]
    assert [f.text for f in persons] == [name] * 3
    texts = "\n".join(s.text for s in doc.segments)  # offsets are into the whole text for plain documents
    assert all(texts[f.start : f.end] == name for f in persons)


def test_name_inside_location_not_propagated(fake_model_detector):
    doc = _doc("申请人：王府，男。", "王府井大街的商户反映。")
    persons = [f.text for f in scan_document(doc, fake_model_detector) if f.type == "PERSON"]
    assert persons == ["王府"]


def test_propagation_into_comment_and_body_of_docx(tmp_path, rule_detector):
    document = docx.Document()
    document.add_paragraph("关于政府信息公开申请的答复")
    para = document.add_paragraph("申请人：葛春晖，联系电话略。")
    document.add_paragraph("经查，葛春晖申请的信息不存在。")
    document.add_comment(para.runs, text="请核实葛春晖的身份。", author="审核员", initials="SH")
    path = tmp_path / "reply.docx"
    document.save(path)
    result = scan_path(str(path), rule_detector)
    hits = {(f.part, f.text) for f in result.findings if f.type == "PERSON"}
    assert ("word/document.xml", "葛春晖") in hits
    assert ("word/comments.xml", "葛春晖") in hits
    body = [f for f in result.findings if f.type == "PERSON" and f.part == "word/document.xml"]
    assert len(body) == 2


def test_comment_author_is_a_name(tmp_path, rule_detector):
    document = docx.Document()
    para = document.add_paragraph("本机关已受理该申请。")
    document.add_comment(para.runs, text="同意。", author="沈秋菊", initials="SQ")
    path = tmp_path / "c.docx"
    document.save(path)
    result = scan_path(str(path), rule_detector)
    assert ("word/comments.xml", "沈秋菊") in {(f.part, f.text) for f in result.findings if f.type == "PERSON"}
