"""Chinese wording of the review log and the text helpers its cells use.

Codes the workflow stores (actions, statuses, attributes, roles, entity types) map to the
Chinese words an auditor reads; an unknown code is shown as it is rather than hidden.
:func:`markup` makes any value safe for a reportlab ``Paragraph`` (values come from documents).
"""

from __future__ import annotations

import re
from datetime import datetime
from xml.sax.saxutils import escape

DASH = "—"

ACTIONS = {"redact": "删除", "mask": "遮盖", "keep": "保留"}
STATUSES = {"open": "审查中", "signed": "已签署", "countersigned": "已复核", "published": "已发布"}
ATTRIBUTES = {"public": "主动公开", "on-request": "依申请公开", "withheld": "不予公开"}
ROLES = {"reviewer": "审查人", "countersigner": "复核人"}
ENTITY_TYPES = {
    "PERSON": "姓名",
    "CN_ADDRESS": "地址",
    "CN_ID_CARD": "身份证号",
    "PHONE_NUMBER": "电话号码",
    "EMAIL_ADDRESS": "电子邮箱",
    "CN_BANK_CARD": "银行卡号",
    "CN_PASSPORT": "护照号",
    "CN_HK_MACAO_PERMIT": "港澳通行证",
    "CN_LICENSE_PLATE": "车牌号",
    "DATE_OF_BIRTH": "出生日期",
    "ORGANIZATION": "机构名称",
    "LOCATION": "地名",
    "ORG_ADDRESS": "机构地址",
    "CN_USCC": "统一社会信用代码",
    "CLASSIFIED_MARK": "密级标志",
    "MANUAL": "人工标记",
}
SUGGESTED_TAG = "按建议"
MANUAL_TAG = "人工添加"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def label(table: dict[str, str], code: str | None, empty: str = DASH) -> str:
    """The Chinese word for ``code``; the code itself when unknown; ``empty`` for None/""."""
    if not code:
        return empty
    return table.get(code, code)


def markup(value: object | None, empty: str = DASH) -> str:
    """``value`` as Paragraph markup: escaped, control characters dropped, newlines as ``<br/>``."""
    if value is None or value == "":
        return escape(empty)
    text = _CONTROL.sub("", str(value))
    return "<br/>".join(escape(line) for line in _NEWLINES.split(text))


def fmt_time(value: str | None, empty: str = DASH) -> str:
    """An ISO 8601 time as ``2026-03-02 10:15:33 +08:00`` (unparseable values unchanged)."""
    if not value:
        return empty
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    offset = moment.strftime("%z")
    if offset:
        text += f" {offset[:3]}:{offset[3:]}"
    return text


def fmt_period(period_from: str | None, period_to: str | None) -> str:
    """The reporting period in words: ``A 至 B``, ``A 起``, ``截至 B`` or ``全部记录``."""
    start, end = _day(period_from), _day(period_to)
    if start and end:
        return f"{start} 至 {end}"
    if start:
        return f"{start} 起"
    if end:
        return f"截至 {end}"
    return "全部记录"


def _day(value: str | None) -> str | None:
    if not value:
        return None
    formatted = fmt_time(value)
    return formatted[:10] if formatted[10:19] == " 00:00:00" else formatted
