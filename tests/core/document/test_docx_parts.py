"""Headers, footers, footnotes, endnotes, comments, people.xml and the reading order of parts."""

from __future__ import annotations

from docx_checks import assert_maps_back, one_segment_with
from docx_factory import comment, make_docx, table

from review_desk.core.document import SegmentKind, read_document


def test_default_first_and_even_headers_and_footers_are_all_read(tmp_path):
    path = make_docx(
        tmp_path,
        ["正文"],
        headers={"default": ["默认页眉 张三"], "first": ["首页页眉 13800138000"], "even": [table([["偶数页眉"]])]},
        footers={"default": ["默认页脚"], "first": ["首页页脚"], "even": ["偶数页脚 李四"]},
    )
    doc = read_document(path)
    expected = {
        "默认页眉 张三": ("word/header1.xml", "p[1]"),
        "首页页眉 13800138000": ("word/header2.xml", "p[1]"),
        "偶数页眉": ("word/header3.xml", "tbl[1]/tr[1]/tc[1]/p[1]"),
        "默认页脚": ("word/footer1.xml", "p[1]"),
        "首页页脚": ("word/footer2.xml", "p[1]"),
        "偶数页脚 李四": ("word/footer3.xml", "p[1]"),
    }
    for text, (part, location) in expected.items():
        seg = one_segment_with(doc, text, kind=SegmentKind.PARAGRAPH)
        assert (seg.part, seg.location) == (part, location)
        assert_maps_back(path, seg)


def test_footnotes_and_endnotes(tmp_path):
    path = make_docx(tmp_path, ["正文"], footnotes=["脚注 张三 13800138000", "第二个脚注"], endnotes=["尾注 李四"])
    doc = read_document(path)
    foot = one_segment_with(doc, "脚注 张三 13800138000", kind=SegmentKind.PARAGRAPH)
    assert foot.part == "word/footnotes.xml"
    assert foot.location.startswith("footnote[") and foot.location.endswith("/p[1]")
    second = one_segment_with(doc, "第二个脚注")
    assert second.location != foot.location
    end = one_segment_with(doc, "尾注 李四", kind=SegmentKind.PARAGRAPH)
    assert end.part == "word/endnotes.xml"
    assert end.location.startswith("endnote[")
    assert_maps_back(path, foot)
    assert_maps_back(path, end)


def test_comment_text_author_and_initials(tmp_path):
    path = make_docx(tmp_path, ["正文"], comments=[
        comment("审核人 王五", "请核对 13800138000", initials="WW"),
        comment("审核人 赵六", "第二条"),
    ])
    doc = read_document(path)
    text = one_segment_with(doc, "请核对 13800138000", kind=SegmentKind.PARAGRAPH)
    assert (text.part, text.location) == ("word/comments.xml", "comment[1]/p[1]")
    author = one_segment_with(doc, "审核人 王五", kind=SegmentKind.AUTHOR)
    assert (author.part, author.location) == ("word/comments.xml", "comment[1]/@w:author")
    initials = one_segment_with(doc, "WW", kind=SegmentKind.AUTHOR)
    assert initials.location == "comment[1]/@w:initials"
    assert one_segment_with(doc, "审核人 赵六", kind=SegmentKind.AUTHOR).location == "comment[2]/@w:author"
    for seg in (text, author, initials):
        assert_maps_back(path, seg)


def test_people_part_authors_and_user_ids(tmp_path):
    path = make_docx(tmp_path, ["正文"], people=[("张三", "S::zhangsan@example.gov.cn::1234")])
    doc = read_document(path)
    author = one_segment_with(doc, "张三", kind=SegmentKind.AUTHOR, part="word/people.xml")
    user = one_segment_with(doc, "zhangsan@example.gov.cn", kind=SegmentKind.AUTHOR, part="word/people.xml")
    assert author.location == "w15:person[1]/@w15:author"
    assert user.location == "w15:presenceInfo[1]/@w15:userId"
    assert not [s for s in doc.segments if s.text == "AD"]  # providerId is not personal
    assert_maps_back(path, author)
    assert_maps_back(path, user)


def test_comment_extension_parts_are_scanned(tmp_path):
    extensible = (
        '<w16cex:commentsExtensible xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex">'
        '<w16cex:commentExtensible w16cex:durableId="1A2B" w16cex:dateUtc="2024-01-01T00:00:00Z"/>'
        '<w16cex:commentExtensible w16cex:durableId="1A2C" w16cex:author="扩展作者"/>'
        "</w16cex:commentsExtensible>"
    )
    path = make_docx(tmp_path, ["正文"], parts={"word/commentsExtensible.xml": extensible})
    seg = one_segment_with(read_document(path), "扩展作者", kind=SegmentKind.AUTHOR)
    assert seg.part == "word/commentsExtensible.xml"


def test_reading_order_main_then_headers_footers_notes_comments_then_the_rest(tmp_path):
    path = make_docx(
        tmp_path, ["正文"], headers={"default": ["页眉"]}, footers={"default": ["页脚"]},
        footnotes=["脚注"], endnotes=["尾注"], comments=[comment("人", "批注")], core={"dc:creator": "作者"},
    )
    doc = read_document(path)
    parts = list(dict.fromkeys(s.part for s in doc.segments))
    assert parts[:6] == [
        "word/document.xml", "word/header1.xml", "word/footer1.xml",
        "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml",
    ]
    assert parts.index("docProps/core.xml") > parts.index("word/comments.xml")
    assert read_document(path) == doc  # deterministic


def test_glossary_document_parts_are_read(tmp_path):
    glossary = (
        '<w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docParts>'
        '<w:docPart><w:docPartPr><w:name w:val="Block1"/></w:docPartPr><w:docPartBody>'
        "<w:p><w:r><w:t>构建基块 张三 13800138000</w:t></w:r></w:p></w:docPartBody></w:docPart>"
        "</w:docParts></w:glossaryDocument>"
    )
    path = make_docx(tmp_path, ["正文"], parts={"word/glossary/document.xml": glossary})
    seg = one_segment_with(read_document(path), "构建基块 张三", kind=SegmentKind.PARAGRAPH)
    assert (seg.part, seg.location) == ("word/glossary/document.xml", "docPart[1]/p[1]")
    assert_maps_back(path, seg)


def test_strict_open_xml_document(tmp_path):
    strict = (
        '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>'
        '<w:p><w:r><w:t xml:space="preserve">严格格式 </w:t></w:r><w:del w:id="1" w:author="严格 作者">'
        "<w:r><w:delText>13800138000</w:delText></w:r></w:del>"
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p></w:body></w:document>'
    )
    path = make_docx(tmp_path, document_xml=strict)
    doc = read_document(path)
    para = one_segment_with(doc, "严格格式", kind=SegmentKind.PARAGRAPH)
    assert para.text == "严格格式 隐藏"
    assert para.pieces[-1].hidden
    assert one_segment_with(doc, "13800138000", kind=SegmentKind.DELETED)
    assert one_segment_with(doc, "严格 作者", kind=SegmentKind.AUTHOR)
