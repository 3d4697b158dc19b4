"""Tracked changes: accepted view (PARAGRAPH), pre-revision view (DELETED), revision authors."""

from __future__ import annotations

from docx_checks import assert_maps_back, one_segment_with, segments_with
from docx_factory import delete, format_change, ins, make_docx, move_from, move_to, p, r

from review_desk.core.document import SegmentKind, read_document

MAIN = "word/document.xml"


def _tracked(tmp_path):
    return make_docx(tmp_path, [
        p(r("电话 "), delete("13800138000", author="审核员甲"), ins(r("138****8000"), author="审核员乙"), r("。")),
    ])


def test_paragraph_is_the_accepted_view(tmp_path):
    path = _tracked(tmp_path)
    seg = one_segment_with(read_document(path), "电话", kind=SegmentKind.PARAGRAPH)
    assert seg.text == "电话 138****8000。"
    assert not any(pc.deleted for pc in seg.pieces)
    assert_maps_back(path, seg)


def test_deleted_text_gets_its_own_segment_with_deleted_pieces(tmp_path):
    path = _tracked(tmp_path)
    seg = one_segment_with(read_document(path), "13800138000", kind=SegmentKind.DELETED)
    assert seg.text == "电话 13800138000。"
    assert seg.location == "p[1]/deleted"
    assert seg.part == MAIN
    start = seg.text.index("13800138000")
    (piece,) = seg.pieces_for(start, start + 11)
    assert piece.deleted
    assert piece.node.endswith("w:delText")
    assert_maps_back(path, seg)


def test_paragraph_without_deletions_has_no_deleted_segment(tmp_path):
    path = make_docx(tmp_path, [p(r("只有插入 "), ins(r("新增")))])
    doc = read_document(path)
    assert one_segment_with(doc, "新增").text == "只有插入 新增"
    assert not [s for s in doc.segments if s.kind == SegmentKind.DELETED]


def test_moves_from_are_deleted_view_moves_to_are_accepted_view(tmp_path):
    path = make_docx(tmp_path, [p(move_from("原位置 张三")), p(move_to("新位置 张三"))])
    doc = read_document(path)
    deleted = one_segment_with(doc, "原位置 张三", kind=SegmentKind.DELETED)
    assert deleted.location == "p[1]/deleted"
    assert deleted.pieces[0].deleted
    assert not segments_with(doc, "原位置", kind=SegmentKind.PARAGRAPH)
    assert one_segment_with(doc, "新位置 张三", kind=SegmentKind.PARAGRAPH).location == "p[2]"
    assert not segments_with(doc, "新位置", kind=SegmentKind.DELETED)
    assert_maps_back(path, deleted)


def test_revision_authors_are_author_segments(tmp_path):
    path = make_docx(tmp_path, [
        p(r("a"), delete("x", author="删除人 王五"), ins(r("y"), author="插入人 赵六")),
        p(move_from("m", author="移动人 孙七")),
        p(format_change("格式", author="格式修改人 周八")),
    ])
    doc = read_document(path)
    for name in ("删除人 王五", "插入人 赵六", "移动人 孙七", "格式修改人 周八"):
        seg = one_segment_with(doc, name, kind=SegmentKind.AUTHOR, part=MAIN)
        assert seg.text == name
        assert seg.pieces[0].attr == "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}author"
        assert seg.location.endswith("/@w:author")
        assert_maps_back(path, seg)
    assert one_segment_with(doc, "删除人 王五", kind=SegmentKind.AUTHOR).location == "p[1]/del[1]/@w:author"


def test_paragraph_mark_revision_authors_are_read(tmp_path):
    mark = ('<w:p><w:pPr><w:rPr><w:ins w:id="9" w:author="段落标记 作者" w:date="2024-01-01T00:00:00Z"/>'
            '</w:rPr><w:pPrChange w:id="10" w:author="段落格式 作者"><w:pPr/></w:pPrChange></w:pPr>'
            "<w:r><w:t>正文</w:t></w:r></w:p>")
    doc = read_document(make_docx(tmp_path, [mark]))
    assert one_segment_with(doc, "段落标记 作者", kind=SegmentKind.AUTHOR)
    assert one_segment_with(doc, "段落格式 作者", kind=SegmentKind.AUTHOR)
    assert one_segment_with(doc, "正文").text == "正文"


def test_inserted_then_deleted_text_is_kept_in_the_deleted_view(tmp_path):
    nested = ('<w:p><w:r><w:t xml:space="preserve">前 </w:t></w:r><w:ins w:id="1" w:author="A"><w:del w:id="2" w:author="B">'
              "<w:r><w:delText>13912345678</w:delText></w:r></w:del></w:ins></w:p>")
    doc = read_document(make_docx(tmp_path, [nested]))
    assert one_segment_with(doc, "前", kind=SegmentKind.PARAGRAPH).text == "前 "
    assert one_segment_with(doc, "13912345678", kind=SegmentKind.DELETED).text == "前 13912345678"
