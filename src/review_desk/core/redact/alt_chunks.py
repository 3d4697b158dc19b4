"""``w:altChunk`` in the published copy: converted into ordinary paragraphs, never copied unread.

Word merges an alternative-format chunk (an embedded .docx, HTML, MHTML or text file) into the
text when it opens the document, so a reader of the published file sees it.  The reader read each
chunk as paragraphs (:mod:`review_desk.core.document.alt_chunks`); here every ``w:altChunk``
element is replaced, in place, by one plain paragraph per paragraph read, with the redactions
applied to that text, and the chunk part and its relationship are removed.  The copy's text is
then read back and residual-checked like any other paragraph.  A chunk that could not be read
(RTF, an unknown format) is removed and reported.  Formatting inside a chunk (tables, fonts) is
not carried over: only its text is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from review_desk.core.document.alt_chunks import LOCATION_PREFIX, alt_chunk_targets
from review_desk.core.document.model import Document
from review_desk.core.document.namespaces import W_NAMESPACES, split_tag

from .edits import SegmentEdit, apply_text_edits
from .package_editor import PackageEditor

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def chunk_parts(editor: PackageEditor) -> list[str]:
    """The parts of the package that are ``w:altChunk`` targets."""
    return alt_chunk_targets(editor.names, editor.types, editor.tree)


def _redacted(text: str, edits: Sequence[SegmentEdit]) -> str:
    return _NOT_XML.sub("", apply_text_edits(text, list(edits)))


def _number(location: str) -> int:
    return int(location[len(LOCATION_PREFIX) : location.index("]")])


def _paragraph(w: str, text: str) -> etree._Element:
    p = etree.Element(f"{{{w}}}p")
    if text:
        t = etree.SubElement(etree.SubElement(p, f"{{{w}}}r"), f"{{{w}}}t")
        t.text = text
        if text != text.strip():
            t.set(_XML_SPACE, "preserve")
    return p


def convert_alt_chunks(editor: PackageEditor, document: Document,  # noqa: C901 - one pass per chunk part; to split
                       edits: dict[str, list[SegmentEdit]]) -> tuple[int, int]:
    """Replace every ``w:altChunk`` by its redacted paragraphs; remove the chunk parts.

    ``edits``: the (merged) segment edits of the chunk parts, by part.  Returns ``(converted,
    removed unread)``.
    """
    targets = chunk_parts(editor)
    if not targets:
        return 0, 0
    by_location: dict[tuple[str, str], list[SegmentEdit]] = {}
    for part_edits in edits.values():
        for edit in part_edits:
            by_location.setdefault((edit.part, edit.location), []).append(edit)
    texts: dict[str, list[tuple[int, str]]] = {}
    for seg in document.segments:
        if seg.part in targets and seg.location.startswith(LOCATION_PREFIX):
            mine = by_location.get((seg.part, seg.location), [])
            texts.setdefault(seg.part, []).append((_number(seg.location), _redacted(seg.text, mine)))
    paragraphs = {part: [t for _n, t in sorted(found)] for part, found in texts.items()}
    converted = removed = 0
    for rels in editor.rels_parts():
        source = editor.source_of(rels)
        if not editor.has(source) or not editor.is_xml(source) or source in targets:
            continue
        ids = {el.get("Id"): target for el, kind, target, external in editor.targets(source)
               if kind == "aFChunk" and not external}
        if not ids:
            continue
        root = editor.tree(source)
        for el in [e for e in root.iter(tag=etree.Element) if split_tag(e.tag)[1] == "altChunk"]:
            w = split_tag(el.tag)[0]
            if w not in W_NAMESPACES or el.getparent() is None:
                continue
            rel_id = next((v for k, v in el.attrib.items() if split_tag(k)[1] == "id"), None)
            target = ids.get(rel_id) if rel_id is not None else None
            for text in paragraphs.get(target or "", []):
                el.addprevious(_paragraph(w, text))
            if target in paragraphs:
                converted += 1
            else:
                removed += 1
            parent = el.getparent()
            parent.remove(el)
            if split_tag(parent.tag)[1] == "tc" and parent.find(f"{{{w}}}p") is None:
                parent.append(_paragraph(w, ""))  # a table cell must end with a paragraph
    for target in targets:
        if editor.has(target):
            editor.remove(target)
    return converted, removed
