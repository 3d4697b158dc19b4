"""A partial mask keeps the start of its value (an address cut back to its county); another
redacted value inside that kept part gets its own replacement there, so that the residual check
never finds it in the output.  Invented values."""

from __future__ import annotations

from review_desk.core.redact.edits import SegmentEdit
from review_desk.core.redact.engine import _no_value_in_kept_parts


def _edit(value: str, replacement: str, kind: str) -> SegmentEdit:
    return SegmentEdit("document", "line 1", 0, len(value), replacement, kind, value)


def test_a_name_inside_a_kept_county_is_masked_there_too():
    edits = [_edit("达拉特", "达**", "PERSON"), _edit("达拉特旗王爱召镇乌兰嘎查六社", "达拉特旗王爱召镇***", "CN_ADDRESS")]
    out = _no_value_in_kept_parts(edits)
    assert [e.replacement for e in out] == ["达**", "达**旗王爱召镇***"]


def test_replacements_without_other_values_are_left_alone():
    edits = [_edit("张某某", "张**", "PERSON"), _edit("历城区花园路101号", "历城区***", "CN_ADDRESS"),
             _edit("13812345678", "138****5678", "PHONE_NUMBER")]
    assert _no_value_in_kept_parts(edits) == edits
