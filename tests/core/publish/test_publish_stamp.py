"""The disclosure-attribute stamp: ``公开方式：…`` above the 版记 (or at the end of the body), styled
like the body text, plus custom document properties; and the same rule on plain text."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from docx_factory import W, make_docx, p, r, table
from review_desk.core.errors import ErrorCode
from review_desk.core.document import read_document
from review_desk.core.publish import ATTRIBUTES, Stamp, StampError, stamp_docx, stamp_text
from review_desk.core.redact.package_editor import PackageEditor

WN = f"{{{W}}}"
CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
REL_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
MAIN = "word/document.xml"

BODY_PPR = '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>'
BODY_RPR = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>'
TITLE = ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="700" w:lineRule="exact"/></w:pPr>'
         + r("济南市人民政府办公厅关于印发济南市政务公开工作实施方案的通知", bold=True,
             rpr_extra='<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>') + "</w:p>")
RIGHT = '<w:pPr><w:jc w:val="right"/></w:pPr>'
CC = "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。"
ISSUED = "济南市人民政府办公厅          2023年5月6日印发"


def body_p(text: str, ppr: str = BODY_PPR) -> str:
    return f"<w:p>{ppr}{r(text, rpr_extra=BODY_RPR)}</w:p>"


def letter(*ending: str, body: int = 3) -> list[str]:
    """A notice: title, ``body`` long body paragraphs, signature and date, then ``ending``."""
    paragraphs = [body_p(f"第{n}条 各区县人民政府、市政府各部门要按照先审查后公开的要求做好政府信息公开工作。")
                  for n in range(1, body + 1)]
    return [TITLE, *paragraphs, f"<w:p>{RIGHT}{r('济南市人民政府办公厅')}</w:p>",
            f"<w:p>{RIGHT}{r('2023年5月6日')}</w:p>", *ending]


def stamped(path: Path, stamp: Stamp, name: str = "out.docx", *, before=None) -> tuple[Path, str]:
    editor = PackageEditor(path.read_bytes(), str(path))
    if before:
        before(editor)
    where = stamp_docx(editor, MAIN, stamp)
    out = path.with_name(name)
    with open(out, "wb") as fh:
        editor.write(fh)
    docx.Document(str(out))  # python-docx opens it
    return out, where


def blocks(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read(MAIN)).find(f"{WN}body")
    return [el for el in body if isinstance(el.tag, str)]


def text(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(f"{WN}t"))


def xml(el: etree._Element | None) -> bytes:
    return b"" if el is None else etree.tostring(el, method="c14n")


def stamp_lines(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read(MAIN))
    return [q for q in root.iter(f"{WN}p") if text(q).startswith("公开方式")]


def custom_props(path: Path) -> dict[str, tuple[str, str]]:
    """name -> (pid, value); also checks the part, relationship and override are there once."""
    with zipfile.ZipFile(path) as z:
        rels = etree.fromstring(z.read("_rels/.rels"))
        types = etree.fromstring(z.read("[Content_Types].xml"))
        root = etree.fromstring(z.read("docProps/custom.xml"))
    custom_rels = [el for el in rels if el.get("Type") == REL_CUSTOM]
    assert [el.get("Target").lstrip("/") for el in custom_rels] == ["docProps/custom.xml"]
    ids = [el.get("Id") for el in rels]
    assert len(ids) == len(set(ids))
    overrides = [el for el in types if el.get("PartName") == "/docProps/custom.xml"]
    assert [el.get("ContentType") for el in overrides] == [CT_CUSTOM]
    assert root.tag == f"{CUSTOM}Properties"
    props = root.findall(f"{CUSTOM}property")
    pids = [int(el.get("pid")) for el in props]
    assert len(pids) == len(set(pids)) and min(pids) >= 2
    assert all(el.get("fmtid") == "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" for el in props)
    names = [el.get("name") for el in props]
    assert len(names) == len(set(names))
    return {el.get("name"): (el.get("pid"), el.find(f"{VT}lpwstr").text) for el in props}


PUBLIC = Stamp("public", "rev-0001", {"审查人": "王审查"})


# -- placement ------------------------------------------------------------------------------------


def test_line_goes_above_a_plain_paragraph_banji_styled_like_the_body(tmp_path):
    src = make_docx(tmp_path, letter(p(CC), p(ISSUED)))
    out, where = stamped(src, PUBLIC)
    assert where == "above the 版记 (抄送) block"
    items = blocks(out)
    texts = [text(b) for b in items]
    at = texts.index("公开方式：主动公开")
    assert texts[at + 1] == CC and texts[at - 1] == "2023年5月6日"
    assert len(stamp_lines(out)) == 1
    line, body, title = items[at], items[1], items[0]
    # the body's paragraph properties, but indented like 抄送 and kept on the 版记's page
    layout = {"keepNext", "keepLines", "ind"}
    def rest(ppr):
        return [xml(c) for c in ppr if etree.QName(c).localname not in layout]
    assert rest(line.find(f"{WN}pPr")) == rest(body.find(f"{WN}pPr"))
    assert {etree.QName(c).localname for c in line.find(f"{WN}pPr")} >= layout
    assert xml(line.find(f"{WN}r/{WN}rPr")) == xml(body.find(f"{WN}r/{WN}rPr"))
    assert xml(line.find(f"{WN}pPr")) != xml(title.find(f"{WN}pPr"))
    para = next(q for q in docx.Document(str(out)).paragraphs if q.text == "公开方式：主动公开")
    assert para.paragraph_format.first_line_indent.pt == 0 and para.paragraph_format.keep_with_next
    assert para.runs[0].font.size.pt == 16 and not para.runs[0].font.bold
    assert para.alignment is None
    east_asia = para.runs[0]._r.rPr.rFonts.get(f"{WN}eastAsia")
    assert east_asia == "仿宋_GB2312"


def test_line_goes_above_a_table_banji(tmp_path):
    src = make_docx(tmp_path, letter(table([[CC], [ISSUED]])))
    out, where = stamped(src, PUBLIC)
    assert where == "above the 版记 (抄送) block"
    items = blocks(out)
    tbl = next(i for i, b in enumerate(items) if b.tag == f"{WN}tbl")
    assert text(items[tbl - 1]) == "公开方式：主动公开" and items[tbl - 1].tag == f"{WN}p"
    assert len(stamp_lines(out)) == 1


def test_issue_line_alone_marks_the_banji(tmp_path):
    src = make_docx(tmp_path, letter(p("济南市人民政府办公厅　　　　2023年5月6日　印发")))
    out, where = stamped(src, PUBLIC)
    assert where == "above the 版记 (印发) block"
    texts = [text(b) for b in blocks(out)]
    assert texts[texts.index("公开方式：主动公开") + 1].endswith("印发")


def test_without_banji_the_line_ends_the_body_before_sectpr(tmp_path):
    src = make_docx(tmp_path, letter())
    out, where = stamped(src, Stamp("withheld", "rev-2"))
    assert where == "at the end of the body"
    items = blocks(out)
    assert items[-1].tag == f"{WN}sectPr" and text(items[-2]) == "公开方式：不予公开"
    assert xml(items[-2].find(f"{WN}pPr")) == xml(items[1].find(f"{WN}pPr"))


def test_a_banji_word_early_in_the_body_is_not_the_banji(tmp_path):
    early = body_p("抄送有关单位的文件，应当在印发前完成公开属性认定并报办公室备案审查。")
    src = make_docx(tmp_path, [TITLE, early, *letter(body=7)[1:]])
    out, where = stamped(src, PUBLIC)
    assert where == "at the end of the body"
    assert text(blocks(out)[-2]) == "公开方式：主动公开"


def test_numbering_and_section_breaks_are_not_copied(tmp_path):
    ppr = ('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
           '<w:ind w:firstLine="640"/></w:pPr>')
    paragraphs = [body_p("各单位要建立健全政府信息公开属性源头认定机制，严格落实审查责任。", ppr) for _ in range(3)]
    src = make_docx(tmp_path, [TITLE, *paragraphs, p(CC)])
    out, _where = stamped(src, PUBLIC)
    line = stamp_lines(out)[0]
    assert line.find(f"{WN}pPr/{WN}numPr") is None
    assert line.find(f"{WN}pPr/{WN}ind").get(f"{WN}firstLine") == "0"  # indented like 抄送, not the body


def test_restamping_replaces_the_line(tmp_path):
    src = make_docx(tmp_path, letter(p(CC), p(ISSUED)))
    first, _ = stamped(src, PUBLIC, "first.docx")
    second, where = stamped(first, Stamp("on-request", "rev-0002"), "second.docx")
    assert where == "in place of the existing 公开方式 line"
    lines = stamp_lines(second)
    assert [text(q) for q in lines] == ["公开方式：依申请公开"]
    texts = [text(b) for b in blocks(second)]
    assert texts[texts.index("公开方式：依申请公开") + 1] == CC
    assert xml(lines[0].find(f"{WN}pPr")) == xml(stamp_lines(first)[0].find(f"{WN}pPr"))
    props = custom_props(second)
    assert props["公开方式"][1] == "依申请公开" and props["ReviewDeskAttribute"][1] == "on-request"
    assert props["ReviewDeskReview"][1] == "rev-0002" and props["审查人"][1] == "王审查"


def test_a_drafters_line_is_replaced_in_place(tmp_path):
    drafted = p(r("公开方式", bold=True), r(": 依申请公开"))
    src = make_docx(tmp_path, letter(drafted, p(CC)))
    out, where = stamped(src, PUBLIC)
    assert where.startswith("in place of")
    lines = stamp_lines(out)
    assert [text(q) for q in lines] == ["公开方式：主动公开"]
    assert lines[0].find(f"{WN}r/{WN}rPr/{WN}b") is not None  # the drafter's formatting stays


# -- custom properties ----------------------------------------------------------------------------


def test_custom_properties_are_created(tmp_path):
    src = make_docx(tmp_path, letter(p(CC)))
    out, _ = stamped(src, PUBLIC)
    props = custom_props(out)
    assert {k: v for k, (_pid, v) in props.items()} == {
        "公开方式": "主动公开", "ReviewDeskAttribute": "public", "ReviewDeskReview": "rev-0001", "审查人": "王审查"}
    assert sorted(int(pid) for pid, _v in props.values()) == [2, 3, 4, 5]


def test_existing_custom_properties_are_kept_and_updated(tmp_path):
    src = make_docx(tmp_path, letter(p(CC)), custom={"文号": "济政办字〔2023〕5号", "公开方式": "依申请公开"})
    out, _ = stamped(src, PUBLIC)
    props = custom_props(out)
    assert props["文号"] == ("2", "济政办字〔2023〕5号")
    assert props["公开方式"] == ("3", "主动公开")
    assert props["ReviewDeskReview"][1] == "rev-0001" and len(props) == 5


def test_custom_properties_removed_by_the_sanitizer_are_recreated(tmp_path):
    src = make_docx(tmp_path, letter(p(CC)), custom={"作者": "张三"})
    out, _ = stamped(src, PUBLIC, before=lambda editor: editor.remove("docProps/custom.xml"))
    props = custom_props(out)
    assert "作者" not in props and props["公开方式"][1] == "主动公开"


def test_the_stamped_file_reads_back(tmp_path):
    src = make_docx(tmp_path, letter(table([[CC], [ISSUED]])))
    out, _ = stamped(src, PUBLIC)
    segments = read_document(out).segments
    assert any(s.part == MAIN and s.text == "公开方式：主动公开" for s in segments)
    assert any(s.part == "docProps/custom.xml" and s.text == "rev-0001" for s in segments)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_a_stamped_file(tmp_path):
    src = make_docx(tmp_path, letter(p(CC), p(ISSUED)))
    out, _ = stamped(src, PUBLIC)
    cmd = [shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'prof').as_uri()}", "--headless",
           "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "pdf" / "out.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
        assert "公开方式" in shown.replace(" ", "")


# -- the stamp itself -----------------------------------------------------------------------------


def test_stamp_lines_and_errors():
    assert {a: Stamp(a, "r").line for a in ATTRIBUTES} == {
        "public": "公开方式：主动公开", "on-request": "公开方式：依申请公开", "withheld": "公开方式：不予公开"}
    with pytest.raises(StampError):
        Stamp("secret", "r")
    with pytest.raises(StampError) as info:
        Stamp("public", "")
    assert info.value.code is ErrorCode.STAMP_FAILED
    with pytest.raises(StampError):
        Stamp("public", "r", {"公开方式": "不予公开"})
    with pytest.raises(StampError):
        Stamp("public", "r", {"审查人": "王\x01"})
    extra = {"审查人": "王审查"}
    stamp = Stamp("public", "r", extra)
    extra["审查人"] = "changed"
    assert stamp.properties["审查人"] == "王审查"
    assert dataclasses.asdict(stamp)["properties"] == {"审查人": "王审查"}


# -- plain text -----------------------------------------------------------------------------------


@pytest.mark.parametrize("nl", ["\n", "\r\n"])
def test_text_line_goes_above_the_cc_line(nl):
    text = nl.join(["关于做好政务公开工作的通知", "", "各单位：", "　　请认真贯彻执行。", "", "办公厅",
                    "2023年5月6日", "", CC, ISSUED, ""])
    out = stamp_text(text, PUBLIC)
    assert out == text.replace(nl + CC, nl + "公开方式：主动公开" + nl + CC)
    assert out.count(nl) == text.count(nl) + 1
    if nl == "\n":
        assert "\r" not in out
    assert stamp_text(out, Stamp("withheld", "r2")) == out.replace("主动公开", "不予公开")


@pytest.mark.parametrize("nl", ["\n", "\r\n"])
def test_text_without_banji_gets_the_line_at_the_end(nl):
    assert stamp_text(f"通知{nl}请执行。{nl}", PUBLIC) == f"通知{nl}请执行。{nl}公开方式：主动公开{nl}"
    assert stamp_text(f"通知{nl}请执行。", PUBLIC) == f"通知{nl}请执行。{nl}公开方式：主动公开"
    assert stamp_text(f"通知{nl}请执行。{nl}{nl}{nl}", PUBLIC) == f"通知{nl}请执行。{nl}公开方式：主动公开{nl}{nl}{nl}"


def test_text_edge_cases():
    assert stamp_text("", PUBLIC) == "公开方式：主动公开"
    early = "\n".join(["分送：各单位"] + [f"第{n}段。" for n in range(8)])
    assert stamp_text(early, PUBLIC) == early + "\n公开方式：主动公开"
    assert stamp_text("正文\n公开方式: 依申请公开\n抄送：某单位\n", PUBLIC) == "正文\n公开方式：主动公开\n抄送：某单位\n"
    assert stamp_text("公开方式：不予公开\n正文\n公开方式：不予公开\n", PUBLIC) == "公开方式：主动公开\n正文\n"
