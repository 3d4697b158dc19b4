"""Locations in words for auditors, never raw XML paths."""

from __future__ import annotations

import pytest

from review_desk.core.report.places import readable_location


@pytest.mark.parametrize("part,location,column,expected", [
    ("word/document.xml", "p[12]", None, "正文第 12 段"),
    ("word/document.xml", "tbl[1]/tr[3]/tc[2]/p[1]", "身份证号码", "正文 表 1 第 3 行「身份证号码」列"),
    # a body row whose column's header is not on record (a review started by an older version)
    ("word/document.xml", "tbl[1]/tr[3]/tc[2]/p[1]", None, "正文 表 1 第 3 行 第 2 列（列名不详）"),
    ("word/document.xml", "tbl[2]/tr[4]/tc[1]/p[2]", None, "正文 表 2 第 4 行 第 1 列（列名不详） 第 2 段"),
    ("word/document.xml", "tbl[1]/tr[1]/tc[2]/p[1]", None, "正文 表 1 第 1 行 第 2 列"),  # the header row itself
    # the header names the cell the finding is in, not the outer cell around a nested table
    ("word/document.xml", "tbl[1]/tr[3]/tc[2]/tbl[1]/tr[2]/tc[1]/p[1]", "姓名",
     "正文 表 1 第 3 行 第 2 列 表 1 第 2 行「姓名」列"),
    ("word/header1.xml", "p[1]", None, "页眉第 1 段"),
    ("word/footer2.xml", "p[1]", None, "页脚第 1 段"),
    ("word/comments.xml", "comment[1]/p[1]", None, "批注 第 1 条 第 1 段"),
    ("word/comments.xml", "comment[1]/@w:author", None, "批注 第 1 条 作者"),
    ("word/document.xml", "p[5]/deleted", None, "正文第 5 段 （修订中删除的文字）"),
    ("word/footnotes.xml", "footnote[3]/p[1]", None, "脚注 第 3 条 第 1 段"),
    ("docProps/core.xml", "core/dc:creator", None, "文档属性 作者"),
    ("docProps/app.xml", "app/Company", None, "文档属性 单位"),
    ("customXml/item2.xml", "v/text()", None, "自定义 XML 数据 v text()"),
    ("text", "line 7", None, "正文 第 7 行"),
])
def test_readable_locations(part, location, column, expected):
    assert readable_location(part, location, column) == expected


def test_no_raw_xml_path_for_body_tables():
    assert "tbl[" not in readable_location("word/document.xml", "tbl[1]/tr[1]/tc[1]/p[1]")
