"""Metadata hiding places: properties, customXml, document variables, hyperlinks, alt text,
other XML parts (charts), and notes for embedded objects / EXIF images."""

from __future__ import annotations

from docx_checks import assert_maps_back, one_segment_with, segments_with
from docx_factory import (
    REL_CHART,
    REL_IMAGE,
    REL_OLE,
    hyperlink,
    image_paragraph,
    jpeg_with_exif,
    make_docx,
    p,
    vml_image_paragraph,
)

from review_desk.core.document import SegmentKind, read_document


def test_core_properties(tmp_path):
    core = {"dc:creator": "张三", "cp:lastModifiedBy": "李四", "dc:title": "关于王五的处理决定",
            "dc:subject": "主题 13800138000", "cp:keywords": "关键词", "dc:description": "备注 赵六",
            "cp:category": "类别", "cp:contentStatus": "草稿"}
    path = make_docx(tmp_path, ["正文"], core=core)
    doc = read_document(path)
    for qname, value in core.items():
        seg = one_segment_with(doc, value, kind=SegmentKind.PROPERTY, part="docProps/core.xml")
        assert seg.location == f"core/{qname}"
        assert_maps_back(path, seg)


def test_app_properties_text_without_numbers(tmp_path):
    path = make_docx(tmp_path, ["正文"], app={"Company": "某某市金融监管局", "Manager": "经理 孙七",
                                              "HyperlinkBase": "http://intranet/zhangsan/"})
    doc = read_document(path)
    for value, loc in (("某某市金融监管局", "app/Company"), ("经理 孙七", "app/Manager"),
                       ("http://intranet/zhangsan/", "app/HyperlinkBase")):
        seg = one_segment_with(doc, value, kind=SegmentKind.PROPERTY, part="docProps/app.xml")
        assert seg.location == loc
        assert_maps_back(path, seg)
    app_texts = [s.text for s in doc.segments if s.part == "docProps/app.xml"]
    assert "0" not in app_texts and "false" not in app_texts


def test_custom_properties_name_and_value(tmp_path):
    path = make_docx(tmp_path, ["正文"], custom={"承办人": "赵六 13912345678"})
    doc = read_document(path)
    name = one_segment_with(doc, "承办人", kind=SegmentKind.PROPERTY, part="docProps/custom.xml")
    value = one_segment_with(doc, "赵六 13912345678", kind=SegmentKind.PROPERTY, part="docProps/custom.xml")
    assert name.location == "custom/property[1]/@name"
    assert name.pieces[0].attr == "name"
    assert value.location == "custom/property[1]/lpwstr"
    assert_maps_back(path, name)
    assert_maps_back(path, value)


def test_custom_xml_text_attributes_and_mixed_content(tmp_path):
    item = ('<申请 xmlns="urn:example:form"><person idcard="110101199003077777"><name>张三</name>'
            "<note>电话<b>138</b>00138000</note></person></申请>")
    path = make_docx(tmp_path, ["正文"], custom_xml=[item])
    doc = read_document(path)
    part = "customXml/item2.xml"
    attr = one_segment_with(doc, "110101199003077777", kind=SegmentKind.CUSTOM_XML, part=part)
    assert attr.location == "person/@idcard"
    name = one_segment_with(doc, "张三", kind=SegmentKind.CUSTOM_XML, part=part)
    assert name.location == "person/name/text()"
    tail = one_segment_with(doc, "00138000", kind=SegmentKind.CUSTOM_XML, part=part)
    assert tail.pieces[0].tail
    assert tail.location == "person/note/b/tail()"
    assert all(s.location.isascii() for s in doc.segments)
    for seg in (attr, name, tail):
        assert_maps_back(path, seg)


def test_document_variables(tmp_path):
    path = make_docx(tmp_path, ["正文"], doc_vars={"承办人姓名": "钱七 13800138000"})
    doc = read_document(path)
    name = one_segment_with(doc, "承办人姓名", kind=SegmentKind.DOC_VARIABLE, part="word/settings.xml")
    value = one_segment_with(doc, "钱七 13800138000", kind=SegmentKind.DOC_VARIABLE, part="word/settings.xml")
    assert name.location == "docVar[1]/@w:name"
    assert value.location == "docVar[1]/@w:val"
    assert_maps_back(path, value)


def test_external_hyperlink_targets_and_tooltips(tmp_path):
    path = make_docx(
        tmp_path, [p(hyperlink("rId800", "联系我们", tooltip="发送给 zhangsan@example.com"))],
        hyperlinks={"rId800": "mailto:zhangsan@example.com", "rId801": "http://example.gov.cn/?id=110101199003077777"},
    )
    doc = read_document(path)
    rels = "word/_rels/document.xml.rels"
    mail = one_segment_with(doc, "mailto:zhangsan@example.com", kind=SegmentKind.HYPERLINK, part=rels)
    assert mail.pieces[0].attr == "Target"
    assert mail.location.startswith("Relationship[") and mail.location.endswith("]/@Target")
    one_segment_with(doc, "110101199003077777", kind=SegmentKind.HYPERLINK, part=rels)
    tip = one_segment_with(doc, "zhangsan@example.com", kind=SegmentKind.HYPERLINK, part="word/document.xml")
    assert tip.location == "p[1]/hyperlink[1]/@w:tooltip"
    assert one_segment_with(doc, "联系我们", kind=SegmentKind.PARAGRAPH)
    assert not segments_with(doc, "styles.xml", kind=SegmentKind.HYPERLINK)  # internal targets are not text
    assert_maps_back(path, mail)
    assert_maps_back(path, tip)


def test_attached_template_path_is_read(tmp_path):
    template = "file:///C:/Users/zhangsan/AppData/Roaming/Microsoft/Templates/公文.dotm"
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'attachedTemplate" Target="{template}" TargetMode="External"/></Relationships>')
    path = make_docx(tmp_path, ["正文"], parts={"word/_rels/settings.xml.rels": rels})
    seg = one_segment_with(read_document(path), "zhangsan", kind=SegmentKind.HYPERLINK)
    assert seg.part == "word/_rels/settings.xml.rels"
    assert seg.text == template


def test_alt_text_of_drawing_pictures_and_vml(tmp_path):
    path = make_docx(
        tmp_path,
        [image_paragraph("rId801", descr="张三身份证正面", title="证件照 张三", pic_descr="图片说明 李四"),
         vml_image_paragraph("rId801", alt="VML 替代文字 王五", title="VML 标题 赵六")],
        rels=[("rId801", REL_IMAGE, "media/image1.jpeg", False)],
        parts={"word/media/image1.jpeg": jpeg_with_exif(gps=False)},
    )
    doc = read_document(path)
    expected = {
        "张三身份证正面": "p[1]/wp:docPr[1]/@descr",
        "证件照 张三": "p[1]/wp:docPr[1]/@title",
        "图片说明 李四": "p[1]/pic:cNvPr[1]/@descr",
        "VML 替代文字 王五": "p[2]/v:shape[1]/@alt",
        "VML 标题 赵六": "p[2]/v:imagedata[1]/@o:title",
    }
    for text, location in expected.items():
        seg = one_segment_with(doc, text, kind=SegmentKind.ALT_TEXT, part="word/document.xml")
        assert seg.location == location
        assert_maps_back(path, seg)


def test_chart_text_is_other_xml(tmp_path):
    chart = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich>'
             "<a:p><a:r><a:t>张三 业绩</a:t></a:r></a:p></c:rich></c:tx></c:title>"
             "<c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:pt idx=\"0\"><c:v>李四</c:v></c:pt>"
             "</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache><c:pt idx=\"0\"><c:v>42</c:v></c:pt>"
             "</c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>")
    path = make_docx(tmp_path, ["正文"], parts={"word/charts/chart1.xml": chart},
                     rels=[("rId802", REL_CHART, "charts/chart1.xml", False)])
    doc = read_document(path)
    title = one_segment_with(doc, "张三 业绩", kind=SegmentKind.OTHER_XML, part="word/charts/chart1.xml")
    assert one_segment_with(doc, "李四", kind=SegmentKind.OTHER_XML, part="word/charts/chart1.xml")
    assert not [s for s in doc.segments if s.part == "word/charts/chart1.xml" and s.text == "42"]
    assert_maps_back(path, title)


def test_drawingml_text_inside_the_document_is_other_xml(tmp_path):
    shape = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="5" name="s"/>'
             '<a:graphic><a:graphicData uri="urn:x"><a:p><a:r><a:t>图形文字 张三</a:t></a:r></a:p>'
             "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>")
    path = make_docx(tmp_path, [shape])
    seg = one_segment_with(read_document(path), "图形文字 张三", kind=SegmentKind.OTHER_XML)
    assert seg.location.startswith("p[1]/a:t[1]")
    assert_maps_back(path, seg)


def test_notes_for_embedded_objects_and_exif_images(tmp_path):
    path = make_docx(
        tmp_path, ["正文"],
        rels=[("rId801", REL_IMAGE, "media/image1.jpeg", False), ("rId802", REL_OLE, "embeddings/oleObject1.bin", False),
              ("rId803", REL_IMAGE, "media/image2.jpeg", False)],
        parts={"word/media/image1.jpeg": jpeg_with_exif(gps=True),
               "word/media/image2.jpeg": b"\xff\xd8\xff\xd9",
               "word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0" + bytes(3000)},
    )
    notes = read_document(path).notes
    assert any("word/embeddings/oleObject1.bin" in n and "not read" in n for n in notes)
    assert any("word/media/image1.jpeg" in n and "EXIF" in n and "GPS" in n for n in notes)
    assert not any("image2" in n for n in notes)
