"""Publication deadlines counted in working days of the mainland calendar.

Working days are the days the State Council's holiday notices make working days: Monday to Friday
except the public holidays, plus the make-up working days (调休, usually a Saturday or Sunday next to
Spring Festival or National Day).  The calendar comes from the ``chinese-calendar`` package, which
ships the notices as data (nothing is downloaded); it covers the years from
:data:`FIRST_YEAR` to :data:`LAST_YEAR`.  A date outside them is refused with
``ErrorCode.CALENDAR_NOT_COVERED``: counting such a period as if it had no holidays would give a
deadline that looks exact and is wrong.  Where a caller asks for an *estimate* (``estimate=True``),
a day outside the calendar counts as a working day when it is a weekday and not one of the
fixed-date public holidays (:data:`FIXED_HOLIDAYS`); the lunar holidays and the 调休 days of such a
year are not known until the State Council announces them, so the caller must show the result as an
estimate (:func:`covers`).

As in the procedural laws, the day a period starts from (the decision, signing or application day) is
not counted: "within 7 working days of the decision" ends on the 7th working day after it.

The rules of the plan (item 7, 9 and 14):

* 双公示 of a 行政许可 / 行政处罚 decision: within 7 working days of the decision;
* 解读 material: within 3 working days of the document;
* reply to an 依申请公开 applicant: 20 working days from the application, extendable by 20.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

import chinese_calendar
from chinese_calendar import constants as _calendar_data

from review_desk.core.errors import ErrorCode, ReviewDeskError

#: The years the installed calendar knows (from its own data, so a newer package widens them).
FIRST_YEAR: int = min(day.year for day in _calendar_data.holidays)
LAST_YEAR: int = max(day.year for day in _calendar_data.holidays)


#: Public holidays on fixed solar dates (全国年节及纪念日放假办法, 2025 revision): 元旦 1 January, 劳动节
#: 1-2 May, 国庆节 1-3 October.  Spring Festival, 清明, 端午 and 中秋 follow the lunar calendar or the
#: solar terms and are announced each year with their 调休 days.
FIXED_HOLIDAYS: frozenset[tuple[int, int]] = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})


class DeadlineRule(str, Enum):
    """A publication deadline of the plan (the value is stored in records and JSON)."""

    DOUBLE_PUBLICITY = "double_publicity"  # 双公示: 7 working days after the decision
    INTERPRETATION = "interpretation"  # 解读: 3 working days after the document
    APPLICATION_REPLY = "application_reply"  # 依申请公开 reply: 20 working days (+20 if extended)


@dataclass(frozen=True)
class RuleDays:
    """How many working days a rule allows, and how many an extension adds (0: none)."""

    days: int
    extension: int = 0


RULE_DAYS: dict[DeadlineRule, RuleDays] = {
    DeadlineRule.DOUBLE_PUBLICITY: RuleDays(7),
    DeadlineRule.INTERPRETATION: RuleDays(3),
    DeadlineRule.APPLICATION_REPLY: RuleDays(20, extension=20),
}


def _check_covered(day: dt.date) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ReviewDeskError(
            ErrorCode.CALENDAR_NOT_COVERED,
            f"The holiday calendar covers {FIRST_YEAR}-{LAST_YEAR}; {day.isoformat()} is outside it "
            "(update the chinese-calendar package once the State Council publishes that year's holidays).",
        )


def covers(*days: dt.date) -> bool:
    """Whether the installed calendar knows every one of ``days`` (else a count over them is an estimate)."""
    return all(FIRST_YEAR <= day.year <= LAST_YEAR for day in days)


def is_working_day(day: dt.date, *, estimate: bool = False) -> bool:
    """Whether ``day`` is a working day (holidays excluded, 调休 make-up days included).

    Outside the calendar: refused, or with ``estimate`` a weekday that is no fixed-date holiday.
    """
    if covers(day):
        return bool(chinese_calendar.is_workday(day))
    if not estimate:
        _check_covered(day)
    return day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS


def add_working_days(start: dt.date, days: int, *, estimate: bool = False) -> dt.date:
    """The ``days``-th working day after ``start`` (``start`` itself is not counted; ``days`` >= 1)."""
    if days < 1:
        raise ValueError(f"days must be at least 1, got {days}")
    day = start
    if not estimate:
        _check_covered(day)
    left = days
    while left:
        day += dt.timedelta(days=1)
        if is_working_day(day, estimate=estimate):
            left -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, *, estimate: bool = False) -> int:
    """Working days after ``start`` up to and including ``end``; negative when ``end`` is earlier.

    ``working_days_between(d, add_working_days(d, n)) == n``.
    """
    if end < start:
        return -working_days_between(end, start, estimate=estimate)
    if not estimate:
        _check_covered(start)
        _check_covered(end)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day, estimate=estimate):
            count += 1
    return count


def deadline(rule: DeadlineRule, start: dt.date, *, extended: bool = False, estimate: bool = False) -> dt.date:
    """The last day allowed by ``rule`` for a period starting on ``start``.

    With ``estimate``, days beyond the calendar are counted as :func:`is_working_day` says; whether
    the result is exact is ``covers(start, result)``.
    """
    allowed = RULE_DAYS[rule]
    days = allowed.days + (allowed.extension if extended else 0)
    return add_working_days(start, days, estimate=estimate)


def working_days_left(due: dt.date, today: dt.date, *, estimate: bool = False) -> int:
    """Working days from ``today`` to ``due``: 0 on the due day, negative once it has passed.

    Past due by one working day gives -1 (the days after ``due`` up to ``today``).
    """
    return working_days_between(today, due, estimate=estimate)
