"""Propagation: a name found once in a document is found wherever it occurs in that document.

The detector sees one paragraph (or table cell) at a time, so ``董东明`` introduced with
``信访人：`` in one paragraph is not recognisable in ``其中董东明的工资…`` three paragraphs later.
:func:`propagate` is the scanner's second pass: it collects the PERSON texts of the first pass
(two characters or more) and searches every text for them (plain substring search), adding the
occurrences not already covered.  An occurrence inside a longer organisation / location /
address finding (a name inside ``王府井``) is not added.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["PROPAGATED_RECOGNIZER", "PropagatedDetection", "names_to_propagate", "propagate"]

PROPAGATED_RECOGNIZER = "NamePropagation"
MIN_LENGTH = 2


@dataclass(frozen=True)
class PropagatedDetection:
    """Shaped like :class:`..detector.RawDetection` (offsets into the searched text)."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str
    text: str


def names_to_propagate(texts: Iterable[str]) -> list[str]:
    """Distinct names of at least :data:`MIN_LENGTH` characters, longest first."""
    names = {t.strip() for t in texts if t and len(t.strip()) >= MIN_LENGTH}
    return sorted(names, key=lambda n: (-len(n), n))


def propagate(text: str, names: Sequence[str], existing: Sequence[object]) -> list[PropagatedDetection]:
    """New PERSON detections in ``text`` for every occurrence of one of ``names`` that does not
    overlap an ``existing`` detection (objects with ``start``/``end``) or an earlier addition."""
    if not names or not text:
        return []
    occupied = [(d.start, d.end) for d in existing]  # type: ignore[attr-defined]
    out: list[PropagatedDetection] = []
    for name in names:  # longest first: 欧阳明华 before 欧阳明
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if not any(pos < e and s < end for s, e in occupied):
                out.append(PropagatedDetection("PERSON", pos, end, 0.8, PROPAGATED_RECOGNIZER, name))
                occupied.append((pos, end))
            pos = text.find(name, pos + 1)
    out.sort(key=lambda d: d.start)
    return out
