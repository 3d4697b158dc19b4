"""Canonical JSON: the bytes that are hashed and signed must be stable."""

from __future__ import annotations

import pytest

from review_desk.core.audit import canonical_json


def test_sorted_compact_utf8():
    assert canonical_json({"b": 1, "a": [True, None, "审查"]}) == '{"a":[true,null,"审查"],"b":1}'.encode()
    assert canonical_json({"z": {"y": 1, "x": 2}}) == b'{"z":{"x":2,"y":1}}'


def test_stable_regardless_of_insertion_order():
    assert canonical_json({"a": 1, "b": 2}) == canonical_json({"b": 2, "a": 1})


def test_tuple_written_as_list():
    assert canonical_json({"t": (1, 2)}) == b'{"t":[1,2]}'


@pytest.mark.parametrize("bad", [1.5, {"a": 0.1}, [1, [2.0]], {"a": float("nan")}])
def test_floats_refused(bad):
    with pytest.raises(TypeError, match="float"):
        canonical_json(bad)


@pytest.mark.parametrize("bad", [{1: "a"}, {"a": b"bytes"}, {"a": {1, 2}}, object(), "\ud800"])
def test_other_types_refused(bad):
    with pytest.raises(TypeError):
        canonical_json(bad)
