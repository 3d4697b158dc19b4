"""Parts with no Word-specific reader: ``customXml/`` data and any other XML (charts, diagrams,
``people.xml``, comment extensions, themes ...), so that no text in the package is skipped.

* customXml items (``customXml/item1.xml``): every non-blank text node (element text and, for
  mixed content, tails) and every attribute value -> CUSTOM_XML;
* ``customXml/itemProps*.xml``: text nodes only (its attributes are ids and schema URIs);
* any other part: the attribute rules of :mod:`.attributes` (authors in ``people.xml`` ...) and
  every non-blank, non-numeric text node -> OTHER_XML.

Locators are local-name paths below the root (``person[2]/name/text()``, ``@id``,
``chart/title/tx/rich/p/r/t/text()``); see :func:`.nodepaths.iter_local_paths`.
"""

from __future__ import annotations

import re

from lxml import etree

from .attributes import AttributeScanner
from .model import Segment, SegmentKind
from .namespaces import attr_qname
from .nodepaths import NodePaths, iter_local_paths
from .pieces import single_segment

_NUMERIC = re.compile(r"^[\s\d.,+\-:%]*$")


def _join(loc: str, step: str) -> str:
    return f"{loc}/{step}" if loc else step


def _text_segments(
    part: str, root: etree._Element, paths: NodePaths, kind: SegmentKind, *, attributes: bool, skip_numeric: bool
) -> list[Segment]:
    out: list[Segment] = []

    def add(loc: str, text: str | None, node: str, attr: str | None = None, tail: bool = False) -> None:
        if not text or (skip_numeric and _NUMERIC.match(text)):
            return
        seg = single_segment(part, loc, kind, text, node, attr, tail=tail)
        if seg is not None:
            out.append(seg)

    for el, loc in iter_local_paths(root):
        node = paths.path(el)
        if attributes:
            for attr, value in el.items():
                add(_join(loc, f"@{attr_qname(attr, el.nsmap)}"), value, node, attr)
        add(_join(loc, "text()"), el.text, node)
        if el is not root:
            add(_join(loc, "tail()"), el.tail, node, tail=True)
    return out


def custom_xml_segments(part: str, root: etree._Element, paths: NodePaths, *, item_props: bool) -> list[Segment]:
    """CUSTOM_XML segments of a ``customXml/`` part (only text for ``itemProps`` parts)."""
    return _text_segments(part, root, paths, SegmentKind.CUSTOM_XML, attributes=not item_props, skip_numeric=False)


def other_xml_segments(part: str, root: etree._Element, paths: NodePaths) -> list[Segment]:
    """Attribute-rule segments and OTHER_XML text of a part no specific reader handles."""
    scanner = AttributeScanner(part, paths)
    out = list(scanner.scan(root))
    out.extend(_text_segments(part, root, paths, SegmentKind.OTHER_XML, attributes=False, skip_numeric=True))
    return out
