"""Document properties as PROPERTY segments: ``docProps/core.xml``, ``app.xml``, ``custom.xml``.

* core: the text of every child element, located ``core/dc:creator``, ``core/cp:lastModifiedBy``...
* app: every leaf element's text except pure numbers and booleans (page counts, ``ScaleCrop``),
  located ``app/Company``, ``app/TitlesOfParts/vector/lpstr[2]``...
* custom: for each ``property`` both its ``@name`` and its value element's text, located
  ``custom/property[n]/@name`` and ``custom/property[n]/lpwstr``.
"""

from __future__ import annotations

import re

from lxml import etree

from .model import Segment, SegmentKind
from .namespaces import ascii_locator, element_step, split_tag
from .nodepaths import NodePaths, iter_local_paths
from .pieces import single_segment

_NUMERIC_OR_BOOL = re.compile(r"^\s*(?:[-+]?[\d.]+|true|false)\s*$", re.IGNORECASE)


def core_segments(part: str, root: etree._Element, paths: NodePaths) -> list[Segment]:
    out = []
    for child in root:
        if not isinstance(child.tag, str):
            continue
        loc = f"core/{element_step(child.tag, child.prefix)}"
        seg = single_segment(part, loc, SegmentKind.PROPERTY, child.text, paths.path(child))
        if seg is not None:
            out.append(seg)
    return out


def app_segments(part: str, root: etree._Element, paths: NodePaths) -> list[Segment]:
    out = []
    for el, loc in iter_local_paths(root):
        if el is root or len(el) or not el.text or _NUMERIC_OR_BOOL.match(el.text):
            continue
        seg = single_segment(part, f"app/{loc}", SegmentKind.PROPERTY, el.text, paths.path(el))
        if seg is not None:
            out.append(seg)
    return out


def custom_segments(part: str, root: etree._Element, paths: NodePaths) -> list[Segment]:
    out = []
    properties = [el for el in root if isinstance(el.tag, str) and split_tag(el.tag)[1] == "property"]
    for number, prop in enumerate(properties, start=1):
        base = f"custom/property[{number}]"
        seg = single_segment(part, f"{base}/@name", SegmentKind.PROPERTY, prop.get("name"), paths.path(prop), "name")
        if seg is not None:
            out.append(seg)
        for value in prop.iter(tag=etree.Element):
            if value is prop or len(value):
                continue
            step = ascii_locator(split_tag(value.tag)[1])
            seg = single_segment(part, f"{base}/{step}", SegmentKind.PROPERTY, value.text, paths.path(value))
            if seg is not None:
                out.append(seg)
    return out
