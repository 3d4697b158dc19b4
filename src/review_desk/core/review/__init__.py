"""The review workflow (一事一审): reviews bound to a file's SHA-256, decisions with legal bases,
sign-off, countersignature, publishing with the disclosure attribute, the PDF review log.

:class:`.workflow.ReviewDesk` is the entry point; :mod:`.rules` says what is allowed and why not;
:mod:`.state` rebuilds every review from the audit log; :mod:`.events` documents the log entries.

The names below are imported on first use (:mod:`review_desk.core.lazy`): ``scan`` reads only
:mod:`.kinds` and must not load the workflow on the way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from review_desk.core.lazy import lazy_exports

if TYPE_CHECKING:
    from .rules import InvalidDecision, ReviewError
    from .state import FindingRecord, ReviewState
    from .workflow import DecisionInput, Identity, ReviewDesk, Started

__all__ = ["DecisionInput", "FindingRecord", "Identity", "InvalidDecision", "ReviewDesk", "ReviewError", "ReviewState", "Started"]

__getattr__, __dir__ = lazy_exports(__name__, {
    "InvalidDecision": "rules", "ReviewError": "rules",
    "FindingRecord": "state", "ReviewState": "state",
    "DecisionInput": "workflow", "Identity": "workflow", "ReviewDesk": "workflow", "Started": "workflow",
})
