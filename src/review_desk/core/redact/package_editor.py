"""A Word package opened for writing: parts parsed on demand, parts removed with their
relationships and content-type overrides, and the result written as a new zip.

Which parts are XML comes from ``[Content_Types].xml`` (:mod:`..document.content_types`), kept
up to date as parts are added and removed.  Entries whose names are not part names (``../x``,
``/word/x``) are never written (:attr:`Package.unsafe`).

Parts are parsed with the reader's own parser (:func:`..document.xmlsafe.parse_part`), so node
paths recorded by the reader (``TextPiece.node``) resolve to the same elements here.  Entries keep
their order, names, dates and compression; untouched parts are copied byte for byte.
"""

from __future__ import annotations

import posixpath
import zipfile
from typing import BinaryIO

from lxml import etree

from review_desk.core.document.content_types import CONTENT_TYPES_PART, ContentTypes, PartKind
from review_desk.core.document.namespaces import split_tag
from review_desk.core.document.package import Package
from review_desk.core.document.relationships import relationships, rels_part_for, resolve_target
from review_desk.core.document.xmlsafe import parse_part

CONTENT_TYPES = CONTENT_TYPES_PART


class PackageEditor:
    def __init__(self, data: bytes, path: str) -> None:
        self.path = path
        self.package = Package(data, path)
        self._trees: dict[str, etree._Element] = {}
        self._bytes: dict[str, bytes] = {}
        self.removed: list[str] = []
        self.added: list[str] = []
        self.types = ContentTypes.from_root(self.tree(CONTENT_TYPES), path) if self.has(CONTENT_TYPES) else ContentTypes()

    # -- access -------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        return [n for n in self.package.names if n not in self.removed] + self.added

    def has(self, name: str) -> bool:
        return (self.package.has(name) and name not in self.removed) or name in self.added

    def is_xml(self, name: str) -> bool:
        """Whether part ``name`` is declared as XML (by content type, never by its name)."""
        return name == CONTENT_TYPES or self.kind(name) is PartKind.XML

    def kind(self, name: str) -> PartKind:
        return self.types.kind(name)

    def content_type(self, name: str) -> str:
        """The declared content type of ``name`` (lower case, no parameters; ``""`` if none)."""
        return (self.types.of(name) or "").split(";", 1)[0].strip().lower()

    def tree(self, name: str) -> etree._Element:
        """The parsed root of part ``name`` (parsed once; edits to it are written back)."""
        root = self._trees.get(name)
        if root is None:
            data = self._bytes.pop(name) if name in self._bytes else self.package.read(name)
            root = parse_part(data, name, self.path)
            self._trees[name] = root
        return root

    def read(self, name: str) -> bytes:
        if name in self._bytes:
            return self._bytes[name]
        if name in self._trees:
            return self._serialize(name)
        return self.package.read(name)

    def set_bytes(self, name: str, data: bytes) -> None:
        self._trees.pop(name, None)
        self._bytes[name] = data

    def add(self, name: str, data: bytes, content_type: str | None = None) -> None:
        """Add a new part (and, for a part not covered by a ``Default``, its content-type override)."""
        if self.has(name):
            raise ValueError(f"the package already has a part {name}")
        if name in self.removed:
            self.removed.remove(name)
        else:
            self.added.append(name)
        self.set_bytes(name, data)
        if content_type and self.has(CONTENT_TYPES):
            self.types.set_override(name, content_type)
            types = self.tree(CONTENT_TYPES)
            override = etree.SubElement(types, f"{{{split_tag(types.tag)[0]}}}Override")
            override.set("PartName", "/" + name)
            override.set("ContentType", content_type)

    # -- structure ----------------------------------------------------------------------------

    def rels_parts(self) -> list[str]:
        return [n for n in self.names if n.endswith(".rels")]

    def source_of(self, rels_name: str) -> str:
        """``word/_rels/document.xml.rels`` -> ``word/document.xml``; ``_rels/.rels`` -> ``""``."""
        folder, base = posixpath.split(rels_name)
        owner_folder = posixpath.dirname(folder)
        return posixpath.join(owner_folder, base[: -len(".rels")]) if base != ".rels" else ""

    def targets(self, source: str) -> list[tuple[etree._Element, str, str, bool]]:
        """``(element, type suffix, resolved target, external)`` of ``source``'s relationships."""
        rels = rels_part_for(source)
        if not self.has(rels):
            return []
        out = []
        for rel in relationships(self.tree(rels)):
            target = rel.target if rel.external else resolve_target(source, rel.target)
            out.append((rel.element, rel.type.rstrip("/").rsplit("/", 1)[-1], target, rel.external))
        return out

    def remove(self, name: str) -> list[str]:
        """Remove part ``name``, its own relationships part, every relationship pointing at it and
        its content-type override; returns the relationship ids removed (per source part)."""
        if not self.has(name):
            return []
        self.removed.append(name)
        self._trees.pop(name, None)
        own_rels = rels_part_for(name)
        if self.has(own_rels):
            self.removed.append(own_rels)
            self._trees.pop(own_rels, None)
        ids = []
        for rels_name in self.rels_parts():
            source = self.source_of(rels_name)
            for el, _type, target, external in self.targets(source):
                if not external and target == name:
                    ids.append(el.get("Id", ""))
                    el.getparent().remove(el)
        if self.has(CONTENT_TYPES):
            types = self.tree(CONTENT_TYPES)
            for el in list(types):
                if isinstance(el.tag, str) and split_tag(el.tag)[1] == "Override":
                    if el.get("PartName", "").lstrip("/").lower() == name.lower():
                        types.remove(el)
            self.types.drop_override(name)
        return ids

    def remove_relationship(self, source: str, rel_id: str) -> str | None:
        """Remove relationship ``rel_id`` of ``source``; returns its internal target (or None)."""
        for el, _type, target, external in self.targets(source):
            if el.get("Id") == rel_id:
                el.getparent().remove(el)
                return None if external else target
        return None

    def set_content_type(self, name: str, content_type: str) -> None:
        types = self.tree(CONTENT_TYPES)
        for el in types:
            if isinstance(el.tag, str) and el.get("PartName", "").lstrip("/").lower() == name.lower():
                el.set("ContentType", content_type)
                self.types.set_override(name, content_type)

    # -- output -------------------------------------------------------------------------------

    def _serialize(self, name: str) -> bytes:
        root = self._trees[name]
        tree = root.getroottree()
        standalone = tree.docinfo.standalone
        return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=standalone)

    def write(self, fh: BinaryIO) -> None:
        """Write the edited package as a zip to ``fh`` (``[Content_Types].xml`` first)."""
        names = self.names
        if CONTENT_TYPES in names:
            names = [CONTENT_TYPES] + [n for n in names if n != CONTENT_TYPES]
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in names:
                if self.package.has(name):
                    original = self.package.info(name)
                    info = zipfile.ZipInfo(name, date_time=original.date_time)
                    info.external_attr = original.external_attr
                else:
                    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, self.read(name))
