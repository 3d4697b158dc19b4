"""Text edits: a replacement of characters ``[start, end)`` of one segment, turned into edits of the
XML nodes those characters came from, then applied to the parsed parts.

An entity split over several runs is edited run by run, so every run keeps its own properties
(bold, colour, East Asian font, size).  A same-length replacement (``138****1234`` for
``13812341234``) is distributed character by character over the runs; any other replacement goes
into the first run and the entity's characters in the following runs are removed.  Tabs and breaks
inside an entity (synthetic characters) stay.  Attribute values (authors, alt text, hyperlink
targets, property names) and mixed-content tails are edited the same way.

Before a node is changed its current text is compared with what the reader read there; a
difference means the package is not the one that was read, and :class:`EditMismatch` is raised
(fail closed: better no output than a wrong one).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from lxml import etree

from review_desk.core.document.model import Segment
from review_desk.core.document.nodepaths import NodePaths
from review_desk.core.errors import ErrorCode, MessageError

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class EditMismatch(MessageError):
    """The package does not hold the text the reader saw at a node."""

    error_code = ErrorCode.EDIT_MISMATCH


@dataclass(frozen=True)
class SegmentEdit:
    """Replace ``[start, end)`` of segment ``(part, location)`` by ``replacement``."""

    part: str
    location: str
    start: int
    end: int
    replacement: str
    entity_type: str
    value: str  # the original text (for the residual check)


@dataclass(frozen=True)
class NodeEdit:
    part: str
    node: str
    attr: str | None
    tail: bool
    start: int
    end: int
    original: str
    text: str


def merge_segment_edits(edits: list[SegmentEdit]) -> list[SegmentEdit]:
    """Overlapping edits of one segment as one: an edit inside another disappears into it; two that
    only overlap become their union (the first's replacement, then ``*`` for the rest)."""
    by_segment: dict[tuple[str, str], list[SegmentEdit]] = defaultdict(list)
    for edit in edits:
        by_segment[(edit.part, edit.location)].append(edit)
    merged: list[SegmentEdit] = []
    for group in by_segment.values():
        group.sort(key=lambda e: (e.start, -e.end))
        out: list[SegmentEdit] = []
        for edit in group:
            if out and edit.start < out[-1].end:
                last = out[-1]
                if edit.end > last.end:
                    value = last.value + edit.value[last.end - edit.start :]
                    out[-1] = SegmentEdit(last.part, last.location, last.start, edit.end,
                                          last.replacement + "*" * (edit.end - last.end), last.entity_type, value)
                continue
            out.append(edit)
        merged.extend(out)
    return merged


def apply_text_edits(text: str, edits: list[SegmentEdit]) -> str:
    """``text`` with merged (non-overlapping) ``edits`` applied, in one pass."""
    out: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(text[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


def node_edits(segment: Segment, edit: SegmentEdit) -> list[NodeEdit]:
    """The node edits that apply ``edit`` to ``segment``'s pieces."""
    pieces = [p for p in segment.pieces_for(edit.start, edit.end) if not p.synthetic]
    if not pieces:
        return []
    length = edit.end - edit.start
    spread = len(edit.replacement) == length
    out = []
    for index, piece in enumerate(pieces):
        s, e = max(edit.start, piece.start), min(edit.end, piece.end)
        if spread:
            text = edit.replacement[s - edit.start : e - edit.start]
        else:
            text = edit.replacement if index == 0 else ""
        out.append(
            NodeEdit(
                part=segment.part,
                node=piece.node,
                attr=piece.attr,
                tail=piece.tail,
                start=s - piece.start,
                end=e - piece.start,
                original=segment.text[s:e],
                text=text,
            )
        )
    return out


def _merge(edits: list[NodeEdit]) -> list[NodeEdit]:
    """Identical edits once; overlapping edits of one node as one edit over their union."""
    ordered = sorted(set(edits), key=lambda e: (e.start, -(e.end - e.start)))
    merged: list[NodeEdit] = []
    for edit in ordered:
        if merged and edit.start < merged[-1].end:
            last = merged[-1]
            if edit.end > last.end:
                extra = "*" * (edit.end - last.end)
                merged[-1] = NodeEdit(last.part, last.node, last.attr, last.tail, last.start, edit.end,
                                      last.original + edit.original[last.end - edit.start :], last.text + extra)
            continue
        merged.append(edit)
    return merged


def _read_value(el: etree._Element, attr: str | None, tail: bool) -> str:
    if attr is not None:
        return el.get(attr, "")
    return (el.tail if tail else el.text) or ""


def _write_value(el: etree._Element, attr: str | None, tail: bool, value: str) -> None:
    if attr is not None:
        if attr == "Target" and el.get("TargetMode", "").lower() == "external":
            value = quote(value, safe=":/?#[]@!$&'()*+,;=%-._~")  # a link target stays a valid URI
        el.set(attr, value)
    elif tail:
        el.tail = value
    else:
        el.text = value
        if value != value.strip() and etree.QName(el).localname in ("t", "delText", "instrText"):
            el.set(XML_SPACE, "preserve")


def apply_node_edits(root: etree._Element, edits: list[NodeEdit]) -> int:
    """Apply the edits of one part to its parsed ``root``; returns the number of nodes changed."""
    paths = NodePaths()
    index = {paths.path(el): el for el in root.iter(tag=etree.Element)}
    by_node: dict[tuple[str, str | None, bool], list[NodeEdit]] = defaultdict(list)
    for edit in edits:
        by_node[(edit.node, edit.attr, edit.tail)].append(edit)
    changed = 0
    for (node, attr, tail), node_list in by_node.items():
        el = index.get(node)
        if el is None:
            raise EditMismatch(f"node {node} not found in {node_list[0].part}")
        value = _read_value(el, attr, tail)
        out: list[str] = []  # one pass: thousands of edits in one long run stay linear
        pos = 0
        for edit in _merge(node_list):
            if value[edit.start : edit.end] != edit.original:
                raise EditMismatch(
                    f"{edit.part} {node}: expected {edit.original!r} at {edit.start}, found "
                    f"{value[edit.start:edit.end]!r}"
                )
            out.append(value[pos : edit.start])
            out.append(edit.text)
            pos = edit.end
        out.append(value[pos:])
        _write_value(el, attr, tail, "".join(out))
        changed += 1
    return changed
