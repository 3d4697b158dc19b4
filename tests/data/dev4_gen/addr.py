"""Home addresses and agency particulars in the real divisions of people.COUNTIES (roads, estates and
villages invented; dev 3's lists reused)."""

from __future__ import annotations

from tests.data.dev3_gen.places import ESTATES, cn_num, room, village

from .people import COUNTIES


def rural(c, key: str, *, head: int = 1, cn: bool = False, house: bool = True) -> str:
    """[省市][区县]镇/街道 + 村 + 组 + 号.  head: 0 town first, 1 county first, 2 city first, 3 province first."""
    k = COUNTIES[key]
    parts = [k.prov, k.city, k.county][3 - head:] if head else []
    g = c.randint(1, 12)
    parts += [c.pick(k.towns), village(c.rng), cn_num(g) if cn else str(g), "组"]
    if house:
        parts.append(f"{c.randint(1, 99)}号")
    return "".join(parts)


def urban(c, key: str, *, head: int = 1, dash: bool = False) -> str:
    k = COUNTIES[key]
    parts = [k.prov, k.city, k.county][3 - head:] if head else []
    if c.chance(0.5):
        parts.append(c.pick(k.towns))
    parts.append(f"{c.pick(k.roads)}{c.randint(2, 288)}号")
    est = c.pick(ESTATES)
    if dash:
        parts.append(f"{est}{c.randint(1, 30)}-{c.randint(1, 4)}-{room(c.rng)}")
    else:
        parts.append(f"{est}{c.randint(1, 30)}号楼{c.randint(1, 4)}单元{room(c.rng)}室")
    return "".join(parts)


def village_only(c, key: str) -> str:
    """Town + village + group, the usual short form in a village roster."""
    k = COUNTIES[key]
    return f"{c.pick(k.towns)}{village(c.rng)}{c.randint(1, 9)}组"
