"""The audit log's exception."""

from __future__ import annotations

from review_desk.core.errors import ErrorCode, MessageError


class AuditError(MessageError):
    """The audit log cannot do what was asked (the message says why, in English)."""

    error_code = ErrorCode.AUDIT
