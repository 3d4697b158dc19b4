"""Administrative-division chains (province → city → county → town) read with the gazetteer.

A province / city may be written without its suffix in front of a further division
(``浙江杭州西湖区``, ``宁波余姚市``), with a leading ``中国`` and with dashes or spaces between
divisions.  A district name directly followed by another division (``张店区扎兰屯市…``) is a
LOCATION of its own, not the start of the address.  :func:`division_prefix_end` is where an
address is cut back for publication.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from ..gazetteers import AdminGazetteer, admin_gazetteer
from .grammar import TOWN


_PROVINCE_SUFFIX = re.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$")


@lru_cache(maxsize=1)
def _short_names() -> tuple[frozenset[str], frozenset[str]]:
    """Province and city names without their suffix (浙江, 广西, 杭州), as written in casual
    addresses (``浙江杭州西湖区…``); only used in front of a further division."""
    gaz = admin_gazetteer()
    provs = {_PROVINCE_SUFFIX.sub("", p) for p in gaz.provinces}
    cities = {c[:-1] for c in gaz.cities if c.endswith("市") and len(c) >= 3}
    return frozenset(p for p in provs if len(p) >= 2), frozenset(cities)


@lru_cache(maxsize=1)
def _prefecture_short_names() -> frozenset[str]:
    """Autonomous prefectures as addresses write them: ``大理州`` for 大理白族自治州,
    ``黔东南州`` for 黔东南苗族侗族自治州 (the place name, then 州)."""
    return frozenset(c[:k] + "州" for c in admin_gazetteer().cities if c.endswith("自治州") for k in (2, 3))


@lru_cache(maxsize=4)
def chain_starts(gaz: AdminGazetteer) -> frozenset[str]:
    """The first two characters of everything :func:`admin_chain` can match first (a division of
    any level, a short province / city / prefecture name, ``中国``): at a position whose two
    characters are not in it no chain starts, so :func:`rule_divisions` moves on at once."""
    heads = {"中国", *gaz.heads()}
    short_provs, short_cities = _short_names()
    heads.update(n[:2] for n in (*short_provs, *short_cities, *_prefecture_short_names()))
    return frozenset(heads)


def _short_at(text: str, i: int, names: frozenset[str]) -> int:
    for n in (3, 2):
        if text[i : i + n] in names:
            return n
    return 0


#: What may stand between two division names (浙江-台州-天台县, 昆明市 五华区 普吉街道).
_DIVISION_SEPS = frozenset("-－ \u3000")


def admin_chain(text: str, i: int, gaz: AdminGazetteer, ends: list[int] | None = None) -> tuple[int, list[str]]:
    """(end, levels matched) of the administrative-division chain starting at ``i``.

    A province or city may be written without its suffix (``浙江杭州市``, ``宁波余姚市``) or
    with a dash between divisions (``浙江-台州-天台县``) when a further division follows; a
    leading ``中国`` is part of the address."""
    j = i
    levels: list[str] = []
    if text.startswith("中国", j) and (gaz.match(text, j + 2, "provinces") or _short_at(text, j + 2, _short_names()[0])):
        j += 2
    short_provs, short_cities = _short_names()
    for level in ("provinces", "cities", "areas", "streets"):
        n = gaz.match(text, j, level)
        if not n and level == "cities":
            n = next((m for m in (4, 3) if text[j : j + m] in _prefecture_short_names()), 0)
        if not n and level in ("provinces", "cities") and (not levels or levels[-1] != level):
            n = _short_at(text, j, short_provs if level == "provinces" else short_cities)
            if n:
                k = j + n
                if text[k : k + 1] in "-－":
                    k += 1
                nxt = ("cities", "areas") if level == "provinces" else ("areas", "streets")
                if not any(gaz.match(text, k, lv) for lv in nxt) and not (
                    level == "provinces" and _short_at(text, k, short_cities)
                    and any(gaz.match(text, k + _short_at(text, k, short_cities) + d, "areas") for d in (0, 1))
                ):
                    n = 0
        if n:
            if ends is not None:
                ends.append(j)
            j += n
            levels.append(level)
            if text[j : j + 1] in _DIVISION_SEPS and level != "streets":
                nj = j + 1
                if any(gaz.match(text, nj, lv) for lv in ("cities", "areas", "streets")) or _short_at(text, nj, short_cities):
                    j = nj
    return j, levels


def division_at(text: str, k: int, gaz: AdminGazetteer) -> bool:
    return any(gaz.match(text, k, level) for level in ("provinces", "cities", "areas", "streets"))


def dangling_area(text: str, i: int, gaz: AdminGazetteer) -> int:
    """``张店区扎兰屯市…``: a district name directly followed by another district / city /
    province is a place of its own; returns its length (0 when ``i`` is not such a name)."""
    n = gaz.match(text, i, "areas")
    if n and any(gaz.match(text, i + n, level) for level in ("provinces", "cities", "areas")):
        return n
    return 0


@lru_cache(maxsize=4)
def _upper_divisions(gaz: AdminGazetteer) -> frozenset[str]:
    """Province, city and county names (one set, for looking back from a span)."""
    return gaz.provinces | gaz.cities | gaz.areas


def divisions_before(text: str, start: int, gaz: AdminGazetteer) -> int:
    """Where the division names written right before ``start`` begin (``砀山县`` before a model
    span ``赵屯镇陈楼村…``): the address starts there; ``start`` when there are none."""
    names = _upper_divisions(gaz)
    at_division = any(gaz.match(text, start, level) for level in ("provinces", "cities", "areas", "streets"))
    k = start
    while True:
        n = next((n for n in range(min(gaz.max_len, k), 1, -1) if text[k - n : k] in names), 0)
        reach = admin_chain(text, k - n, gaz)[0] if n else -1
        if reach < start or (reach == start and at_division):
            return k  # (吴兴区平遥县…, 张店区扎兰屯市…: a division that does not lead on is a place of its own)
        k -= n


def division_around(text: str, start: int, gaz: AdminGazetteer) -> int:
    """Where a division name begins that runs into ``start`` from up to three characters before
    (the model's span ``都县岭背镇…`` of ``住于都县岭背镇…``); ``start`` when there is none."""
    for back in (1, 2, 3):
        k = start - back
        if k < 0:
            break
        for level in ("provinces", "cities", "areas", "streets"):
            n = gaz.match(text, k, level)
            if n and k + n > start:
                return k
    return start


def division_prefix_end(text: str) -> int:
    """End of the administrative part of an address (province … district / county, then the
    town or 街道 when present): where an address is cut back for publication (guide §3).

    ``0`` when the address does not start with a known division (a bare road or village)."""
    gaz = admin_gazetteer()
    end, levels = admin_chain(text, 0, gaz)
    if not levels or "streets" in levels:
        return end
    m = TOWN.match(text, end)
    if m and m.end() - end <= 7:
        return m.end()
    return end
