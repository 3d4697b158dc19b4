"""Full-width to ASCII normalisation that keeps every offset.

Chinese documents often type numbers, e-mail addresses and brackets in full-width forms
(``３７０１…``, ``（０５３１）``, ``ｚｈａｎｇ＠１６３．ｃｏｍ``).  Recognizers match on
:func:`normalize`'s output; because the mapping is strictly one code point to one code point,
a span found in the normalised text is the same span in the original text, and findings keep
reporting the original characters.
"""

from __future__ import annotations

__all__ = ["compact", "normalize"]


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


_COMPACT_DROP = str.maketrans("", "", " \t\r\n-()[]【】·・")


def compact(text: str) -> str:
    """Normalised *text* without spaces, hyphens and brackets (for allow-list comparison)."""
    return normalize(text).translate(_COMPACT_DROP)
