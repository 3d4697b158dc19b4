"""Text budgets: how many characters a document, and one paragraph of it, may hold after
decompression.

The byte limits (:mod:`.guard`: 50 MB per file; :mod:`.package`: 256 MiB inflated, ratio 500)
stop zip bombs, but a 42 KB .docx can still hold one paragraph of a million characters, which no
reviewer can review and which would keep detection busy for many minutes.  A read document over
either budget is refused with :attr:`ErrorCode.TOO_LARGE` before any detection starts.

Defaults: :data:`DEFAULT_MAX_CHARS` (2,000,000 characters, some 1,300 pages of Chinese text) per
document and :data:`DEFAULT_MAX_PARAGRAPH_CHARS` (500,000) per paragraph — any segment: a
paragraph, a line of a plain-text file, an attribute value.  Both can be set per call
(:func:`review_desk.core.document.read_document`) or for a whole installation with the
environment variables ``REVIEW_DESK_MAX_CHARS`` and ``REVIEW_DESK_MAX_PARAGRAPH_CHARS``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DocumentError, ErrorCode, ReviewDeskError
from .model import Segment

DEFAULT_MAX_CHARS = 2_000_000
DEFAULT_MAX_PARAGRAPH_CHARS = 500_000
ENV_MAX_CHARS = "REVIEW_DESK_MAX_CHARS"
ENV_MAX_PARAGRAPH_CHARS = "REVIEW_DESK_MAX_PARAGRAPH_CHARS"


@dataclass(frozen=True)
class TextLimits:
    max_chars: int = DEFAULT_MAX_CHARS
    max_paragraph_chars: int = DEFAULT_MAX_PARAGRAPH_CHARS

    @classmethod
    def from_env(cls) -> "TextLimits":
        """The limits set in the environment, else the defaults."""
        return cls(_env_int(ENV_MAX_CHARS, DEFAULT_MAX_CHARS),
                   _env_int(ENV_MAX_PARAGRAPH_CHARS, DEFAULT_MAX_PARAGRAPH_CHARS))

    def scaled(self, factor: int) -> "TextLimits":
        """Room for a written copy read back (replacement marks may be longer than the values)."""
        return TextLimits(self.max_chars * factor, self.max_paragraph_chars * factor)

    def check(self, segments: Iterable[Segment], path: str) -> None:
        """Raise ``TOO_LARGE`` when a segment or the whole text is over its budget."""
        name = Path(path).name or path
        total = 0
        for seg in segments:
            size = len(seg.text)
            if size > self.max_paragraph_chars:
                where = "a line" if seg.part == "text" else f"{seg.part} {seg.location}"
                raise DocumentError(
                    ErrorCode.TOO_LARGE,
                    f"The file '{name}' has {size:,} characters in one paragraph ({where}); the limit is "
                    f"{self.max_paragraph_chars:,} per paragraph ({ENV_MAX_PARAGRAPH_CHARS}).",
                    path,
                )
            total += size
            if total > self.max_chars:
                raise DocumentError(
                    ErrorCode.TOO_LARGE,
                    f"The file '{name}' has more than {self.max_chars:,} characters of text; that is the "
                    f"limit per document ({ENV_MAX_CHARS}). Split it into smaller documents.",
                    path,
                )


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip().replace("_", "").replace(",", "")
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise ReviewDeskError(ErrorCode.USAGE, f"{name} must be a positive whole number of characters, not "
                              f"{os.environ.get(name)!r}.")
    return int(raw)
