"""Working-day deadlines across Spring Festival and National Day, with their 调休 make-up days.

Every expected date below was counted by hand on the State Council's holiday notices for 2025 and 2026
(the start day not counted).
"""

from __future__ import annotations

import datetime as dt

import pytest

from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.review.deadlines import (
    LAST_YEAR,
    DeadlineRule,
    add_working_days,
    covers,
    deadline,
    is_working_day,
    working_days_between,
    working_days_left,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 1, 26), True),  # Sunday, 调休 before Spring Festival 2025
        (D(2025, 1, 29), False),  # 正月初一, a Wednesday
        (D(2025, 2, 4), False),  # Tuesday, last day of the 2025 holiday
        (D(2025, 2, 8), True),  # Saturday, 调休 after it
        (D(2025, 2, 9), False),  # an ordinary Sunday
        (D(2025, 10, 8), False),  # Wednesday, last day of National Day 2025
        (D(2025, 10, 11), True),  # Saturday, 调休
        (D(2026, 2, 14), True),  # Saturday, 调休 before Spring Festival 2026
        (D(2026, 2, 23), False),  # Monday, last day of it
        (D(2026, 9, 20), True),  # Sunday, 调休 before 中秋 / National Day 2026
        (D(2026, 9, 25), False),  # 中秋, a Friday
        (D(2026, 10, 10), True),  # Saturday, 调休
    ],
)
def test_working_days_follow_the_holiday_notices(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


@pytest.mark.parametrize(
    ("rule", "start", "due"),
    [
        # Monday before Spring Festival 2025: the holiday is skipped, Saturday 8 Feb counts.
        (DeadlineRule.DOUBLE_PUBLICITY, D(2025, 1, 27), D(2025, 2, 12)),
        # Friday before it: Sunday 26 Jan (调休) is the first working day.
        (DeadlineRule.DOUBLE_PUBLICITY, D(2025, 1, 24), D(2025, 2, 10)),
        (DeadlineRule.INTERPRETATION, D(2025, 1, 27), D(2025, 2, 7)),
        # Friday before National Day 2025: Sunday 28 Sep (调休) counts, the Saturday does not.
        (DeadlineRule.INTERPRETATION, D(2025, 9, 26), D(2025, 9, 30)),
        (DeadlineRule.DOUBLE_PUBLICITY, D(2025, 9, 30), D(2025, 10, 16)),
        # Friday 13 Feb 2026: Saturday 14 Feb, then 24-28 Feb (the 28th a 调休 Saturday), then 2 Mar.
        (DeadlineRule.DOUBLE_PUBLICITY, D(2026, 2, 13), D(2026, 3, 2)),
        (DeadlineRule.APPLICATION_REPLY, D(2026, 2, 13), D(2026, 3, 19)),
        (DeadlineRule.INTERPRETATION, D(2026, 9, 18), D(2026, 9, 22)),
        (DeadlineRule.DOUBLE_PUBLICITY, D(2026, 9, 30), D(2026, 10, 15)),
    ],
)
def test_deadlines_of_the_plan(rule: DeadlineRule, start: dt.date, due: dt.date) -> None:
    assert deadline(rule, start) == due


def test_an_extended_application_reply_skips_qingming() -> None:
    # 40 working days from Friday 13 Feb 2026: Monday 6 Apr (清明) is skipped.
    assert deadline(DeadlineRule.APPLICATION_REPLY, D(2026, 2, 13), extended=True) == D(2026, 4, 17)
    with pytest.raises(ValueError):
        add_working_days(D(2026, 2, 13), 0)


def test_counting_back_and_days_left() -> None:
    start = D(2025, 1, 27)
    assert working_days_between(start, D(2025, 2, 12)) == 7
    assert working_days_between(D(2025, 2, 12), start) == -7
    assert working_days_left(D(2025, 2, 12), D(2025, 2, 10)) == 2
    assert working_days_left(D(2025, 2, 12), D(2025, 2, 12)) == 0
    assert working_days_left(D(2025, 2, 12), D(2025, 2, 13)) == -1
    # over the whole Spring Festival holiday only one working day remains
    assert working_days_left(D(2025, 2, 5), D(2025, 1, 27)) == 1


def test_dates_the_calendar_does_not_cover_are_refused() -> None:
    assert LAST_YEAR >= 2026
    with pytest.raises(ReviewDeskError) as caught:
        is_working_day(D(LAST_YEAR + 1, 1, 4))
    assert caught.value.code is ErrorCode.CALENDAR_NOT_COVERED
    # a period that runs past the last covered year is refused too, not counted without holidays
    with pytest.raises(ReviewDeskError) as caught:
        deadline(DeadlineRule.DOUBLE_PUBLICITY, D(LAST_YEAR, 12, 28))
    assert caught.value.code is ErrorCode.CALENDAR_NOT_COVERED
    with pytest.raises(ReviewDeskError):
        working_days_left(D(LAST_YEAR + 1, 1, 8), D(LAST_YEAR, 12, 30))


def test_an_estimate_beyond_the_calendar_skips_weekends_and_fixed_holidays() -> None:
    year = LAST_YEAR + 1
    assert not covers(D(year, 1, 4)) and covers(D(LAST_YEAR, 12, 1))
    assert not is_working_day(D(year, 1, 1), estimate=True)  # 元旦
    assert not is_working_day(D(year, 5, 2), estimate=True) or D(year, 5, 2).weekday() >= 5  # 劳动节
    assert not is_working_day(D(2031, 10, 3), estimate=True)  # 国庆 (a Friday)
    assert is_working_day(D(2031, 10, 6), estimate=True)  # the Monday after
    assert not is_working_day(D(2031, 10, 4), estimate=True)  # Saturday
    # 2031-09-30 (Tue) + 3 working days: 1-3 Oct holidays, 4-5 Oct weekend, then 6, 7, 8 Oct
    assert deadline(DeadlineRule.INTERPRETATION, D(2031, 9, 30), estimate=True) == D(2031, 10, 8)
    assert working_days_left(D(2031, 10, 8), D(2031, 9, 30), estimate=True) == 3
    # the calendar's own days stay exact inside an estimated count
    start = D(LAST_YEAR, 12, 20)
    due = deadline(DeadlineRule.APPLICATION_REPLY, start, estimate=True)
    assert not covers(start, due)
    assert working_days_between(start, due, estimate=True) == 20
