"""Plain data types for a read document: segments of text and where each character came from.

A :class:`Document` is a list of :class:`Segment`.  A segment is one unit of running text (a
paragraph, a comment author, a property value, a hyperlink target, ...) inside one package part.
Its ``pieces`` map every character range of ``text`` back to the XML node (and attribute) it was
read from, so that an entity split over several runs with different formatting is one finding and
the writer can later change exactly those runs.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from dataclasses import dataclass, field
from enum import Enum


class SegmentKind(str, Enum):
    """What kind of place a segment was read from (README: "Where it reads a .docx")."""

    PARAGRAPH = "paragraph"  # body / table cell / header / footer / note / comment / text box text
    DELETED = "deleted"  # the pre-revision view of a paragraph that has tracked deletions
    FIELD_CODE = "field_code"  # w:instrText runs or w:fldSimple/@w:instr
    AUTHOR = "author"  # w:author / w:initials / people.xml author and user ids
    HYPERLINK = "hyperlink"  # relationship Target of a hyperlink (mailto:, http:)
    ALT_TEXT = "alt_text"  # wp:docPr/@descr, @title, v:shape/@alt
    CONTENT_CONTROL = "content_control"  # w:sdt tag / alias / data binding / placeholder
    PROPERTY = "property"  # docProps core / app / custom values
    CUSTOM_XML = "custom_xml"  # customXml/item*.xml text and attribute values
    DOC_VARIABLE = "doc_variable"  # w:docVar name/value in settings.xml
    BOOKMARK = "bookmark"  # w:bookmarkStart/@w:name
    OTHER_XML = "other_xml"  # text in any other XML part (charts, diagrams, ...)
    TEXT = "text"  # a line/paragraph of a plain-text document


@dataclass(frozen=True)
class TextPiece:
    """Characters ``[start, end)`` of a segment's text and the node they were read from.

    ``node`` is the lxml path of the element inside ``part`` (``tree.getpath(el)``); ``attr`` is the
    qualified attribute name (Clark notation ``{ns}local``) when the text is an attribute value,
    else ``None`` (the element's text).  ``synthetic`` pieces (a tab or break rendered as ``\\t`` /
    ``\\n``) have no editable text behind them.  ``hidden`` marks text formatted as hidden
    (``w:vanish`` and friends); ``deleted`` marks ``w:delText`` / moved-from text.
    ``tail`` marks text that is the ``.tail`` of the element at ``node`` (the text after its end
    tag; only in mixed-content XML such as ``customXml/item1.xml``), not its ``.text``.
    """

    start: int
    end: int
    node: str
    attr: str | None = None
    synthetic: bool = False
    hidden: bool = False
    deleted: bool = False
    tail: bool = False


@dataclass(frozen=True)
class Segment:
    """One unit of text in one package part.

    ``part`` is the package part name without leading slash (``word/document.xml``,
    ``word/header1.xml``, ``docProps/core.xml``) or ``"text"`` for plain-text files.
    ``location`` is a short human-readable place (``表格1 行2 列3 段1``-style is the GUI's job; here
    an ASCII locator such as ``body/p[12]``, ``tbl[1]/tr[2]/tc[3]/p[1]``, ``comment[3]/@author``,
    ``core/dc:creator``) that is unique within the part.
    For plain text ``offset`` is the segment's code-point offset in the whole decoded text.
    """

    part: str
    location: str
    kind: SegmentKind
    text: str
    pieces: tuple[TextPiece, ...] = ()
    offset: int = 0

    @cached_property
    def _piece_starts(self) -> list[int] | None:
        """The pieces' starts when they are in order (as readers build them), else ``None``."""
        starts = [p.start for p in self.pieces]
        ordered = all(a.end <= b.start for a, b in zip(self.pieces, self.pieces[1:]))
        return starts if ordered else None

    def pieces_for(self, start: int, end: int) -> tuple[TextPiece, ...]:
        """The pieces that overlap characters ``[start, end)`` of this segment.

        A binary search over the pieces' starts: a paragraph of 100,000 runs with thousands of
        findings costs findings x log(runs), not findings x runs.
        """
        starts = self._piece_starts
        if starts is None:
            return tuple(p for p in self.pieces if p.start < end and p.end > start)
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        out = []
        while index < len(starts) and starts[index] < end:
            piece = self.pieces[index]
            if piece.end > start:
                out.append(piece)
            index += 1
        return tuple(out)


class DocumentFormat(str, Enum):
    DOCX = "docx"
    TEXT = "text"


@dataclass(frozen=True)
class Document:
    """A read document: its bytes' SHA-256, its format and its segments in reading order."""

    path: str
    sha256: str
    format: DocumentFormat
    segments: tuple[Segment, ...]
    encoding: str | None = None  # plain text only: the detected encoding
    notes: tuple[str, ...] = field(default=())  # things present but not readable as text (embedded objects, images)

    @property
    def char_count(self) -> int:
        return sum(len(s.text) for s in self.segments)

    def occurrences(self, text: str) -> list[tuple[Segment, int]]:
        """``(segment, start)`` of every occurrence of ``text``, in reading order; ``start`` is in
        finding coordinates (into the segment for .docx, into the whole text for plain text)."""
        out: list[tuple[Segment, int]] = []
        if not text:
            return out
        for seg in self.segments:
            base = seg.offset if self.format is DocumentFormat.TEXT else 0
            start = seg.text.find(text)
            while start >= 0:
                out.append((seg, base + start))
                start = seg.text.find(text, start + len(text))
        return out
