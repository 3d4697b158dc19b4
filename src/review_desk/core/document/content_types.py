"""What each part of a package declares itself to be (``[Content_Types].xml``), and which parts a
publishable copy may contain.

A part is read by its declared content type, never by its file name: a main document stored as
``word/document.bin`` or a header named ``header1.dat`` is WordprocessingML because the package
says so (an ``Override`` for its part name, else the ``Default`` for its extension; part names
compare case-insensitively, as OPC requires).  Relationship parts are found by the OPC naming rule
(``…/_rels/<source>.rels``), which is how Word finds them too.

The allowlist (in the spirit of mat2): a publishable copy keeps only parts whose content type is
an Office XML type, an image or a font.  A part without a declared type, or with a type outside the
list (``text/html``, ``application/octet-stream`` …), is not read as Office content and is removed
from the copy, never copied unread.  Entry names that are not valid part names (``../x``,
``/word/x``, backslashes) are dropped by :class:`.package.Package` itself.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from enum import Enum

from lxml import etree

from ..errors import DocumentError, ErrorCode
from .namespaces import split_tag
from .xmlsafe import parse_part

CONTENT_TYPES_PART = "[Content_Types].xml"
CT_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types"
RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"

_ALLOWED_PREFIXES = (
    "application/vnd.openxmlformats-officedocument.",
    "application/vnd.openxmlformats-package.",
    "application/vnd.ms-word.",
    "application/vnd.ms-office.",
    "application/vnd.ms-package.",
    "image/",
    "font/",
    "application/x-font",
)
_ALLOWED_TYPES = frozenset({
    "application/xml", "text/xml", "application/inkml+xml", "application/x-fontdata",
    "application/vnd.ms-fontobject", "application/font-woff", "application/vnd.ms-opentype",
})
#: Types of whole packages stored inside a part (embedded workbooks, documents, presentations).
PACKAGE_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.ms-word.document.macroEnabled.12",
    "application/vnd.ms-excel.sheet.macroEnabled.12",
})


class PartKind(str, Enum):
    """How a part is handled: read as XML, kept as binary, or removed from a publishable copy."""

    XML = "xml"
    BINARY = "binary"
    UNDECLARED = "undeclared"  # no Default or Override covers it
    UNKNOWN = "unknown"  # declared, but with a type outside the allowlist


def base_type(content_type: str) -> str:
    """``"Text/XML; charset=utf-8"`` -> ``"text/xml"``."""
    return content_type.split(";", 1)[0].strip().lower()


def is_xml_type(content_type: str) -> bool:
    ct = base_type(content_type)
    return ct.endswith("+xml") or ct in ("application/xml", "text/xml")


def is_allowed_type(content_type: str) -> bool:
    ct = base_type(content_type)
    return ct in _ALLOWED_TYPES or ct.startswith(_ALLOWED_PREFIXES)


def is_rels_name(name: str) -> bool:
    """Whether ``name`` is a relationship part by the OPC naming rule (``…/_rels/….rels``)."""
    folder, base = posixpath.split(name)
    return posixpath.basename(folder) == "_rels" and base.lower().endswith(".rels")


@dataclass
class ContentTypes:
    """The ``Default`` (by extension) and ``Override`` (by part name) entries of a package."""

    defaults: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_root(cls, root: etree._Element, path: str | None = None) -> "ContentTypes":
        ns, local = split_tag(root.tag) if isinstance(root.tag, str) else (None, "")
        if local != "Types" or ns != CT_NAMESPACE:
            raise DocumentError(
                ErrorCode.CORRUPT,
                f"The part {CONTENT_TYPES_PART} is not a content-types list; the package is damaged.",
                path,
            )
        types = cls()
        for el in root:
            if not isinstance(el.tag, str):
                continue
            kind = split_tag(el.tag)[1]
            content_type = el.get("ContentType", "")
            if kind == "Default" and el.get("Extension"):
                types.defaults.setdefault(el.get("Extension", "").lower(), content_type)
            elif kind == "Override" and el.get("PartName"):
                types.overrides.setdefault(el.get("PartName", "").lstrip("/").lower(), content_type)
        return types

    @classmethod
    def parse(cls, data: bytes, path: str | None = None) -> "ContentTypes":
        return cls.from_root(parse_part(data, CONTENT_TYPES_PART, path or ""), path)

    def of(self, name: str) -> str | None:
        """The declared content type of part ``name`` (``None``: undeclared)."""
        if is_rels_name(name):
            return self.overrides.get(name.lower(), RELATIONSHIPS_TYPE)
        found = self.overrides.get(name.lower())
        if found is not None:
            return found
        base = posixpath.basename(name)
        if "." not in base:
            return None
        return self.defaults.get(base.rsplit(".", 1)[1].lower())

    def kind(self, name: str) -> PartKind:
        content_type = self.of(name)
        if content_type is None:
            return PartKind.UNDECLARED
        if not is_allowed_type(content_type):
            return PartKind.UNKNOWN
        return PartKind.XML if is_xml_type(content_type) else PartKind.BINARY

    def set_override(self, name: str, content_type: str) -> None:
        self.overrides[name.lstrip("/").lower()] = content_type

    def drop_override(self, name: str) -> None:
        self.overrides.pop(name.lstrip("/").lower(), None)


def load_content_types(package, path: str) -> ContentTypes:
    """The content types of ``package`` (a :class:`.package.Package`); CORRUPT when missing or bad."""
    if not package.has(CONTENT_TYPES_PART):
        raise DocumentError(
            ErrorCode.CORRUPT,
            f"The package has no {CONTENT_TYPES_PART}, so the type of its parts is unknown; "
            "the document is damaged.",
            path,
        )
    return ContentTypes.parse(package.read(CONTENT_TYPES_PART), path)
