"""What kind of document this is (建议 / 提案复文, 行政处罚决定书, …) and the deadline its kind sets.

The kind is read from the title, the 文号 and the first paragraphs (the patterns are data, in
:mod:`review_desk.core.review.kind_words`).  The deadline is counted in working days
(:mod:`review_desk.core.review.deadlines`) from the date the kind's rule starts from:

* 行政处罚 / 行政许可 decisions: 双公示 within 7 working days of the decision (the 落款 date);
* 通知 / 公告: 解读 within 3 working days of the document (the 落款 date);
* replies to 依申请公开 applicants: 20 working days from the day the application was received (the
  date in a sentence that says it was 收到); the reply's own date is not that day, so without such a
  sentence no deadline is given.

The other kinds have no deadline in the plan.  The decisions (双公示) and the replies to applicants
(救济渠道) also have required fields; the ones a document leaves out are listed with its kind
(:mod:`review_desk.core.review.required_fields`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from review_desk.core.document import Document, SegmentKind
from review_desk.core.names import DOCUMENT_KINDS, REQUIRED_FIELDS
from review_desk.core.review import deadlines
from review_desk.core.review.deadlines import DeadlineRule
from review_desk.core.review.kind_words import KIND_PATTERNS
from review_desk.core.review.metadata import document_number, document_title
from review_desk.core.review.required_fields import missing_fields


class DocumentKind(str, Enum):
    """A kind of government document (the value is stored in the record)."""

    PROPOSAL_REPLY = "proposal_reply"  # 建议 / 提案办理复文
    PENALTY_DECISION = "penalty_decision"  # 行政处罚决定书
    LICENSE_DECISION = "license_decision"  # 行政许可决定书
    APPLICATION_REPLY = "application_reply"  # 政府信息公开申请答复书
    NOTICE = "notice"  # 通知 / 公告
    MEETING_MINUTES = "meeting_minutes"  # 会议纪要
    NAME_LIST = "name_list"  # 名单公示
    OTHER = "other"


KIND_RULES: dict[DocumentKind, DeadlineRule] = {
    DocumentKind.PENALTY_DECISION: DeadlineRule.DOUBLE_PUBLICITY,
    DocumentKind.LICENSE_DECISION: DeadlineRule.DOUBLE_PUBLICITY,
    DocumentKind.NOTICE: DeadlineRule.INTERPRETATION,
    DocumentKind.APPLICATION_REPLY: DeadlineRule.APPLICATION_REPLY,
}

#: The bundled policy (resources/policies/) a kind selects when the reviewer names none; "default" else.
KIND_POLICIES: dict[DocumentKind, str] = {
    DocumentKind.PROPOSAL_REPLY: "proposal-reply",
    DocumentKind.PENALTY_DECISION: "double-publicity",
    DocumentKind.LICENSE_DECISION: "double-publicity",
    DocumentKind.APPLICATION_REPLY: "application-reply",
}


def policy_for(kind: DocumentKind) -> str:
    """The name of the policy a review of this kind uses unless the reviewer chooses one."""
    return KIND_POLICIES.get(kind, "default")


_HEAD_LINES = 15
_COMPILED = tuple(
    (DocumentKind(kind), [re.compile(p) for p in title], [re.compile(p) for p in number],
     [re.compile(p, re.MULTILINE) for p in body])
    for kind, title, number, body in KIND_PATTERNS
)


def _lines(document: Document) -> list[str]:
    return [s.text.strip() for s in document.segments
            if s.kind in (SegmentKind.PARAGRAPH, SegmentKind.TEXT) and s.text.strip()]


def kind_of(title: str | None, number: str | None, head: str) -> DocumentKind:
    """The kind from a title, a 文号 and the first paragraphs (joined by newlines)."""
    for kind, titles, numbers, _bodies in _COMPILED:
        if title and any(p.search(title) for p in titles):
            return kind
        if number and any(p.search(number) for p in numbers):
            return kind
    for kind, _titles, _numbers, bodies in _COMPILED:
        if any(p.search(head) for p in bodies):
            return kind
    return DocumentKind.OTHER


def document_kind(document: Document) -> DocumentKind:
    """The kind of ``document`` (see :func:`kind_of`)."""
    lines = _lines(document)
    return kind_of(document_title(document), document_number(document), "\n".join(lines[:_HEAD_LINES]))


_DIGITS = "〇一二三四五六七八九"
_CN = "〇零一二三四五六七八九十"
_DATE = re.compile(r"(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                   r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 4 and "十" not in text:  # a year written digit by digit: 二〇二五
        return int("".join(str(_DIGITS.index(c) if c != "零" else 0) for c in text))
    if "十" in text:  # 十, 十二, 二十, 二十七
        tens, _, units = text.partition("十")
        return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(units) if units else 0)
    return _DIGITS.index(text)


def dates_in(text: str) -> list[dt.date]:
    """The valid calendar dates written in ``text`` (2025年1月27日 or 二〇二五年一月二十七日), in order."""
    found = []
    for m in _DATE.finditer(text):
        try:
            found.append(dt.date(_number(m.group(1)), _number(m.group(2)), _number(m.group(3))))
        except ValueError:
            continue
    return found


def start_date(kind: DocumentKind, lines: list[str]) -> dt.date | None:
    """The day the kind's deadline counts from, or None when the document does not say it."""
    if kind not in KIND_RULES:
        return None
    if kind is DocumentKind.APPLICATION_REPLY:
        for line in lines:
            if "收到" in line or "收悉" in line:
                found = dates_in(line)
                if found:
                    return found[0]
        return None
    for line in reversed(lines):  # the 落款 date: the last date of the document
        found = dates_in(line)
        if found:
            return found[-1]
    return None


@dataclass(frozen=True)
class KindInfo:
    """A document's kind, the rule of its deadline, the day it counts from and the due day."""

    kind: DocumentKind
    overridden: bool = False
    rule: DeadlineRule | None = None
    start: dt.date | None = None
    due: dt.date | None = None
    error: str | None = None  # an error code when the due day cannot be counted
    estimated: bool = False  # the period runs past the holiday calendar: fixed-date holidays only
    missing: tuple[str, ...] = ()  # the required fields the document leaves out (names.REQUIRED_FIELDS codes)

    def to_dict(self) -> dict[str, object]:
        """The JSON / record shape."""
        return {"kind": self.kind.value, "overridden": self.overridden,
                "rule": self.rule.value if self.rule else None,
                "start": self.start.isoformat() if self.start else None,
                "due": self.due.isoformat() if self.due else None, "error": self.error,
                "estimated": self.estimated, "missing": list(self.missing)}


def classify(document: Document, override: DocumentKind | str | None = None) -> KindInfo:
    """The kind of ``document`` (or the reviewer's ``override``) with its deadline when it has one."""
    kind = DocumentKind(override) if override else document_kind(document)
    rule = KIND_RULES.get(kind)
    lines = _lines(document)
    start = start_date(kind, lines)
    missing = missing_fields(kind.value, "\n".join(lines))
    if rule is None or start is None:
        return KindInfo(kind, bool(override), rule, start, missing=missing)
    due = deadlines.deadline(rule, start, estimate=True)
    return KindInfo(kind, bool(override), rule, start, due, estimated=not deadlines.covers(start, due),
                    missing=missing)


def kind_from_dict(data: object) -> KindInfo | None:
    """A :class:`KindInfo` back from its record shape (None for a record without one)."""
    if not isinstance(data, dict) or data.get("kind") not in {k.value for k in DocumentKind}:
        return None
    rule = data.get("rule")
    start, due = data.get("start"), data.get("due")
    missing = data.get("missing")
    return KindInfo(DocumentKind(data["kind"]), bool(data.get("overridden")),
                    DeadlineRule(rule) if rule in {r.value for r in DeadlineRule} else None,
                    dt.date.fromisoformat(start) if isinstance(start, str) else None,
                    dt.date.fromisoformat(due) if isinstance(due, str) else None,
                    data.get("error") if isinstance(data.get("error"), str) else None,
                    data.get("estimated") is True,
                    tuple(m for m in missing if m in REQUIRED_FIELDS) if isinstance(missing, list) else ())


#: "Near" for ``review list --due``: due within this many working days (or already past).
NEAR_DAYS = 2


def kind_view(data: object, today: dt.date) -> dict[str, object] | None:
    """A stored kind record for display: with its Chinese name and ``days_left`` (working days to the
    due day as of ``today``: 0 on it, negative once past; None without a due day) and ``estimated``
    (the count runs past the holiday calendar)."""
    info = kind_from_dict(data)
    if info is None:
        return None
    view = info.to_dict()
    view["name"] = DOCUMENT_KINDS[info.kind.value]
    view["missing_names"] = [REQUIRED_FIELDS[m] for m in info.missing]
    view["days_left"] = None
    if info.due is not None:
        view["days_left"] = deadlines.working_days_left(info.due, today, estimate=True)
        view["estimated"] = info.estimated or not deadlines.covers(today, info.due)
    return view


def is_due(data: object, today: dt.date, near: int = NEAR_DAYS) -> bool:
    """Whether a stored kind record's deadline is within ``near`` working days of ``today`` or past."""
    view = kind_view(data, today)
    if view is None or not isinstance(view.get("due"), str):
        return False
    if dt.date.fromisoformat(str(view["due"])) < today:  # past, even where the calendar no longer counts
        return True
    days = view.get("days_left")
    return isinstance(days, int) and days <= near
