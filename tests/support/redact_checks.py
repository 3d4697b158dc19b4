"""Helpers for the redaction tests: an independent look into a written package, and findings made
by hand (so that tests without the NER model can redact exact spans).

``package_strings(path)`` returns, for every entry of the zip, what a person could read out of it:
for XML parts all text nodes joined (XML unescaped, runs joined) and every attribute value; for
binary parts their bytes decoded loosely.  ``assert_absent(path, values)`` checks that no value
(also compacted: without spaces, hyphens and brackets) occurs anywhere.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.document import Document

_COMPACT = re.compile(r"[\s\-()（）\[\]【】·]")


def _entry_strings(name: str, data: bytes, depth: int) -> list[tuple[str, str]]:
    out = []
    if data.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):  # XML by content, whatever the name
        try:
            root = etree.fromstring(data)
        except etree.XMLSyntaxError:
            root = None
        if root is not None:
            out.append((name, "".join(root.itertext())))
            out.extend((f"{name} @", v) for el in root.iter() for v in el.attrib.values())
            out.extend((f"{name} <!--", el.text or "") for el in root.iter(etree.Comment))
    if data.startswith(b"PK\x03\x04") and depth < 3:  # a nested package: look inside it too
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            for inner_name in inner.namelist():
                out.extend(_entry_strings(f"{name}!{inner_name}", inner.read(inner_name), depth + 1))
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
        out.append((name, data.decode(encoding, "ignore")))
    return out


def package_strings(path: Path) -> list[tuple[str, str]]:
    """What a person could read out of every entry of the zip at ``path``, byte-wise: XML text and
    attribute values (by content, not by name), the bytes decoded loosely in four encodings, and
    the same for every nested package."""
    out = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            out.extend(_entry_strings(name, archive.read(name), 0))
    return out


def compact(text: str) -> str:
    return _COMPACT.sub("", text)


def leaks(path: Path, values: list[str]) -> list[tuple[str, str]]:
    """``(value, where)`` for every value (or its compact form) found anywhere in the package."""
    strings = package_strings(path)
    found = []
    for value in values:
        for where, text in strings:
            if value in text or (len(compact(value)) >= 5 and compact(value) in compact(text)):
                found.append((value, where))
    return found


def finding_for(doc: Document, text: str, entity_type: str, *, part: str | None = None, nth: int = 0) -> Finding:
    """A finding for the ``nth`` occurrence of ``text`` in the document's segments."""
    seen = 0
    for seg in doc.segments:
        if part is not None and seg.part != part:
            continue
        start = seg.text.find(text)
        while start >= 0:
            if seen == nth:
                base = seg.offset if seg.part == "text" else 0
                return Finding(entity_type, text, base + start, base + start + len(text), seg.part,
                               seg.location, 1.0, Action.REDACT, "test")
            seen += 1
            start = seg.text.find(text, start + 1)
    raise AssertionError(f"{text!r} not found in {doc.path}")


def findings_for_all(doc: Document, text: str, entity_type: str) -> list[Finding]:
    """Findings for every occurrence of ``text`` in every segment."""
    out = []
    for seg in doc.segments:
        base = seg.offset if seg.part == "text" else 0
        start = seg.text.find(text)
        while start >= 0:
            out.append(Finding(entity_type, text, base + start, base + start + len(text), seg.part, seg.location,
                               1.0, Action.REDACT, "test"))
            start = seg.text.find(text, start + 1)
    return out
