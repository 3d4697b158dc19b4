"""Relationship parts (``*.rels``): resolving part names, and external targets as segments.

An external target (``TargetMode="External"``) is text a reader of the file can see: hyperlinks
(``mailto:zhangsan@example.com``, ``http://...``), linked images, and the attached template path
(``file:///C:/Users/<name>/...``).  Each becomes a HYPERLINK segment located
``Relationship[n]/@Target`` (n: 1-based position in the part) whose piece is the ``Target``
attribute.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from lxml import etree

from .model import Segment, SegmentKind
from .namespaces import split_tag
from .nodepaths import NodePaths
from .pieces import single_segment


@dataclass(frozen=True)
class Relationship:
    id: str
    type: str
    target: str
    external: bool
    element: etree._Element


def relationships(root: etree._Element) -> list[Relationship]:
    """The ``Relationship`` children of a parsed ``.rels`` part, in order."""
    found = []
    for el in root:
        if isinstance(el.tag, str) and split_tag(el.tag)[1] == "Relationship":
            found.append(
                Relationship(
                    id=el.get("Id", ""),
                    type=el.get("Type", ""),
                    target=el.get("Target", ""),
                    external=el.get("TargetMode", "").lower() == "external",
                    element=el,
                )
            )
    return found


def rels_part_for(part: str) -> str:
    """``word/document.xml`` -> ``word/_rels/document.xml.rels``; ``""`` (package) -> ``_rels/.rels``."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def resolve_target(source_part: str, target: str) -> str:
    """The part name an internal ``target`` of ``source_part``'s relationships points to."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    folder = posixpath.dirname(source_part)
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")


def type_suffix(rel_type: str) -> str:
    """The last path step of a relationship type URI (``.../relationships/header`` -> ``header``)."""
    return rel_type.rstrip("/").rsplit("/", 1)[-1]


def external_target_segments(part: str, root: etree._Element, paths: NodePaths) -> list[Segment]:
    """HYPERLINK segments for the external targets of one ``.rels`` part."""
    out = []
    for number, rel in enumerate(relationships(root), start=1):
        if not rel.external:
            continue
        seg = single_segment(
            part, f"Relationship[{number}]/@Target", SegmentKind.HYPERLINK, rel.target, paths.path(rel.element), "Target"
        )
        if seg is not None:
            out.append(seg)
    return out
