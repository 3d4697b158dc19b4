"""The detector's output types: a :class:`RawDetection` in one plain string, and a
:class:`Finding` on one segment of one document (what the scanner makes of detections)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum


class Action(str, Enum):
    """The default policy's suggestion for a finding."""

    REDACT = "redact"  # personal data: de-identify before publication
    KEEP = "keep"  # informational (organisation, location, a company's credit code)
    BLOCK = "block"  # a classification mark: the document must not be published proactively


@dataclass(frozen=True)
class Finding:
    """One detected entity.

    ``start``/``end`` are code-point offsets into the segment's text (for plain text, into the whole
    decoded text); ``text`` is the matched text exactly as it stands in the document (before any
    full-width normalisation).  ``part`` and ``location`` name the segment.
    """

    type: str
    text: str
    start: int
    end: int
    part: str
    location: str
    score: float
    action: Action
    recognizer: str

    @property
    def id(self) -> str:
        """A stable identifier: the same bytes and detector give the same ids."""
        key = f"{self.part}|{self.location}|{self.start}|{self.end}|{self.type}"
        return "F" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:11]

    def to_dict(self) -> dict[str, object]:
        """The JSON contract shape (README, "scan --json")."""
        return {
            "id": self.id,
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "part": self.part,
            "location": self.location,
            "score": round(self.score, 3),
            "action": self.action.value,
            "recognizer": self.recognizer,
        }


@dataclass(frozen=True)
class RawDetection:
    """One detection in one text; ``text`` is ``original[start:end]``."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str
    text: str
