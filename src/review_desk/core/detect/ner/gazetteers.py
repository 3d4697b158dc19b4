"""The compiled word lists in ``resources/gazetteers/`` (loaded once per process).

* ``surnames.txt``: ``surname<TAB>frequency`` (single and compound surnames);
* ``provinces.txt``, ``cities.txt``, ``areas.txt``, ``streets.txt``: administrative divisions
  (省 / 地级市 / 区县 / 乡镇街道), one name per line.

Rebuild them with ``tools/build_gazetteers.py``.  When a file is missing (a broken install) a small
built-in list keeps the rules working.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from review_desk.core.paths import resources_dir

__all__ = ["AdminGazetteer", "Surnames", "admin_gazetteer", "gazetteer_dir", "surnames"]

_FALLBACK_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_FALLBACK_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "皇甫", "司徒", "东方", "夏侯", "慕容", "尉迟", "公孙", "令狐")


def gazetteer_dir() -> Path:
    return resources_dir() / "gazetteers"


def _read_lines(name: str) -> list[str] | None:
    path = gazetteer_dir() / name
    if not path.is_file():
        return None
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


#: Surnames at least this frequent (or compound / known rare ones, boosted to it when the list
#: is built) may start a name with weak context; rarer entries of the 1k list (员, 经, 未, 家 …
#: are mostly ordinary words) need a strong cue.
CONFIDENT_FREQ = 20


@dataclass(frozen=True)
class Surnames:
    """Single-character and compound surnames with their frequency (higher = more common)."""

    single: dict[str, int]
    compound: dict[str, int]

    def at(self, text: str, i: int) -> int:
        """Length of the surname starting at ``text[i]`` (2 compound, 1 single, 0 none)."""
        if text[i : i + 2] in self.compound:
            return 2
        if i < len(text) and text[i] in self.single:
            return 1
        return 0

    def confident_at(self, text: str, i: int) -> bool:
        """True when the surname at ``i`` is compound, common, or a known rare surname."""
        return text[i : i + 2] in self.compound or text[i : i + 1] in self._confident_single

    @cached_property
    def _confident_single(self) -> frozenset[str]:
        return frozenset(ch for ch, freq in self.single.items() if freq >= CONFIDENT_FREQ)

    def is_surname(self, s: str) -> bool:
        return s in self.single or s in self.compound


@lru_cache(maxsize=1)
def surnames() -> Surnames:
    lines = _read_lines("surnames.txt")
    single: dict[str, int] = {}
    compound: dict[str, int] = {}
    if lines is None:
        single = {ch: CONFIDENT_FREQ for ch in _FALLBACK_SURNAMES}
        compound = {s: CONFIDENT_FREQ for s in _FALLBACK_COMPOUND}
    else:
        for line in lines:
            name, _, freq = line.partition("\t")
            value = int(freq) if freq.strip().isdigit() else 1
            (compound if len(name) >= 2 else single)[name] = value
    return Surnames(single=single, compound=compound)


@dataclass(frozen=True)
class AdminGazetteer:
    """Administrative-division names by level, for longest-match lookup at a position."""

    provinces: frozenset[str]
    cities: frozenset[str]
    areas: frozenset[str]
    streets: frozenset[str]
    max_len: int

    def __post_init__(self) -> None:
        # For each level: the first two characters of its names -> the lengths seen, longest
        # first (most positions of a text start no name at all: one dict lookup rejects them).
        index: dict[str, dict[str, tuple[int, ...]]] = {}
        for level in ("provinces", "cities", "areas", "streets"):
            by_prefix: dict[str, set[int]] = {}
            for name in getattr(self, level):
                if 2 <= len(name) <= self.max_len:
                    by_prefix.setdefault(name[:2], set()).add(len(name))
            index[level] = {k: tuple(sorted(v, reverse=True)) for k, v in by_prefix.items()}
        object.__setattr__(self, "_index", index)

    def heads(self) -> frozenset[str]:
        """The first two characters of every name :meth:`match` can find, of any level."""
        return frozenset(k for level in self._index.values() for k in level)  # type: ignore[attr-defined]

    def match(self, text: str, i: int, level: str) -> int:
        """Length of the longest name of ``level`` starting at ``text[i]`` (0 if none)."""
        lengths = self._index[level].get(text[i : i + 2])  # type: ignore[attr-defined]
        if not lengths:
            return 0
        names = getattr(self, level)
        room = len(text) - i
        for n in lengths:
            if n <= room and text[i : i + n] in names:
                return n
        return 0


@lru_cache(maxsize=1)
def admin_gazetteer() -> AdminGazetteer:
    def load(name: str, fallback: tuple[str, ...]) -> frozenset[str]:
        lines = _read_lines(name)
        return frozenset(lines if lines is not None else fallback)

    provinces = load("provinces.txt", ("山东省", "北京市", "上海市", "天津市", "重庆市"))
    cities = load("cities.txt", ("济南市", "青岛市", "淄博市", "枣庄市", "东营市", "烟台市", "潍坊市", "济宁市",
                                  "泰安市", "威海市", "日照市", "临沂市", "德州市", "聊城市", "滨州市", "菏泽市"))
    areas = load("areas.txt", ())
    streets = load("streets.txt", ())
    max_len = max((len(n) for s in (provinces, cities, areas, streets) for n in s), default=2)
    return AdminGazetteer(provinces, cities, areas, streets, min(max_len, 12))
