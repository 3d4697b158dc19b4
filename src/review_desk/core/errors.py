"""The one exception tree of Review Desk.

Every error the core raises for a user to read is a :class:`ReviewDeskError`: it carries a stable
:class:`ErrorCode` (stored in JSON output, mapped to an exit code by the CLI in
``review_desk.cli.exit_codes`` and translated for the desk and the PDF log in
:mod:`review_desk.core.names`) and an English ``message`` naming the problem, which only the CLI
prints.  Code paths never let a raw traceback reach the user.

Exceptions that are not :class:`ReviewDeskError` (``ValueError``, ``TypeError``) mean a caller broke
a function's contract: a bug, never bad input.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    """Stable machine-readable error codes (their values appear in JSON output)."""

    # reading a document
    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    EMPTY_FILE = "empty_file"
    TOO_LARGE = "too_large"
    TIME_LIMIT = "time_limit"  # scanning one document took longer than its time budget
    UNSUPPORTED_FORMAT = "unsupported_format"  # .doc, .wps, .pdf, unknown extension
    ENCRYPTED = "encrypted"  # password-protected OOXML (OLE container with EncryptionInfo)
    CORRUPT = "corrupt"  # broken zip, missing main part, malformed XML
    ZIP_BOMB = "zip_bomb"  # decompressed size or ratio over the limits
    UNSAFE_XML = "unsafe_xml"  # DOCTYPE / entity declarations (entity expansion attacks)
    ENCODING = "encoding"  # text file in an encoding we cannot determine
    READ_FAILED = "read_failed"  # OS-level read error (permissions, I/O)
    # redaction policies
    POLICY_NOT_FOUND = "policy_not_found"  # no bundled policy of that name, no such file
    POLICY_INVALID = "policy_invalid"  # unreadable TOML, unknown keys, values out of range
    # writing the de-identified copy (nothing is left behind)
    OUTPUT_IS_INPUT = "output_is_input"
    OUTPUT_IS_FOLDER = "output_is_folder"
    OUTPUT_EXISTS = "output_exists"
    OUTPUT_FOLDER_MISSING = "output_folder_missing"
    OUTPUT_IN_DATA_FOLDER = "output_in_data_folder"  # the desk's own files are never an output, even with --force
    INPUT_CHANGED = "input_changed"  # the file changed after it was analysed
    UNKNOWN_LOCATION = "unknown_location"  # a finding that does not belong to this file
    EDIT_MISMATCH = "edit_mismatch"  # the text no longer matches what was analysed
    SANITIZE_REFUSED = "sanitize_refused"  # the policy refuses embedded objects or macros
    RESIDUAL_FOUND = "residual_found"  # a redacted value is still in the output
    OUTPUT_UNREADABLE = "output_unreadable"  # the written copy cannot be read back
    WRITE_FAILED = "write_failed"  # OS-level write error
    STAMP_FAILED = "stamp_failed"  # the disclosure attribute cannot be marked on the copy
    # the review workflow
    REFUSED = "refused"  # the review workflow refuses the action (one of its rules)
    INVALID = "invalid"  # a decision, attribute or option that is not allowed
    UNKNOWN_BASIS = "unknown_basis"  # a legal basis code that is not in the list
    BASIS_NEEDED = "basis_needed"  # keeping personal data without an exemption basis
    BASIS_MISMATCH = "basis_mismatch"  # a keeping basis for a removal, or the other way round
    IDENTITY = "identity"  # reviewer key missing, unreadable or not creatable
    WRONG_PASSPHRASE = "wrong_passphrase"  # the passphrase does not open the key
    NAME_REQUIRED = "name_required"  # a reviewer without a name
    PASSPHRASE_TOO_SHORT = "passphrase_too_short"  # a new key's passphrase is missing or too short
    REVIEWER_EXISTS = "reviewer_exists"  # a reviewer of that name (or key) is already registered
    AUDIT = "audit"  # the audit log cannot be read or written
    REGISTER_UNREACHABLE = "register_unreachable"  # the shared register's database cannot be connected to
    REGISTER_NOT_INITIALISED = "register_not_initialised"  # a database without a register (register init)
    REGISTER_EXISTS = "register_exists"  # register init on a database that already holds one
    SCHEMA_OUTDATED = "schema_outdated"  # the register's schema is older than the code (register upgrade)
    SCHEMA_TOO_NEW = "schema_too_new"  # the log's or register's schema is newer than this version reads
    IMPORT_SOURCE_UNVERIFIED = "import_source_unverified"  # register import: the desk's log does not verify
    REGISTER_HOLDS_ANOTHER_LOG = "register_holds_another_log"  # register import: the register started from another log
    DECISION_AFTER_SIGNOFF = "decision_after_signoff"  # the log holds a decision written after the sign-off
    DECISIONS_NOT_SIGNED = "decisions_not_signed"  # the decision set differs from the one the sign-off signed
    DUPLICATE_REVIEW = "duplicate_review"  # a review id used twice, or two open reviews of the same bytes
    TAMPERED = "tampered"  # the log's chain, signatures, registry, checkpoints or head file do not verify
    # checkpoints kept outside the log, and exported PDFs (core/audit/checkpoint_file.py, extension.py)
    CHECKPOINT_INVALID = "checkpoint_invalid"  # not a checkpoint file, or its signature does not verify
    LOG_ROLLED_BACK = "log_rolled_back"  # the log is shorter than a checkpoint it once had
    LOG_FORKED = "log_forked"  # the log's first entries are not the ones a checkpoint signed
    REVIEWERS_CHANGED = "reviewers_changed"  # a checkpoint's reviewer is gone or has another key (re-keyed)
    PDF_NOT_RECORDED = "pdf_not_recorded"  # no export of this PDF is recorded in the log
    PDF_ALTERED = "pdf_altered"  # the PDF is a recorded export, but its bytes were changed
    # the legal rules of a review (core/legal.py RULES: one code per rule, with its Chinese text)
    UNKNOWN_ATTRIBUTE = "unknown_attribute"
    ATTRIBUTE_NEEDS_BASIS = "attribute_needs_basis"
    ATTRIBUTE_NEEDS_REASON = "attribute_needs_reason"
    ATTRIBUTE_PUBLICATION_BASIS = "attribute_publication_basis"  # 惩戒公示 etc. cited to withhold
    ATTRIBUTE_BASIS_NOT_ALLOWED = "attribute_basis_not_allowed"  # a basis given with 主动公开
    MARK_DECISION = "mark_decision"  # a classification mark decided like personal data
    MARK_NEEDS_REASON = "mark_needs_reason"  # "not a marking" without a written reason
    MARK_BLOCKS_PUBLICATION = "mark_blocks_publication"  # a confirmed mark and 主动公开 / a published copy
    WITHHELD_NOT_PUBLISHED = "withheld_not_published"  # publish of a 不予公开 review
    SIGNED_REVIEW_EXISTS = "signed_review_exists"  # a second review of signed bytes without a revocation
    REVOKE_NOT_ALLOWED = "revoke_not_allowed"
    REVOKE_NEEDS_REASON = "revoke_needs_reason"
    REVIEW_REVOKED = "review_revoked"
    STAGE_MISSING = "stage_missing"  # 初审 / 复审 / 批准 required by the policy and not signed
    STAGE_ORDER = "stage_order"  # a stage signed out of order or by the same person twice
    # deadlines in working days (core/review/deadlines.py)
    CALENDAR_NOT_COVERED = "calendar_not_covered"  # a date outside the years the holiday calendar knows
    # anywhere
    CANCELLED = "cancelled"  # the user stopped a long operation
    INPUT_CLOSED = "input_closed"  # a prompt got the end of its input (Ctrl-D) instead of an answer
    USAGE = "usage"  # the command line was used wrongly (a missing option, a bad input file)
    RESOURCE_MISSING = "resource_missing"  # a file of the installation (font, model) is missing


class ReviewDeskError(Exception):
    """Base of every error Review Desk reports to a user."""

    def __init__(self, code: ErrorCode | str, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.code = ErrorCode(code)
        self.message = message
        self.path = path

    def to_dict(self) -> dict[str, str]:
        """The JSON shape of an error: ``{"code", "message"}``."""
        return {"code": self.code.value, "message": self.message}


class DocumentError(ReviewDeskError):
    """A document cannot be read (bad, unsupported, hostile or oversized input)."""


class MessageError(ReviewDeskError):
    """A :class:`ReviewDeskError` built from a message alone (subclasses fix the code)."""

    error_code = ErrorCode.REFUSED

    def __init__(self, message: str, path: str | None = None, code: ErrorCode | None = None) -> None:
        super().__init__(code or self.error_code, message, path)


class Cancelled(MessageError):
    """A long operation stopped because the caller's ``cancel()`` returned true."""

    error_code = ErrorCode.CANCELLED

    def __init__(self, message: str = "Cancelled.", path: str | None = None) -> None:
        super().__init__(message, path)
