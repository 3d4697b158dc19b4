"""The one exception tree of Review Desk.

Every error a user can cause carries a stable ``code`` (for JSON output and the GUI, which
translates it) and an English ``message`` naming the problem.  Code paths never let a raw
traceback reach the user: the CLI turns :class:`ReviewDeskError` into a message and an exit code.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    """Stable machine-readable error codes."""

    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    EMPTY_FILE = "empty_file"
    TOO_LARGE = "too_large"
    UNSUPPORTED_FORMAT = "unsupported_format"  # .doc, .wps, .pdf, unknown extension
    ENCRYPTED = "encrypted"  # password-protected OOXML (OLE container with EncryptionInfo)
    CORRUPT = "corrupt"  # broken zip, missing main part, malformed XML
    ZIP_BOMB = "zip_bomb"  # decompressed size or ratio over the limits
    UNSAFE_XML = "unsafe_xml"  # DOCTYPE / entity declarations (entity expansion attacks)
    ENCODING = "encoding"  # text file in an encoding we cannot determine
    READ_FAILED = "read_failed"  # OS-level read error (permissions, I/O)
    REFUSED = "refused"  # the review workflow refuses the action (rules of guide §1)
    INVALID = "invalid"  # a decision, basis, attribute or option that is not allowed
    IDENTITY = "identity"  # reviewer key missing, unreadable, or wrong passphrase
    AUDIT = "audit"  # the audit log cannot be read or written


class ReviewDeskError(Exception):
    """Base of every error Review Desk reports to a user."""

    exit_code = 1

    def __init__(self, code: ErrorCode, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path

    def to_dict(self) -> dict[str, str]:
        """The JSON shape of an error: ``{"code", "message"}``."""
        return {"code": self.code.value, "message": self.message}


class DocumentError(ReviewDeskError):
    """A document cannot be read (bad, unsupported, hostile or oversized input)."""

    exit_code = 3


class MessageError(ReviewDeskError):
    """A :class:`ReviewDeskError` built from a message alone (subclasses fix the code)."""

    error_code = ErrorCode.REFUSED

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(self.error_code, message, path)
