"""Helpers for the redaction tests: an independent look into a written package, and findings made
by hand (so that tests without the NER model can redact exact spans).

``package_strings(path)`` returns, for every entry of the zip, what a person could read out of it:
for XML parts all text nodes joined (XML unescaped, runs joined) and every attribute value; for
binary parts their bytes decoded loosely.  ``assert_absent(path, values)`` checks that no value
(also compacted: without spaces, hyphens and brackets) occurs anywhere.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.document import Document

_COMPACT = re.compile(r"[\s\-()（）\[\]【】·]")


def package_strings(path: Path) -> list[tuple[str, str]]:
    out = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".xml", ".rels", ".vml")):
                root = etree.fromstring(data)
                out.append((name, "".join(root.itertext())))
                out.extend((f"{name} @", v) for el in root.iter() for v in el.attrib.values())
            else:
                out.append((name, data.decode("utf-8", "ignore")))
                out.append((name, data.decode("utf-16-le", "ignore")))
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
