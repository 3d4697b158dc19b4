"""The command line's exit codes, and the one table that maps each :class:`ErrorCode` to one.

Exit codes are the CLI's business: the core raises :class:`ReviewDeskError` with a code and never
picks an exit status itself.
"""

from __future__ import annotations

from types import MappingProxyType

from review_desk.core.errors import ErrorCode, ReviewDeskError

EXIT_OK = 0
EXIT_INTERNAL = 1  # an unexpected internal error (a bug; the log file has the traceback)
EXIT_USAGE = 2  # bad options or input: a policy, an output path, a decision, a basis
EXIT_UNREADABLE = 3  # an input document (or the written copy) cannot be read
EXIT_NOT_WRITTEN = 4  # redact / publish: nothing was written (residual check, refusal)
EXIT_NOT_PUBLISHABLE = 5  # redact: written, but classification marks block publication
EXIT_REFUSED = 6  # refused by the workflow's rules, the reviewer's key or the audit log
EXIT_LOG_BROKEN = 7  # ``log verify``: the audit log is damaged, tampered with or rolled back; a PDF is not its export
EXIT_NO_INPUT = 8  # a prompt (the passphrase) got the end of its input (Ctrl-D): nothing was done
EXIT_INTERRUPTED = 130  # Ctrl+C or a cancelled operation (128 + SIGINT)

EXIT_CODES: MappingProxyType[ErrorCode, int] = MappingProxyType({
    ErrorCode.NOT_FOUND: EXIT_UNREADABLE,
    ErrorCode.NOT_A_FILE: EXIT_UNREADABLE,
    ErrorCode.EMPTY_FILE: EXIT_UNREADABLE,
    ErrorCode.TOO_LARGE: EXIT_UNREADABLE,
    ErrorCode.TIME_LIMIT: EXIT_UNREADABLE,  # like too_large: the document is beyond what one scan may cost
    ErrorCode.UNSUPPORTED_FORMAT: EXIT_UNREADABLE,
    ErrorCode.ENCRYPTED: EXIT_UNREADABLE,
    ErrorCode.CORRUPT: EXIT_UNREADABLE,
    ErrorCode.ZIP_BOMB: EXIT_UNREADABLE,
    ErrorCode.UNSAFE_XML: EXIT_UNREADABLE,
    ErrorCode.ENCODING: EXIT_UNREADABLE,
    ErrorCode.READ_FAILED: EXIT_UNREADABLE,
    ErrorCode.POLICY_NOT_FOUND: EXIT_USAGE,
    ErrorCode.POLICY_INVALID: EXIT_USAGE,
    ErrorCode.OUTPUT_IS_INPUT: EXIT_USAGE,
    ErrorCode.OUTPUT_IS_FOLDER: EXIT_USAGE,
    ErrorCode.OUTPUT_EXISTS: EXIT_USAGE,
    ErrorCode.OUTPUT_FOLDER_MISSING: EXIT_USAGE,
    ErrorCode.OUTPUT_IN_DATA_FOLDER: EXIT_USAGE,
    ErrorCode.INPUT_CHANGED: EXIT_NOT_WRITTEN,
    ErrorCode.UNKNOWN_LOCATION: EXIT_NOT_WRITTEN,
    ErrorCode.EDIT_MISMATCH: EXIT_NOT_WRITTEN,
    ErrorCode.SANITIZE_REFUSED: EXIT_NOT_WRITTEN,
    ErrorCode.RESIDUAL_FOUND: EXIT_NOT_WRITTEN,
    ErrorCode.OUTPUT_UNREADABLE: EXIT_NOT_WRITTEN,
    ErrorCode.WRITE_FAILED: EXIT_NOT_WRITTEN,
    ErrorCode.STAMP_FAILED: EXIT_NOT_WRITTEN,
    ErrorCode.REFUSED: EXIT_REFUSED,
    ErrorCode.INVALID: EXIT_USAGE,
    ErrorCode.UNKNOWN_BASIS: EXIT_USAGE,
    ErrorCode.BASIS_NEEDED: EXIT_USAGE,
    ErrorCode.BASIS_MISMATCH: EXIT_USAGE,
    ErrorCode.IDENTITY: EXIT_REFUSED,
    ErrorCode.WRONG_PASSPHRASE: EXIT_REFUSED,
    ErrorCode.NAME_REQUIRED: EXIT_USAGE,
    ErrorCode.PASSPHRASE_TOO_SHORT: EXIT_USAGE,
    ErrorCode.REVIEWER_EXISTS: EXIT_REFUSED,
    ErrorCode.AUDIT: EXIT_REFUSED,
    ErrorCode.REGISTER_UNREACHABLE: EXIT_REFUSED,
    ErrorCode.REGISTER_NOT_INITIALISED: EXIT_REFUSED,
    ErrorCode.REGISTER_EXISTS: EXIT_REFUSED,
    ErrorCode.SCHEMA_OUTDATED: EXIT_REFUSED,
    ErrorCode.SCHEMA_TOO_NEW: EXIT_REFUSED,
    ErrorCode.IMPORT_SOURCE_UNVERIFIED: EXIT_LOG_BROKEN,
    ErrorCode.REGISTER_HOLDS_ANOTHER_LOG: EXIT_REFUSED,
    ErrorCode.DECISION_AFTER_SIGNOFF: EXIT_LOG_BROKEN,
    ErrorCode.DECISIONS_NOT_SIGNED: EXIT_LOG_BROKEN,
    ErrorCode.DUPLICATE_REVIEW: EXIT_LOG_BROKEN,
    ErrorCode.TAMPERED: EXIT_LOG_BROKEN,
    ErrorCode.CHECKPOINT_INVALID: EXIT_UNREADABLE,
    ErrorCode.LOG_ROLLED_BACK: EXIT_LOG_BROKEN,
    ErrorCode.LOG_FORKED: EXIT_LOG_BROKEN,
    ErrorCode.REVIEWERS_CHANGED: EXIT_LOG_BROKEN,
    ErrorCode.PDF_NOT_RECORDED: EXIT_LOG_BROKEN,
    ErrorCode.PDF_ALTERED: EXIT_LOG_BROKEN,
    ErrorCode.UNKNOWN_ATTRIBUTE: EXIT_USAGE,
    ErrorCode.ATTRIBUTE_NEEDS_BASIS: EXIT_REFUSED,
    ErrorCode.ATTRIBUTE_NEEDS_REASON: EXIT_REFUSED,
    ErrorCode.ATTRIBUTE_BASIS_NOT_ALLOWED: EXIT_REFUSED,
    ErrorCode.ATTRIBUTE_PUBLICATION_BASIS: EXIT_REFUSED,
    ErrorCode.MARK_DECISION: EXIT_USAGE,
    ErrorCode.MARK_NEEDS_REASON: EXIT_USAGE,
    ErrorCode.MARK_BLOCKS_PUBLICATION: EXIT_REFUSED,
    ErrorCode.WITHHELD_NOT_PUBLISHED: EXIT_REFUSED,
    ErrorCode.SIGNED_REVIEW_EXISTS: EXIT_REFUSED,
    ErrorCode.REVOKE_NOT_ALLOWED: EXIT_REFUSED,
    ErrorCode.REVOKE_NEEDS_REASON: EXIT_REFUSED,
    ErrorCode.REVIEW_REVOKED: EXIT_REFUSED,
    ErrorCode.STAGE_MISSING: EXIT_REFUSED,
    ErrorCode.STAGE_ORDER: EXIT_REFUSED,
    ErrorCode.CALENDAR_NOT_COVERED: EXIT_REFUSED,
    ErrorCode.CANCELLED: EXIT_INTERRUPTED,
    ErrorCode.INPUT_CLOSED: EXIT_NO_INPUT,
    ErrorCode.USAGE: EXIT_USAGE,
    ErrorCode.RESOURCE_MISSING: EXIT_INTERNAL,
})


def exit_code(error: ReviewDeskError) -> int:
    """The exit status for ``error`` (its code's entry in :data:`EXIT_CODES`)."""
    return EXIT_CODES.get(error.code, EXIT_INTERNAL)
