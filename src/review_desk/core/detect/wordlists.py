"""Allow- and deny-list files: loading and the packaged default allow list.

Format (UTF-8): one entry per line; blank lines and lines starting with ``#`` are ignored, and
so is anything after whitespace + ``#`` (an inline comment).  Deny-list lines may be
``TEXT<TAB>TYPE``; the type defaults to ``PERSON``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex as re

from review_desk.core.paths import resource

__all__ = [
    "BUILTIN_PUBLIC_SERVICE_NUMBERS",
    "default_allow_list",
    "default_allow_list_path",
    "load_deny_list",
    "load_word_list",
]

_INLINE_COMMENT = re.compile(r"\s+#.*$")

#: Used when the resources folder cannot be found (a broken install).
BUILTIN_PUBLIC_SERVICE_NUMBERS: tuple[str, ...] = (
    "110", "119", "120", "122", "12110", "12119", "12315", "12319", "12320", "12328", "12329",
    "12333", "12336", "12338", "12345", "12348", "12351", "12355", "12356", "12358", "12363",
    "12365", "12366", "12368", "12369", "12377", "12378", "12380", "12381", "12388", "12390",
    "12393", "12395", "95518", "95588", "95599", "95533", "95566", "95555", "95559", "95528",
    "95595", "95580", "95508", "95568", "95558", "95577", "95561", "95526",
)  # fmt: skip


def _lines(path: Path) -> list[str]:
    out: list[str] = []
    for raw in Path(path).read_text(encoding="utf-8-sig").splitlines():
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        line = _INLINE_COMMENT.sub("", line).strip()
        if line:
            out.append(line)
    return out


def load_word_list(path: str | Path) -> tuple[str, ...]:
    """Entries (lines) of an allow/deny file, in file order, without duplicates.

    Lines are returned whole: a deny line keeps its ``<TAB>TYPE`` part for the caller to split
    (:func:`load_deny_list` does that).
    """
    seen: dict[str, None] = {}
    for line in _lines(Path(path)):
        seen.setdefault(line, None)
    return tuple(seen)


def load_deny_list(path: str | Path, default_type: str = "PERSON") -> tuple[tuple[str, str], ...]:
    """``(text, entity_type)`` pairs of a deny file (``TEXT<TAB>TYPE``, type default PERSON)."""
    out: dict[str, str] = {}
    for line in _lines(Path(path)):
        text, _, entity_type = line.partition("\t")
        text = text.strip()
        if text:
            out.setdefault(text, entity_type.strip() or default_type)
    return tuple(out.items())


def default_allow_list_path() -> Path | None:
    """``resources/policies/allow_list.txt`` (see :mod:`review_desk.core.paths`), if present."""
    path = resource("policies", "allow_list.txt")
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def default_allow_list() -> tuple[str, ...]:
    """The packaged allow list, or :data:`BUILTIN_PUBLIC_SERVICE_NUMBERS` if it is missing."""
    path = default_allow_list_path()
    return load_word_list(path) if path else BUILTIN_PUBLIC_SERVICE_NUMBERS
