"""What kind of place a package part is (body, header, comments, properties …), by its name.

One table for every view of a location: the desk's part column and filter, the PDF log's
readable locations.  The kinds are codes; their Chinese names are in ``review_desk.core.names``
(``PART_NAMES``) and the desk translates its own labels.
"""

from __future__ import annotations

import re

#: Part name patterns and their kind, in order: the first match wins.
PART_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^word/document\d*\.xml$"), "body"),
    (re.compile(r"^text$"), "text"),  # a plain-text document
    (re.compile(r"^word/header\d*\.xml$"), "header"),
    (re.compile(r"^word/footer\d*\.xml$"), "footer"),
    (re.compile(r"^word/footnotes\.xml$"), "footnotes"),
    (re.compile(r"^word/endnotes\.xml$"), "endnotes"),
    (re.compile(r"^word/comments[A-Za-z]*\.xml$"), "comments"),
    (re.compile(r"^word/people\.xml$"), "people"),
    (re.compile(r"^word/settings\.xml$"), "settings"),
    (re.compile(r"^word/_rels/|\.rels$"), "links"),
    (re.compile(r"^docProps/custom\.xml$"), "custom_properties"),
    (re.compile(r"^docProps/"), "properties"),
    (re.compile(r"^customXml/"), "custom_xml"),
    (re.compile(r"^word/embeddings/|^word/charts/"), "embedded"),
)


def part_kind(part: str) -> str | None:
    """The kind code of ``part`` (``"body"``, ``"header"`` …); ``None`` for any other part."""
    return next((kind for pattern, kind in PART_KINDS if pattern.search(part)), None)
