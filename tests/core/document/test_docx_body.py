"""Body text of a .docx: paragraphs, runs split by formatting, tables, tabs/breaks, hidden text,
text boxes (both the wps and the VML copy)."""

from __future__ import annotations

import docx
from docx_checks import assert_maps_back, one_segment_with, segments_with
from docx_factory import br, make_docx, p, r, tab, table, textbox_paragraph

from review_desk.core.document import DocumentFormat, SegmentKind, read_document

MAIN = "word/document.xml"


def test_plain_paragraphs_in_order_with_locations(tmp_path):
    path = make_docx(tmp_path, ["第一段", "第二段", "第三段"])
    doc = read_document(path)
    assert doc.format is DocumentFormat.DOCX
    body = [s for s in doc.segments if s.part == MAIN]
    assert [(s.location, s.text, s.kind) for s in body] == [
        ("p[1]", "第一段", SegmentKind.PARAGRAPH),
        ("p[2]", "第二段", SegmentKind.PARAGRAPH),
        ("p[3]", "第三段", SegmentKind.PARAGRAPH),
    ]
    for seg in body:
        assert_maps_back(path, seg)


def test_phone_split_over_three_differently_formatted_runs_is_one_substring(tmp_path):
    document = docx.Document()
    para = document.add_paragraph("联系电话：")
    para.add_run("138")
    para.add_run("0013").bold = True
    para.add_run("8000").italic = True
    para.add_run("。")
    path = tmp_path / "split.docx"
    document.save(path)

    seg = one_segment_with(read_document(path), "13800138000", kind=SegmentKind.PARAGRAPH)
    start = seg.text.index("13800138000")
    covering = seg.pieces_for(start, start + 11)
    assert [seg.text[pc.start : pc.end] for pc in covering] == ["138", "0013", "8000"]
    assert len({pc.node for pc in covering}) == 3
    assert_maps_back(path, seg)


def test_snippet_runs_split_and_empty_runs_ignored(tmp_path):
    path = make_docx(tmp_path, [p(r("138", color="FF0000"), r(""), r("0013", size=28), r("8000", bold=True))])
    seg = one_segment_with(read_document(path), "13800138000")
    assert seg.text == "13800138000"
    assert len(seg.pieces) == 3


def test_tables_and_nested_tables_have_cell_locations(tmp_path):
    path = make_docx(tmp_path, [
        table([["姓名", "电话"], ["张三", ["13800138000", table([["内层 李四"]])]]]),
        "表后段落",
    ])
    doc = read_document(path)
    assert one_segment_with(doc, "张三", part=MAIN).location == "tbl[1]/tr[2]/tc[1]/p[1]"
    assert one_segment_with(doc, "13800138000", part=MAIN).location == "tbl[1]/tr[2]/tc[2]/p[1]"
    nested = one_segment_with(doc, "内层 李四", part=MAIN)
    assert nested.location == "tbl[1]/tr[2]/tc[2]/tbl[1]/tr[1]/tc[1]/p[1]"
    assert one_segment_with(doc, "表后段落").location == "p[1]"
    assert_maps_back(path, nested)


def test_tabs_breaks_and_hyphens_are_synthetic_pieces(tmp_path):
    path = make_docx(tmp_path, [
        p(r("姓名"), tab(), r("张三"), br(), r("电话"), "<w:r><w:noBreakHyphen/></w:r>", r("1")),
    ])
    seg = one_segment_with(read_document(path), "张三")
    assert seg.text == "姓名\t张三\n电话-1"
    synthetic = [(seg.text[pc.start : pc.end]) for pc in seg.pieces if pc.synthetic]
    assert synthetic == ["\t", "\n", "-"]
    assert_maps_back(path, seg)


def test_tab_stops_in_paragraph_properties_are_not_text(tmp_path):
    ppr = '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>'
    seg = one_segment_with(read_document(make_docx(tmp_path, [ppr])), "正文")
    assert seg.text == "正文"


def test_hidden_text_is_read_and_flagged(tmp_path):
    path = make_docx(tmp_path, [
        p(r("可见"), r("110101199003077777", hidden="vanish")),
        p(r("可见2"), r("隐藏2", hidden="specVanish")),
        p(r("可见3"), r("隐藏3", hidden="webHidden")),
        p(r("不隐藏", rpr_extra='<w:vanish w:val="0"/>')),
    ])
    doc = read_document(path)
    for hidden_text in ("110101199003077777", "隐藏2", "隐藏3"):
        seg = one_segment_with(doc, hidden_text, kind=SegmentKind.PARAGRAPH)
        start = seg.text.index(hidden_text)
        (piece,) = seg.pieces_for(start, start + len(hidden_text))
        assert piece.hidden
        assert not seg.pieces_for(0, 1)[0].hidden
        assert_maps_back(path, seg)
    assert not one_segment_with(doc, "不隐藏").pieces[0].hidden


def test_text_box_both_copies_read_and_outer_paragraph_excludes_them(tmp_path):
    path = make_docx(tmp_path, [textbox_paragraph("外层文字", "框内 张三 13800138000", "后文")])
    doc = read_document(path)
    outer = one_segment_with(doc, "外层文字")
    assert outer.text == "外层文字后文"
    assert outer.location == "p[1]"
    copies = segments_with(doc, "框内 张三 13800138000", kind=SegmentKind.PARAGRAPH, part=MAIN)
    assert sorted(s.location for s in copies) == ["p[1]/txbx[1]/p[1]", "p[1]/vml-txbx[1]/p[1]"]
    assert copies[0].pieces[0].node != copies[1].pieces[0].node
    assert "wps:txbx" in next(s for s in copies if "/txbx[" in s.location).pieces[0].node
    assert "v:textbox" in next(s for s in copies if "vml-txbx" in s.location).pieces[0].node
    for seg in copies + [outer]:
        assert_maps_back(path, seg)


def test_text_box_segments_follow_their_anchor_paragraph(tmp_path):
    path = make_docx(tmp_path, ["前", textbox_paragraph("锚", "框"), "后"])
    texts = [s.text for s in read_document(path).segments if s.part == MAIN]
    assert texts == ["前", "锚", "框", "框", "后"]


def test_sdt_and_smart_tag_wrappers_are_transparent(tmp_path):
    smart = ('<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
             "<w:r><w:t>张</w:t></w:r><w:r><w:t>三</w:t></w:r></w:smartTag></w:p>")
    doc = read_document(make_docx(tmp_path, [smart]))
    assert one_segment_with(doc, "张三").location == "p[1]"


def test_math_text_is_part_of_the_paragraph(tmp_path):
    math = p(r("公式："), '<m:oMath><m:r><m:t>x=13800138000</m:t></m:r></m:oMath>')
    path = make_docx(tmp_path, [math])
    seg = one_segment_with(read_document(path), "x=13800138000")
    assert seg.text == "公式：x=13800138000"
    assert_maps_back(path, seg)


def test_whitespace_only_paragraphs_are_skipped(tmp_path):
    doc = read_document(make_docx(tmp_path, ["   ", p(tab()), "内容"]))
    assert [s.text for s in doc.segments if s.part == MAIN] == ["内容"]
    assert one_segment_with(doc, "内容").location == "p[3]"


def test_locations_are_unique_and_ascii(tmp_path):
    path = make_docx(tmp_path, ["一", table([["二", "三"]]), textbox_paragraph("四", "五")])
    doc = read_document(path)
    keys = [(s.part, s.location) for s in doc.segments]
    assert len(keys) == len(set(keys))
    assert all(s.location.isascii() for s in doc.segments)
