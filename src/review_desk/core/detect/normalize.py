"""Full-width to ASCII normalisation that keeps every offset, and invisible characters taken out
with a map back to the original offsets.

Chinese documents often type numbers, e-mail addresses and brackets in full-width forms
(``３７０１…``, ``（０５３１）``, ``ｚｈａｎｇ＠１６３．ｃｏｍ``).  Recognizers match on
:func:`normalize`'s output; because the mapping is strictly one code point to one code point,
a span found in the normalised text is the same span in the original text, and findings keep
reporting the original characters.  Spacing characters (no-break space, narrow no-break space,
figure space, ideographic space U+3000) become an ASCII space in that same-length mapping.

Invisible characters (zero-width space, joiners, word joiner, BOM, soft hyphen, bidi marks) cannot
be mapped one to one without breaking every pattern they sit in (``138\u200b1234\u200b5678``), so
:func:`fold` removes them and keeps, for each remaining character, its offset in the original:
a span found in the folded text maps back to the original span, invisible characters inside it
included.  :func:`compact` (allow list, residual check) drops them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["INVISIBLE", "Folded", "compact", "fold", "normalize", "without_invisible"]

#: Characters that take no room on screen: zero-width space / non-joiner / joiner, word joiner,
#: byte-order mark (zero-width no-break space), soft hyphen, left-to-right / right-to-left and
#: other bidirectional marks, invisible operators.  Typed between the digits of an ID number they
#: look like the plain number but break every pattern; :func:`fold` takes them out.
INVISIBLE = ("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f"
             "\u202a\u202b\u202c\u202d\u202e\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069")
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


def _build_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for i in range(10):
        table[0xFF10 + i] = ord("0") + i  # ０-９
    for i in range(26):
        table[0xFF21 + i] = ord("A") + i  # Ａ-Ｚ
        table[0xFF41 + i] = ord("a") + i  # ａ-ｚ
    for full, ascii_ in {
        "＋": "+",
        "－": "-",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash, as in 0531—86123456
        "\u2212": "-",  # minus sign
        "\ufe63": "-",  # small hyphen-minus
        "（": "(",
        "）": ")",
        "＠": "@",
        "．": ".",
        "＿": "_",
        "\u3000": " ",  # ideographic space
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2007": " ",  # figure space
    }.items():
        table[ord(full)] = ord(ascii_)
    return table


_TABLE = _build_table()


def normalize(text: str) -> str:
    """Map full-width digits, Latin letters, ``＋－（）＠．＿`` and odd spaces to ASCII.

    ``len(normalize(text)) == len(text)`` always holds.
    """
    return text.translate(_TABLE)


_COMPACT_DROP = str.maketrans("", "", " \t\r\n-()[]【】·・" + INVISIBLE)


def compact(text: str) -> str:
    """Normalised *text* without spaces, hyphens and brackets (for allow-list comparison)."""
    return normalize(text).translate(_COMPACT_DROP)


@dataclass(frozen=True)
class Folded:
    """A text as the detectors see it: :func:`normalize`'d, invisible characters taken out.

    ``origin[i]`` is the index in the original text of character ``i`` of ``text`` (``None``: the
    text had no invisible character and offsets are the same).  :meth:`span` maps a span found in
    ``text`` back to the original, covering the invisible characters inside it, so that a finding
    reports — and a mask replaces — every character the reader saw, the invisible ones included.
    """

    text: str
    origin: tuple[int, ...] | None = None
    length: int = 0  # of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.length
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> Folded:
    """``normalize(text)`` without its invisible characters, with the map back to ``text``."""
    norm = normalize(text)
    if not _INVISIBLE_RE.search(norm):
        return Folded(norm, None, len(text))
    keep = tuple(i for i, c in enumerate(norm) if c not in INVISIBLE)
    return Folded("".join(norm[i] for i in keep), keep, len(text))


def without_invisible(text: str) -> str:
    """``text`` without its invisible characters (a mask is made from what the reader sees)."""
    return _INVISIBLE_RE.sub("", text)
