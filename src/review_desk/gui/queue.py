"""The focused queue of findings: classification marks first (they block 主动公开), then personal
data, in document order; informational findings (organisations, places, a company's credit code,
and what the detector itself marked keep) last, in one group that is pre-decided "keep" and
collapsed until the reviewer opens it.  Plain Python over the draft (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.detect.policy import BLOCKING_TYPES, INFORMATIONAL_TYPES
from review_desk.core.review.draft import DraftReview
from review_desk.core.review.representative import is_representative

MARKS, PERSONAL, INFORMATIONAL = 0, 1, 2
GROUPS = (MARKS, PERSONAL, INFORMATIONAL)


def group_of(f: Finding) -> int:
    if f.type in BLOCKING_TYPES:
        return MARKS
    if is_representative(f.recognizer):
        return PERSONAL  # suggested kept (双公示), but personal data: the reviewer decides it, with its basis
    if f.type in INFORMATIONAL_TYPES or f.action is Action.KEEP:
        return INFORMATIONAL
    return PERSONAL


def queue_order(findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` (in document order) grouped marks, personal data, informational (stable)."""
    return sorted(findings, key=group_of)


def pre_decide_informational(draft: DraftReview) -> int:
    """Decide every undecided informational finding "keep" (the reviewer can still change it);
    returns how many.  Nothing changes in a signed review."""
    if draft.review is not None and not draft.review.is_open:
        return 0
    fids = [f.id for f in draft.findings if group_of(f) == INFORMATIONAL and f.id not in draft.decisions]
    if fids:
        draft.decide(fids, "keep")
    return len(fids)


def group_counts(draft: DraftReview) -> dict[int, tuple[int, int]]:
    """``{group: (findings, undecided)}``."""
    counts = {g: [0, 0] for g in GROUPS}
    decisions = draft.decisions
    for fid, f in draft.by_id.items():  # ids computed once (Finding.id hashes)
        c = counts[group_of(f)]
        c[0] += 1
        c[1] += fid not in decisions
    return {g: (total, open_) for g, (total, open_) in counts.items()}
