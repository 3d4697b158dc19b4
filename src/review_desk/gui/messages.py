"""The reviewer's-language sentences for codes that come from the core: sanitizer actions,
sign-off blockers and errors.  The English source strings here are translated through the .ts like
every other GUI string (so the translation-completeness test covers them too); error codes use the
core's one registry of Chinese sentences (:data:`review_desk.core.names.ERRORS`).  The core's
English ``message`` never reaches the desk's user as such.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from review_desk.core.errors import ErrorCode
from review_desk.core.names import ENTITY_TYPES, ERRORS, UNEXPECTED_ERROR, label

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
    return QCoreApplication.translate("messages", "{0}: {1}").format(label, count)


def code_text(code: str | None, path: str | None = None) -> str:
    """The sentence for an error code as it comes in a JSON-shaped error (``{"code", "message"}``)."""
    try:
        text = ERRORS[ErrorCode(code)]
    except ValueError:
        text = UNEXPECTED_ERROR
    return f"{text}（{PurePath(path).name}）" if path else text


def blocker_text(blocker) -> str:
    """The sentence for a sign-off blocker of the core (:class:`review_desk.core.review.rules.Blocker`)."""
    p = getattr(blocker, "params", {})
    code = getattr(blocker, "code", None)
    if code == "undecided":
        return QCoreApplication.translate("messages", "{0} of {1} findings are undecided (first: {2} {3}).").format(
            p["count"], p["total"], label(ENTITY_TYPES, p["type"]), p["preview"])
    if code == "needs_basis":
        return QCoreApplication.translate("messages", "{0} needs a legal basis.").format(p["attribute"])
    if code == "needs_reason":
        return QCoreApplication.translate("messages", "{0} needs a reason.").format(p["attribute"])
    if code == "classification_mark":
        return QCoreApplication.translate("messages", "主动公开 is not allowed: the document carries a classification mark ({0}).").format(p["preview"])
    if code == "kept_without_exemption":
        return QCoreApplication.translate("messages", "主动公开 is not allowed: {0} {1} is kept without an exemption basis.").format(
            label(ENTITY_TYPES, p["type"]), p["preview"])
    if code == "not_owner":
        return QCoreApplication.translate("messages", "Only the reviewer who started this review signs it (谁审查谁负责); another reviewer countersigns.")
    if code == "already_signed":
        return QCoreApplication.translate("messages", "This review is already signed.")
    if code == "bad_attribute":
        return QCoreApplication.translate("messages", "Choose a disclosure attribute: 主动公开, 依申请公开 or 不予公开.")
    return UNEXPECTED_ERROR
