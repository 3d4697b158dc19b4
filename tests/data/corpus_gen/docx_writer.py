"""The .docx corpus: plain notices that each hide personal data in one place of guide §6.

Each file is built with python-docx, then the parts python-docx has no API for (footnotes,
endnotes, people.xml, text boxes, tracked changes, fields, custom properties, customXml, document
variables, ...) are added with lxml directly in the package.  Every relationship and content type
is declared, so Word and LibreOffice open the files.  Zip entries get a fixed timestamp and a
fixed order, so regenerating gives the same bytes.

``docx/gold.json`` lists, per file, the values a reader must find and the part they are in.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape, quoteattr

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_BREAK
from lxml import etree

from .agencies import AGENCIES
from .templates.common import Ctx
from .writer import dump_rows

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}
DECL = " ".join(f'xmlns:{p}="{NS[p]}"' for p in ("w", "r", "wp", "a", "wps", "mc", "v", "o"))
W_DECL = f'xmlns:w="{NS["w"]}" xmlns:r="{NS["r"]}"'
DATE = "2023-05-06T09:30:00Z"
FIXED_ZIP_TIME = (2023, 5, 6, 9, 30, 0)

CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CT_ENDNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
CT_PEOPLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_ITEMPROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
RT_PEOPLE = "http://schemas.microsoft.com/office/2011/relationships/people"
RT_CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
RT_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"

# CT_Settings child order (ECMA-376 Part 1, 17.15.1.78), for inserting elements in a valid place
SETTINGS_ORDER = (
    "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
    "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData embedTrueTypeFonts "
    "embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader "
    "bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState "
    "formsDesign attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge "
    "revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride "
    "styleLockTheme styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone "
    "doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders "
    "bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
    "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
    "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter "
    "noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent "
    "alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt "
    "showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids "
    "mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
    "forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags "
    "decimalSymbol listSeparator"
).split()


def w(tag: str) -> str:
    return f"{{{NS['w']}}}{tag}"


# --------------------------------------------------------------------------------------------
# the package, edited after python-docx has saved it
# --------------------------------------------------------------------------------------------


class Package:
    def __init__(self, data: bytes):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            self.parts: OrderedDict[str, bytes] = OrderedDict((n, z.read(n)) for n in z.namelist())
        self._trees: dict[str, etree._Element] = {}

    def xml(self, name: str) -> etree._Element:
        if name not in self._trees:
            self._trees[name] = etree.fromstring(self.parts[name])
        return self._trees[name]

    def put(self, name: str, data: bytes | str, content_type: str | None = None) -> None:
        self._trees.pop(name, None)
        self.parts[name] = data.encode("utf-8") if isinstance(data, str) else data
        if content_type:
            types = self.xml("[Content_Types].xml")
            for o in types.findall(f"{{{NS['ct']}}}Override"):
                if o.get("PartName") == "/" + name:
                    types.remove(o)
            etree.SubElement(types, f"{{{NS['ct']}}}Override", PartName="/" + name, ContentType=content_type)

    def remove(self, name: str) -> None:
        self.parts.pop(name, None)
        self._trees.pop(name, None)

    @staticmethod
    def rels_name(source: str) -> str:
        if source == "":
            return "_rels/.rels"
        head, _, tail = source.rpartition("/")
        return f"{head}/_rels/{tail}.rels" if head else f"_rels/{tail}.rels"

    def add_rel(self, source: str, rel_type: str, target: str, external: bool = False) -> str:
        name = self.rels_name(source)
        if name not in self.parts:
            self.parts[name] = f'<Relationships xmlns="{NS["rel"]}"/>'.encode()
        root = self.xml(name)
        used = {r.get("Id") for r in root}
        n = 1
        while f"rId{n}" in used:
            n += 1
        el = etree.SubElement(root, f"{{{NS['rel']}}}Relationship", Id=f"rId{n}", Type=rel_type, Target=target)
        if external:
            el.set("TargetMode", "External")
        return f"rId{n}"

    def remove_rel(self, source: str, rel_type: str) -> None:
        root = self.xml(self.rels_name(source))
        for r in list(root):
            if r.get("Type") == rel_type:
                root.remove(r)

    def settings_insert(self, el: etree._Element) -> None:
        settings = self.xml("word/settings.xml")
        name = etree.QName(el).localname
        later = SETTINGS_ORDER[SETTINGS_ORDER.index(name) + 1:]
        for child in settings:
            if etree.QName(child).namespace == NS["w"] and etree.QName(child).localname in later:
                child.addprevious(el)
                return
        settings.append(el)

    def to_bytes(self) -> bytes:
        for name, tree in self._trees.items():
            self.parts[name] = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)
        order = ["[Content_Types].xml", "_rels/.rels"] + [n for n in self.parts if n not in ("[Content_Types].xml", "_rels/.rels")]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name in order:
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0
                z.writestr(info, self.parts[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
        return buf.getvalue()


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------


def tiny_png(width: int = 24, height: int = 16) -> bytes:
    """A deterministic grey PNG (an ID-card photo placeholder)."""
    raw = b"".join(b"\x00" + bytes([200 - (x + y) % 40 for x in range(width)]) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def body_append(document, xml: str):
    el = parse_xml(xml)
    document.element.body.find(qn("w:sectPr")).addprevious(el)
    return el


def set_east_asia(run_or_style, font: str) -> None:
    rpr = run_or_style.element.get_or_add_rPr() if hasattr(run_or_style, "element") else run_or_style
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), font)


class Build:
    """One docx under construction: python-docx document, deferred package edits, expectations."""

    def __init__(self, key: str):
        self.ctx = Ctx(f"docx/{key}")
        self.doc = docx.Document()
        self.post: list[Callable[[Package], None]] = []
        self.expect: list[dict] = []
        self.footnotes: list[str] = []  # paragraph XML of each footnote
        self.endnotes: list[str] = []
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(16)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    def exp(self, part: str, type_: str, text: str) -> None:
        self.expect.append({"part": part, "type": type_, "text": text})

    def person(self, **kw):
        return self.ctx.person(**kw)

    def mobile(self, p=None, style="plain") -> str:
        return self.ctx.ids.fmt_mobile(p.mobile if p else self.ctx.ids.mobile(), style)


# --------------------------------------------------------------------------------------------
# the plain notice around the hidden data
# --------------------------------------------------------------------------------------------

NOTICES = [
    ("lxzf", "关于做好2023年度政府信息公开申请办理工作的通知", "各街道办事处，区政府各部门：",
     ["为进一步规范政府信息公开申请办理工作，依法保障公民、法人和其他组织依法获取政府信息，现就有关事项通知如下。",
      "一、严格办理时限。各单位收到政府信息公开申请后，应当在20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。",
      "二、规范答复文书。答复书应当载明申请事项、答复依据、救济渠道等内容，做到要素齐全、说理充分、表述准确。",
      "三、加强保密审查。对拟公开的政府信息，应当依照有关规定进行保密审查，涉及个人隐私的，应当进行去标识化处理。"]),
    ("jnzj", "关于开展2023年全市房屋征收补偿政策宣传月活动的通知", "各区县住房城乡建设部门，局属各单位：",
     ["为深入宣传国有土地上房屋征收与补偿政策，切实维护被征收人合法权益，经研究，决定于2023年6月开展全市房屋征收补偿政策宣传月活动。",
      "一、活动内容。集中宣传征收补偿政策、办事流程、监督渠道，公开征收补偿方案和分户补偿结果（个人信息作去标识化处理）。",
      "二、工作要求。各单位要高度重视，精心组织，确保宣传活动取得实效，活动结束后10个工作日内报送工作总结。"]),
    ("ytrs", "关于做好2023年高校毕业生就业见习工作的通知", "各区市人力资源社会保障局：",
     ["为帮助离校未就业高校毕业生提升就业能力，根据省有关部署，现就做好2023年就业见习工作通知如下。",
      "一、拓展见习岗位。各地要广泛动员企业、事业单位和社会组织提供见习岗位，全年新募集见习岗位不少于5000个。",
      "二、落实见习补贴。见习单位按规定享受就业见习补贴，补贴标准按当地最低工资标准的60%执行。",
      "三、加强服务管理。见习单位应与见习人员签订见习协议，为见习人员办理人身意外伤害保险。"]),
]


def notice_start(b: Build, index: int) -> None:
    key, title, to, paras = NOTICES[index % len(NOTICES)]
    a = AGENCIES[key]
    b.agency = a
    b.notice_paras = paras
    doc = b.doc
    doc.add_paragraph(a.name).alignment = 1
    doc.add_paragraph(f"{a.prefix}〔2023〕{10 + index}号").alignment = 1
    h = doc.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    set_east_asia(r, "方正小标宋简体")
    h.alignment = 1
    doc.add_paragraph(to)
    for ptext in paras[:2]:
        doc.add_paragraph("　　" + ptext)


def notice_end(b: Build) -> None:
    for ptext in b.notice_paras[2:]:
        b.doc.add_paragraph("　　" + ptext)
    b.doc.add_paragraph(f"　　联系电话：{b.agency.phone}")
    b.doc.add_paragraph(b.agency.name).alignment = 2
    b.doc.add_paragraph("2023年5月6日").alignment = 2
    b.doc.add_paragraph("（此件公开发布）")


# --------------------------------------------------------------------------------------------
# the places (guide §6); each adds its content to b and records what a reader must find
# --------------------------------------------------------------------------------------------

DOC = "word/document.xml"
WHITE_RPR = '<w:color w:val="FFFFFF"/><w:sz w:val="16"/><w:highlight w:val="black"/>'
LINK_RPR = '<w:color w:val="0563C1"/><w:u w:val="single"/>'


def place_split_runs(b: Build) -> None:
    p = b.person(check="X") if b.ctx.chance(0.3) else b.person()
    idn = p.id_number
    par = b.doc.add_paragraph("　　经核实，申请人")
    par.add_run(p.name)
    par.add_run("（身份证号码：")
    r1 = par.add_run(idn[:6])
    r1.bold = True
    r2 = par.add_run(idn[6:14])
    r2.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    r3 = par.add_run(idn[14:])
    set_east_asia(r3, "楷体_GB2312")
    r3.font.name = "Arial"
    # Word leaves proofing and bookmark marks between runs; a reader has to step over them
    r1._r.addnext(parse_xml(f'<w:proofErr {W_DECL} w:type="spellStart"/>'))
    r1._r.addprevious(parse_xml(f'<w:bookmarkStart {W_DECL} w:id="500" w:name="_Hlk135301722"/>'))
    r3._r.addnext(parse_xml(f'<w:proofErr {W_DECL} w:type="spellEnd"/>'))
    r3._r.addnext(parse_xml(f'<w:bookmarkEnd {W_DECL} w:id="500"/>'))
    par.add_run("）已按规定提交申请材料，联系电话")
    m = p.mobile
    par.add_run(m[:3])
    par.add_run(m[3:]).italic = True
    par.add_run("。")
    b.exp(DOC, "PERSON", p.name)
    b.exp(DOC, "CN_ID_CARD", idn)
    b.exp(DOC, "PHONE_NUMBER", m)


def place_nested_table(b: Build) -> None:
    b.doc.add_paragraph("　　附：申请办理情况登记表")
    table = b.doc.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "事项"
    table.cell(0, 1).text = "办理情况"
    table.cell(1, 0).text = "申请人信息"
    cell = table.cell(1, 1)
    cell.paragraphs[0].text = "详见下表"
    inner = cell.add_table(rows=3, cols=2)
    p = b.person()
    email = b.ctx.ids.email(p)
    for i, (k, v) in enumerate([("姓名", p.name), ("身份证号码", p.id_number), ("电子邮箱", email)]):
        inner.cell(i, 0).text = k
        inner.cell(i, 1).text = v
    b.exp(DOC, "PERSON", p.name)
    b.exp(DOC, "CN_ID_CARD", p.id_number)
    b.exp(DOC, "EMAIL_ADDRESS", email)


def place_first_page_header(b: Build) -> None:
    sec = b.doc.sections[0]
    sec.different_first_page_header_footer = True
    p = b.person()
    m = b.mobile(p, "dash")
    hdr = sec.first_page_header
    hdr.is_linked_to_previous = False
    hdr.paragraphs[0].text = f"经办人：{p.name}　手机：{m}"
    part = hdr.part.partname.lstrip("/")
    b.exp(part, "PERSON", p.name)
    b.exp(part, "PHONE_NUMBER", m)


def place_even_page_footer(b: Build) -> None:
    b.doc.settings.odd_and_even_pages_header_footer = True
    sec = b.doc.sections[0]
    p = b.person()
    ftr = sec.even_page_footer
    ftr.is_linked_to_previous = False
    ftr.paragraphs[0].text = f"校对：{p.name}（身份证{p.id_number}）"
    # the default odd-page footer carries only a page number field
    odd = sec.footer
    odd.is_linked_to_previous = False
    odd.paragraphs[0].text = "— 1 —"
    # two pages, so that the even footer is actually used
    b.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    b.doc.add_paragraph("　　（本页无正文）")
    part = ftr.part.partname.lstrip("/")
    b.exp(part, "PERSON", p.name)
    b.exp(part, "CN_ID_CARD", p.id_number)


def _note_paragraph(kind: str, text: str) -> str:
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    return (f'<w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>{run(" " + text)}</w:p>')


def _note_ref_run(kind: str, note_id: int) -> str:
    return (f'<w:r {W_DECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>')


def place_footnote(b: Build) -> None:
    p = b.person()
    m = b.mobile(p, "space")
    par = b.doc.add_paragraph("　　本次共受理申请12件，均已按期答复")
    b.footnotes.append(_note_paragraph("footnote", f"其中1件由申请人{p.name}（联系电话{m}）撤回，不计入办结数。"))
    par._p.append(parse_xml(_note_ref_run("footnote", len(b.footnotes))))
    par.add_run("。")
    b.exp("word/footnotes.xml", "PERSON", p.name)
    b.exp("word/footnotes.xml", "PHONE_NUMBER", m)


def place_endnote(b: Build) -> None:
    p = b.person()
    addr = b.ctx.ids.address(p, "full")
    par = b.doc.add_paragraph("　　对逾期未领取答复书的，按申请人登记地址邮寄送达")
    b.endnotes.append(_note_paragraph("endnote", f"邮寄地址：{addr}，收件人{p.name}，身份证号{p.id_number}。"))
    par._p.append(parse_xml(_note_ref_run("endnote", len(b.endnotes))))
    par.add_run("。")
    b.exp("word/endnotes.xml", "CN_ADDRESS", addr)
    b.exp("word/endnotes.xml", "PERSON", p.name)
    b.exp("word/endnotes.xml", "CN_ID_CARD", p.id_number)


def place_comment(b: Build) -> None:
    reviewer = b.person()
    applicant = b.person()
    m = b.mobile(applicant, "plain")
    par = b.doc.add_paragraph()
    r = par.add_run("　　请各单位于5月20日前报送办理情况统计表。")
    sp = reviewer.extra["sp"]
    initials = (sp[0] + reviewer.pinyin[len(sp)]).upper()
    comment = b.doc.add_comment(r, text=f"申请人{applicant.name}的手机号{m}与登记表不一致，请核实后再报。",
                                author=reviewer.name, initials=initials)
    comment._comment_elm.set(qn("w:date"), DATE)  # python-docx stamps "now"
    people = (f'<w15:people xmlns:w15="{NS["w15"]}" xmlns:mc="{NS["mc"]}" mc:Ignorable="w15">'
              f'<w15:person w15:author={quoteattr(reviewer.name)}>'
              f'<w15:presenceInfo w15:providerId="None" w15:userId={quoteattr(reviewer.name)}/></w15:person>'
              f'</w15:people>')

    def post(pkg: Package) -> None:
        if "word/people.xml" in pkg.parts:  # everything.docx: merge
            root = pkg.xml("word/people.xml")
            root.append(etree.fromstring(people)[0])
            return
        pkg.put("word/people.xml", people, CT_PEOPLE)
        pkg.add_rel(DOC, RT_PEOPLE, "people.xml")

    b.post.append(post)
    b.exp("word/comments.xml", "PERSON", reviewer.name)  # w:author
    b.exp("word/comments.xml", "PERSON", applicant.name)
    b.exp("word/comments.xml", "PHONE_NUMBER", m)
    b.exp("word/people.xml", "PERSON", reviewer.name)


def place_tracked_changes(b: Build) -> None:
    editor = b.person()
    applicant = b.person()
    m = b.mobile(applicant, "dash")
    author = quoteattr(editor.name)
    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　申请人")}'
        f'<w:del w:id="901" w:author={author} w:date="{DATE}"><w:r><w:delText xml:space="preserve">{escape(applicant.name)}（联系电话{escape(m)}）</w:delText></w:r></w:del>'
        f'<w:ins w:id="902" w:author={author} w:date="{DATE}">{run("（个人信息已删除）")}</w:ins>'
        f'{run("已于5月8日领取答复书。")}</w:p>'))
    b.exp(DOC, "PERSON", editor.name)  # w:author of the revision
    b.exp(DOC, "PERSON", applicant.name)  # deleted text
    b.exp(DOC, "PHONE_NUMBER", m)


def place_move(b: Build) -> None:
    editor = b.person()
    applicant = b.person()
    sentence = f"申请人{applicant.name}（身份证号码{applicant.id_number}）已补正材料。"
    a = quoteattr(editor.name)
    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　")}'
        f'<w:moveToRangeStart w:id="911" w:author={a} w:date="{DATE}" w:name="move135301"/>'
        f'<w:moveTo w:id="912" w:author={a} w:date="{DATE}">{run(sentence)}</w:moveTo>'
        f'<w:moveToRangeEnd w:id="911"/>{run("各单位应当在规定时限内完成答复。")}</w:p>'))
    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　办理过程中应当做好记录。")}'
        f'<w:moveFromRangeStart w:id="913" w:author={a} w:date="{DATE}" w:name="move135301"/>'
        f'<w:moveFrom w:id="914" w:author={a} w:date="{DATE}">{run(sentence)}</w:moveFrom>'
        f'<w:moveFromRangeEnd w:id="913"/></w:p>'))
    b.exp(DOC, "PERSON", editor.name)
    b.exp(DOC, "PERSON", applicant.name)
    b.exp(DOC, "CN_ID_CARD", applicant.id_number)


def place_hidden_text(b: Build) -> None:
    p = b.person()
    q = b.person()
    m = b.mobile(q, "plain")
    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　答复书已全部送达")}'
        f'{run(f"（申请人{p.name}，身份证号{p.id_number}）", "<w:vanish/>")}'
        f'{run("，无逾期情况")}{run(f"（备用联系人{q.name} {m}）", "<w:webHidden/>")}{run("。")}</w:p>'))
    b.exp(DOC, "PERSON", p.name)
    b.exp(DOC, "CN_ID_CARD", p.id_number)
    b.exp(DOC, "PERSON", q.name)
    b.exp(DOC, "PHONE_NUMBER", m)


def place_white_text(b: Build) -> None:
    p = b.person()
    m = b.mobile(p, "plain")
    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　相关材料已归档。")}'
        f'{run(f"原申请人{p.name}，手机{m}", WHITE_RPR)}</w:p>'))
    b.exp(DOC, "PERSON", p.name)
    b.exp(DOC, "PHONE_NUMBER", m)


def place_text_box(b: Build) -> None:
    p = b.person()
    m = b.mobile(p, "space")
    text = f"收件人：{p.name}　电话：{m}"
    content = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    body_append(b.doc, (
        f'<w:p {DECL}>{run("　　邮寄信封样式如右：")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="685800"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1001" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="685800"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:252pt;'
        'margin-top:0;width:180pt;height:54pt;z-index:251659264;visibility:visible;mso-wrap-style:square" '
        f'fillcolor="white" strokeweight=".5pt"><v:textbox>{content}</v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'))
    b.exp(DOC, "PERSON", p.name)
    b.exp(DOC, "PHONE_NUMBER", m)


def place_content_control(b: Build, binding: str = "", p=None) -> None:
    """``binding``/``p``: everything.docx binds the name control to the customXml item's person."""
    p = p or b.person()
    bind = binding

    def sdt(alias: str, tag: str, sid: int, value: str, extra: str = "") -> str:
        return (f'<w:sdt><w:sdtPr><w:alias w:val={quoteattr(alias)}/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
                f'{extra}<w:text/></w:sdtPr><w:sdtContent>{run(value)}</w:sdtContent></w:sdt>')

    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　申请人：")}{sdt("申请人姓名", "applicant_name", -1418563210, p.name, bind)}'
        f'{run("，证件号码：")}{sdt("身份证号码", "applicant_id", 1967283411, p.id_number)}{run("。")}</w:p>'))
    b.exp(DOC, "PERSON", p.name)
    b.exp(DOC, "CN_ID_CARD", p.id_number)


def place_field_codes(b: Build) -> None:
    p = b.person()
    email = b.ctx.ids.email(p)
    m = b.mobile(p, "plain")
    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　如需补充材料，请")}<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:{escape(email)}" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{run("发送电子邮件", LINK_RPR)}'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r>{run("告知申请人，或电话联系：")}'
        f'<w:fldSimple w:instr=" MERGEFIELD 申请人电话 \\* MERGEFORMAT ">{run(m)}</w:fldSimple>{run("。")}</w:p>'))
    b.exp(DOC, "EMAIL_ADDRESS", email)  # only in w:instrText
    b.exp(DOC, "PHONE_NUMBER", m)  # cached result of w:fldSimple


def place_hyperlink(b: Build) -> None:
    p = b.person()
    email = b.ctx.ids.email(p)
    rid = b.doc.part.relate_to(f"mailto:{email}", RT.HYPERLINK, is_external=True)
    body_append(b.doc, (
        f'<w:p {W_DECL}>{run("　　对答复有疑问的，可")}<w:hyperlink r:id="{rid}" w:history="1">'
        f'{run("联系申请人", LINK_RPR)}</w:hyperlink>{run("核实。")}</w:p>'))
    b.exp("word/_rels/document.xml.rels", "EMAIL_ADDRESS", email)


def place_image_alt(b: Build) -> None:
    p = b.person()
    m = b.mobile(p, "plain")
    par = b.doc.add_paragraph("　　附：申请人身份证明材料（扫描件）")
    shape = b.doc.add_paragraph().add_run().add_picture(io.BytesIO(tiny_png()))
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", f"申请人{p.name}身份证正面照片，联系电话{m}")
    doc_pr.set("title", f"{p.name}身份证")
    del par
    b.exp(DOC, "PERSON", p.name)
    b.exp(DOC, "PHONE_NUMBER", m)


def place_core_properties(b: Build) -> None:
    author = b.person()
    editor = b.person()
    subject = b.person()
    cp = b.doc.core_properties
    cp.author = author.name
    cp.last_modified_by = editor.name
    cp.title = f"关于{subject.name}政府信息公开申请的答复（送审稿）"
    b.exp("docProps/core.xml", "PERSON", author.name)
    b.exp("docProps/core.xml", "PERSON", editor.name)
    b.exp("docProps/core.xml", "PERSON", subject.name)
    b.core_set = True


def place_app_properties(b: Build) -> None:
    manager = b.person()

    def post(pkg: Package) -> None:
        root = pkg.xml("docProps/app.xml")
        root.find(f"{{{NS['ep']}}}Manager").text = manager.name
        root.find(f"{{{NS['ep']}}}Company").text = b.agency.name

    b.post.append(post)
    b.exp("docProps/app.xml", "PERSON", manager.name)


def place_custom_properties(b: Build) -> None:
    p = b.person()
    m = b.mobile(p, "dash")
    props = [("承办人", p.name), ("承办人电话", m), ("OA流水号", "OA2023050600127"), ("密级", "无")]
    xml = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           + "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name={quoteattr(k)}>'
                     f"<vt:lpwstr>{escape(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(props, 2))
           + "</Properties>")

    def post(pkg: Package) -> None:
        pkg.put("docProps/custom.xml", xml, CT_CUSTOM)
        pkg.add_rel("", RT_CUSTOM_PROPS, "docProps/custom.xml")

    b.post.append(post)
    b.exp("docProps/custom.xml", "PERSON", p.name)
    b.exp("docProps/custom.xml", "PHONE_NUMBER", m)


CUSTOM_XML_NS = "urn:review-desk:oa-form:2023"


def place_custom_xml(b: Build) -> None:
    p = b.person()
    m = b.mobile(p, "plain")
    guid = "{%08X-%04X-%04X-%04X-%012X}" % tuple(b.ctx.rng.getrandbits(n) for n in (32, 16, 16, 16, 48))
    b.custom_xml_guid = guid
    item = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<申请表 xmlns="{CUSTOM_XML_NS}">'
            f"<申请人>{escape(p.name)}</申请人><证件类型>居民身份证</证件类型><证件号码>{p.id_number}</证件号码>"
            f"<联系电话>{m}</联系电话><申请事项>房屋征收补偿方案</申请事项></申请表>")
    props = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{guid}" '
             f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
             f'<ds:schemaRef ds:uri="{CUSTOM_XML_NS}"/></ds:schemaRefs></ds:datastoreItem>')

    def post(pkg: Package) -> None:
        # python-docx's template carries an empty bibliography store as customXml/item1.xml, already
        # related from the document and to its itemProps1.xml: the OA form data replaces it
        assert pkg.rels_name("customXml/item1.xml") in pkg.parts
        pkg.put("customXml/item1.xml", item)
        pkg.put("customXml/itemProps1.xml", props, CT_ITEMPROPS)

    b.post.append(post)
    b.exp("customXml/item1.xml", "PERSON", p.name)
    b.exp("customXml/item1.xml", "CN_ID_CARD", p.id_number)
    b.exp("customXml/item1.xml", "PHONE_NUMBER", m)
    b.custom_xml_person = p


def place_doc_variables(b: Build) -> None:
    p = b.person()
    m = b.mobile(p, "plain")
    vars_ = [("OA_DocNo", f"{b.agency.prefix}〔2023〕18号"), ("OA_Drafter", p.name), ("OA_DrafterMobile", m),
             ("OA_DrafterID", p.id_number)]
    xml = (f'<w:docVars {W_DECL}>' + "".join(f'<w:docVar w:name="{k}" w:val={quoteattr(v)}/>' for k, v in vars_)
           + "</w:docVars>")
    b.post.append(lambda pkg: pkg.settings_insert(etree.fromstring(xml)))
    b.exp("word/settings.xml", "PERSON", p.name)
    b.exp("word/settings.xml", "PHONE_NUMBER", m)
    b.exp("word/settings.xml", "CN_ID_CARD", p.id_number)


# --------------------------------------------------------------------------------------------
# assembling a file
# --------------------------------------------------------------------------------------------


def _notes_post(b: Build) -> None:
    def make(kind: str, notes: list[str]) -> str:
        sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{kind}>'
               f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               f'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
        body = "".join(f'<w:{kind} w:id="{i}">{p}</w:{kind}>' for i, p in enumerate(notes, 1))
        return f'<w:{kind}s {W_DECL}>{sep}{body}</w:{kind}s>'

    def post(pkg: Package) -> None:
        for kind, notes, ct, rt in (("footnote", b.footnotes, CT_FOOTNOTES, RT_FOOTNOTES),
                                    ("endnote", b.endnotes, CT_ENDNOTES, RT_ENDNOTES)):
            if not notes:
                continue
            pkg.put(f"word/{kind}s.xml", make(kind, notes), ct)
            pkg.add_rel(DOC, rt, f"{kind}s.xml")
            pkg.settings_insert(etree.fromstring(
                f'<w:{kind}Pr {W_DECL}><w:{kind} w:id="-1"/><w:{kind} w:id="0"/></w:{kind}Pr>'))

    b.post.append(post)


def _finish(b: Build) -> bytes:
    cp = b.doc.core_properties
    if not getattr(b, "core_set", False):
        cp.author = "Administrator"
        cp.last_modified_by = "Administrator"
        cp.title = b.doc.paragraphs[2].text
    cp.comments = ""
    cp.revision = 3
    cp.created = dt.datetime(2023, 5, 6, 8, 0, 0)
    cp.modified = dt.datetime(2023, 5, 6, 9, 30, 0)
    _notes_post(b)
    buf = io.BytesIO()
    b.doc.save(buf)
    pkg = Package(buf.getvalue())
    # python-docx's template ships a thumbnail of an unrelated page: drop it
    pkg.remove("docProps/thumbnail.jpeg")
    pkg.remove_rel("", RT_THUMBNAIL)
    for fn in b.post:
        fn(pkg)
    return pkg.to_bytes()


PLACES: list[tuple[str, str, Callable[[Build], None]]] = [
    ("01_split_runs.docx", "body runs split", place_split_runs),
    ("02_nested_table.docx", "nested table cell", place_nested_table),
    ("03_first_page_header.docx", "first-page header", place_first_page_header),
    ("04_even_page_footer.docx", "even-page footer", place_even_page_footer),
    ("05_footnote.docx", "footnote", place_footnote),
    ("06_endnote.docx", "endnote", place_endnote),
    ("07_comment.docx", "comment", place_comment),
    ("08_tracked_changes.docx", "tracked insertion/deletion", place_tracked_changes),
    ("09_move.docx", "tracked move", place_move),
    ("10_hidden_text.docx", "hidden text", place_hidden_text),
    ("11_white_text.docx", "white text", place_white_text),
    ("12_text_box.docx", "text box", place_text_box),
    ("13_content_control.docx", "content control", place_content_control),
    ("14_field_codes.docx", "field codes", place_field_codes),
    ("15_hyperlink_mailto.docx", "hyperlink target", place_hyperlink),
    ("16_image_alt_text.docx", "image alt text", place_image_alt),
    ("17_core_properties.docx", "core properties", place_core_properties),
    ("18_app_properties.docx", "app properties", place_app_properties),
    ("19_custom_properties.docx", "custom properties", place_custom_properties),
    ("20_custom_xml.docx", "customXml part", place_custom_xml),
    ("21_document_variables.docx", "document variables", place_doc_variables),
]


def build_single(index: int, filename: str, fn: Callable[[Build], None]) -> tuple[bytes, list[dict]]:
    b = Build(filename)
    notice_start(b, index)
    fn(b)
    notice_end(b)
    return _finish(b), b.expect


def build_everything() -> tuple[bytes, list[dict]]:
    b = Build("everything.docx")
    notice_start(b, 0)
    for _name, _place, fn in PLACES:
        if fn is place_content_control:
            continue
        fn(b)
    # a content control bound to the customXml item (w:dataBinding) holds the same name
    binding = (f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'{CUSTOM_XML_NS}\'" '
               f'w:xpath="/ns0:申请表[1]/ns0:申请人[1]" w:storeItemID="{b.custom_xml_guid}"/>')
    place_content_control(b, binding, b.custom_xml_person)
    notice_end(b)
    return _finish(b), b.expect


def write_docx_corpus(out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    gold = []
    for i, (filename, place, fn) in enumerate(PLACES):
        data, expect = build_single(i, filename, fn)
        (out / filename).write_bytes(data)
        gold.append({"file": filename, "place": place, "expect": expect})
    data, expect = build_everything()
    (out / "everything.docx").write_bytes(data)
    gold.append({"file": "everything.docx", "place": "everything", "expect": expect})
    (out / "gold.json").write_bytes(dump_rows(gold).encode("utf-8"))
    return {"files": [(g["file"], g["place"], len(g["expect"])) for g in gold],
            "expect": sum(len(g["expect"]) for g in gold)}
