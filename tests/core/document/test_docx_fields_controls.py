"""Field codes (complex and simple), content controls, legacy form fields and bookmarks."""

from __future__ import annotations

from docx_checks import assert_maps_back, one_segment_with, segments_with
from docx_factory import bookmark, field, fld_simple, make_docx, p, r, sdt

from review_desk.core.document import SegmentKind, read_document

MAIN = "word/document.xml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_complex_field_code_is_a_field_segment_and_result_stays_in_paragraph(tmp_path):
    path = make_docx(tmp_path, [p(r("联系人："), field([" MERGEFIELD ", "联系人_13912345678 "], "王五"), r("。"))])
    doc = read_document(path)
    para = one_segment_with(doc, "联系人：", kind=SegmentKind.PARAGRAPH)
    assert para.text == "联系人：王五。"
    code = one_segment_with(doc, "MERGEFIELD", kind=SegmentKind.FIELD_CODE)
    assert code.text == " MERGEFIELD 联系人_13912345678 "
    assert code.location == "p[1]/field[1]"
    assert len(code.pieces) == 2
    assert all(pc.node.endswith("w:instrText") for pc in code.pieces)
    assert_maps_back(path, para)
    assert_maps_back(path, code)


def test_simple_field_instruction_is_an_attribute_piece(tmp_path):
    path = make_docx(tmp_path, [p(fld_simple(' HYPERLINK "mailto:zhangsan@example.com" ', "发邮件"))])
    doc = read_document(path)
    code = one_segment_with(doc, "mailto:zhangsan@example.com", kind=SegmentKind.FIELD_CODE)
    assert code.pieces[0].attr == f"{W}instr"
    assert code.location == "p[1]/field[1]"
    assert one_segment_with(doc, "发邮件", kind=SegmentKind.PARAGRAPH).text == "发邮件"
    assert_maps_back(path, code)


def test_nested_fields_each_get_their_code(tmp_path):
    nested = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 身份证号 </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>110101199003077777</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> = "" "无" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    doc = read_document(make_docx(tmp_path, [nested]))
    codes = [s for s in doc.segments if s.kind == SegmentKind.FIELD_CODE]
    assert [c.text for c in codes] == [' IF  = "" "无" ', " MERGEFIELD 身份证号 "]
    assert one_segment_with(doc, "结果", kind=SegmentKind.PARAGRAPH).text == "110101199003077777结果"


def test_content_control_properties_are_segments_and_content_is_a_paragraph(tmp_path):
    path = make_docx(tmp_path, [
        sdt("张三", tag="applicant_zhangsan", alias="申请人姓名", xpath="/ns0:root[1]/ns0:name[1]",
            placeholder="DefaultPlaceholder_1082065158"),
    ])
    doc = read_document(path)
    assert one_segment_with(doc, "张三", kind=SegmentKind.PARAGRAPH).location == "p[1]"
    for value in ("applicant_zhangsan", "申请人姓名", "/ns0:root[1]/ns0:name[1]", "DefaultPlaceholder_1082065158"):
        seg = one_segment_with(doc, value, kind=SegmentKind.CONTENT_CONTROL, part=MAIN)
        assert seg.text == value
        assert_maps_back(path, seg)
    assert not segments_with(doc, "{11111111", kind=SegmentKind.CONTENT_CONTROL)  # storeItemID is not text


def test_inline_content_control_inside_paragraph(tmp_path):
    path = make_docx(tmp_path, [p(r("电话："), sdt("13800138000", tag="phone", block=False))])
    doc = read_document(path)
    assert one_segment_with(doc, "13800138000", kind=SegmentKind.PARAGRAPH).text == "电话：13800138000"
    assert one_segment_with(doc, "phone", kind=SegmentKind.CONTENT_CONTROL).location == "p[1]/tag[1]/@w:val"


def test_legacy_form_field_texts_are_content_control_segments(tmp_path):
    form = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="姓名字段"/><w:enabled/>'
        '<w:helpText w:type="text" w:val="请填写 张三"/><w:textInput><w:default w:val="默认 李四"/></w:textInput>'
        '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>王五</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    doc = read_document(make_docx(tmp_path, [form]))
    for value in ("姓名字段", "请填写 张三", "默认 李四"):
        assert one_segment_with(doc, value, kind=SegmentKind.CONTENT_CONTROL)
    assert one_segment_with(doc, "王五", kind=SegmentKind.PARAGRAPH)


def test_bookmark_names_are_read_except_word_internal_ones(tmp_path):
    path = make_docx(tmp_path, [
        p(bookmark("张三_身份证", "正文")),
        p(bookmark("_Toc123456", "目录", bid=8), bookmark("_GoBack", "x", bid=9), bookmark("_Hlk98765", "y", bid=10)),
    ])
    doc = read_document(path)
    seg = one_segment_with(doc, "张三_身份证", kind=SegmentKind.BOOKMARK, part=MAIN)
    assert seg.location == "p[1]/bookmarkStart[1]/@w:name"
    assert_maps_back(path, seg)
    assert [s.text for s in doc.segments if s.kind == SegmentKind.BOOKMARK] == ["张三_身份证"]
