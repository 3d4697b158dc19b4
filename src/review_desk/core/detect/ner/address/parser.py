"""Reading one address from a position with the span grammar (:mod:`.grammar`):
:func:`parse_address` returns where it ends and whether it reaches a house number.
"""

from __future__ import annotations

import regex as re

from ...text import is_cjk
from ..gazetteers import AdminGazetteer, admin_gazetteer
from .grammar import COMPLEX, COMPLEX_ROOM, COMPLEX_SUFFIX, DASHED, DEVZONE, FLAT_DASH, HAMLET_NUM, NAMED_COMPLEX, NAMED_FLAT, NUM_END, ORG_AFTER, ORG_IN_NAME, REST, ROAD_NAME, ROAD_NUM, ROAD_NUM_STRICT, SUBNUMBER, TOWN, TOWN_NUM, VILLAGE_BY_LANDMARK, VILLAGE_NAME, VILLAGE_NUM, VILLAGE_NUM_STRICT, VILLAGE_ONLY, ZONE, ZONE_HOUSE
from .divisions import admin_chain


def _dashes(dash: str | None) -> int:
    return (dash.count("-") + dash.count("－")) if dash else 0


def at_end(text: str, k: int) -> bool:
    return bool(re.match(NUM_END, text[k:]))


#: A building noun that a count follows (房屋一栋, 楼房两幢): no estate's name.
_BUILDINGS_COUNTED = re.compile(r"(?:房屋|楼房|平房|厂房|住房|房子|建筑物?|大棚)$")


def _rest(text: str, end: int) -> int:
    """Extend past a house number through complex name / building / unit / floor / room."""
    sub = SUBNUMBER.match(text, end)
    if sub:
        end = sub.end()
    r = REST.match(text, end)
    if r and (r.group("bldg") or r.group("unit") or r.group("room") or r.group("floor")):
        if r.group("complex") and not (r.group("bldg") or r.group("unit")):
            dash = r.group("dash")
            room = r.group("room")
            ok = room and (room.endswith("室") or _dashes(dash) == 2)
            # 某路12号某花园5-436 (a residential complex, then a dashed flat at the end)
            ok = ok or (
                dash is not None and at_end(text, r.end()) and not ORG_IN_NAME.search(r.group("complex"))
                and (re.search(rf"{COMPLEX_SUFFIX}{ZONE}?$", r.group("complex")) is not None or FLAT_DASH.search(dash) is not None)
            )
            if not ok:
                return end  # 某小区1号: not a flat
        if r.group("complex") and (ORG_IN_NAME.search(r.group("complex")) or _BUILDINGS_COUNTED.search(r.group("complex"))):
            return end  # (…15号建设房屋一栋: a count of buildings, not an estate's building)
        return r.end()
    d = DASHED.match(text, end)
    if d and text[d.end() - 1 : d.end()] == "室":
        return d.end()
    f = COMPLEX_ROOM.match(text, end)
    if f and not ORG_IN_NAME.search(f.group(1)) and not ORG_AFTER.search(f.group(1)):
        return f.end()  # 某路8号某某国际1202: a complex, then a flat number ending the address
    return end


def _complex_at(text: str, k: int, loose: bool = False) -> int | None:
    """End of a residential complex with a building / flat number starting at ``k``
    (``loose``: after a home cue, also an unsuffixed estate + flat, or an estate + bare number)."""
    for complex_re in (COMPLEX, NAMED_COMPLEX, NAMED_FLAT) if loose else (COMPLEX, NAMED_COMPLEX):
        m = complex_re.match(text, k)
        if not m or ORG_IN_NAME.search(text, m.start(), m.end()):
            continue
        r = REST.match(text, m.end())
        if not r or r.group("complex"):
            continue
        flat = r.group("unit") or r.group("room") or r.group("floor")
        bldg = r.group("bldg")
        if bldg and (flat or "排" in bldg or text[m.end() : r.end()].endswith(("号楼", "栋", "幢", "座"))):
            return r.end()
        dash = r.group("dash")
        if not bldg and _dashes(dash) >= 2:
            return r.end()
        if complex_re is COMPLEX and not bldg and r.group("unit") and r.group("room"):
            return r.end()  # 凤凰山小区12单元467
        if complex_re is COMPLEX and at_end(text, r.end()):
            # 石桥苑69号 / 明珠苑103-575: a house or a dashed flat number ending the address
            if (bldg and bldg.endswith("号") and not flat and bldg[0].isdigit()) or (not bldg and _dashes(dash) == 1):
                return r.end()
        if complex_re is NAMED_FLAT and not bldg and _dashes(dash) == 1 and at_end(text, r.end()):
            return r.end()
        if loose and complex_re is COMPLEX and not r.group(0):
            n = re.match(rf"\d{{1,4}}{NUM_END}", text[m.end() :])
            if n:
                return m.end() + n.end()  # 长飞小区828
    return None


def parse_address(
    text: str, i: int, gaz: AdminGazetteer | None = None, *, bare_start: bool = False, village_end: bool = False
) -> tuple[int, bool] | None:
    """Parse an address starting at ``i``: ``(end, has_number)`` or ``None`` when nothing parses.

    ``bare_start``: the address may start at a town, road or village (after a home cue);
    ``village_end``: a village (组) without a house number is enough (after a home cue).
    """
    gaz = gaz or admin_gazetteer()
    loose = bare_start or village_end  # after a home cue / in an address cell
    ends: list[int] = []
    j, levels = admin_chain(text, i, gaz, ends)
    if not levels and not bare_start:
        return None
    spaced = bool(levels) and text[j : j + 1] in (" ", "\u3000") and text[j] in text[i:j] and is_cjk(text[j + 1 : j + 2])
    if spaced:
        j += 1  # 昆明市 五华区 普吉街道 云台路214号: spaced divisions, then the road
    candidates, towns = _starts_after_divisions(text, j, levels, ends)
    end = _house_number_end(text, candidates, towns, loose)
    if end is not None:
        return _rest_spaced(text, end, spaced), True
    end = _complex_end(text, candidates, loose)
    if end is not None:
        return end, True
    end = _hamlet_end(text, i, candidates, bool(levels), loose, village_end)
    if end is not None:
        return _rest_spaced(text, end, spaced), True
    if village_end:
        for k in candidates:
            m = VILLAGE_ONLY.match(text, k) or VILLAGE_BY_LANDMARK.match(text, k)
            if m:
                return m.end(), True
    if levels:
        return j, False
    return None


def _starts_after_divisions(text: str, j: int, levels: list[str], ends: list[int]) -> tuple[list[int], list[int]]:
    """Where the part after the divisions (ending at ``j``) may start, in the order tried — after a
    town or a development zone first — and where a town ends (a house number may follow it)."""
    candidates = [j]
    towns = []
    if "streets" in levels:
        towns.append(j)
    else:
        m = TOWN.match(text, j)
        if m and m.end() - j <= 7:
            candidates.insert(0, m.end())  # prefer reading a town first
            towns.append(m.end())
    if levels and levels[-1] == "streets":
        # a town name that is really the start of a road (新镇路…): read it as one as well
        candidates.append(ends[-1])
    for k in list(candidates):
        m = DEVZONE.match(text, k)
        if m and m.end() - k <= 10:
            candidates.insert(0, m.end())  # 某某开发区 between the district / town and the road
    return candidates, towns


def _rest_spaced(text: str, e: int, spaced: bool) -> int:
    """:func:`_rest` after a house number; with spaced divisions, also across one more space."""
    r = _rest(text, e)
    if r == e and spaced and text[e : e + 1] in (" ", "\u3000"):
        r2 = _rest(text, e + 1)
        return r2 if r2 > e + 1 else r  # … 雄楚大道1038号 金地格林小镇8栋3单元804室
    return r


def _house_number_end(text: str, candidates: list[int], towns: list[int], loose: bool) -> int | None:
    """End of a village's or a road's house number (a town's, ``大陈镇178号``) from a candidate start."""
    for k in candidates:
        if loose:
            m = VILLAGE_NUM.match(text, k) or ROAD_NUM.match(text, k)
        else:
            m = VILLAGE_NUM_STRICT.match(text, k) or ROAD_NUM_STRICT.match(text, k)
        if m:
            return m.end()
    for k in towns:
        m = TOWN_NUM.match(text, k)
        if m:
            return m.end()
    return None


def _complex_end(text: str, candidates: list[int], loose: bool) -> int | None:
    """End of a residential complex's building or flat, the complex written right at a candidate
    start or after a road or village named without a number (某路某花园5栋…)."""
    for k in candidates:
        e = _complex_at(text, k, loose)
        if e:
            return e
    for k in candidates:
        for name_re in (VILLAGE_NAME, ROAD_NAME):
            m = name_re.match(text, k)
            if m:
                e = _complex_at(text, m.end(), loose)
                if e:
                    return e
    return None


def _hamlet_end(text: str, i: int, candidates: list[int], divisions: bool, loose: bool, village_end: bool) -> int | None:
    """After a home cue or in an address cell: a hamlet's house number after the divisions
    (某镇钱家浜130号), or without divisions an estate's zone or a village with a house number
    (洪山二区65号)."""
    if loose and divisions:
        for k in candidates:
            m = HAMLET_NUM.match(text, k)
            if m and not ORG_IN_NAME.search(m.group(0)) and not re.search(r"[区县市省]\d|[年月日共计约第次人岁时期间]", m.group(0)):
                return m.end()
    if village_end and not divisions:
        m = ZONE_HOUSE.match(text, i)
        if m and not ORG_IN_NAME.search(m.group(0)):
            return m.end()
    return None
