"""The residual check (fail closed): after writing, read the output again and look for every value
that was redacted.  Anything found means the output must not be used.

Where it looks:

* every segment the reader finds in the written file (the same reader as for the input, so every
  place the README lists under "Where it reads a .docx": runs joined, XML unescaped, attributes, properties, relationship targets);
* every part of the written package whose bytes are XML (by content, whatever its name or declared
  type) as raw text: all text nodes of the part joined, every attribute value, comments and
  processing instructions — a second net under the reader;
* every other part's bytes, for the value in UTF-8, UTF-16 and GB18030;
* every part that is itself a zip package (an embedded .docx / .xlsx, a chart workbook), opened
  with the reader's bomb limits and searched the same way, to a nesting depth of
  :data:`MAX_NESTING`.

How it compares: values and text are normalised (full-width forms to ASCII); identifiers (numbers,
e-mail addresses, plates ...) are also compared compacted (spaces, hyphens and brackets removed), so
``138 1234 5678`` is found as ``13812345678`` too.  An occurrence inside a value the reviewer chose
to keep (a redacted name inside a kept organisation name) is not a residue.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable

from lxml import etree

from review_desk.core.detect.normalize import compact, normalize
from review_desk.core.document.model import Document

from .masks import mask_value

#: Types compared in compact form as well (identifiers, where separators vary).
_COMPACT_TYPES = frozenset({
    "CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_PASSPORT", "CN_HK_MACAO_PERMIT",
    "CN_LICENSE_PLATE", "CN_USCC",
})
_SEP = "\x00"


@dataclass(frozen=True)
class Residue:
    entity_type: str
    preview: str  # masked: the report must not repeat the value
    where: str

    def to_dict(self) -> dict[str, str]:
        return {"type": self.entity_type, "preview": self.preview, "where": self.where}


@dataclass(frozen=True)
class ResidualResult:
    values_checked: int
    residues: tuple[Residue, ...]

    @property
    def passed(self) -> bool:
        return not self.residues

    def to_dict(self) -> dict[str, object]:
        return {"passed": self.passed, "values_checked": self.values_checked,
                "residues": [r.to_dict() for r in self.residues]}


class _Haystack:
    """Many labelled texts joined into one string, searchable with ``str.find``."""

    def __init__(self, chunks: Iterable[tuple[str, str]], transform) -> None:
        texts, self.starts, self.labels = [], [], []
        pos = 0
        for label, text in chunks:
            t = transform(text)
            self.starts.append(pos)
            self.labels.append(label)
            texts.append(t)
            pos += len(t) + 1
        self.text = _SEP.join(texts)

    def occurrences(self, needle: str) -> Iterable[tuple[int, str]]:
        start = self.text.find(needle)
        while start >= 0:
            yield start, self.labels[bisect.bisect_right(self.starts, start) - 1]
            start = self.text.find(needle, start + 1)


_XML_STARTS = (b"<", b"\xef\xbb\xbf<", b"\xff\xfe<\x00", b"\xfe\xff\x00<")
MAX_NESTING = 3


def _xml_chunks(name: str, data: bytes) -> list[tuple[str, str]] | None:
    """Text, attribute values, comments and processing instructions of an XML part (``None``: not XML)."""
    if not data.lstrip().startswith(_XML_STARTS):
        return None
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except (etree.LxmlError, ValueError):
        return None
    if root is None:
        return None
    chunks = [(f"{name} (all text)", "".join(root.itertext()))]
    chunks.extend((f"{name} (attribute values)", v) for el in root.iter(tag=etree.Element) for v in el.attrib.values())
    chunks.extend((f"{name} (comments)", el.text or "") for el in root.iter(etree.Comment, etree.ProcessingInstruction))
    return chunks


def _expand(parts: Iterable[tuple[str, bytes]], depth: int = 0) -> tuple[list[tuple[str, str]], list[tuple[str, bytes]]]:
    """``(text chunks, binary parts)`` of package parts; nested zip packages are opened."""
    from review_desk.core.document.package import Package
    from review_desk.core.errors import ReviewDeskError

    chunks: list[tuple[str, str]] = []
    binaries: list[tuple[str, bytes]] = []
    for name, data in parts:
        xml = _xml_chunks(name, data)
        if xml is not None:
            chunks.extend(xml)
            continue
        binaries.append((name, data))
        if data.startswith(b"PK\x03\x04") and depth < MAX_NESTING:
            try:
                package = Package(data, name)
                inner = [(f"{name}!{n}", package.read(n)) for n in package.names + package.unsafe]
            except ReviewDeskError:
                continue  # not a readable package: its raw bytes are searched above
            more_chunks, more_binaries = _expand(inner, depth + 1)
            chunks.extend(more_chunks)
            binaries.extend(more_binaries)
    return chunks, binaries


def _encodings(value: str) -> set[bytes]:
    out = {value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")}
    try:
        out.add(value.encode("gb18030"))
    except UnicodeEncodeError:
        pass
    return {e for e in out if len(e) >= 4}


def residual_check(
    output: Document,
    redacted: Iterable[tuple[str, str]],
    kept: Iterable[str] = (),
    package_parts: Iterable[tuple[str, bytes]] = (),
) -> ResidualResult:
    """Look for each ``(type, value)`` of ``redacted`` in the written document ``output``.

    ``kept``: values the reviewer kept (their occurrences excuse redacted values inside them);
    ``package_parts``: ``(name, bytes)`` of every entry of the written package (.docx only).
    """
    values = {(t, v) for t, v in redacted if v and v.strip()}
    kept_values = sorted({normalize(k) for k in kept if k and k.strip()}, key=len, reverse=True)
    chunks = [(f"{s.part} {s.location}", s.text) for s in output.segments]
    part_chunks, binaries = _expand(package_parts)
    chunks.extend(part_chunks)
    plain = _Haystack(chunks, normalize)
    packed = _Haystack(chunks, compact)
    residues: dict[tuple[str, str, str], Residue] = {}

    def excused(hay: _Haystack, pos: int, needle: str) -> bool:
        for k in kept_values:
            if needle in k and len(k) > len(needle):
                lo = max(0, pos - len(k) + len(needle))
                if hay.text.find(k, lo, pos + len(k)) != -1:
                    return True
        return False

    for entity_type, value in sorted(values):
        needles = [(plain, normalize(value))]
        if entity_type in _COMPACT_TYPES and len(compact(value)) >= 5:
            needles.append((packed, compact(value)))
        for hay, needle in needles:
            for pos, where in hay.occurrences(needle):
                if not excused(hay, pos, needle):
                    residues.setdefault((entity_type, value, where),
                                        Residue(entity_type, mask_value(entity_type, value), where))
        for name, data in binaries:
            for encoded in _encodings(value):
                if encoded in data:
                    residues.setdefault((entity_type, value, name),
                                        Residue(entity_type, mask_value(entity_type, value), f"{name} (binary)"))
    return ResidualResult(values_checked=len(values), residues=tuple(residues.values()))
