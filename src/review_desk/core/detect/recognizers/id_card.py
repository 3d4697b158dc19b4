"""CN_ID_CARD: 居民身份证号 (18 characters with check character, or legacy 15 digits).

Spellings: ``370102199003071235``, ``37010219900307123X``/``…123x``, grouped
``370102 19900307 1235`` (6-8-4) or ``3701 0219 9003 0712 35`` (4-4-4-4-2) with spaces or
hyphens.  An 18-character number is reported only with a correct GB 11643 check character, a
known province code and a real birth date (score 1.0).

**Inside a longer code** the ID is still the holder's ID and is reported (the span is the ID part,
so masking it removes the ID): a 20-digit 残疾人证号 is the ID + category (1-7) + grade (1-4);
学籍号 and 特种作业操作证 numbers are one or two capital letters + the ID (``G370102…``,
``T370102…``).  Longer runs, or more letters, are not IDs.

A 15-digit (pre-1999) number has no check character, so it starts below the threshold (0.4) and
needs evidence: a context word such as ``身份证`` nearby or in its column header, or a roster
shape — a real county code (:mod:`..region_codes`) and a real 19YYMMDD date in a table cell or a
row of cells (tab, ``｜``, two spaces) or in a roster line separated by commas or single spaces
with a sex or age in another cell — unless a serial-number word (编号, 订单, 注册号 …) stands just before it or in its
column header.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re
from presidio_analyzer import RecognizerResult

from ..checksums import valid_cn_id
from ..region_codes import is_region_code
from .base import NA, NB, ChinesePatternRecognizer, strip_separators

__all__ = ["CnIdCardRecognizer", "LEGACY_ROSTER_SCORE", "SERIAL_WORDS"]

#: Score of a legacy 15-digit number that has the shape of an ID in a roster.
LEGACY_ROSTER_SCORE = 0.85
#: Words that make a number a serial, file or order number, not an ID.
SERIAL_WORDS = (
    "编号", "编码", "序号", "订单", "单号", "注册号", "批次", "档案", "流水", "文号", "账号", "帐号", "卡号",
    "凭证", "发票", "合同", "备案", "登记号", "许可证号", "代码", "案号", "工号", "批号", "条码",
)  # fmt: skip

_CELL_SEP = r"(?:\t|\u3000|｜|\||  )"  # the detector sees U+3000 as a space (normalize)
_ROSTER_SEP = r"[，,、；; ]"
_PERSONAL_CELL = re.compile(r"(?:^|[\t\u3000｜|，,、；; ])(?:男|女|\d{1,3}周?岁)(?=$|[\t\u3000｜|，,、；; ])")


class CnIdCardRecognizer(ChinesePatternRecognizer):
    """Resident identity card numbers, validated by checksum and birth date."""

    ENTITY = "CN_ID_CARD"
    PATTERNS = (
        ("cn_id_18", NB + r"\d{17}[\dXx]" + NA, 0.9),
        ("cn_id_18_grouped_6_8_4", NB + r"\d{6}(?P<s>[ -])\d{8}(?P=s)\d{3}[\dXx]" + NA, 0.9),
        (
            "cn_id_18_grouped_4",
            NB + r"\d{4}(?P<s>[ -])\d{4}(?P=s)\d{4}(?P=s)\d{4}(?P=s)\d[\dXx]" + NA,
            0.9,
        ),
        ("cn_id_18_after_letters", r"(?<=" + NB + r"[A-Z]{1,2})\d{17}[\dXx]" + NA, 0.9),
        ("cn_id_18_disability_cert", NB + r"\d{17}[\dXx](?=[1-7][1-4]" + NA + ")", 0.9),
        ("cn_id_15", NB + r"\d{15}" + NA, 0.4),
    )
    CONTEXT = ("身份证", "身份号码", "证件号", "公民身份号码", "身份证号")

    def validate_result(self, pattern_text: str) -> bool | None:
        """18 characters: the full check decides (valid -> score 1.0, else dropped)."""
        s = strip_separators(pattern_text)
        if len(s) == 18:
            return valid_cn_id(s)
        return None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """15 digits: drop unless the province code and the 19YYMMDD date are real."""
        s = strip_separators(pattern_text)
        if len(s) == 15:
            return not valid_cn_id(s)
        return None

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: object,
        context: Sequence[str] | None = None,
    ) -> list[RecognizerResult]:
        """Raise a legacy 15-digit number with the shape of an ID in a roster (module docstring)."""
        for r in raw_recognizer_results:
            if r.end - r.start == 15 and r.score < LEGACY_ROSTER_SCORE and legacy_id_in_roster(
                text, r.start, r.end, context
            ):
                r.score = LEGACY_ROSTER_SCORE
        return raw_recognizer_results


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi == -1 else hi


def legacy_id_in_roster(text: str, start: int, end: int, context: Sequence[str] | None = None) -> bool:
    """Whether the 15-digit number ``text[start:end]`` reads as a legacy ID in a roster."""
    value = text[start:end]
    if not is_region_code(value[:6]) or not valid_cn_id(value):
        return False
    if any(w in c for c in context or () for w in SERIAL_WORDS):
        return False
    lo, hi = _line_bounds(text, start, end)
    before, after = text[lo:start], text[end:hi]
    if any(w in before[-8:] for w in SERIAL_WORDS):
        return False
    if not before.strip() and not after.strip():
        return bool(context)  # a table cell handed over on its own, under a header
    left = not before.strip() or re.search(_CELL_SEP + r"\s*$", before)
    right = not after.strip() or re.match(r"\s*" + _CELL_SEP, after)
    if left and right and (re.search(_CELL_SEP, before) or re.search(_CELL_SEP, after)):
        return True
    left = left or re.search(_ROSTER_SEP + r"\s*$", before)
    right = right or re.match(r"\s*" + _ROSTER_SEP, after)
    return bool(left and right and _PERSONAL_CELL.search(text[lo:hi]))
