"""Building segments from text atoms: each atom is one node's text (or one synthetic character).

Readers collect :class:`Atom` objects in reading order; :func:`build_segment` concatenates them into
one :class:`Segment` whose pieces map every character range back to its atom's node.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Segment, SegmentKind, TextPiece


@dataclass(slots=True)
class Atom:
    """A run of text read from one node (element text, tail or attribute) of a part."""

    text: str
    node: str
    attr: str | None = None
    synthetic: bool = False
    hidden: bool = False
    deleted: bool = False
    inserted: bool = False  # w:ins / w:moveTo: absent from the pre-revision (DELETED) view
    tail: bool = False


def build_segment(part: str, location: str, kind: SegmentKind, atoms: list[Atom]) -> Segment | None:
    """One segment made of ``atoms``; ``None`` when their text is empty or whitespace only."""
    texts: list[str] = []
    pieces: list[TextPiece] = []
    pos = 0
    for atom in atoms:
        if not atom.text:
            continue
        end = pos + len(atom.text)
        pieces.append(
            TextPiece(
                start=pos,
                end=end,
                node=atom.node,
                attr=atom.attr,
                synthetic=atom.synthetic,
                hidden=atom.hidden,
                deleted=atom.deleted,
                tail=atom.tail,
            )
        )
        texts.append(atom.text)
        pos = end
    text = "".join(texts)
    if not text.strip():
        return None
    return Segment(part=part, location=location, kind=kind, text=text, pieces=tuple(pieces))


def single_segment(
    part: str, location: str, kind: SegmentKind, text: str | None, node: str, attr: str | None = None, *, tail: bool = False
) -> Segment | None:
    """A segment holding one node's whole text or attribute value (``None`` if blank)."""
    if text is None:
        return None
    return build_segment(part, location, kind, [Atom(text, node, attr, tail=tail)])
