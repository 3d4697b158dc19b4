"""Safe parsing of one package part: no DTDs, no entities, no network, bounded size and depth.

OOXML parts never contain a document type declaration, so any ``<!DOCTYPE`` or ``<!ENTITY`` (in
UTF-8 or UTF-16) is refused as :attr:`ErrorCode.UNSAFE_XML` before parsing ("billion laughs" and
external-entity attacks).  The parser itself is configured not to load DTDs, resolve entities or
touch the network, and keeps libxml2's default limits (depth 256, 10 MB per text node).
"""

from __future__ import annotations

from lxml import etree

from ..errors import DocumentError, ErrorCode

_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        collect_ids=False,
    )


def parse_part(data: bytes, part: str, path: str) -> etree._Element:
    """Parse ``data`` (the bytes of ``part``) and return its root element.

    Raises :class:`DocumentError` ``UNSAFE_XML`` for DTD/entity declarations and ``CORRUPT`` for
    XML that is not well-formed.
    """
    if any(marker in data for marker in _MARKERS):
        raise DocumentError(
            ErrorCode.UNSAFE_XML,
            f"The part {part} contains a DTD or entity declaration, which Word documents never "
            "have; the file was refused as potentially hostile (entity expansion attack).",
            path,
        )
    try:
        root = etree.fromstring(data, _parser())
    except (etree.LxmlError, ValueError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DocumentError(
            ErrorCode.CORRUPT,
            f"The part {part} is not well-formed XML ({detail}); the document is damaged.",
            path,
        ) from exc
    if root is None:
        raise DocumentError(ErrorCode.CORRUPT, f"The part {part} is empty; the document is damaged.", path)
    if root.getroottree().docinfo.doctype:
        raise DocumentError(
            ErrorCode.UNSAFE_XML,
            f"The part {part} declares a document type, which Word documents never have; "
            "the file was refused as potentially hostile.",
            path,
        )
    return root
