"""The review log's own wording and the text helpers its cells use.

The Chinese names of the codes the workflow stores (actions, statuses, attributes, roles, entity
types) are in :mod:`review_desk.core.names`.  :func:`markup` makes any value safe for a reportlab
``Paragraph`` (values come from documents).
"""

from __future__ import annotations

import re
from datetime import datetime
from xml.sax.saxutils import escape

from review_desk.core.names import DASH

SUGGESTED_TAG = "按建议"
MANUAL_TAG = "人工添加"
SUMMARY_FORM = "摘要公开"
FULL_FORM = "全文公开"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n|\r|\n")


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
