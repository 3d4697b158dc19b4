"""Plain-text documents (.txt, .md): encoding detection and one TEXT segment per non-blank line.

Encoding, in this order:

1. a byte-order mark: UTF-32 LE/BE, UTF-8 (``utf-8-sig``), UTF-16 LE/BE;
2. NUL bytes present: UTF-16 without BOM when the zero bytes sit (almost) all at odd positions
   (``utf-16-le``) or all at even positions (``utf-16-be``) and the result looks like text
   (few unassigned / private-use characters); otherwise the file is binary;
3. strict UTF-8;
4. strict GB18030 (a superset of GBK and GB2312).

Decoded text with many control characters is refused as binary.  Lines are split on ``\\r\\n``,
``\\r`` and ``\\n`` without changing the text: a segment's ``offset`` is the code-point offset of its
line in the decoded text, ``location`` is ``line N`` (1-based, counting blank lines too).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import DocumentError, ErrorCode
from .model import Segment, SegmentKind, TextPiece

TEXT_PART = "text"
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)
_NEWLINE = re.compile(r"\r\n|\r|\n")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]")
_UTF16_ZERO_SHARE = 0.95  # share of the zero bytes that must sit on one parity
_UTF16_MIN_ZEROS = 0.02  # ... and they must be at least this share of the code units


def _encoding_error(path: str, why: str) -> DocumentError:
    name = Path(path).name or path
    return DocumentError(
        ErrorCode.ENCODING,
        f"The text file '{name}' cannot be read: {why}. Save it as UTF-8 text and try again.",
        path,
    )


def _looks_binary(text: str) -> bool:
    controls = len(_CONTROL.findall(text))
    return controls > 0 and controls * 100 > len(text)


def _implausible(text: str) -> bool:
    """Unassigned or private-use characters in more than 1% of ``text`` (random bytes, not text)."""
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cn", "Co"))
    return odd * 100 > len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when the NUL bytes fall on one parity, else ``None``."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    zeros = even + odd
    units = len(data) // 2
    if odd >= _UTF16_ZERO_SHARE * zeros and odd >= _UTF16_MIN_ZEROS * units:
        return "utf-16-le"
    if even >= _UTF16_ZERO_SHARE * zeros and even >= _UTF16_MIN_ZEROS * units:
        return "utf-16-be"
    return None


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """``(text, encoding)`` of a plain-text file's bytes; raises ``ENCODING`` when undecidable."""
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise _encoding_error(path, f"it starts with a {name} byte-order mark but is not valid {name}") from exc
            break
    else:
        if b"\x00" in data:
            utf16 = _utf16_without_bom(data)
            if utf16 is None:
                raise _encoding_error(path, "it contains binary data (NUL bytes), not text")
            name = utf16
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise _encoding_error(path, "it contains binary data (NUL bytes), not text") from exc
            if _implausible(text):
                raise _encoding_error(path, "it contains binary data (NUL bytes), not text")
        else:
            for name in ("utf-8", "gb18030"):
                try:
                    text = data.decode(name)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise _encoding_error(path, "its bytes are neither UTF-8, UTF-16 nor GB18030 (GBK) text")
    if _looks_binary(text):
        raise _encoding_error(path, "it contains binary data (control characters), not text")
    return text, name


def text_segments(text: str) -> list[Segment]:
    """One TEXT segment per non-blank line; offsets are code-point offsets into ``text``."""
    segments = []
    start = 0
    number = 1

    def add(end: int) -> None:
        line = text[start:end]
        if line.strip():
            loc = f"line {number}"
            segments.append(
                Segment(
                    part=TEXT_PART,
                    location=loc,
                    kind=SegmentKind.TEXT,
                    text=line,
                    pieces=(TextPiece(0, len(line), loc),),
                    offset=start,
                )
            )

    for match in _NEWLINE.finditer(text):
        add(match.start())
        start = match.end()
        number += 1
    add(len(text))
    return segments
