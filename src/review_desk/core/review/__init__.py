"""The review workflow (一事一审): reviews bound to a file's SHA-256, decisions with legal bases,
sign-off, countersignature, publishing with the disclosure attribute, the PDF review log.

:class:`.workflow.ReviewDesk` is the entry point; :mod:`.rules` says what is allowed and why not;
:mod:`.state` rebuilds every review from the audit log; :mod:`.events` documents the log entries.
"""

from .rules import InvalidDecision, ReviewError
from .state import FindingRecord, ReviewState
from .workflow import DecisionInput, Identity, ReviewDesk, Started

__all__ = ["DecisionInput", "FindingRecord", "Identity", "InvalidDecision", "ReviewDesk", "ReviewError", "ReviewState", "Started"]
