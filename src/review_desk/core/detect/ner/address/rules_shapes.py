"""The rules that find an address by its shape alone: a chain of administrative divisions that
reaches a house number (else a place), a dwelling's tail without divisions."""

from __future__ import annotations

import regex as re

from ...text import is_cjk
from .. import address_words as A
from .grammar import AGENCY_IN_SPAN, ORG_IN_NAME
from .divisions import chain_starts, dangling_area
from .parser import parse_address
from .cues import clause_address_start
from .scan import AddressScan


_LOCATION_FOLLOW = frozenset(A.LOCATION_FOLLOW)


def rule_divisions(scan: AddressScan) -> None:
    """At every administrative-division name: an address when the grammar reaches a house
    number, else a place (LOCATION) when the chain ends cleanly."""
    text, gaz = scan.text, scan.gaz
    starts = chain_starts(gaz)
    i = 0
    n = len(text)
    while i < n:
        if text[i : i + 2] not in starts or not scan.free(i, i + 1) or not is_cjk(text[i]):
            i += 1  # (no division name starts here: nothing below would parse)
            continue
        n_area = dangling_area(text, i, gaz)
        if n_area:
            if scan.free(i, i + n_area):
                scan.add_location(i, i + n_area)
            i += n_area
            continue
        parsed = parse_address(text, i, gaz)
        if parsed is None:
            i += 1
            continue
        end, has_number = parsed
        if not scan.free(i, end):
            i += 1
            continue
        if has_number:
            scan.add_address(i, end, "grammar")
            i = end
            continue
        if scan.locations and (end >= n or text[end] in _LOCATION_FOLLOW) and end - i >= 3:
            scan.add_location(i, end)
            i = end
            continue
        i += 1


#: What only a dwelling has: a building with a unit or room, a unit, a 弄 house, a yard's building.
_FLAT_TAIL = re.compile(r"(?:\d+|[A-Za-z])(?:号楼|栋|幢)|\d+单元|\d+弄\d+号|\d+号院\d+号|(?<![\d-－])\d{1,3}[-－]\d{1,2}[-－]\d{3,4}(?![\d-－])")
#: Characters without which the flat rule cannot match (one search, then nothing to do).
_FLAT_HINT = re.compile(r"[楼栋幢弄]|单元|号院|\d[-－]\d{1,2}[-－]\d")
#: ... and the flat it must reach: a unit, a room, a 弄 house, a yard's house, building-unit-room.
_BARE_HOME = re.compile(r"单元|\d室$|\d+弄\d+号|号院\d+号|(?:号楼|栋|幢|座)\d+(?:室|号|房)?$|\d+[-－]\d+[-－]\d+$")


#: The name before a bare flat's first number, and a numbered zone or road it may go on with
#: (江南4区, 建设2路): a place's when it is longer than two characters, ends like a road, an estate
#: or a village (梧桐里, 康居小区, 湖北路) or goes on with such a number.
_NAME_PART = re.compile(r"([^\dA-Za-z]*)(\d+[区路街道巷弄里期园])?")
_PLACE_LAST = frozenset("路街巷道弄里苑园府城村庄屯院区居")


def _named_place(span: str) -> bool:
    """The span's words before its first number (or letter) name a place, not an action
    (``选定3号楼1单元``)."""
    m = _NAME_PART.match(span)
    name = m.group(1)
    return len(name) >= 3 or bool(m.group(2)) or (len(name) == 2 and name[-1] in _PLACE_LAST)


def rule_bare_flat(scan: AddressScan) -> None:
    """An address written without any division in front (``湖北路52号院9号楼4单元704号``,
    ``梧桐里6幢304室``) is a home when it has a dwelling's tail (building + unit / room, 弄):
    read from the start of its clause, cell or bracket."""
    text, gaz = scan.text, scan.gaz
    if not _FLAT_HINT.search(text):
        return  # (no dwelling's tail anywhere: skip the rule)
    last = -1
    for m in _FLAT_TAIL.finditer(text):
        if m.start() < last or not scan.free(m.start(), m.end()):
            continue
        k = clause_address_start(text, m.start())  # (安置房位于某某苑1栋…: after the clause's cue)
        if k < 0 or m.start() - k < 2 or not is_cjk(text[k]) or not scan.free(k, m.start()):
            continue
        parsed = parse_address(text, k, gaz, bare_start=True)
        if not parsed or not parsed[1] or parsed[0] < m.end():
            continue
        span = text[k : parsed[0]]
        if not _named_place(span):
            continue  # 选定3号楼1单元: a verb, not a place's name, before the building
        if _BARE_HOME.search(span) and not ORG_IN_NAME.search(span) and not AGENCY_IN_SPAN.search(span):
            scan.add_address(k, parsed[0], "flat+grammar")
            last = parsed[0]
