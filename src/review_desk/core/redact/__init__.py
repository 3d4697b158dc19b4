"""De-identification and sanitizing: the publishable copy of a read document.

Public API::

    load_policy(name="default") -> RedactionPolicy
    suggested_redactions(findings, policy) -> list[Redaction]
    redact_document(document, redactions, output, policy, *, sanitize=None, agency=None, force=False)
        -> RedactionReport

Modules: :mod:`.masks` (masked forms per type), :mod:`.policy` (TOML policies), :mod:`.edits`
(segment edits -> node edits), :mod:`.package_editor` (parts, relationships, zip output),
:mod:`.sanitize` / :mod:`.wordml_cleanup` / :mod:`.images` (Document-Inspector clean-up),
:mod:`.residual` (fail-closed check of the written file), :mod:`.engine` (the whole run).

The names below are imported on first use (:mod:`review_desk.core.lazy`): reading a document's
kind needs only :mod:`.masks`, not the whole engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from review_desk.core.lazy import lazy_exports

if TYPE_CHECKING:
    from .engine import (
        Applied,
        OutputRefused,
        RedactError,
        Redaction,
        RedactionReport,
        ResidualFound,
        redact_document,
        suggested_redactions,
    )
    from .masks import mask_value
    from .policy import Operation, PolicyError, RedactionPolicy, available_policies, load_policy
    from .residual import ResidualResult
    from .sanitize import SanitizeAction, SanitizeRefused

__all__ = [
    "Applied", "Operation", "OutputRefused", "PolicyError", "RedactError", "Redaction", "RedactionPolicy",
    "RedactionReport", "ResidualFound", "ResidualResult", "SanitizeAction", "SanitizeRefused",
    "available_policies", "load_policy", "mask_value", "redact_document", "suggested_redactions",
]

__getattr__, __dir__ = lazy_exports(__name__, {
    **dict.fromkeys(("Applied", "OutputRefused", "RedactError", "Redaction", "RedactionReport", "ResidualFound",
                     "redact_document", "suggested_redactions"), "engine"),
    "mask_value": "masks",
    **dict.fromkeys(("Operation", "PolicyError", "RedactionPolicy", "available_policies", "load_policy"), "policy"),
    "ResidualResult": "residual",
    "SanitizeAction": "sanitize", "SanitizeRefused": "sanitize",
})
