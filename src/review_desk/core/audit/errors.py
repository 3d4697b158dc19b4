"""The audit log's exception."""

from __future__ import annotations


class AuditError(Exception):
    """The audit log cannot do what was asked (the message says why, in English)."""
