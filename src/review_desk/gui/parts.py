"""Readable names for the places of a document (package parts and segment kinds), for the views."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication

from review_desk.core.document import Segment, SegmentKind
from review_desk.core.document.part_kinds import part_kind as part_kind_code

#: The desk's label (an English source string, translated) of each part kind of
#: :mod:`review_desk.core.document.part_kinds`; other kinds are "Other parts".
_LABELS = {"body": "Body", "text": "Text", "header": "Header", "footer": "Footer", "footnotes": "Footnotes",
           "endnotes": "Endnotes", "comments": "Comments", "properties": "Properties",
           "custom_properties": "Properties", "custom_xml": "Custom XML", "links": "Links"}
PART_KINDS = ("Body", "Header", "Footer", "Footnotes", "Endnotes", "Comments", "Properties", "Custom XML",
              "Links", "Text", "Other parts")
_KIND_NOTES = {
    SegmentKind.DELETED: "deleted text",
    SegmentKind.FIELD_CODE: "field code",
    SegmentKind.AUTHOR: "author",
    SegmentKind.HYPERLINK: "link target",
    SegmentKind.ALT_TEXT: "image alt text",
    SegmentKind.CONTENT_CONTROL: "content control",
    SegmentKind.DOC_VARIABLE: "document variable",
    SegmentKind.BOOKMARK: "bookmark",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("parts", text)


def part_kind(part: str) -> str:
    """The untranslated kind of a part (``Body``, ``Header`` …), used for filtering."""
    return _LABELS.get(part_kind_code(part) or "", "Other parts")


def part_label(part: str) -> str:
    return tr(part_kind(part))


def segment_label(segment: Segment) -> str:
    note = _KIND_NOTES.get(segment.kind)
    label = f"{part_label(segment.part)} · {segment.location}"
    return f"{label} ({tr(note)})" if note else label


def _untranslated() -> None:
    """The strings above as literals, so that lupdate puts them in the .ts (never called)."""
    QCoreApplication.translate("parts", "Body")
    QCoreApplication.translate("parts", "Header")
    QCoreApplication.translate("parts", "Footer")
    QCoreApplication.translate("parts", "Footnotes")
    QCoreApplication.translate("parts", "Endnotes")
    QCoreApplication.translate("parts", "Comments")
    QCoreApplication.translate("parts", "Properties")
    QCoreApplication.translate("parts", "Custom XML")
    QCoreApplication.translate("parts", "Links")
    QCoreApplication.translate("parts", "Text")
    QCoreApplication.translate("parts", "Other parts")
    QCoreApplication.translate("parts", "deleted text")
    QCoreApplication.translate("parts", "field code")
    QCoreApplication.translate("parts", "author")
    QCoreApplication.translate("parts", "link target")
    QCoreApplication.translate("parts", "image alt text")
    QCoreApplication.translate("parts", "content control")
    QCoreApplication.translate("parts", "document variable")
    QCoreApplication.translate("parts", "bookmark")
