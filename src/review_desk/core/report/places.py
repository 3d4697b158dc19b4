"""Readable locations for auditors: ``word/document.xml tbl[1]/tr[3]/tc[2]/p[1]`` becomes
``正文 表 1 第 3 行「身份证号码」列`` (the column's header when the review recorded it, else
``第 2 列（列名不详）``)."""

from __future__ import annotations

import re

from review_desk.core.document.part_kinds import part_kind
from review_desk.core.names import PART_NAMES

_STEPS = (
    (re.compile(r"^tbl\[(\d+)\]$"), "表 {0}"),
    (re.compile(r"^tr\[(\d+)\]$"), "第 {0} 行"),
    (re.compile(r"^tc\[(\d+)\]$"), "第 {0} 列"),
    (re.compile(r"^p\[(\d+)\]$"), "第 {0} 段"),
    (re.compile(r"^(?:footnote|endnote)\[(\d+)\]$"), "第 {0} 条"),
    (re.compile(r"^comment\[(\d+)\]$"), "第 {0} 条"),
    (re.compile(r"^(?:vml-)?txbx\[(\d+)\]$"), "文本框 {0}"),
    (re.compile(r"^field\[(\d+)\]$"), "域代码 {0}"),
    (re.compile(r"^deleted$"), "（修订中删除的文字）"),
    (re.compile(r"^line (\d+)$"), "第 {0} 行"),
)
#: Said of a table cell below the header row when the review recorded no header for its column.
UNKNOWN_COLUMN = "（列名不详）"
_ATTRIBUTES = {"author": "作者", "descr": "图片说明", "title": "图片标题", "tooltip": "链接提示", "name": "名称",
               "val": "值", "Target": "链接地址", "userId": "用户标识"}


def part_name(part: str) -> str:
    """The Chinese name of ``part``'s kind (正文, 页眉 …); the part itself when it has none."""
    kind = part_kind(part)
    return PART_NAMES[kind] if kind is not None else part


def readable_location(part: str, location: str, column: str | None = None) -> str:
    """Where a finding is, in words: ``正文第 12 段``, ``表 1 第 3 行「身份证号码」列``, ``页眉``, ``批注``.

    A step it does not know is kept as it is, so nothing is hidden."""
    words = [part_name(part)]
    steps = [s for s in location.split("/") if s] if location else []
    cells = [i for i, step in enumerate(steps) if step.startswith("tc[")]
    for i, step in enumerate(steps):
        if step.startswith("@"):
            name = step[1:].split(":")[-1]
            words.append(_ATTRIBUTES.get(name, step))
            continue
        words.append(_step(step, steps[i - 1] if i else "", column, bool(cells) and i == cells[-1]))
    text = " ".join(w for w in words if w)
    return re.sub(r"^(正文|页眉|页脚) (第 \d+ 段)", r"\1\2", text).replace(" 「", "「")


_PROPERTIES = {"creator": "作者", "lastModifiedBy": "最后修改者", "title": "标题", "subject": "主题",
               "description": "备注", "keywords": "关键词", "category": "类别", "Company": "单位",
               "Manager": "经理", "core": "", "app": "", "custom": ""}


def _step(step: str, previous: str, column: str | None, last_cell: bool) -> str:
    local = step.split(":")[-1]
    if local in _PROPERTIES:
        return _PROPERTIES[local]
    for pattern, template in _STEPS:
        m = pattern.match(step)
        if m is None:
            continue
        if step.startswith("tc[") and last_cell:  # the cell the finding is in (not an outer one)
            if column:
                return f"「{column}」列"
            if re.match(r"^tr\[(?!1\])\d+\]$", previous):  # a body row, its column's header not on record
                return template.format(*m.groups()) + UNKNOWN_COLUMN
        if step == "p[1]" and previous.startswith("tc["):
            return ""  # the first paragraph of a cell is the cell itself
        return template.format(*m.groups())
    return step
