"""One definition of a CJK character, shared by the detector, the rules and the masks."""

from __future__ import annotations

import pytest
import regex as re

from review_desk.core.detect.text import CJK, CJK_CLASS, is_cjk


@pytest.mark.parametrize("ch", ["张", "㐀", "䶵", "鿿", "豈", "𠀀", "𪚥", "𰀀"])
def test_cjk(ch: str) -> None:
    assert is_cjk(ch)
    assert re.fullmatch(CJK_CLASS, ch) and re.fullmatch(f"[{CJK}]", ch)


@pytest.mark.parametrize("ch", ["", "a", "1", "·", "，", "\u3000", "〇", "ア", "한"])
def test_not_cjk(ch: str) -> None:
    assert not is_cjk(ch)
    assert not ch or not re.fullmatch(CJK_CLASS, ch)


def test_no_other_definitions_in_the_source() -> None:
    from pathlib import Path

    src = Path(__file__).resolve().parents[3] / "src" / "review_desk"
    offenders = [
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if p.name != "text.py" and any(s in p.read_text(encoding="utf-8") for s in ("\\u4e00", "\\u3400", "\\u9fff"))
    ]
    assert offenders == []


def test_is_cjk_agrees_with_the_class_on_every_code_point() -> None:
    """``is_cjk`` spells the ranges out for speed: it must say what ``CJK_CLASS`` says."""
    pattern = re.compile(CJK_CLASS)
    for o in range(0x110000):
        if 0xD800 <= o <= 0xDFFF:
            continue
        ch = chr(o)
        assert is_cjk(ch) == bool(pattern.fullmatch(ch)), hex(o)
