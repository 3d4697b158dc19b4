"""The reviewer's-language sentences for codes that come from the core: sanitizer actions and
errors.  One table per kind of code; the English source strings are translated through the .ts
like every other GUI string (so the translation-completeness test covers them too).  The core's
English ``message`` never reaches the desk's user as such.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CONTEXT = "messages"

#: What the sanitizer removes, by :class:`review_desk.core.redact.SanitizeAction` code.
SANITIZE = {
    "comments": QT_TRANSLATE_NOOP("messages", "Comments and their authors"),
    "tracked_changes": QT_TRANSLATE_NOOP("messages", "Tracked changes (accepted; deleted text dropped)"),
    "track_revisions_off": QT_TRANSLATE_NOOP("messages", "Change tracking turned off"),
    "hidden_text": QT_TRANSLATE_NOOP("messages", "Hidden text"),
    "custom_xml": QT_TRANSLATE_NOOP("messages", "Custom XML data"),
    "document_variables": QT_TRANSLATE_NOOP("messages", "Document variables"),
    "attached_template": QT_TRANSLATE_NOOP("messages", "Path of the attached template"),
    "embedded_objects": QT_TRANSLATE_NOOP("messages", "Embedded objects and macros"),
    "document_properties": QT_TRANSLATE_NOOP("messages", "Document properties (author, last saved by …)"),
    "image_metadata": QT_TRANSLATE_NOOP("messages", "Image metadata (EXIF, GPS …)"),
    "custom_properties": QT_TRANSLATE_NOOP("messages", "Custom document properties"),
    "thumbnail": QT_TRANSLATE_NOOP("messages", "Thumbnail picture"),
    "rsids": QT_TRANSLATE_NOOP("messages", "Editing session ids (rsid)"),
    "authors": QT_TRANSLATE_NOOP("messages", "Authors' names on revisions and comments"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def sanitize_text(code: str, count: int) -> str:
    """``Comments and their authors: 3`` in the reviewer's language (an unknown code as itself)."""
    label = tr(SANITIZE[code]) if code in SANITIZE else code
    return QCoreApplication.translate(_CONTEXT, "{0}: {1}").format(label, count)
