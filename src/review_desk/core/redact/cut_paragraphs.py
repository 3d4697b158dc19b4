"""Paragraphs cut out entirely (the 抄送 block of a proposal reply) leave no empty paragraph behind.

A finding decided *redact* under a ``style = "cut"`` rule is replaced by nothing; when that leaves a
paragraph (``w:p``) with no text but white space, the paragraph itself goes, so the published copy has
no blank line where the block stood.  The document stays valid: a paragraph is kept when it carries
the section properties (``w:sectPr``), anything that is not plain text (drawings, fields, bookmarks,
comment anchors, notes …), or when it is the last paragraph its container (body, table cell, text box,
header) would have — a table cell and a text box must end with a paragraph, so there a paragraph goes
only when another one follows it.
"""

from __future__ import annotations

from typing import Iterable

from lxml import etree

from review_desk.core.document.model import Segment
from review_desk.core.document.nodepaths import find_node

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P = f"{{{W}}}p"
_T = f"{{{W}}}t"
#: The elements a removable paragraph may hold: properties, runs and their plain text.
_PLAIN = {"pPr", "r", "rPr", "t", "tab", "br", "proofErr", "lastRenderedPageBreak", "softHyphen", "noBreakHyphen"}
_PROPERTIES = {"pPr", "rPr"}  # anything inside these is formatting


def _plain(el: etree._Element) -> bool:
    """Nothing in ``el`` but formatting, runs and text (no sectPr, drawing, field, bookmark …)."""
    for child in el.iterchildren(tag=etree.Element):
        q = etree.QName(child)
        if q.namespace != W or q.localname not in _PLAIN:
            return False
        if q.localname in _PROPERTIES:
            if child.find(f".//{{{W}}}sectPr") is not None:
                return False  # the paragraph ends a section
            continue  # formatting
        if not _plain(child):
            return False
    return True


def _blank(paragraph: etree._Element) -> bool:
    return not "".join(t.text or "" for t in paragraph.iter(_T)).strip()


def _removable(paragraph: etree._Element) -> bool:
    parent = paragraph.getparent()
    if parent is None or not _plain(paragraph):
        return False
    if etree.QName(parent).localname == "body":
        return any(p is not paragraph for p in parent.iterchildren(_P))  # the body keeps a paragraph
    return any(True for _ in paragraph.itersiblings(_P))  # a cell, text box … still ends with one


def cut_paragraphs(root: etree._Element, segments: Iterable[Segment]) -> int:
    """Remove from the parsed part ``root`` each paragraph of ``segments`` (the ones whose every
    character a cut replaced; already edited) that is now blank and can go; returns how many went."""
    paragraphs: list[etree._Element] = []
    for node in dict.fromkeys(p.node for seg in segments for p in seg.pieces
                              if not p.synthetic and p.attr is None and not p.tail):
        el = find_node(root, node)
        paragraph = None if el is None else next(el.iterancestors(_P), None)
        if paragraph is not None and all(paragraph is not p for p in paragraphs):
            paragraphs.append(paragraph)
    removed = 0
    for paragraph in paragraphs:
        if _blank(paragraph) and _removable(paragraph):
            paragraph.getparent().remove(paragraph)
            removed += 1
    return removed
