"""DATE_OF_BIRTH: full dates that are somebody's birth date.

Shapes: ``1985年3月12日``, ``1985-03-12``, ``1985.03.12``, ``1985/3/12``, Chinese numerals
``一九八五年三月十二日``, and year-month ``1985年3月`` / ``1985.03`` (the 出生年月 of rosters).  The date must be real and between 1900 and today.  Dates alone are
everywhere in government documents (``2018年10月19日印发``), so the pattern score (0.3) is below
the analyzer threshold and only a personal context word within 12 characters (出生, 生于,
出生日期, 出生年月, 生日, …) lifts it above — handled by
:class:`..context.ChineseContextEnhancer`, which also gives each context word to the nearest
date only and ignores ``生于``/``生日`` inside ``发生于``, ``诞生于``, ``发生日期``…
"""

from __future__ import annotations

import datetime as _dt

import regex as re

from .base import NA, NB, ChinesePatternRecognizer

__all__ = ["DateOfBirthRecognizer", "parse_date"]

_CN_DIGIT = "〇零○Ｏ一二三四五六七八九"
_CN_VALUE = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_SMALL = r"(?:三十一?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"


def _cn_small(s: str) -> int:
    """一..三十一 -> int."""
    if "十" not in s:
        return _CN_VALUE[s]
    tens, _, units = s.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[units] if units else 0)


_ARABIC = re.compile(r"(\d{4})\D+(\d{1,2})(?:\D+(\d{1,2}))?")
_CHINESE = re.compile(rf"([{_CN_DIGIT}]{{4}})年({_CN_SMALL})月({_CN_SMALL})日")


def parse_date(s: str) -> _dt.date | None:
    """Parse one of the recognised spellings (year-month -> day 1); ``None`` if not a real date."""
    m = _ARABIC.fullmatch(s.rstrip("日月"))
    try:
        if m:
            return _dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
        m = _CHINESE.fullmatch(s)
        if m:
            year = int("".join(str(_CN_VALUE[c]) for c in m[1]))
            return _dt.date(year, _cn_small(m[2]), _cn_small(m[3]))
    except ValueError:
        return None
    return None


class DateOfBirthRecognizer(ChinesePatternRecognizer):
    """Birth dates, reported only with personal context."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (
        ("date_cn", NB + r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日", 0.3),
        ("date_iso", NB + r"(?:19|20)\d{2}(?P<s>[-./])\d{1,2}(?P=s)\d{1,2}" + NA, 0.3),
        ("date_cn_numerals", rf"[{_CN_DIGIT}]{{4}}年{_CN_SMALL}月{_CN_SMALL}日", 0.3),
        # "1983年11月20日生，" — born on that day; not 生效/生产/生活/生成.
        ("date_born", NB + r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|(?P<t>[-./])\d{1,2}(?P=t)\d{1,2})"
         r"(?=生(?![效产活成态存命]))", 0.85),
        ("date_born_numerals", rf"[{_CN_DIGIT}]{{4}}年{_CN_SMALL}月{_CN_SMALL}日(?=生(?![效产活成态存命]))", 0.85),
        # 出生年月 rosters: year and month only.
        ("year_month_cn", NB + r"(?:19|20)\d{2}年\d{1,2}月(?!\d{0,2}日)", 0.3),
        ("year_month_num", NB + r"(?:19|20)\d{2}[./-]\d{1,2}(?![./-]?\d)" + NA, 0.3),
    )
    CONTEXT = ("出生", "生于", "生日", "出生日期", "出生年月", "出生于", "诞辰")
    context_window = (12, 12)
    context_nearest_only = True
    context_exclusions = {
        "生于": ("发生于", "产生于", "诞生于", "派生于", "衍生于", "滋生于", "生于斯"),
        "生日": ("发生日", "产生日", "学生日", "卫生日", "先生日", "医生日", "师生日", "考生日", "新生日"),
        "出生": ("出生地",),
    }

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Drop dates that are not real or not between 1900 and today."""
        date = parse_date(pattern_text)
        return date is None or not (1900 <= date.year and date <= _dt.date.today())
