"""Canonical JSON: the exact bytes that are hashed and signed in the audit log.

``canonical_json(obj)`` is ``json.dumps(obj, sort_keys=True, separators=(",", ":"),
ensure_ascii=False, allow_nan=False)`` encoded as UTF-8.  Only dicts with string keys, lists
(tuples are written as lists), strings, integers, booleans and ``None`` are accepted; floats are
refused because their text form is not stable across producers (use integers or strings).
Any other type raises ``TypeError``.
"""

from __future__ import annotations

import json


def _check(value: object, where: str) -> None:
    if value is None or isinstance(value, (str, bool, int)):
        return
    if isinstance(value, float):
        raise TypeError(f"{where}: floats are not allowed in canonical JSON (use an int or a string)")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where}: object keys must be strings, not {type(key).__name__}")
            _check(item, f"{where}.{key}")
        return
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _check(item, f"{where}[{index}]")
        return
    raise TypeError(f"{where}: {type(value).__name__} cannot be written as canonical JSON")


def canonical_json(obj: object) -> bytes:
    """The canonical UTF-8 JSON bytes of ``obj`` (see the module docstring)."""
    _check(obj, "value")
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates
        raise TypeError(f"value: text that is not valid Unicode cannot be written ({exc.reason})") from None
