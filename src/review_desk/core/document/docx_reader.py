"""Reads a .docx / .docm / .dotx package into segments, every XML part of it, in reading order.

Order: the main document, headers, footers, footnotes, endnotes, comments, the other Word parts
(comment extensions, people, glossary, settings ...), relationship parts, document properties,
customXml, then anything else (charts, diagrams ...); ties by natural part-name order.

Dispatch per part (by root element, then by name):

* WordprocessingML root -> :class:`.wordml.WordPartReader` (paragraphs, deletions, field codes,
  authors, alt text, content controls, bookmarks, document variables ...);
* ``*.rels`` -> external targets (:mod:`.relationships`);
* core / app / custom properties -> :mod:`.properties`;
* ``customXml/*`` -> :func:`.generic_xml.custom_xml_segments`;
* anything else -> :func:`.generic_xml.other_xml_segments`.

Which parts are XML is decided by ``[Content_Types].xml`` (:mod:`.content_types`), never by the
file name: a main part stored as ``word/document.bin`` is read like ``word/document.xml``.  A
missing or damaged content-types part is CORRUPT at once.  Binary parts produce
:attr:`Document.notes` (:mod:`.media`); so do parts that are undeclared or of a type outside the
publishable allowlist (they are not read, and the published copy leaves them out) and zip entries
whose names are not part names (``../…``, ``/word/…``).  ``w:altChunk`` targets (a .docx, HTML,
MHTML or text file Word merges into the text) are read as paragraphs (:mod:`.alt_chunks`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from ..errors import DocumentError, ErrorCode
from .guard import zip_without_word_document
from .media import binary_part_notes
from .model import Segment
from .namespaces import CORE_PROPS, CUSTOM_PROPS, EXTENDED_PROPS, W_NAMESPACES, split_tag
from .nodepaths import NodePaths
from .package import Package
from .alt_chunks import alt_chunk_targets, chunk_segments, read_chunk
from .content_types import CONTENT_TYPES_PART, PartKind, load_content_types
from .generic_xml import custom_xml_segments, other_xml_segments
from .properties import app_segments, core_segments, custom_segments
from .relationships import external_target_segments, relationships, rels_part_for, resolve_target, type_suffix
from .wordml import WordPartReader
from .xmlsafe import parse_part

MAIN_PART = "word/document.xml"
# Rank of a part in reading order, by the type of the main document's relationship to it.
_RANK_BY_TYPE = {"header": 1, "footer": 2, "footnotes": 3, "endnotes": 4, "comments": 5}
_RANK_BY_NAME = (
    (re.compile(r"^word/header\d*\.xml$"), 1),
    (re.compile(r"^word/footer\d*\.xml$"), 2),
    (re.compile(r"^word/footnotes\.xml$"), 3),
    (re.compile(r"^word/endnotes\.xml$"), 4),
    (re.compile(r"^word/comments\.xml$"), 5),
)


def _natural_key(name: str) -> list[object]:
    return [int(tok) if tok.isdigit() else tok.lower() for tok in re.split(r"(\d+)", name)]


class _DocxReader:
    def __init__(self, package: Package, path: str, depth: int = 0) -> None:
        self.package = package
        self.path = path
        self.depth = depth  # 0: the file itself; 1, 2: a Word document inside a w:altChunk
        self._parsed: dict[str, etree._Element] = {}  # parts parsed early (rels, main) until read
        self.types = load_content_types(package, path)

    def parse(self, name: str, *, keep: bool = False) -> etree._Element:
        """The parsed part; ``keep`` holds it for the segment pass (each part is inflated once)."""
        root = self._parsed.get(name)
        if root is None:
            root = parse_part(self.package.read(name), name, self.path)
            if keep:
                self._parsed[name] = root
        return root

    # -- structure ----------------------------------------------------------------------------

    def main_part(self) -> str:
        """The main document part named by ``_rels/.rels``, else ``word/document.xml``."""
        root_rels = rels_part_for("")
        if self.package.has(root_rels):
            for rel in relationships(self.parse(root_rels, keep=True)):
                if type_suffix(rel.type) == "officeDocument" and not rel.external:
                    target = resolve_target("", rel.target)
                    if self.package.has(target):
                        return target
        if self.package.has(MAIN_PART):
            return MAIN_PART
        raise zip_without_word_document(Path(self.path).suffix.lower(), Path(self.path).name, self.path)

    def reading_order(self, main: str, names: Iterable[str]) -> list[str]:
        ranks: dict[str, int] = {main: 0}
        main_rels = rels_part_for(main)
        if self.package.has(main_rels):
            for rel in relationships(self.parse(main_rels, keep=True)):
                by_type = _RANK_BY_TYPE.get(type_suffix(rel.type))
                if by_type is not None and not rel.external:
                    ranks.setdefault(resolve_target(main, rel.target), by_type)

        def rank(name: str) -> int:
            if name in ranks:
                return ranks[name]
            for pattern, value in _RANK_BY_NAME:
                if pattern.match(name):
                    return value
            if name.endswith(".rels"):
                return 7
            if name.startswith("word/"):
                return 6
            if name.startswith("docProps/"):
                return 8
            if name.startswith("customXml/"):
                return 9
            return 10

        return sorted(names, key=lambda n: (rank(n), _natural_key(n)))

    # -- parts --------------------------------------------------------------------------------

    def part_segments(self, name: str) -> list[Segment]:
        root = self._parsed.pop(name, None)
        if root is None:
            root = self.parse(name)
        paths = NodePaths()
        ns, local = split_tag(root.tag)
        if ns in W_NAMESPACES:
            return WordPartReader(name, root, ns).read()
        if name.endswith(".rels") or split_tag(root.tag)[1] == "Relationships":
            return external_target_segments(name, root, paths)
        if ns == CORE_PROPS and local == "coreProperties":
            return core_segments(name, root, paths)
        if ns in EXTENDED_PROPS:
            return app_segments(name, root, paths)
        if ns in CUSTOM_PROPS:
            return custom_segments(name, root, paths)
        if name.startswith("customXml/"):
            item_props = posixpath.basename(name).lower().startswith("itemprops")
            return custom_xml_segments(name, root, paths, item_props=item_props)
        return other_xml_segments(name, root, paths)

    def read(self) -> tuple[list[Segment], list[str]]:
        main = self.main_part()
        if self.types.kind(main) is not PartKind.XML:
            raise DocumentError(
                ErrorCode.CORRUPT,
                f"The main part {main} is not declared as XML in {CONTENT_TYPES_PART}; the file is damaged.",
                self.path,
            )
        main_root_ns = split_tag(self.parse(main, keep=True).tag)[0]
        if main_root_ns not in W_NAMESPACES:
            raise DocumentError(
                ErrorCode.CORRUPT,
                f"The part {main} is not a WordprocessingML document; the file is damaged.",
                self.path,
            )
        segments: list[Segment] = []
        notes: list[str] = [f"The zip entry {name!r} is not a valid part name; it is not read and the "
                            "published copy leaves it out." for name in self.package.unsafe]
        chunks = alt_chunk_targets(self.package.names, self.types, lambda n: self.parse(n, keep=True))
        for name in self.reading_order(main, self.package.names):
            if name == CONTENT_TYPES_PART:
                continue
            if name in chunks:
                segments.extend(self.alt_chunk(name, notes))
                continue
            kind = self.types.kind(name)
            if kind is PartKind.XML:
                segments.extend(self.part_segments(name))
            elif kind is PartKind.BINARY:
                notes.extend(binary_part_notes(self.package, name))
            else:
                why = "has no declared content type" if kind is PartKind.UNDECLARED else \
                    f"has the content type {self.types.of(name)!r}, which a Word document does not use"
                notes.append(f"The part {name} {why}; it is not read and the published copy leaves it out.")
        return unique_locations(segments), notes


    def alt_chunk(self, name: str, notes: list[str]) -> list[Segment]:
        """The paragraphs of a ``w:altChunk`` target (see :mod:`.alt_chunks`)."""
        def nested(data: bytes, depth: int) -> list[Segment]:
            return _DocxReader(Package(data, self.path), self.path, depth).read()[0]

        chunk = read_chunk(self.package.read(name), self.types.of(name), self.path, self.depth, nested)
        if not chunk.readable:
            notes.append(f"The embedded chunk {name} (w:altChunk) is not read: {chunk.why}; the published "
                         "copy removes it.")
        return chunk_segments(name, chunk)


def unique_locations(segments: list[Segment]) -> list[Segment]:
    """Make ``(part, location)`` unique by suffixing repeats with ``#2``, ``#3`` ... (rare)."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for seg in segments:
        key = (seg.part, seg.location)
        count = seen.get(key, 0) + 1
        seen[key] = count
        if count > 1:
            new_loc = f"{seg.location}#{count}"
            while (seg.part, new_loc) in seen:
                count += 1
                new_loc = f"{seg.location}#{count}"
            seen[(seg.part, new_loc)] = 1
            seg = Segment(seg.part, new_loc, seg.kind, seg.text, seg.pieces, seg.offset)
        out.append(seg)
    return out


def read_docx(data: bytes, path: str) -> tuple[list[Segment], list[str]]:
    """Segments (reading order, unique locations) and notes of a Word package held in ``data``."""
    return _DocxReader(Package(data, path), path).read()
