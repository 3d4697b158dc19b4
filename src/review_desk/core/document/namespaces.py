"""XML namespaces of an OOXML word-processing package and small helpers for names.

Both the Transitional namespaces (what Word writes by default) and the Strict ones
(``purl.oclc.org``, "Strict Open XML Document") are listed where the reader has to recognise a part.
"""

from __future__ import annotations

from functools import lru_cache

W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
W_NAMESPACES = frozenset({W_TRANSITIONAL, W_STRICT})

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
M_STRICT = "http://purl.oclc.org/ooxml/officeDocument/math"
M_NAMESPACES = frozenset({M, M_STRICT})

VML = "urn:schemas-microsoft-com:vml"
OFFICE = "urn:schemas-microsoft-com:office:office"
WP_NAMESPACES = frozenset(
    {
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    }
)
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CORE_PROPS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
EXTENDED_PROPS = frozenset(
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    }
)
CUSTOM_PROPS = frozenset(
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
        "http://purl.oclc.org/ooxml/officeDocument/customProperties",
    }
)

# Prefixes used when a locator has to name an attribute or element of a well-known namespace.
KNOWN_PREFIXES = {
    W_TRANSITIONAL: "w",
    W_STRICT: "w",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
    "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
    "http://schemas.microsoft.com/office/word/2012/wordml": "w15",
    "http://schemas.microsoft.com/office/word/2016/wordml/cid": "w16cid",
    "http://schemas.microsoft.com/office/word/2018/wordml/cex": "w16cex",
    VML: "v",
    OFFICE: "o",
    M: "m",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
    CORE_PROPS: "cp",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
}


@lru_cache(maxsize=4096)
def split_tag(tag: str) -> tuple[str | None, str]:
    """``{ns}local`` -> ``(ns, local)``; a name without namespace -> ``(None, name)``."""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return None, tag


def ascii_locator(text: str) -> str:
    """``text`` with every non-ASCII character written as a backslash escape (locators are ASCII)."""
    return text.encode("ascii", "backslashreplace").decode("ascii")


def attr_qname(clark: str, nsmap: dict[str | None, str] | None = None) -> str:
    """A readable ``prefix:local`` for an attribute's Clark name (``@w:author``-style locators)."""
    ns, local = split_tag(clark)
    if ns is None:
        return ascii_locator(local)
    prefix = KNOWN_PREFIXES.get(ns)
    if prefix is None and nsmap:
        prefix = next((p for p, uri in nsmap.items() if uri == ns and p), None)
    return ascii_locator(f"{prefix}:{local}" if prefix else local)


def element_step(tag: str, prefix: str | None) -> str:
    """A locator step for an element: its local name, prefixed unless it is in a ``w:`` namespace."""
    ns, local = split_tag(tag)
    if ns is None or ns in W_NAMESPACES or not prefix:
        return ascii_locator(local)
    return ascii_locator(f"{prefix}:{local}")
