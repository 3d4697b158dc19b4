"""Scanner helpers: the pre-check that lets the name propagation skip texts without any name."""

from __future__ import annotations

from review_desk.core.detect.scanner import _may_mention


def test_may_mention_is_a_necessary_condition():
    heads = frozenset(n[:2] for n in ("董东明", "欧阳明华", "李四"))
    assert _may_mention("其中董东明的工资", heads)
    assert _may_mention("欧阳", heads)  # a head alone: the propagation itself decides
    assert _may_mention("李四", heads)
    assert not _may_mention("董事会决议", heads)
    assert not _may_mention("李", heads) and not _may_mention("", heads)
