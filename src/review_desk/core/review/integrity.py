"""What binds a published copy to its signature, checked the same way by ``publish`` and ``log verify``.

A sign-off (and a countersignature) signs :meth:`.state.ReviewState.decisions_digest`, the SHA-256
of the canonical decision set.  The workflow appends decisions and the sign-off in write
transactions that re-check the review inside the lock (:meth:`review_desk.core.audit.AuditLog.writing`),
so it never writes a decision after a sign-off, a second review with a used id, or a second open
review of the same bytes.  Such entries in a log were put there another way (a race in an older
version, or someone writing the database directly and re-signing the chain): :func:`.state.replay`
keeps them as anomalies, the review is not published, and the log does not verify.

Codes (``Verification.code`` and the errors' ``code``): ``decision_after_signoff``,
``decisions_not_signed``, ``duplicate_review``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from review_desk.core.audit import Entry, Verification, verify_log
from review_desk.core.errors import ErrorCode

from .rules import ReviewError
from .state import DECISION_AFTER_SIGNOFF, DECISIONS_NOT_SIGNED, DUPLICATE_REVIEW, Anomaly, ReviewState, replay

__all__ = ["DECISION_AFTER_SIGNOFF", "DECISIONS_NOT_SIGNED", "DUPLICATE_REVIEW", "SignoffBroken",
           "check_signoff", "review_anomalies", "verify_desk"]


class SignoffBroken(ReviewError):
    """The decisions of a review are not the ones its sign-off signed (the code says how)."""

    def __init__(self, anomaly: Anomaly) -> None:
        super().__init__(f"Review {anomaly.review_id} cannot be published: {anomaly.message} The log was written "
                         "outside the workflow; run log verify.", code=ErrorCode(anomaly.code))
        self.anomaly = anomaly


def check_signoff(state: ReviewState) -> None:
    """Raise :class:`SignoffBroken` unless ``state``'s decisions are exactly those its sign-off signed."""
    if state.anomalies:
        raise SignoffBroken(state.anomalies[0])
    if state.signature is not None and state.signature.digest != state.decisions_digest():
        raise SignoffBroken(Anomaly(DECISIONS_NOT_SIGNED, 0, state.review_id,
                                    "its decisions differ from the signed decision set."))


def review_anomalies(entries: Sequence[Entry]) -> list[Anomaly]:
    """Every anomaly of every review, in log order."""
    return sorted((a for s in replay(entries).values() for a in s.anomalies), key=lambda a: a.seq)


def _first_anomaly(entries: Sequence[Entry]) -> tuple[int | None, str, str] | None:
    found = review_anomalies(entries)
    if not found:
        return None
    a = found[0]
    return a.seq, a.code, a.message


def verify_desk(home: str | Path, database: str | None = None) -> Verification:
    """:func:`review_desk.core.audit.verify_log` plus the review rules above."""
    return verify_log(Path(home), rules=(_first_anomaly,), database=database)
