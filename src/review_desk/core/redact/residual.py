"""The residual check (fail closed): after writing, read the output again and look for every value
that was redacted.  Anything found means the output must not be used.

Where it looks:

* every segment the reader finds in the written file (the same reader as for the input, so every
  place of guide §6: runs joined, XML unescaped, attributes, properties, relationship targets);
* every XML part of the written package as raw text: all text nodes of the part joined, and every
  attribute value — a second net under the reader;
* every binary part's bytes, for the value in UTF-8 and UTF-16.

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


def _xml_chunks(name: str, data: bytes) -> list[tuple[str, str]]:
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.LxmlError:
        return [(f"{name} (raw bytes)", data.decode("utf-8", "replace"))]
    chunks = [(f"{name} (all text)", "".join(root.itertext()))]
    chunks.extend((f"{name} (attribute values)", v) for el in root.iter() for v in el.attrib.values())
    return chunks


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
    binaries: list[tuple[str, bytes]] = []
    for name, data in package_parts:
        if name.lower().endswith((".xml", ".rels", ".vml")):
            chunks.extend(_xml_chunks(name, data))
        else:
            binaries.append((name, data))
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
            for encoded in {value.encode("utf-8"), value.encode("utf-16-le")}:
                if len(encoded) >= 4 and encoded in data:
                    residues.setdefault((entity_type, value, name),
                                        Residue(entity_type, mask_value(entity_type, value), f"{name} (binary)"))
    return ResidualResult(values_checked=len(values), residues=tuple(residues.values()))
