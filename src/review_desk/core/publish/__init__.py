"""Marks on the published copy: the disclosure-attribute stamp (公开方式) and its custom properties.

Public API::

    ATTRIBUTES  the disclosure attributes' codes and Chinese names (from :mod:`review_desk.core.names`)
    Stamp(attribute, review_id, properties={})   .line -> "公开方式：主动公开"
    stamp_docx(editor, main_part, stamp) -> str  (where the line went, in English)
    stamp_text(text, stamp) -> str
    StampError (a ReviewDeskError, code stamp_failed)
"""

from .stamp import ATTRIBUTES, Stamp, StampError, stamp_docx, stamp_text

__all__ = ["ATTRIBUTES", "Stamp", "StampError", "stamp_docx", "stamp_text"]
