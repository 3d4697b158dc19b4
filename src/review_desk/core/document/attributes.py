"""Text kept in attributes (and stray element text) anywhere in a part, one segment per occurrence.

Rules (README: "Where it reads a .docx"), matched on local names so that Transitional and Strict documents both work:

* AUTHOR: any ``@author``, ``@initials``, ``@userId`` (``w:ins``, ``w:del``, ``w:comment``,
  ``w:rPrChange``, ``w15:person``, ``w15:presenceInfo`` ...);
* ALT_TEXT: ``docPr`` / ``cNvPr`` ``@descr`` and ``@title``; VML ``@alt``, ``@title``, ``@o:title``;
* HYPERLINK: ``w:hyperlink/@w:tooltip``, ``a:hlinkClick`` / ``a:hlinkHover`` ``@tooltip``;
* CONTENT_CONTROL: ``w:sdtPr`` ``w:tag`` / ``w:alias`` ``@w:val``, ``w:dataBinding/@w:xpath``,
  ``w:placeholder/w:docPart/@w:val``, list items, legacy form fields (``w:ffData``);
* DOC_VARIABLE: ``w:docVar`` ``@w:name`` and ``@w:val``;
* BOOKMARK: ``w:bookmarkStart/@w:name`` except Word's internal ``_Toc`` / ``_Hlk`` / ``_Ref`` /
  ``_GoBack`` names;
* OTHER_XML: WordArt ``v:textpath/@string``, and (when asked) non-blank text of elements that no
  paragraph reader consumed (DrawingML ``a:t`` inside a Word part, chart labels, ...).

Locators: ``<anchor>/<step>[k]/@<attr>`` where the anchor is the locator of the nearest enclosing
paragraph or container (``p[3]``, ``comment[2]``, ``tbl[1]/tr[1]/tc[2]/p[1]``; empty at part
level) and ``k`` counts the matching elements of that step under the anchor.  An attribute of the
anchor element itself is ``<anchor>/@<attr>``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from lxml import etree

from .model import Segment, SegmentKind
from .namespaces import OFFICE, VML, WP_NAMESPACES, attr_qname, element_step, split_tag
from .nodepaths import NodePaths
from .pieces import single_segment

_AUTHOR_ATTRS = frozenset({"author", "initials", "userId"})
_INTERNAL_BOOKMARK = re.compile(r"^_(?:Toc|Hlk|Ref|Hlt)\d+$|^_GoBack$")
_NUMERIC = re.compile(r"^[\s\d.,+\-:%]*$")
_FORM_FIELD_TEXT = frozenset({"name", "helpText", "statusText"})
_CONTROL_IDENTITY = frozenset({"tag", "alias"})

def _parent_local(el: etree._Element) -> str | None:
    parent = el.getparent()
    return split_tag(parent.tag)[1] if parent is not None else None


def classify(el: etree._Element, el_ns: str | None, el_local: str, attr: str) -> SegmentKind | None:  # noqa: C901 - one rule per attribute kind; to split
    """The segment kind of attribute ``attr`` (Clark name) of ``el``, or ``None`` to skip it."""
    attr_ns, attr_local = split_tag(attr)
    if attr_local in _AUTHOR_ATTRS:
        return SegmentKind.AUTHOR
    if el_local in ("docPr", "cNvPr"):
        return SegmentKind.ALT_TEXT if attr_ns is None and attr_local in ("descr", "title") else None
    if el_ns == VML:
        if attr_local in ("alt", "title") and attr_ns in (None, OFFICE):
            return SegmentKind.ALT_TEXT
        if el_local == "textpath" and attr_local == "string":
            return SegmentKind.OTHER_XML
        return None
    if attr_local == "tooltip" and el_local in ("hyperlink", "hlinkClick", "hlinkHover"):
        return SegmentKind.HYPERLINK
    if el_local == "docVar":
        return SegmentKind.DOC_VARIABLE if attr_local in ("name", "val") else None
    if el_local == "bookmarkStart":
        if attr_local == "name" and not _INTERNAL_BOOKMARK.match(el.get(attr, "")):
            return SegmentKind.BOOKMARK
        return None
    if el_local == "dataBinding":
        return SegmentKind.CONTENT_CONTROL if attr_local == "xpath" else None
    if el_local == "listItem":
        return SegmentKind.CONTENT_CONTROL if attr_local in ("displayText", "value") else None
    if attr_local != "val":
        return None
    if el_local in _CONTROL_IDENTITY and _parent_local(el) == "sdtPr":
        return SegmentKind.CONTENT_CONTROL
    if el_local == "docPart" and _parent_local(el) == "placeholder":
        return SegmentKind.CONTENT_CONTROL
    if el_local in _FORM_FIELD_TEXT and _parent_local(el) == "ffData":
        return SegmentKind.CONTENT_CONTROL
    if el_local == "listEntry" or (el_local == "default" and _parent_local(el) == "textInput"):
        return SegmentKind.CONTENT_CONTROL
    return None


def _stray_text_wanted(el_ns: str | None, text: str) -> bool:
    return el_ns not in WP_NAMESPACES and not _NUMERIC.match(text)


class AttributeScanner:
    """Scans every element of a part once for the attribute rules (and optionally stray text)."""

    def __init__(
        self,
        part: str,
        paths: NodePaths,
        anchors: dict[etree._Element, str] | None = None,
        consumed_text: Callable[[str | None, str], bool] | None = None,
    ) -> None:
        self.part = part
        self.paths = paths
        self.anchors = anchors or {}
        # consumed_text(ns, local) -> True when some reader already took that element's text;
        # None: element text is not collected at all.
        self.consumed_text = consumed_text
        self._counts: Counter[tuple[str, str]] = Counter()

    def _anchor(self, el: etree._Element) -> tuple[str, bool]:
        """The locator of the nearest anchored ancestor-or-self, and whether it is ``el`` itself."""
        node: etree._Element | None = el
        while node is not None:
            loc = self.anchors.get(node)
            if loc is not None:
                return loc, node is el
            node = node.getparent()
        return "", False

    def _element_locator(self, el: etree._Element) -> str:
        anchor, is_self = self._anchor(el)
        if is_self:
            return anchor
        step = element_step(el.tag, el.prefix)
        self._counts[(anchor, step)] += 1
        local = f"{step}[{self._counts[(anchor, step)]}]"
        return f"{anchor}/{local}" if anchor else local

    def scan(self, root: etree._Element) -> Iterator[Segment]:
        for el in root.iter(tag=etree.Element):
            el_ns, el_local = split_tag(el.tag)
            locator: str | None = None
            for attr, value in el.items():
                kind = classify(el, el_ns, el_local, attr)
                if kind is None:
                    continue
                if locator is None:
                    locator = self._element_locator(el)
                loc = f"{locator}/@{attr_qname(attr, el.nsmap)}"
                seg = single_segment(self.part, loc, kind, value, self.paths.path(el), attr)
                if seg is not None:
                    yield seg
            if self.consumed_text is None:
                continue
            text = el.text
            if text and text.strip() and not self.consumed_text(el_ns, el_local) and _stray_text_wanted(el_ns, text):
                if locator is None:
                    locator = self._element_locator(el)
                seg = single_segment(self.part, f"{locator}/text()", SegmentKind.OTHER_XML, text, self.paths.path(el))
                if seg is not None:
                    yield seg
