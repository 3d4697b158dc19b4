"""The cell-text helpers of the review log."""

from __future__ import annotations

import pytest

from review_desk.core.report.labels import fmt_period, fmt_time, markup


def test_markup_escapes_and_keeps_lines():
    assert markup("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert markup("一\r\n二\n三") == "一<br/>二<br/>三"
    assert markup("x\x00y\x1b") == "xy"
    assert markup(None) == "—" and markup("", empty="") == ""


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2026-03-02T10:15:33+08:00", "2026-03-02 10:15:33 +08:00"),
        ("2026-03-02T10:15:33.123456", "2026-03-02 10:15:33"),
        ("2026-03-02T02:15:33Z", "2026-03-02 02:15:33 +00:00"),
        ("yesterday", "yesterday"),
        (None, "—"),
    ],
)
def test_fmt_time(value, shown):
    assert fmt_time(value) == shown


def test_fmt_period():
    assert fmt_period("2026-03-01", "2026-03-31") == "2026-03-01 至 2026-03-31"
    assert fmt_period("2026-03-01T00:00:00", None) == "2026-03-01 起"
    assert fmt_period(None, "2026-03-31") == "截至 2026-03-31"
    assert fmt_period(None, None) == "全部记录"

