"""Overlap resolution: when detections overlap, keep one.

Order of preference: a CLASSIFIED_MARK; then the longer span; then the type priority
CN_ID_CARD > CN_BANK_CARD > CN_USCC > PHONE_NUMBER > everything else; then the higher score.
So an 11-digit run inside an ID or bank card number is not also a phone number.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Protocol, TypeVar

__all__ = ["TYPE_PRIORITY", "resolve_overlaps"]

TYPE_PRIORITY: dict[str, int] = {"CN_ID_CARD": 0, "CN_BANK_CARD": 1, "CN_USCC": 2, "PHONE_NUMBER": 3}
_OTHER = len(TYPE_PRIORITY)


class _Span(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...


S = TypeVar("S", bound=_Span)


def _preference(d: _Span) -> tuple[int, int, int, float, int]:
    return (
        0 if d.type == "CLASSIFIED_MARK" else 1,
        -(d.end - d.start),
        TYPE_PRIORITY.get(d.type, _OTHER),
        -d.score,
        d.start,
    )


def resolve_overlaps(detections: Iterable[S]) -> list[S]:
    """Greedily keep the preferred detection of each overlapping group; sorted by start.

    The kept spans never overlap, so they are held sorted by start (and thereby by end): a
    candidate overlaps one of them exactly when it overlaps the last one starting before its
    end — one binary search per detection, not a scan of all kept ones (a 300,000-character
    paragraph has ~9,000 detections)."""
    starts: list[int] = []
    kept: list[S] = []
    for det in sorted(detections, key=_preference):
        if det.end <= det.start:
            continue
        i = bisect_left(starts, det.end)
        if i and kept[i - 1].end > det.start:
            continue
        starts.insert(i, det.start)
        kept.insert(i, det)
    kept.sort(key=lambda d: (d.start, d.end))
    return kept


