"""One text being searched for addresses (:class:`AddressScan`) and the spans found
(:class:`AddressSpan`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import regex as re

from .. import address_words as A
from ..gazetteers import AdminGazetteer
from .grammar import LANDMARK_RE
from .cues import CUE_SCAN
from .owner import classify, designated_zone
from .columns import address_column, membership_home


_RELATIVE = frozenset(A.RELATIVE)


@dataclass(frozen=True)
class AddressSpan:
    type: str  # CN_ADDRESS / ORG_ADDRESS / LOCATION
    start: int
    end: int
    score: float
    rule: str


#: A rural home described by what stands next to it (…村六组水井旁, …村小学东侧, …村南街).
_LANDMARK = re.compile(LANDMARK_RE)
_VILLAGE_LEVEL_END = ("村", "组", "社", "屯", "队", "嘎查", "村委会")


def landmark_end(text: str, s: int, e: int) -> int:
    """A home address that stops at a village or group runs on over the landmark after it."""
    if not text[s:e].endswith(_VILLAGE_LEVEL_END):
        return e
    m = _LANDMARK.match(text, e)
    return m.end() if m else e  # (a school, a clinic or a shop next to a home is its landmark)


@dataclass
class AddressScan:
    """One text being searched for addresses: the rules read ``text`` and add non-overlapping
    spans to ``results`` (``taken`` holds their extents)."""

    text: str
    gaz: AdminGazetteer
    model_spans: Sequence[tuple[str, int, int]] = ()
    locations: bool = True
    context: Sequence[str] | None = None
    #: The names found in the text (start, end): a clause that names a person is about that person.
    persons: Sequence[tuple[int, int]] = ()
    results: list[AddressSpan] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    #: The address cues of the text, leftmost-longest (one scan for the rules that read them).
    cues: list[re.Match] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.cues = list(CUE_SCAN.finditer(self.text))

    @cached_property
    def column(self) -> str | None:
        """What the cell's column header says (see :func:`address_column`)."""
        return address_column(self.context)

    def free(self, s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in self.taken)

    def add(self, kind: str, s: int, e: int, score: float, rule: str) -> None:
        if kind == "CN_ADDRESS":
            e = landmark_end(self.text, s, e)
        self.results.append(AddressSpan(kind, s, e, score, rule))
        self.taken.append((s, e))

    def add_location(self, s: int, e: int) -> None:
        if self.locations:
            self.add("LOCATION", s, e, 0.6, "gazetteer")

    def add_address(self, s: int, e: int, rule: str, score: float = 0.85) -> None:
        """A parsed address, classified as a home or an organisation's address."""
        text = self.text
        rel = next((r for r in _RELATIVE if text.startswith(r, s)), "")
        if rel and e - s - len(rel) >= 4:
            s += len(rel)  # 住本市历下区… / 同楼8栋…: the address starts after the relative word
        cell_start = len(text) - len(text.lstrip())
        if self.column == "PLACE" and not membership_home(text, s, e, self.gaz):
            self.place(s, e)  # 所在村组 | 塔布板村5组: the village the person belongs to
            return
        if self.column in ("CN_ADDRESS", "ORG_ADDRESS") and s - cell_start <= 3:
            # the cell's own address (found by the model first): the column says whose it is
            kind = self.column if self.column == "ORG_ADDRESS" else classify(text, s, e, column=True)
        else:
            kind = classify(text, s, e)
        if kind == "CN_ADDRESS" and designated_zone(text, s, e):
            self.place(s, e, "zone")  # …小区20号楼、…36号院等2个中风险区: a zone on a map, not a home
            return
        self.add(kind, s, e, score, rule)

    def place(self, s: int, e: int, rule: str = "place") -> None:
        """An address-shaped span that is a place: a LOCATION (kept), or only taken when the
        rules report no places."""
        if self.locations:
            self.add("LOCATION", s, e, 0.6, rule)
        else:
            self.taken.append((s, e))
