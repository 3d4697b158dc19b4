"""Write ``sample_notice.docx``: the invented draft the desk offers on first start.

A two-page draft of a 行政处罚决定书 of 济南市历下区市场监督管理局, laid out like an official
document (GB/T 9704: A4, 仿宋_GB2312 三号 body with a two-character first-line indent,
方正小标宋简体 title, 版记 at the end).  It carries the kinds of personal data a reviewer must
find, in the places where they hide: body text, a table, a reviewer's comment, a tracked deletion,
and the document properties; and things that must stay (the agency, its public switchboard, the
12315 hotline, statutes, the fine).

EVERY PERSON, NUMBER AND ADDRESS HERE IS INVENTED.  The ID numbers and the bank card number are
computed so that their check digits are valid (a detector must recognise them) but belong to
nobody known to the authors.

The output is deterministic: fixed document dates and fixed zip entry dates, so running this
script again writes a byte-identical file (``tests/test_sample_resources.py`` checks it).

Usage::

    .venv/bin/python resources/samples/make_sample.py [OUTPUT_DIR]   # default: this folder
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUTPUT_NAME = "sample_notice.docx"

# -- invented identities -------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def cn_id(region: str, birth: str, seq: str) -> str:
    """An 18-character 居民身份证号码 with its GB 11643 (ISO 7064 MOD 11-2) check character."""
    body = region + birth + seq
    return body + _ID_CHECK[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS)) % 11]


def uscc(first17: str) -> str:
    """A 统一社会信用代码 with its GB 32100 check character."""
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return first17 + _USCC_ALPHABET[(31 - total % 31) % 31]


def luhn(prefix: str) -> str:
    """``prefix`` plus its Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return prefix + str((10 - total % 10) % 10)


AGENCY = "济南市历下区市场监督管理局"
DOC_NUMBER = "历下市监罚〔2026〕18号"
TITLE = "关于对赵明轩未履行进货查验义务的行政处罚决定"
SWITCHBOARD = "0531-86198765"  # the example switchboard of resources/policies/allow_list.txt

PARTY = "赵明轩"  # 当事人 (invented)
PARTY_ID = cn_id("370102", "19860714", "235")  # 370102 = 济南市历下区; odd sequence: male
PARTY_PHONE = "13864127095"
PARTY_ADDRESS = "山东省济南市历下区姚家街道荣盛花园小区7号楼2单元502室"
PARTY_CARD = luhn("622202160200485731")  # 19 digits, ICBC-style prefix
SHOP_USCC = uscc("92370102MA3RK8L2X")  # 个体工商户 credit code
AGENT = "孙丽娟"  # 委托代理人 (invented)
AGENT_ID = cn_id("370103", "19890322", "046")  # 370103 = 济南市市中区; even sequence: female
AGENT_PHONE = "15065813927"
AGENT_ADDRESS = "山东省济南市市中区七里山街道鲁能康桥小区12号楼1单元301室"
COMPLAINANT = "钱雨桐"  # 举报人 (invented), only in a tracked deletion
COMPLAINANT_PHONE = "13953118462"
DRAFTER = "王志刚"  # core author (invented)
REVIEWER = "刘海燕"  # comment and tracked-change author (invented)

DRAFTED = dt.datetime(2026, 3, 3, 9, 30, tzinfo=dt.timezone.utc)
REVISED = dt.datetime(2026, 3, 4, 10, 12, tzinfo=dt.timezone.utc)
ZIP_DATE = (2026, 3, 4, 10, 12, 0)
W_DATE = "2026-03-04T10:12:00Z"

# -- typography ------------------------------------------------------------------------------------

FANGSONG = "仿宋_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
SONGTI = "宋体"
LATIN = "Times New Roman"
BODY_PT = 16  # 三号
TABLE_PT = 10.5  # 五号
LINE_PT = 28  # 固定值 28 磅: 22 lines of 28 characters on a GB/T 9704 page
RED = "FF0000"


def set_fonts(rpr, east_asia: str, size_pt: float, latin: str = LATIN) -> None:
    """Fonts and size on a ``w:rPr``: East Asian face in ``w:eastAsia``, Latin face for digits."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia), ("w:cs", latin)):
        fonts.set(qn(attr), value)
    fonts.set(qn("w:hint"), "eastAsia")
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(int(size_pt * 2)))


def style_run(run, east_asia: str = FANGSONG, size_pt: float = BODY_PT, *, color: str | None = None,
              bold: bool = False) -> None:
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    set_fonts(run._r.get_or_add_rPr(), east_asia, size_pt)


def layout(paragraph, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars: int = 2, line_pt: float = LINE_PT,
           size_pt: float = BODY_PT) -> None:
    """Exact line spacing, no space before/after, first-line indent in characters (w:firstLineChars)."""
    fmt = paragraph.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(line_pt)
    if indent_chars:
        fmt.first_line_indent = Pt(indent_chars * size_pt)
        paragraph._p.get_or_add_pPr().find(qn("w:ind")).set(qn("w:firstLineChars"), str(indent_chars * 100))


def para(container, *pieces, east_asia: str = FANGSONG, size_pt: float = BODY_PT, color: str | None = None,
         bold: bool = False, **layout_kw):
    """A paragraph of plain runs; returns (paragraph, runs)."""
    paragraph = container.add_paragraph()
    layout(paragraph, size_pt=size_pt, **layout_kw)
    runs = []
    for text in pieces:
        run = paragraph.add_run(text)
        style_run(run, east_asia, size_pt, color=color, bold=bold)
        runs.append(run)
    return paragraph, runs


def tracked(kind: str, run, change_id: int) -> None:
    """Wrap ``run`` in a ``w:ins`` or ``w:del`` by the reviewer (a deletion's w:t becomes w:delText)."""
    wrapper = OxmlElement(f"w:{kind}")
    wrapper.set(qn("w:id"), str(change_id))
    wrapper.set(qn("w:author"), REVIEWER)
    wrapper.set(qn("w:date"), W_DATE)
    r = run._r
    r.addprevious(wrapper)
    wrapper.append(r)
    if kind == "del":
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")


def border(paragraph, side: str, *, size_eighths: int, color: str, space: int = 1) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # w:pBdr comes before w:spacing / w:ind / w:jc in CT_PPr
        anchor = next((c for c in ppr if c.tag in {qn("w:spacing"), qn("w:ind"), qn("w:jc")}), None)
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    edge = OxmlElement(f"w:{side}")
    for attr, value in (("w:val", "single"), ("w:sz", str(size_eighths)), ("w:space", str(space)),
                        ("w:color", color)):
        edge.set(qn(attr), value)
    bdr.append(edge)


def page_field(paragraph, size_pt: float) -> None:
    """``— PAGE —`` as a complex field (Word updates the cached "1")."""
    def run_with(child=None, text: str | None = None):
        run = paragraph.add_run(text) if text is not None else paragraph.add_run()
        style_run(run, SONGTI, size_pt)
        if child is not None:
            run._r.append(child)
        return run

    run_with(text="— ")
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    run_with(text="1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
    run_with(text=" —")


# -- the document ----------------------------------------------------------------------------------


def set_defaults(document) -> None:
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element.get_or_add_rPr(), FANGSONG, BODY_PT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def page_setup(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(25)

    header = section.header.paragraphs[0]
    layout(header, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, line_pt=14, size_pt=9)
    style_run(header.add_run(f"{AGENCY}　行政处罚决定书（送审稿）"), SONGTI, 9)

    footer = section.footer.paragraphs[0]
    layout(footer, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, line_pt=20, size_pt=14)
    page_field(footer, 14)


def masthead(document) -> None:
    para(document, AGENCY, east_asia=XIAOBIAOSONG, size_pt=26, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, line_pt=48)
    para(document, "", indent_chars=0)
    number, _ = para(document, DOC_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    border(number, "bottom", size_eighths=18, color=RED, space=12)  # 版头中的分隔线
    para(document, "", indent_chars=0)
    para(document, TITLE, east_asia=XIAOBIAOSONG, size_pt=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent_chars=0, line_pt=36)
    para(document, "", indent_chars=0)


def party_section(document) -> None:
    _, runs = para(
        document,
        "当事人：",
        PARTY,
        f"，男，1986年7月14日出生，汉族，居民身份证号码：{PARTY_ID}，住址：{PARTY_ADDRESS}，"
        f"联系电话：{PARTY_PHONE}。系个体工商户“历下区明轩便民超市”经营者，"
        f"统一社会信用代码：{SHOP_USCC}。",
    )
    comment = document.add_comment(
        runs[1],
        text="公开前请核对当事人姓名、身份证号码、住址和电话是否已按规定作隐名处理；委托代理人信息一并处理。",
        author=REVIEWER,
        initials="LHY",
    )
    comment._comment_elm.set(qn("w:date"), W_DATE)

    para(document, "当事人及其委托代理人的基本信息如下：")
    rows = [
        ("姓名", "证件号码", "联系电话", "住址"),
        (PARTY, PARTY_ID, PARTY_PHONE, PARTY_ADDRESS),
        (AGENT, AGENT_ID, AGENT_PHONE, AGENT_ADDRESS),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = (Mm(18), Mm(50), Mm(30), Mm(58))  # 156 mm: the type area
    for c_index, width in enumerate(widths):
        table.columns[c_index].width = width
    for r_index, values in enumerate(rows):
        for c_index, value in enumerate(values):
            cell = table.cell(r_index, c_index)
            cell.width = widths[c_index]
            paragraph = cell.paragraphs[0]
            layout(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER if r_index == 0 else WD_ALIGN_PARAGRAPH.LEFT,
                   indent_chars=0, line_pt=18, size_pt=TABLE_PT)
            style_run(paragraph.add_run(value), HEITI if r_index == 0 else FANGSONG, TABLE_PT)


def body(document) -> None:
    _, runs = para(
        document,
        "2026年1月12日，本局接到投诉举报",
        f"（举报人{COMPLAINANT}，联系电话{COMPLAINANT_PHONE}）",
        "，反映该超市销售的部分预包装食品无法提供进货票证。同日，本局执法人员进行现场检查，发现当事人"
        "经营的预包装饮料、糕点等食品共12个品种，均无法提供供货者的许可证和食品合格证明，亦未建立进货查验记录。",
    )
    tracked("del", runs[1], 1)

    _, runs = para(
        document,
        "2026年1月15日，本局依据《中华人民共和国行政处罚法》第二十八条第一款的规定，向当事人送达"
        "《责令改正通知书》（历下市监责改〔2026〕7号），责令其于2026年1月30日前改正。2026年2月3日，"
        "本局执法人员复查发现，当事人",
        "在规定期限内",
        "仍未建立进货查验记录。",
    )
    tracked("ins", runs[1], 2)

    para(
        document,
        f"经查，当事人自2025年10月起经营上述食品，货款通过其个人银行账户（中国工商银行济南历下支行，"
        f"账号：{PARTY_CARD}）支付。上述事实，有现场检查笔录、询问笔录、复查笔录、当事人身份证复印件等证据为证。",
    )
    para(
        document,
        "本局于2026年2月20日向当事人送达了《行政处罚告知书》（历下市监罚告〔2026〕18号），当事人在法定期限内"
        "未提出陈述、申辩意见。",
    )
    para(
        document,
        "本局认为，当事人进货时未查验许可证和相关证明文件，违反了《中华人民共和国食品安全法》第五十三条第一款"
        "的规定，且经责令改正后拒不改正。依据该法第一百二十六条第一款第（三）项的规定，本局决定对当事人作出"
        "如下行政处罚：",
    )
    para(document, "一、警告；")
    para(document, "二、罚款人民币5000元（大写：伍仟元整）。")
    para(
        document,
        "当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳的，本局将依据《中华人民共和国行政处罚法》"
        "第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。",
    )
    para(
        document,
        "如不服本决定，可以在收到本决定书之日起六十日内向济南市历下区人民政府申请行政复议，"
        "也可以在六个月内依法向人民法院提起行政诉讼。",
    )
    para(document, f"本局联系电话：{SWITCHBOARD}；市场监管投诉举报电话：12315。")
    para(document, "", indent_chars=0)
    # 落款: 成文日期右空四字, 发文机关署名以成文日期为准居中
    signature, _ = para(document, AGENCY, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
    signature.paragraph_format.right_indent = Pt(2 * BODY_PT)
    date, _ = para(document, "2026年3月5日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
    date.paragraph_format.right_indent = Pt(4 * BODY_PT)


def imprint(document) -> None:
    """版记: 抄送 and 印发机关/印发日期 between a thick first line and a thick last line."""
    para(document, "", indent_chars=0)
    copy_to, _ = para(document, "抄送：济南市市场监督管理局，历下区人民政府办公室。", size_pt=14,
                      indent_chars=0, line_pt=28, align=WD_ALIGN_PARAGRAPH.LEFT)
    copy_to.paragraph_format.left_indent = Pt(14)
    copy_to.paragraph_format.right_indent = Pt(14)
    border(copy_to, "top", size_eighths=8, color="000000")
    border(copy_to, "bottom", size_eighths=4, color="000000")
    printed, _ = para(document, f"{AGENCY}\t2026年3月5日印发", size_pt=14, indent_chars=0, line_pt=28,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
    printed.paragraph_format.left_indent = Pt(14)
    printed.paragraph_format.right_indent = Pt(14)
    printed.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), alignment=2)  # right-aligned tab
    border(printed, "bottom", size_eighths=8, color="000000")


def core_properties(document) -> None:
    props = document.core_properties
    props.author = DRAFTER
    props.last_modified_by = REVIEWER
    props.title = TITLE
    props.subject = "行政处罚决定书"
    props.keywords = "行政处罚;食品安全;送审稿"
    props.comments = ""
    props.category = ""
    props.revision = 3
    props.created = DRAFTED.replace(tzinfo=None)
    props.modified = REVISED.replace(tzinfo=None)


# -- deterministic package -----------------------------------------------------------------------

_UNWANTED_RELS = ("/metadata/thumbnail", "/relationships/customXml")  # template leftovers

APP_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Template>Normal.dotm</Template><TotalTime>86</TotalTime><Pages>2</Pages>\
<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>{AGENCY}</Company><LinksUpToDate>false</LinksUpToDate>\
<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>
""".encode()


def drop_template_leftovers(document) -> None:
    """Remove the template's thumbnail and bibliography custom XML (not part of this draft)."""
    for rels in (document.part.package.rels, document.part.rels):
        for rId, rel in list(rels.items()):
            if rel.reltype.endswith(_UNWANTED_RELS):
                del rels[rId]


def normalised_zip(data: bytes) -> bytes:
    """The same package with fixed entry dates and attributes, and a plain ``docProps/app.xml``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = APP_XML if info.filename == "docProps/app.xml" else src.read(info.filename)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, blob, compresslevel=9)
    return out.getvalue()


def build() -> bytes:
    document = docx.Document()
    set_defaults(document)
    page_setup(document)
    masthead(document)
    party_section(document)
    body(document)
    imprint(document)
    core_properties(document)
    drop_template_leftovers(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalised_zip(buffer.getvalue())


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / OUTPUT_NAME
    target.write_bytes(build())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
