"""The sanitizer of ``review_desk.core.redact`` (Document-Inspector clean-up of the written copy).

Every test writes a de-identified copy with no redactions (no NER model needed) and checks the
OUTPUT package: the thing is gone, the text that must stay stayed, the right SanitizeAction is
reported, the copy opens with python-docx and the input file's bytes did not change.
"""

from __future__ import annotations

import dataclasses
import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx_factory import (
    NS,
    REL,
    REL_IMAGE,
    comment,
    delete,
    docx_bytes,
    format_change,
    image_paragraph,
    ins,
    jpeg_with_exif,
    make_docx,
    move_from,
    move_to,
    p,
    r,
    rezip,
    sdt,
    table,
)
from lxml import etree

from review_desk.core.errors import ErrorCode
from review_desk.core.document import read_document
from review_desk.core.redact import SanitizeRefused, load_policy, redact_document

W = NS["w"]
AGENCY = "某某市人民政府办公室"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_CT = "application/vnd.ms-word.document.macroEnabled.main+xml"
MACRO_TEMPLATE_CT = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
TEMPLATE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MS_REL = "http://schemas.microsoft.com/office/2011/relationships"
DATE = 'w:date="2024-03-01T10:00:00Z"'
XP = {**NS, "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/",
      "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
      "rel": PKG_RELS, "ct": CT_NS}


# -- helpers -------------------------------------------------------------------------------------


def sanitize(tmp_path: Path, path: Path, *, agency: str | None = AGENCY, sanitize: bool | None = None,
             out_name: str = "out.docx", opens: bool = True, **options: object):
    """Write the sanitized copy of ``path``; check the input is unchanged and the output opens."""
    before = path.read_bytes()
    policy = load_policy()
    if options:
        policy = dataclasses.replace(policy, sanitize=dataclasses.replace(policy.sanitize, **options))
    out = tmp_path / out_name
    report = redact_document(read_document(path), [], out, policy, agency=agency, sanitize=sanitize)
    assert path.read_bytes() == before, "the input file was modified"
    if opens:  # python-docx opens documents, not templates
        docx.Document(str(out))
    return report, out


def parts(out: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(out) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def xml(out: Path, name: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(out) as zf:
        return etree.fromstring(zf.read(name))


def text(root: etree._Element) -> str:
    return "".join(root.xpath("//w:t/text()", namespaces=NS))


def paragraph_texts(root: etree._Element) -> list[str]:
    return ["".join(par.xpath(".//w:t/text()", namespaces=NS)) for par in root.iter(f"{{{W}}}p")]


def count(root: etree._Element, *qnames: str) -> int:
    return sum(len(root.xpath(f"//{q}", namespaces=NS)) for q in qnames)


def actions(report) -> dict[str, object]:
    codes = [a.code for a in report.sanitize]
    assert len(codes) == len(set(codes)), f"duplicate action codes: {codes}"
    return {a.code: a for a in report.sanitize}


def rel_targets(out: Path, rels_part: str) -> dict[str, str]:
    return {el.get("Id"): el.get("Target") for el in xml(out, rels_part).iter(f"{{{PKG_RELS}}}Relationship")}


def overrides(out: Path) -> dict[str, str]:
    return {el.get("PartName"): el.get("ContentType") for el in xml(out, "[Content_Types].xml")
            if el.get("PartName")}


def edit_package(path: Path, edits: dict[str, object]) -> None:
    """Edit ``path`` in place: ``{part: bytes | None | callable(root) -> None}``."""
    data = path.read_bytes()
    current = parts(path)
    replace: dict[str, bytes | None] = {}
    for name, change in edits.items():
        if callable(change):
            root = etree.fromstring(current[name])
            change(root)
            replace[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        else:
            replace[name] = change  # type: ignore[assignment]
    path.write_bytes(rezip(data, replace=replace))


def add_children(*snippets: str, first: bool = False):
    """An ``edit_package`` change that appends (or prepends) WordprocessingML snippets."""
    decls = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())

    def change(root: etree._Element) -> None:
        wrapper = etree.fromstring(f"<w:x {decls}>{''.join(snippets)}</w:x>".encode())
        for offset, child in enumerate(list(wrapper)):
            if first:
                root.insert(offset, child)
            else:
                root.append(child)
    return change


def add_rel(rid: str, rel_type: str, target: str, *, external: bool = False):
    def change(root: etree._Element) -> None:
        rel = etree.SubElement(root, f"{{{PKG_RELS}}}Relationship", Id=rid, Type=rel_type, Target=target)
        if external:
            rel.set("TargetMode", "External")
    return change


def rels_part(*rels: tuple[str, str, str]) -> bytes:
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">{items}</Relationships>'.encode()


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_with_text() -> tuple[bytes, list[bytes]]:
    """A 2x2 RGB PNG with a tEXt chunk; returns it and the chunks that must survive as they are."""
    ihdr = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
    raw = b"".join(b"\x00" + bytes([10 * y, 200, 30 * y]) * 2 for y in range(2))
    idat = png_chunk(b"IDAT", zlib.compress(raw))
    iend = png_chunk(b"IEND", b"")
    text_chunk = png_chunk(b"tEXt", b"Author\x00Zhang San, C:\\Users\\zhangsan")
    time_chunk = png_chunk(b"tIME", struct.pack(">HBBBBB", 2024, 3, 1, 10, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + ihdr + text_chunk + idat + time_chunk + iend, [ihdr, idat, iend]


def png_chunks(data: bytes) -> list[bytes]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, out = 8, []
    while pos < len(data):
        length = struct.unpack_from(">I", data, pos)[0]
        out.append(data[pos : pos + 12 + length])
        pos += 12 + length
    return out


OLE_PARAGRAPH = p(
    '<w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440">'
    '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:72pt;height:72pt" o:ole="">'
    '<v:imagedata r:id="rId811" o:title=""/></v:shape>'
    '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content"'
    ' ObjectID="_1700000000" r:id="rId812"/></w:object></w:r>',
)


def make_ole_docx(tmp_path: Path) -> Path:
    preview, _ = png_with_text()
    return make_docx(
        tmp_path,
        ["对象之前", OLE_PARAGRAPH, "对象之后"],
        rels=[("rId811", REL_IMAGE, "media/image2.png", False),
              ("rId812", f"{REL}/oleObject", "embeddings/oleObject1.bin", False)],
        parts={"word/media/image2.png": preview, "word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0OLE " + "张三".encode()},
    )


# -- comments ------------------------------------------------------------------------------------


def make_commented(tmp_path: Path) -> Path:
    body = [p(r("批注前 "), '<w:commentRangeStart w:id="0"/>', r("被批注的文字"), '<w:commentRangeEnd w:id="0"/>',
              '<w:r><w:commentReference w:id="0"/></w:r>', r(" 批注后"))]
    extended = (f'<w15:commentsEx xmlns:w15="{NS["w15"]}"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/>'
                "</w15:commentsEx>").encode()
    ids = (b'<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">'
           b'<w16cid:commentId w16cid:paraId="1A2B3C4D" w16cid:durableId="2A3B4C5D"/></w16cid:commentsIds>')
    return make_docx(
        tmp_path, body,
        comments=[comment("张三", "请核实身份证号", initials="ZS")],
        people=[("张三", "S::zhangsan@example.gov.cn")],
        rels=[("rId950", f"{MS_REL}/commentsExtended", "commentsExtended.xml", False),
              ("rId951", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
               "commentsIds.xml", False)],
        parts={"word/commentsExtended.xml": extended, "word/commentsIds.xml": ids},
    )


def test_comments_their_extensions_and_people_are_removed(tmp_path):
    report, out = sanitize(tmp_path, make_commented(tmp_path))
    names = parts(out)
    for gone in ("word/comments.xml", "word/commentsExtended.xml", "word/commentsIds.xml", "word/people.xml"):
        assert gone not in names
        assert f"/{gone}" not in overrides(out)
    targets = rel_targets(out, "word/_rels/document.xml.rels").values()
    assert not [t for t in targets if "comment" in t or "people" in t]
    body = xml(out)
    assert count(body, "w:commentRangeStart", "w:commentRangeEnd", "w:commentReference") == 0
    assert paragraph_texts(body)[0] == "批注前 被批注的文字 批注后"
    assert len(body.xpath("//w:body/w:p[1]/w:r", namespaces=NS)) == 3  # the reference's own run went too
    assert not any("张三".encode() in data or b"zhangsan" in data for data in names.values())
    assert actions(report)["comments"].count == 1


def test_sanitizer_off_keeps_comments(tmp_path):
    report, out = sanitize(tmp_path, make_commented(tmp_path), sanitize=False)
    assert report.sanitize == ()
    names = parts(out)
    assert "word/comments.xml" in names and "word/people.xml" in names
    assert count(xml(out), "w:commentReference") == 1
    assert "张三" in xml(out, "word/comments.xml").xpath("//w:comment/@w:author", namespaces=NS)


def test_policy_can_keep_comments(tmp_path):
    report, out = sanitize(tmp_path, make_commented(tmp_path), comments=False)
    assert "comments" not in actions(report)
    assert count(xml(out, "word/comments.xml"), "w:comment") == 1


# -- tracked changes -------------------------------------------------------------------------------


def test_tracked_changes_are_accepted(tmp_path):
    path = make_docx(tmp_path, [
        p(r("前"), ins(r("新增"), author="张三"), delete("删除的话", author="李四"), r("后")),
        f'<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="7" w:author="王五" {DATE}><w:pPr/></w:pPrChange>'
        f"</w:pPr>{format_change('格式改动', author='赵六')}</w:p>",
    ])
    edit_package(path, {"word/settings.xml": add_children("<w:trackRevisions/>", first=True)})
    report, out = sanitize(tmp_path, path)
    body = xml(out)
    assert count(body, "w:ins", "w:del", "w:delText", "w:pPrChange", "w:rPrChange") == 0
    assert paragraph_texts(body)[:2] == ["前新增后", "格式改动"]
    assert body.xpath("//w:body/w:p[2]/w:pPr/w:jc/@w:val", namespaces=NS) == ["center"]  # current formatting stays
    assert body.xpath("//w:body/w:p[2]/w:r/w:rPr/w:b", namespaces=NS)
    assert not body.xpath("//@w:author", namespaces=NS)
    assert count(xml(out, "word/settings.xml"), "w:trackRevisions") == 0
    found = actions(report)
    assert found["tracked_changes"].count == 4  # 1 insertion, 1 deletion, 2 formatting revisions
    assert "1 insertion(s) kept, 1 deletion(s) dropped, 2 other" in found["tracked_changes"].message
    assert found["track_revisions_off"].count == 1


def test_deleted_table_row_is_removed(tmp_path):
    deleted_row = (f'<w:tr><w:trPr><w:del w:id="31" w:author="李四" {DATE}/></w:trPr>'
                   f'<w:tc><w:p>{delete("删除行 张三", rid=32)}</w:p></w:tc>'
                   f'<w:tc><w:p>{delete("13800138000", rid=33)}</w:p></w:tc></w:tr>')
    tbl = table([["姓名", "电话"], ["保留行", "12345"]]).replace("</w:tbl>", deleted_row + "</w:tbl>")
    inserted_row = f'<w:tr><w:trPr><w:ins w:id="34" w:author="王五" {DATE}/></w:trPr><w:tc><w:p>{r("新行")}</w:p></w:tc></w:tr>'
    tbl = tbl.replace("</w:tbl>", inserted_row + "</w:tbl>")
    report, out = sanitize(tmp_path, make_docx(tmp_path, ["表前", tbl, "表后"]))
    body = xml(out)
    rows = body.xpath("//w:tbl/w:tr", namespaces=NS)
    assert ["".join(row.xpath(".//w:t/text()", namespaces=NS)) for row in rows] == ["姓名电话", "保留行12345", "新行"]
    assert count(body, "w:trPr/w:del", "w:trPr/w:ins", "w:delText") == 0
    assert "张三" not in etree.tostring(body, encoding="unicode")
    assert paragraph_texts(body)[0] == "表前" and paragraph_texts(body)[-1] == "表后"
    # The row is one deletion; the deletions inside it went with it and are not counted again.
    assert "1 insertion(s) kept, 1 deletion(s) dropped" in actions(report)["tracked_changes"].message


def test_table_whose_rows_are_all_deleted_is_removed(tmp_path):
    row = ('<w:tr><w:trPr><w:del w:id="{0}" w:author="李四" ' + DATE + '/></w:trPr>'
           '<w:tc><w:p>{1}</w:p></w:tc></w:tr>')
    tbl = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid/>'
           + row.format(71, delete("张三", rid=72)) + row.format(73, delete("李四", rid=74)) + "</w:tbl>")
    report, out = sanitize(tmp_path, make_docx(tmp_path, ["表前", tbl, "表后"]))
    body = xml(out)
    assert count(body, "w:tbl") == 0
    assert paragraph_texts(body) == ["表前", "表后"]
    assert "2 deletion(s) dropped" in actions(report)["tracked_changes"].message


def test_moved_text_stays_only_at_its_destination(tmp_path):
    path = make_docx(tmp_path, [
        p(r("第一段"), f'<w:moveFromRangeStart w:id="41" w:author="张三" {DATE} w:name="move1"/>',
          move_from("移动的句子", rid=42), '<w:moveFromRangeEnd w:id="41"/>'),
        p(f'<w:moveToRangeStart w:id="43" w:author="张三" {DATE} w:name="move1"/>',
          move_to("移动的句子", rid=44), '<w:moveToRangeEnd w:id="43"/>', r("第二段")),
    ])
    report, out = sanitize(tmp_path, path)
    body = xml(out)
    assert paragraph_texts(body)[:2] == ["第一段", "移动的句子第二段"]
    assert count(body, "w:moveFrom", "w:moveTo", "w:moveFromRangeStart", "w:moveFromRangeEnd",
                 "w:moveToRangeStart", "w:moveToRangeEnd") == 0
    message = actions(report)["tracked_changes"].message
    assert "1 insertion(s) kept, 1 deletion(s) dropped, 4 other" in message


def test_deleted_paragraph_marks_join_paragraphs_as_word_accepts_them(tmp_path):
    mark_deleted = f'<w:pPr><w:rPr><w:del w:id="51" w:author="李四" {DATE}/></w:rPr></w:pPr>'
    mark_inserted = f'<w:pPr><w:rPr><w:ins w:id="55" w:author="李四" {DATE}/></w:rPr></w:pPr>'
    path = make_docx(tmp_path, [
        "第一段",
        f'<w:p>{mark_deleted}{delete("整段删除 张三", rid=52)}</w:p>',  # a whole deleted paragraph
        f'<w:p>{mark_deleted.replace("51", "53")}{r("前半句")}</w:p>',  # a deleted paragraph break
        p(r("后半句")),
        f'<w:p>{mark_inserted}{ins(r("插入段"), rid=56)}</w:p>',
        "末段",
    ])
    report, out = sanitize(tmp_path, path)
    body = xml(out)
    assert paragraph_texts(body) == ["第一段", "前半句后半句", "插入段", "末段"]
    assert "2 insertion(s) kept, 3 deletion(s) dropped" in actions(report)["tracked_changes"].message


def test_notes_whose_reference_was_deleted_are_removed(tmp_path):
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>'
    deleted_ref = f'<w:del w:id="61" w:author="李四" {DATE}>{ref.format(2)}</w:del>'
    path = make_docx(tmp_path, [p(r("正文"), ref.format(1), r("删除脚注处"), deleted_ref)],
                     footnotes=["保留的脚注", "删除的脚注 张三"])
    report, out = sanitize(tmp_path, path)
    notes = xml(out, "word/footnotes.xml")
    assert notes.xpath("//w:footnote/@w:id", namespaces=NS) == ["-1", "0", "1"]  # separators stay
    assert text(notes) == "保留的脚注"
    assert count(xml(out), "w:footnoteReference") == 1
    assert "1 note(s) left without a reference removed" in actions(report)["tracked_changes"].message


# -- hidden text -----------------------------------------------------------------------------------

HIDDEN_STYLES = (
    '<w:style w:type="character" w:customStyle="1" w:styleId="HiddenChar"><w:name w:val="Hidden Char"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style>",
    '<w:style w:type="character" w:customStyle="1" w:styleId="HiddenDerived"><w:name w:val="Hidden Derived"/>'
    '<w:basedOn w:val="HiddenChar"/><w:rPr><w:b/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="ShownDerived"><w:name w:val="Shown Derived"/>'
    '<w:basedOn w:val="HiddenChar"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>',
)


def styled(text_: str, style: str, extra: str = "") -> str:
    return r(text_, rpr_extra=f'<w:rStyle w:val="{style}"/>{extra}')


def test_hidden_runs_go_directly_or_by_style_but_web_hidden_stays(tmp_path):
    path = make_docx(tmp_path, [
        p(r("可见一"), r("直接隐藏 张三", hidden="vanish"), r("可见二")),
        p(r("甲"), r("特殊隐藏", hidden="specVanish"), r("乙")),
        p(r("样式"), styled("样式隐藏 李四", "HiddenChar"), styled("继承隐藏 王五", "HiddenDerived"), r("之后")),
        p(styled("样式显示", "ShownDerived"), styled("直接取消隐藏", "HiddenChar", '<w:vanish w:val="0"/>')),
        p(r("目录项"), r("12", hidden="webHidden")),
    ])
    edit_package(path, {"word/styles.xml": add_children(*HIDDEN_STYLES)})
    report, out = sanitize(tmp_path, path)
    body = xml(out)
    assert paragraph_texts(body)[:5] == ["可见一可见二", "甲乙", "样式之后", "样式显示直接取消隐藏", "目录项12"]
    assert count(body, "w:webHidden") == 1
    assert count(body, "w:vanish[not(@w:val)]", "w:specVanish") == 0
    assert actions(report)["hidden_text"].count == 4


def test_hidden_paragraph_style_and_hidden_paragraphs(tmp_path):
    hidden_para_style = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="HiddenPara">'
                         '<w:name w:val="Hidden Para"/><w:rPr><w:vanish/></w:rPr></w:style>')
    hidden_mark = "<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>"
    path = make_docx(tmp_path, [
        "开头",
        p(r("段落样式隐藏 张三"), style="HiddenPara"),  # mark hidden too: the paragraph goes
        p(r("直接显示"), r("隐藏", hidden="vanish"), style="HiddenPara")
        .replace("<w:r><w:t", '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t', 1),
        p(styled("字符样式抵消", "HiddenChar"), style="HiddenPara"),  # toggle: both levels cancel out
        f'<w:p>{hidden_mark}<w:bookmarkStart w:id="3" w:name="b"/>{r("隐藏段 李四", hidden="vanish")}</w:p>',
        p(r("书签之后"), '<w:bookmarkEnd w:id="3"/>'),
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:vanish/></w:rPr></w:pPr>{r("并入标题")}</w:p>',
        "正文接续",
    ])
    edit_package(path, {"word/styles.xml": add_children(*HIDDEN_STYLES, hidden_para_style)})
    report, out = sanitize(tmp_path, path)
    body = xml(out)
    assert paragraph_texts(body) == ["开头", "直接显示", "字符样式抵消", "书签之后", "并入标题", "正文接续"]
    assert body.xpath("//w:p[w:bookmarkStart]//w:t/text()", namespaces=NS) == ["书签之后"]  # moved along
    assert actions(report)["hidden_text"].count == 3


def test_hidden_runs_inside_a_field_keep_the_field_structure(tmp_path):
    hidden = "<w:rPr><w:vanish/></w:rPr>"
    hidden_field = (
        f'<w:r>{hidden}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{hidden}<w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
        f'<w:r>{hidden}<w:fldChar w:fldCharType="separate"/><w:t>7</w:t></w:r>'
        f'<w:r>{hidden}<w:t>隐藏结果 张三</w:t></w:r>'
        f'<w:r>{hidden}<w:fldChar w:fldCharType="end"/></w:r>'
    )
    report, out = sanitize(tmp_path, make_docx(tmp_path, [p(r("字段前"), hidden_field, r("字段后"))]))
    body = xml(out)
    assert body.xpath("//w:fldChar/@w:fldCharType", namespaces=NS) == ["begin", "separate", "end"]
    assert count(body, "w:instrText") == 1
    assert paragraph_texts(body)[0] == "字段前字段后"
    assert actions(report)["hidden_text"].count == 2


# -- custom XML, properties, variables, rsids, thumbnail, template ------------------------------------


def test_custom_xml_parts_wrappers_and_bindings_are_removed(tmp_path):
    path = make_docx(tmp_path, [
        '<w:customXml w:uri="urn:example" w:element="申请"><w:customXmlPr><w:attr w:name="id" w:val="张三"/>'
        f"</w:customXmlPr>{p('块级包装内容')}</w:customXml>",
        p(r("行内 "), f'<w:customXml w:uri="urn:example" w:element="姓名">{r("包装的名字")}</w:customXml>'),
        sdt("绑定内容", tag="申请人", xpath="/ns0:data/ns0:v"),
    ], custom_xml=["<data><v>数据 施五</v></data>"])
    report, out = sanitize(tmp_path, path)
    names = parts(out)
    assert not [n for n in names if n.startswith("customXml/")]
    assert not [t for t in rel_targets(out, "word/_rels/document.xml.rels").values() if "customXml" in t]
    body = xml(out)
    assert count(body, "w:customXml", "w:customXmlPr", "w:dataBinding") == 0
    assert paragraph_texts(body)[:3] == ["块级包装内容", "行内 包装的名字", "绑定内容"]
    assert count(body, "w:sdt") == 1 and count(body, "w:sdtPr/w:tag") == 1
    # python-docx's base package has customXml/item1.xml + itemProps1.xml; make_docx adds item2.xml
    assert actions(report)["custom_xml"].count == 3 + 3  # 3 parts; 2 wrappers, 1 binding
    assert "3 customXml part(s) and 3 custom-XML wrapper(s)" in actions(report)["custom_xml"].message


def test_custom_properties_and_document_variables_are_removed(tmp_path):
    path = make_docx(tmp_path, ["正文"], custom={"承办人": "张三", "电话": "13800138000"},
                     doc_vars={"经办人": "李四"})
    report, out = sanitize(tmp_path, path)
    assert "docProps/custom.xml" not in parts(out)
    assert "/docProps/custom.xml" not in overrides(out)
    assert not [t for t in rel_targets(out, "_rels/.rels").values() if "custom" in t]
    settings = xml(out, "word/settings.xml")
    assert count(settings, "w:docVars", "w:docVar") == 0
    assert count(settings, "w:removePersonalInformation") == 1
    found = actions(report)
    assert found["custom_properties"].count == 1
    assert found["document_variables"].count == 1


def test_rsids_are_removed(tmp_path):
    path = make_docx(tmp_path, ['<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD" w:rsidP="00CD34EF">'
                                f'<w:r w:rsidRPr="00EF56AB">{r("正文")[5:-6]}</w:r></w:p>'])
    edit_package(path, {"word/settings.xml": add_children(
        '<w:rsids><w:rsidRoot w:val="00AB12CD"/><w:rsid w:val="00AB12CD"/><w:rsid w:val="00CD34EF"/></w:rsids>')})
    report, out = sanitize(tmp_path, path)
    for name, data in parts(out).items():
        if name.startswith("word/") and name.endswith(".xml"):
            root = etree.fromstring(data)
            assert not root.xpath("//@*[starts-with(local-name(), 'rsid')]"), name
            assert count(root, "w:rsids") == 0, name
    assert paragraph_texts(xml(out))[0] == "正文"
    assert actions(report)["rsids"].count >= 4


def test_thumbnail_is_removed(tmp_path):
    path = make_docx(tmp_path, ["正文"], parts={"docProps/thumbnail.jpeg": jpeg_with_exif()})
    edit_package(path, {"_rels/.rels": add_rel(
        "rId99", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
        "docProps/thumbnail.jpeg")})
    report, out = sanitize(tmp_path, path)
    assert "docProps/thumbnail.jpeg" not in parts(out)
    assert "rId99" not in rel_targets(out, "_rels/.rels")
    assert actions(report)["thumbnail"].count == 1


def test_attached_template_is_removed(tmp_path):
    path = make_docx(tmp_path, ["正文"])
    template = "file:///C:/Users/zhangsan/AppData/Roaming/Microsoft/Templates/张三的模板.dotm"
    edit_package(path, {
        "word/settings.xml": add_children('<w:attachedTemplate r:id="rId1"/>'),
        "word/_rels/settings.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}"><Relationship Id="rId1"'
            f' Type="{REL}/attachedTemplate" Target="{template}" TargetMode="External"/></Relationships>').encode(),
    })
    report, out = sanitize(tmp_path, path)
    assert count(xml(out, "word/settings.xml"), "w:attachedTemplate") == 0
    names = parts(out)
    assert "word/_rels/settings.xml.rels" not in names or "rId1" not in rel_targets(out, "word/_rels/settings.xml.rels")
    assert not any(b"zhangsan" in data for data in names.values())
    assert actions(report)["attached_template"].count == 1


def test_agency_replaces_author_and_company_and_personal_properties_go(tmp_path):
    path = make_docx(tmp_path, ["正文"],
                     core={"dc:creator": "张三", "cp:lastModifiedBy": "李四", "cp:lastPrinted": "2024-01-01T00:00:00Z"},
                     app={"Company": "某某科技有限公司", "Manager": "王五",
                          "HyperlinkBase": "file:///C:/Users/wangwu/Documents/"})
    report, out = sanitize(tmp_path, path)
    core = xml(out, "docProps/core.xml")
    assert core.xpath("//dc:creator/text()", namespaces=XP) == [AGENCY]
    assert core.xpath("//cp:lastModifiedBy/text()", namespaces=XP) == [AGENCY]
    assert not core.xpath("//cp:lastPrinted", namespaces=XP)
    app = xml(out, "docProps/app.xml")
    assert app.xpath("//ep:Company/text()", namespaces=XP) == [AGENCY]
    assert not app.xpath("//ep:Manager | //ep:HyperlinkBase", namespaces=XP)
    assert actions(report)["document_properties"].count == 6  # 2 core names, lastPrinted, company, 2 removed
    opened = docx.Document(str(out)).core_properties
    assert opened.author == AGENCY and opened.last_modified_by == AGENCY


def test_without_agency_the_author_is_cleared(tmp_path):
    path = make_docx(tmp_path, ["正文"], core={"dc:creator": "张三", "cp:lastModifiedBy": "李四"})
    _report, out = sanitize(tmp_path, path, agency=None)
    core = xml(out, "docProps/core.xml")
    assert not core.xpath("//dc:creator/text() | //cp:lastModifiedBy/text()", namespaces=XP)


# -- images --------------------------------------------------------------------------------------


def test_image_metadata_is_stripped_and_pixels_kept(tmp_path):
    png, kept_chunks = png_with_text()
    jpeg = jpeg_with_exif(gps=True)
    assert b"Exif" in jpeg
    path = make_docx(tmp_path, [image_paragraph("rId801"), "图片之间", image_paragraph("rId802")],
                     rels=[("rId801", REL_IMAGE, "media/image1.jpeg", False),
                           ("rId802", REL_IMAGE, "media/image2.png", False)],
                     parts={"word/media/image1.jpeg": jpeg, "word/media/image2.png": png})
    report, out = sanitize(tmp_path, path)
    names = parts(out)
    clean_jpeg = names["word/media/image1.jpeg"]
    assert clean_jpeg == b"\xff\xd8\xff\xd9"  # SOI + EOI: the APP1 (EXIF with GPS pointer) segment went
    assert png_chunks(names["word/media/image2.png"]) == kept_chunks  # IHDR, IDAT, IEND byte for byte
    assert actions(report)["image_metadata"].count == 2


def test_real_jpeg_keeps_everything_but_metadata_segments(tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "JPEG")
    plain = buffer.getvalue()
    exif = jpeg_with_exif()[2:-2]  # the APP1 segment alone
    xmp_payload = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>zhangsan</x:xmpmeta>"
    xmp = b"\xff\xe1" + (len(xmp_payload) + 2).to_bytes(2, "big") + xmp_payload
    com = b"\xff\xfe\x00\x0bwangwu 01"
    tagged = plain[:20] + exif + xmp + com + plain[20:]  # after SOI + APP0 (JFIF, 18 bytes)
    assert plain[2:4] == b"\xff\xe0" and plain[4:6] == (16).to_bytes(2, "big")
    path = make_docx(tmp_path, [image_paragraph("rId801")], rels=[("rId801", REL_IMAGE, "media/image1.jpeg", False)],
                     parts={"word/media/image1.jpeg": tagged})
    _report, out = sanitize(tmp_path, path)
    assert parts(out)["word/media/image1.jpeg"] == plain
    assert Image.open(io.BytesIO(plain)).size == (8, 8)


@pytest.mark.parametrize("progressive", [False, True])
def test_jpeg_trailers_and_mpf_index_are_dropped_colour_profile_kept(tmp_path, progressive):
    from PIL import Image

    buffer = io.BytesIO()
    image = Image.new("RGB", (32, 24), (20, 120, 220))
    image.save(buffer, "JPEG", progressive=progressive, icc_profile=b"fake ICC profile bytes")
    plain = buffer.getvalue()
    assert b"ICC_PROFILE" in plain
    mpf_payload = b"MPF\x00II*\x00\x08\x00\x00\x00"
    mpf = b"\xff\xe2" + (len(mpf_payload) + 2).to_bytes(2, "big") + mpf_payload
    second = jpeg_with_exif(gps=True)  # a further picture with its own EXIF / GPS, then a video
    trailer = second + b"\x00\x00\x00\x18ftypmp42 motion photo of zhangsan"
    tagged = plain[:20] + mpf + plain[20:] + trailer
    path = make_docx(tmp_path, [image_paragraph("rId801")], rels=[("rId801", REL_IMAGE, "media/image1.jpeg", False)],
                     parts={"word/media/image1.jpeg": tagged})
    report, out = sanitize(tmp_path, path)
    clean = parts(out)["word/media/image1.jpeg"]
    assert clean == plain  # the picture, its JFIF header and colour profile byte for byte
    assert Image.open(io.BytesIO(clean)).size == (32, 24)
    assert actions(report)["image_metadata"].count == 1


def test_png_data_after_the_end_is_dropped(tmp_path):
    png, kept_chunks = png_with_text()
    path = make_docx(tmp_path, [image_paragraph("rId801")], rels=[("rId801", REL_IMAGE, "media/image1.png", False)],
                     parts={"word/media/image1.png": png + b"appended zip of zhangsan"})
    _report, out = sanitize(tmp_path, path)
    assert parts(out)["word/media/image1.png"] == b"\x89PNG\r\n\x1a\n" + b"".join(kept_chunks)


def test_image_metadata_can_be_kept_by_policy(tmp_path):
    jpeg = jpeg_with_exif()
    path = make_docx(tmp_path, [image_paragraph("rId801")], rels=[("rId801", REL_IMAGE, "media/image1.jpeg", False)],
                     parts={"word/media/image1.jpeg": jpeg})
    report, out = sanitize(tmp_path, path, image_metadata=False)
    assert parts(out)["word/media/image1.jpeg"] == jpeg
    assert "image_metadata" not in actions(report)


# -- embedded objects and macros ---------------------------------------------------------------------


def test_embedded_object_is_removed_and_its_picture_stays(tmp_path):
    report, out = sanitize(tmp_path, make_ole_docx(tmp_path))
    names = parts(out)
    assert "word/embeddings/oleObject1.bin" not in names
    rels = rel_targets(out, "word/_rels/document.xml.rels")
    assert "rId812" not in rels and rels["rId811"] == "media/image2.png"
    assert "word/media/image2.png" in names
    body = xml(out)
    assert count(body, "o:OLEObject") == 0
    assert body.xpath("//w:object/v:shape/v:imagedata/@r:id", namespaces=NS) == ["rId811"]
    assert [t for t in paragraph_texts(body) if t] == ["对象之前", "对象之后"]
    assert actions(report)["embedded_objects"].count == 1


def test_chart_workbook_is_removed_and_the_chart_stays(tmp_path):
    chart = (f'<c:chartSpace xmlns:c="{NS["c"]}" xmlns:r="{NS["r"]}"><c:chart/>'
             '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>').encode()
    path = make_docx(tmp_path, ["图表"], rels=[("rId820", f"{REL}/chart", "charts/chart1.xml", False)], parts={
        "word/charts/chart1.xml": chart,
        "word/charts/_rels/chart1.xml.rels": rels_part(
            ("rId1", f"{REL}/package", "../embeddings/Microsoft_Excel_Worksheet.xlsx")),
        "word/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK\x03\x04 workbook of " + "张三".encode(),
    })
    report, out = sanitize(tmp_path, path)
    names = parts(out)
    assert "word/embeddings/Microsoft_Excel_Worksheet.xlsx" not in names
    chart_root = xml(out, "word/charts/chart1.xml")
    assert not chart_root.xpath("//c:externalData", namespaces=NS) and chart_root.xpath("//c:chart", namespaces=NS)
    assert "rId1" not in rel_targets(out, "word/charts/_rels/chart1.xml.rels")
    assert actions(report)["embedded_objects"].count == 1


def test_embedded_object_refused_by_policy_leaves_nothing(tmp_path):
    path = make_ole_docx(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    data = path.read_bytes()
    policy = load_policy()
    policy = dataclasses.replace(policy, sanitize=dataclasses.replace(policy.sanitize, embedded_objects="refuse"))
    with pytest.raises(SanitizeRefused) as caught:
        redact_document(read_document(path), [], tmp_path / "out.docx", policy, agency=AGENCY)
    message = caught.value.message
    assert "word/embeddings/oleObject1.bin" in message and "embedded_objects" in message
    assert caught.value.code is ErrorCode.SANITIZE_REFUSED
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no output, no temporary file
    assert path.read_bytes() == data


def make_docm(tmp_path: Path, *, template: bool = False) -> Path:
    data = docx_bytes(["带宏的文档"], rels=[
        ("rId830", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin", False)])

    def content_types(root: etree._Element) -> None:
        for el in root:
            if el.get("PartName") == "/word/document.xml":
                el.set("ContentType", MACRO_TEMPLATE_CT if template else MACRO_CT)
        etree.SubElement(root, f"{{{CT_NS}}}Default", Extension="bin", ContentType="application/vnd.ms-office.vbaProject")
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/word/vbaData.xml",
                         ContentType="application/vnd.ms-word.vbaData+xml")

    path = tmp_path / ("macro.dotm" if template else "macro.docm")
    path.write_bytes(rezip(data, replace={
        "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 VBA by zhangsan",
        "word/_rels/vbaProject.bin.rels": rels_part(
            ("rId1", "http://schemas.microsoft.com/office/2006/relationships/wordVbaData", "vbaData.xml")),
        "word/vbaData.xml": b'<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>',
    }))
    edit_package(path, {"[Content_Types].xml": content_types})
    return path


def test_macros_are_removed_and_the_main_part_becomes_a_plain_document(tmp_path):
    path = make_docm(tmp_path)
    with pytest.raises(ValueError):
        docx.Document(str(path))  # python-docx refuses the macro-enabled input
    report, out = sanitize(tmp_path, path)  # ... and opens the output
    names = parts(out)
    for gone in ("word/vbaProject.bin", "word/_rels/vbaProject.bin.rels", "word/vbaData.xml"):
        assert gone not in names
    assert "rId830" not in rel_targets(out, "word/_rels/document.xml.rels")
    assert overrides(out)["/word/document.xml"] == MAIN_CT
    assert "/word/vbaData.xml" not in overrides(out)
    assert paragraph_texts(xml(out))[0] == "带宏的文档"
    assert actions(report)["embedded_objects"].count == 2


def test_macro_enabled_template_becomes_a_plain_template(tmp_path):
    report, out = sanitize(tmp_path, make_docm(tmp_path, template=True), out_name="out.dotx", opens=False)
    assert "word/vbaProject.bin" not in parts(out)
    assert overrides(out)["/word/document.xml"] == TEMPLATE_CT
    assert actions(report)["embedded_objects"].count == 2


def test_macros_refused_by_policy(tmp_path):
    path = make_docm(tmp_path)
    with pytest.raises(SanitizeRefused, match="vbaProject.bin"):
        sanitize(tmp_path, path, embedded_objects="refuse")
    assert not (tmp_path / "out.docx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["macro.docm"]


# -- everything at once ------------------------------------------------------------------------------


def make_everything(tmp_path: Path) -> Path:
    png, _ = png_with_text()
    path = make_docx(
        tmp_path,
        [p('<w:commentRangeStart w:id="0"/>', r("正文"), '<w:commentRangeEnd w:id="0"/>',
           '<w:r><w:commentReference w:id="0"/></w:r>'),
         p(ins(r("新增"), author="张三"), delete("删除"), r("隐藏", hidden="vanish")),
         f'<w:customXml w:element="x">{p("包装")}</w:customXml>',
         '<w:p w:rsidR="00AB12CD"><w:r><w:t>rsid</w:t></w:r></w:p>',
         image_paragraph("rId801"), OLE_PARAGRAPH],
        comments=[comment("张三", "批注")], people=[("张三", "zs")],
        core={"dc:creator": "张三"}, app={"Company": "某公司"}, custom={"承办人": "李四"},
        custom_xml=["<data>王五</data>"], doc_vars={"v": "赵六"},
        rels=[("rId801", REL_IMAGE, "media/image1.png", False), ("rId811", REL_IMAGE, "media/image2.png", False),
              ("rId812", f"{REL}/oleObject", "embeddings/oleObject1.bin", False)],
        parts={"word/media/image1.png": png, "word/media/image2.png": png,
               "word/embeddings/oleObject1.bin": b"ole", "docProps/thumbnail.jpeg": jpeg_with_exif()},
    )
    edit_package(path, {
        "word/settings.xml": add_children("<w:trackRevisions/>", '<w:attachedTemplate r:id="rId1"/>', first=True),
        "word/_rels/settings.xml.rels": rels_part((
            "rId1", f"{REL}/attachedTemplate", "file:///C:/Users/zhangsan/Normal.dotm")),
        "_rels/.rels": add_rel("rId99", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                               "thumbnail", "docProps/thumbnail.jpeg"),
    })
    return path


ALL_CODES = {"comments", "tracked_changes", "track_revisions_off", "hidden_text", "custom_xml",
             "custom_properties", "thumbnail", "document_variables", "attached_template", "rsids",
             "document_properties", "image_metadata", "embedded_objects"}


def test_every_sanitize_action_has_a_distinct_code(tmp_path):
    report, out = sanitize(tmp_path, make_everything(tmp_path))
    codes = [a.code for a in report.sanitize]
    assert len(codes) == len(set(codes)), codes
    assert set(codes) == ALL_CODES
    assert all(a.count > 0 and a.message for a in report.sanitize)
    assert report.to_dict()["sanitized"] == [a.to_dict() for a in report.sanitize]
    everything = b"".join(parts(out).values()).decode("utf-8", "replace")
    for name in ("张三", "李四", "王五", "赵六", "zhangsan"):
        assert name not in everything
    assert paragraph_texts(xml(out))[:3] == ["正文", "新增", "包装"]


def test_remaining_authors_become_the_agency_when_steps_are_off(tmp_path):
    report, out = sanitize(tmp_path, make_everything(tmp_path), comments=False, tracked_changes=False,
                           embedded_objects="remove")
    codes = [a.code for a in report.sanitize]
    assert len(codes) == len(set(codes)), codes
    assert "authors" in codes and "comments" not in codes and "tracked_changes" not in codes
    assert set(xml(out).xpath("//@w:author", namespaces=NS)) == {AGENCY}
    assert set(xml(out, "word/comments.xml").xpath("//@w:author", namespaces=NS)) == {AGENCY}
    people = xml(out, "word/people.xml")
    assert people.xpath("//w15:person/@w15:author", namespaces=NS) == [AGENCY]
    assert people.xpath("//w15:presenceInfo/@w15:userId", namespaces=NS) == [""]
