"""裁判文书-style names (policy style "court"): 张某, and 张某甲 / 张某乙 for two people sharing a surname,
the same pseudonym for the same person in the body, a table and the header."""

from __future__ import annotations

import docx
import pytest

from docx_factory import make_docx, table
from redact_checks import finding_for
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, Redaction, load_policy, redact_document
from review_desk.core.redact.court_names import court_names
from review_desk.core.redact.policy import PolicyError

BODY = [
    "某区城市管理局",
    "关于张三丰、张伟违规占道经营一案的处理情况通报",
    "　　2025年5月12日，执法人员在某区文化路巡查时发现张三丰在人行道摆摊经营，李明在旁协助。",
    "　　经调查，张伟系该摊位的实际经营者，张三丰受其雇用。李明系张伟的亲属。",
    table([["姓名", "违法行为", "处理结果"], ["张三丰", "占道经营", "警告"], ["张伟", "占道经营", "罚款200元"],
           ["李明", "协助占道经营", "批评教育"]]),
    "　　欧阳娜娜对本案提供了线索。",
]
HEADER = "张伟等占道经营案"


def test_pseudonyms_number_people_of_one_surname_in_order():
    names = court_names(["张三丰", "李明", "张伟", "张三丰", "欧阳娜娜", "艾力·买买提"])
    assert names == {"张三丰": "张某甲", "张伟": "张某乙", "李明": "李某", "欧阳娜娜": "欧阳某", "艾力·买买提": "艾某"}
    many = court_names([f"王{c}" for c in "一二三四五六七八九十甲"])
    assert many["王一"] == "王某甲" and many["王十"] == "王某癸" and many["王甲"] == "王某甲1"
    assert court_names(["张某"]) == {"张某": "张某某"}  # never the name itself


def test_one_person_one_pseudonym_across_body_table_and_header(tmp_path):
    path = make_docx(tmp_path, BODY, headers={"default": [HEADER]})
    doc = read_document(str(path))
    redactions = []
    for name in ("张三丰", "张伟", "李明", "欧阳娜娜"):
        n = 0
        while True:
            try:
                redactions.append(Redaction(finding_for(doc, name, "PERSON", nth=n), Operation.MASK))
            except AssertionError:
                break
            n += 1
    out = tmp_path / "out.docx"
    report = redact_document(doc, redactions, out, load_policy("court-style"))
    assert report.residual.passed
    written = docx.Document(str(out))
    paragraphs = [p.text for p in written.paragraphs]
    assert paragraphs[1] == "关于张某甲、张某乙违规占道经营一案的处理情况通报"
    assert paragraphs[2].endswith("发现张某甲在人行道摆摊经营，李某在旁协助。")
    assert paragraphs[3] == "　　经调查，张某乙系该摊位的实际经营者，张某甲受其雇用。李某系张某乙的亲属。"
    assert paragraphs[-1] == "　　欧阳某对本案提供了线索。"
    cells = [[c.text for c in row.cells] for row in written.tables[0].rows]
    assert [row[0] for row in cells] == ["姓名", "张某甲", "张某乙", "李某"]
    assert written.sections[0].header.paragraphs[0].text == "张某乙等占道经营案"


def test_the_default_policy_still_stars_and_the_styles_are_checked(tmp_path):
    path = make_docx(tmp_path, BODY[:4])
    doc = read_document(str(path))
    out = tmp_path / "out.docx"
    finding = finding_for(doc, "张三丰", "PERSON")
    redact_document(doc, [Redaction(finding, Operation.MASK)], out, load_policy())
    assert docx.Document(str(out)).paragraphs[1].text == "关于张**、张伟违规占道经营一案的处理情况通报"
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "bad"\n[types.PERSON]\noperation = "redact"\nstyle = "cut"\n[types.CN_ID_CARD]\n'
                   'operation = "mask"\nstyle = "cut"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="cut"):
        load_policy(str(bad))
    bad.write_text('name = "bad"\n[types.CN_ID_CARD]\noperation = "mask"\nstyle = "court"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="court"):
        load_policy(str(bad))
