"""Addresses: a person's home address (CN_ADDRESS, one span) versus an organisation's address
(ORG_ADDRESS, kept) versus a jurisdiction / place (LOCATION, kept).

The span grammar (rule-only, also used to extend or trim the model's ADDRESS spans)::

    [省] [市] [区/县] [街道/镇/乡] ( 村 [组] | 路/街/大道/巷 ) 号 [小区名] [号楼/栋/幢] [单元] [层] [室]

Province, city, district and town names come from the administrative-division gazetteer
(:mod:`.gazetteers`); a town not in it is accepted by its suffix (镇/乡/街道) right after a
district.  A span must reach a house number (``号``) to be an address at all; an admin chain
without one (``济南市历下区``) is a LOCATION.

Which kind of address it is comes from the cue before it (``住址``, ``现住``, ``家住``,
``户籍地``, ``家庭住址`` → home; ``住所``/``注册地址``/``经营场所``/``本局地址`` of a company or
agency → ORG_ADDRESS; a bare ``地址`` / ``住所`` is decided by the company words around it),
else from its shape: a flat (``单元``/``室``/``号楼``) or a village house number is a home,
a street number alone or an office floor (``大厦15层``) is an organisation's.

Refinements: leftmost-longest cue matching (``居住地`` is one cue, not ``住`` + ``地…``) and a
copula after the cue (``通讯地址为…``); villagers' groups by name or number (``桃园组``, ``四社``);
a named complex without a 小区-type suffix when a building follows (``水岸星城B座…``,
``丽景湾4栋…``); ``18号楼1901号``; ``香樟园29-4-1104``; ``2门301``; ``附3号``; ``四段``.
Whose address it is: an org-type cue (``住所``, ``联系地址``) after a person (``经营者姓名…、住所``,
``法定代表人住所``, ``代表某某的联系地址``) is a home; a home-type cue after an organisation
(``某某有限公司，住所地…``, ``企业通信地址``), an address followed by ``酒店`` / ``大厦``, and a
letter's own contact footer (``通讯地址：…`` on its own line, a plain street number) are an
organisation's.  A table cell under an address column (``家庭住址``, ``住宿地址``) is read from its
first character.  A district name directly followed by another division (``张店区扎兰屯市…``) is
a LOCATION of its own, not the start of the address.

Generalisations (measured on real-world address shapes with ``benchmarks/address_coverage.py``):
a province / city written without its suffix in front of a further division (``浙江杭州西湖区``,
``宁波余姚市``), a leading ``中国`` and dashes between divisions; road names with a number
(``新兴1路``) and the suffixes 里/道/支路/环路/公路; a development zone before the road; a town
name that is really the start of a road (``新镇路``); buildings / units / floors with Chinese
numerals or letters (``三栋``, ``c16栋``, ``B单元``, ``3-1号楼``, ``149楼11单元``); zones of an estate
or village (``3区``, ``一期``, ``4组团``); a hamlet and group after a village (``某村严家9组212号``);
a road or village named without a number before the estate; a room after a house number
(``73号1641``, ``105号704室``) or after an estate (``某某国际1202``); and under a home-address
column a floor is a flat.  Only after a home cue (or in an address cell / a model ADDRESS span)
— never in running text — may a number lack 号 (``某路246``, ``某路66-70``, ``某村135``), may an
estate without a suffix be followed by a flat (``金地自在城一期45-2968``), an estate by a bare
number (``某小区828``), or a division by a hamlet's house number (``某镇钱家浜130号``).

Added with dev 6 (each a rule function in :data:`ADDRESS_RULES` or a branch of the grammar, with its
tests in ``tests/core/detect/ner/test_addresses_owners_forms.py``): the division names written right
before a model span, or one the span starts inside, join the address (``砀山县`` + ``赵屯镇…``,
``住于都县…``); an address without divisions is a home when it reaches a dwelling's tail
(:func:`rule_bare_flat`: ``…号院9号楼4单元704号``, ``梧桐里6幢304室``, ``…小区14-1-904``); a village
and group written straight before 村民 / 居民 (:func:`rule_villager`); an address in brackets after a
person's name or a home cue (:func:`rule_bracketed_home`); a rural home described by a landmark
(``…村卫生室旁``); divisions written with spaces between them; an address column of a table whose
rows are persons (the table's person column comes as context, see :mod:`..tables`); an address
followed by the dwelling it locates (``…号的房屋``) is a home, one with an agency's premises in or
after it (``…街道办事处三楼``, ``…号政务服务中心``) or after a clause that sends the reader there
(``到报社广告部办理，地址：…``) is not.

Added for issue 17 (whose address; places that are no homes — tests in
``tests/core/detect/ner/test_addresses_labels_rows.py`` and ``test_addresses_places.py``): a label
with a bracketed alternative spells its cue (``住（居住）地``); a village's numbered group after 在 / 于
in a clause about one person (:func:`rule_person_village`); a household named by its head, then its
address (:func:`rule_household`); a home cue over a list of parties ``甲为…；乙为…``
(:func:`rule_cue_list`); the last item of a person's introduction (``张某，男，…，某路12号``); a flat
after a place cue (``核查地点：``); a hamlet before a group, a village's rows of houses (``9排14号``), a
landmark before 的; in tables, a person's row (自然人, a gender, an ID, a name under the party column)
or form makes its 住所 a home, a site column (建房位置) is a home, a membership column (所在村组) is a
place unless written as an address; a building listed as a designated zone (…等2个中风险区) is a
place; an agency named after the number (…号市政府办公厅) or a cue where the public goes
(举报地址, 报名地点) is an organisation's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import regex as re

from ..tables import PERSON_COLUMN
from ..text import CJK, is_cjk
from . import address_words as A
from .gazetteers import AdminGazetteer, admin_gazetteer, surnames

__all__ = ["ADDRESS_RULES", "AddressScan", "AddressSpan", "find_addresses", "parse_address"]

C = f"[{CJK}]"
_NUM = r"(?:\d+|[一二三四五六七八九十百零〇]+)"
_TOWN = re.compile(rf"{C}{{1,6}}?(?:街道办事处|街道|镇|乡|苏木)(?!{C}{{0,2}}(?:政府|人民|办事处|党委|卫生院))")
#: What a rural home is described by after its village or group (水井旁, 小学东侧, 南街).
_LANDMARK_RE = (
    rf"(?:{C}{{0,6}}?(?:东侧|西侧|南侧|北侧|东边|西边|南边|北边|对面|旁边|旁|附近|后面|前面|隔壁|边)|[东西南北前后中](?:街|巷))"
    rf"(?:(?![{CJK}])|(?=的))"  # (…村小学对面的两间老屋)
)
#: A villagers' group: 三组, 四社, 桃园组, 第二生产队.
_GROUP = rf"(?:第?{_NUM}|{C}{{1,4}}?)(?:组|社|队|生产队|村民小组)"
_CN_NUM = "[一二三四五六七八九十百零〇两]+"
#: A building / unit label: 12, B, c16, 8A, 十一.
_LABEL = rf"(?:[A-Za-z]?\d+[A-Za-z]?|[A-Za-z]|{_CN_NUM})"
#: The end of a bare number that is still an address's last part (家住某路246的…, 某路246。).
_NUM_END = r"(?=[，。,；;、\s）)]|$|的)"
#: A house number: 12号, 12-3号, 832弄125号, 9弄, 2号附3号, 12号之1, 12号甲; a dashed number or a
#: number at the end of the address without 号 (66-70, 246).
_HOUSE_NO_STRICT = (
    rf"(?:\d+[弄巷](?:\d+支弄)?(?:\d+(?:[-－]\d+)?号)?|[甲乙丙丁]?\d+(?:[-－]\d+)*号(?:(?:附|之)(?:\d+|{_CN_NUM})号?|[甲乙丙丁])?|附\d+号"
    rf"|[一二三四五六七八九十百零〇]{{1,4}}号(?![楼院])"
    rf"|\d+(?:[-－]\d+){{2,3}}(?![\d号])室?|\d+(?:[-－]\d+)*#)"
)
#: ... and, after a home cue / in an address cell, a number without 号 (66-70, 246).
_HOUSE_NO = rf"(?:{_HOUSE_NO_STRICT}|\d+(?:[-－]\d+)+(?![\d号])室?|\d+{_NUM_END})"
#: A zone of a complex or village: 3区, B区, 八园, 南区.
_ZONE = rf"(?:(?:[A-Za-z]|\d+|{_CN_NUM}|[东西南北中])(?:组团|[区园期]))"
_VILLAGE_HEAD = rf"{C}{{1,6}}?(?:村|嘎查|社区|居委会|屯|庄|寨)(?:委会|民委员会)?(?:{_GROUP})?(?:{C}{{1,6}}?(?:{_GROUP})?)?{_ZONE}?(?:\d+排)?"
_VILLAGE_NUM_STRICT = re.compile(rf"{_VILLAGE_HEAD}(?:\d+(?:[-－]\d+)?|[一二三四五六七八九十百零〇]{{1,4}})(?:号|户)(?!楼)")
_VILLAGE_NUM = re.compile(
    rf"{_VILLAGE_HEAD}(?:(?:\d+(?:[-－]\d+)?|[一二三四五六七八九十百零〇]{{1,4}})(?:号|户)(?!楼)|\d+(?:[-－]\d+)*{_NUM_END})"
)
_ROAD_SUFFIX = r"(?:大街|大道|支路|环路|横路|公路|路|街|巷|胡同|弄|里|坊|道)"
_ROAD_HEAD = rf"{C}{{1,12}}?(?:\d{{1,2}}{C}?)?{_ROAD_SUFFIX}(?:[东西南北中]段|{_NUM}段)?(?:\d+[弄巷](?!\d*号))?"
_ROAD_NUM_STRICT = re.compile(rf"{_ROAD_HEAD}{_HOUSE_NO_STRICT}(?:院(?:内(?=\d))?)?(?!楼)")
_ROAD_NUM = re.compile(rf"{_ROAD_HEAD}{_HOUSE_NO}(?:院(?:内(?=\d))?)?(?!楼)")
#: A road named without a number before a complex (西关路振宁花园…).
_ROAD_NAME = re.compile(rf"{C}{{1,10}}?(?:大街|大道|支路|路|街|巷|胡同)(?:[东西南北中]段|{_NUM}段)?(?={C})")
#: A village / community named before a complex or a road (塘下村霞景小区…).
_VILLAGE_NAME = re.compile(rf"{C}{{1,6}}?(?:村|嘎查|社区)(?:{_GROUP})?(?={C})")
#: A house number right after a town (大陈镇178号).
_TOWN_NUM = re.compile(r"\d+(?:[-－]\d+)?号(?!楼)")
_COMPLEX_SUFFIX = r"(?:小区|花园|家园|公寓|新村|社区|山庄|大院|宿舍|苑|园|府|花城|新城|公馆|名苑|雅居|嘉园|里)"
#: A residential complex reached without a road: 燕山小区3号楼… (needs a building number after it).
_COMPLEX = re.compile(rf"{C}{{1,12}}?{_COMPLEX_SUFFIX}{_ZONE}?(?=\d|[东西南北中]楼\d+单元|[A-Za-z]\d*[座栋幢]|{_CN_NUM}(?:号楼|栋|幢|座))")
#: Any named complex followed by a building number (水岸星城B座…, 丽景湾4栋…, 香樟园29-4-1104).
_NAMED_COMPLEX = re.compile(
    rf"{C}{{2,10}}?{_ZONE}?(?={_LABEL}(?:号楼|栋|幢|座)|[A-Za-z]?\d+[-－]\d+[-－]\d+)"
)
#: A hamlet named without 村 / 屯 before a numbered group (松林村下岩脚6组).
_HAMLET_BEFORE_GROUP = rf"{C}{{1,4}}?(?=第?{_NUM}(?:组|社|队))"
#: A village without a house number (only after an explicit home-address cue).
_VILLAGE_ONLY = re.compile(
    rf"{C}{{1,6}}?(?:村|嘎查|社区|屯)(?:委会|民委员会)?(?:{C}{{1,4}}?(?:自然村|村|屯)|{_HAMLET_BEFORE_GROUP})?(?:{_GROUP})?"
    rf"(?:(?![{CJK}\d])|(?=的))"
)
#: ... or one followed by a landmark (家住韩集镇朱店村卫生室旁): the landmark is added by the scan.
_VILLAGE_BY_LANDMARK = re.compile(
    rf"(?![本该同此]){C}{{1,6}}?(?:村|嘎查|屯)(?:委会|民委员会)?(?:{C}{{1,4}}?(?:自然村|村|屯))?(?:{_GROUP})?(?={_LANDMARK_RE})"
)
_REST = re.compile(
    r"(?:院内?(?=\d))?"
    rf"(?:(?!{_CN_NUM}(?:号楼|栋|幢|座|单元|层|楼)|[东西南北中]楼\d)(?P<complex>{C}{{2,10}}?{_ZONE}?)(?=\d|[A-Za-z]\d*[座栋幢]|{_CN_NUM}(?:号楼|栋|幢|座)))?"
    rf"(?P<bldg>\d+排\d+号|(?:\d+[-－]\d+(?=号楼|栋|幢)|{_LABEL})(?:号楼|栋|幢|座|号院|#楼|号)|(?:\d+|[东西南北中])楼(?=\d+单元)|[A-Za-z](?=\d+[-－]))?"
    rf"(?P<unit>(?:\d+|{_CN_NUM}|[A-Za-z东西南北中])(?:单元|门(?=\d)))?"
    rf"(?P<floor>负?{_CN_NUM}(?:层|楼)|负?\d+(?:层|楼)(?!\d*室?号)|(?<=单元)\d+(?:层|楼)|\d+[Ff](?![A-Za-z]))?"
    r"(?P<room>(?P<dash>\d+[-－]\d+(?:[-－]\d+){0,2})(?:室|号|房)?(?![\d号楼层])|\d+(?:室|户|房)|(?<=单元|门|层|楼|[Ff])\d{2,4}(?![\d号楼层])|(?<=单元|门)\d{1,4}号"
    r"|(?<=层|楼)\d{1,3}号(?!楼)|(?<=层|楼)[东西南北中]户|[一二三四五六七八九〇零]{3,4}室|(?<=单元)[一二三四五六七八九〇零]{3,4}(?![号楼层室])"
    r"|(?<=号楼|栋|幢|座)(?:\d{1,4}号(?!楼)|\d{2,4}(?![\d号楼层]))"
    rf"|(?<=\d号)\d{{3,4}}{_NUM_END})?"
    r"(?:(?<=\d号)\d{2,4}室)?"
)
#: A "complex" that is an organisation (人民政府3号楼, 某公司2栋) is not a residential complex.
#: (an employer's name before 家属院 / 宿舍 / 生活区 is a residential estate: 供电局家属院, 纺织厂宿舍)
_ORG_IN_NAME = re.compile(
    r"(?:政府|公司|医院|学校|大学|学院|法院|检察院|派出所|银行|工业园|产业园|局|委员会|厂)(?!家属|职工|宿舍|生活区|小区)"
)
#: A model ADDRESS span the grammar could not read is kept only with a number and a house /
#: village word in it (月津贴标准 is not an address).
_MODEL_ADDRESS_SHAPE = re.compile(
    r"^[^〔〕\[\]［］（）()《》]*(?:路|街|巷|弄|村|组|社|小区|花园|苑|园|大厦|楼|栋|幢|单元|室)[^〔〕\[\]［］《》]*"
    r"(?:\d+(?:号|室|栋|幢|单元|组|社|弄)|[村组社]\d|\d+[-－]\d+[-－]\d+)"
)
_DASHED = re.compile(r"\d+[-－]\d+(?:[-－]\d+)?(?:室|号)?")

HOME_CUES = A.HOME_CUES
ORG_CUES = A.ORG_CUES
NEUTRAL_CUES = A.NEUTRAL_CUES
_ALL_CUES = sorted(
    [(c, "home") for c in HOME_CUES] + [(c, "org") for c in ORG_CUES] + [(c, "neutral") for c in NEUTRAL_CUES],
    key=lambda x: -len(x[0]),
)
_CUE_SEPS = A.CUE_SEPS
#: Each cue's kind (the first in :data:`_ALL_CUES` wins) and the cues' lengths, longest first.
_CUE_KINDS = {c: kind for c, kind in reversed(_ALL_CUES)}
_CUE_LENGTHS = sorted({len(c) for c, _ in _ALL_CUES}, reverse=True)
_ORG_CONTEXT = re.compile(
    r"公司|有限|企业|法定代表人|统一社会信用代码|本局|本机关|本院|本委|单位名称|经营者名称|商铺|门头房|店|厂|律师事务所"
    r"|合作社|集团|中心|学校|医院|酒店|宾馆|大厦"
)
_OFFICE_BUILDING = re.compile(r"(?:大厦|写字楼|广场|中心|商铺|门头房|工业园|产业园)(?![东西南北中]?(?:路|街|大道|巷))")
_OFFICE_SHAPE = re.compile(r"大厦|写字楼|广场|中心|商铺|门头房|工业园|产业园|\d+层|\d+楼(?!\d*单元)")
_HOME_SHAPE = re.compile(
    r"单元|\d室$|号楼|栋|幢|村[^乡镇街路道]{0,12}\d+号$|[组社]\d+号$|(?<=单元)\d+$|\d+[-－]\d+[-－]\d+$|[A-Z]座\d+室?$|\d+弄"
    rf"|(?:村|嘎查){_NUM}(?:组|社|队)$|村民小组$|村{C}{{1,4}}屯$"  # a villagers' group or hamlet: where villagers live
    r"|(?:村|社区|屯|庄)\d+排\d+号$"  # a village's rows of houses (张庄社区9排14号)
)
_RELATIVE = frozenset(A.RELATIVE)
_LOCATION_FOLLOW = frozenset(A.LOCATION_FOLLOW)


@dataclass(frozen=True)
class AddressSpan:
    type: str  # CN_ADDRESS / ORG_ADDRESS / LOCATION
    start: int
    end: int
    score: float
    rule: str


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
def _chain_starts(gaz: AdminGazetteer) -> frozenset[str]:
    """The first two characters of everything :func:`_admin_chain` can match first (a division of
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


def _admin_chain(text: str, i: int, gaz: AdminGazetteer, ends: list[int] | None = None) -> tuple[int, list[str]]:
    """(end, levels matched) of the administrative-division chain starting at ``i``.

    A province or city may be written without its suffix (``浙江杭州市``, ``宁波余姚市``) or
    with a dash between divisions (``浙江-台州-天台县``) when a further division follows; a
    leading ``中国`` is part of the address."""
    j, levels = i, []
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


def _dashes(dash: str | None) -> int:
    return (dash.count("-") + dash.count("－")) if dash else 0


def _at_end(text: str, k: int) -> bool:
    return bool(re.match(_NUM_END, text[k:]))


_COMPLEX_ROOM = re.compile(rf"({C}{{2,8}}?)\d{{3,4}}{_NUM_END}")


#: A sub-number right after a house number: 5号之一, 5号附3号, 10号-1.
_SUBNUMBER = re.compile(rf"(?<=号)(?:(?:之|附)(?:\d+|{_CN_NUM})号?|[-－]\d{{1,3}}(?![\d\-－号]))")


def _rest(text: str, end: int) -> int:
    """Extend past a house number through complex name / building / unit / floor / room."""
    sub = _SUBNUMBER.match(text, end)
    if sub:
        end = sub.end()
    r = _REST.match(text, end)
    if r and (r.group("bldg") or r.group("unit") or r.group("room") or r.group("floor")):
        if r.group("complex") and not (r.group("bldg") or r.group("unit")):
            dash = r.group("dash")
            room = r.group("room")
            ok = room and (room.endswith("室") or _dashes(dash) == 2)
            # 某路12号某花园5-436 (a residential complex, then a dashed flat at the end)
            ok = ok or (
                dash is not None and _at_end(text, r.end()) and not _ORG_IN_NAME.search(r.group("complex"))
                and (re.search(rf"{_COMPLEX_SUFFIX}{_ZONE}?$", r.group("complex")) is not None or _FLAT_DASH.search(dash) is not None)
            )
            if not ok:
                return end  # 某小区1号: not a flat
        if r.group("complex") and _ORG_IN_NAME.search(r.group("complex")):
            return end
        return r.end()
    d = _DASHED.match(text, end)
    if d and text[d.end() - 1 : d.end()] == "室":
        return d.end()
    f = _COMPLEX_ROOM.match(text, end)
    if f and not _ORG_IN_NAME.search(f.group(1)) and not _ORG_AFTER.search(f.group(1)):
        return f.end()  # 某路8号某某国际1202: a complex, then a flat number ending the address
    return end


_DEVZONE = re.compile(rf"{C}{{1,8}}?(?:经济技术开发区|经济开发区|开发区|高新区|工业园区|工业园)")


#: A dashed number whose last part is a floor + room (45-2968, 6-1412): a flat.
_FLAT_DASH = re.compile(r"^\d{1,4}[-－]\d{3,4}$")
#: After a home cue: an estate named without a suffix, then a flat (金地自在城一期45-2968).
_NAMED_FLAT = re.compile(rf"{C}{{2,10}}?{_ZONE}?(?=\d{{1,4}}[-－]\d{{3,4}}{_NUM_END})")
#: In an address cell or after a home cue, with no division before it: a zone of an estate or a
#: village with a house number (洪山二区65号, 竹树下一区12号).
_ZONE_HOUSE = re.compile(rf"{C}{{1,6}}?(?:{_ZONE}|村|屯|庄|寨)\d+号(?!楼)")
#: After a home cue: a natural village / hamlet with a house number (金家横10号).
_HAMLET_NUM = re.compile(rf"{C}{{2,6}}?(?:\d+(?:[-－]\d+)?号(?!楼)|\d+(?:[-－]\d+)*{_NUM_END})")


def _complex_at(text: str, k: int, loose: bool = False) -> int | None:
    """End of a residential complex with a building / flat number starting at ``k``
    (``loose``: after a home cue, also an unsuffixed estate + flat, or an estate + bare number)."""
    for complex_re in (_COMPLEX, _NAMED_COMPLEX, _NAMED_FLAT) if loose else (_COMPLEX, _NAMED_COMPLEX):
        m = complex_re.match(text, k)
        if not m or _ORG_IN_NAME.search(text, m.start(), m.end()):
            continue
        r = _REST.match(text, m.end())
        if not r or r.group("complex"):
            continue
        flat = r.group("unit") or r.group("room") or r.group("floor")
        bldg = r.group("bldg")
        if bldg and (flat or "排" in bldg or text[m.end() : r.end()].endswith(("号楼", "栋", "幢", "座"))):
            return r.end()
        dash = r.group("dash")
        if not bldg and _dashes(dash) >= 2:
            return r.end()
        if complex_re is _COMPLEX and not bldg and r.group("unit") and r.group("room"):
            return r.end()  # 凤凰山小区12单元467
        if complex_re is _COMPLEX and _at_end(text, r.end()):
            # 石桥苑69号 / 明珠苑103-575: a house or a dashed flat number ending the address
            if (bldg and bldg.endswith("号") and not flat and bldg[0].isdigit()) or (not bldg and _dashes(dash) == 1):
                return r.end()
        if complex_re is _NAMED_FLAT and not bldg and _dashes(dash) == 1 and _at_end(text, r.end()):
            return r.end()
        if loose and complex_re is _COMPLEX and not r.group(0):
            n = re.match(rf"\d{{1,4}}{_NUM_END}", text[m.end() :])
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
    j, levels = _admin_chain(text, i, gaz, ends)
    if not levels and not bare_start:
        return None
    spaced = bool(levels) and text[j : j + 1] in (" ", "\u3000") and text[j] in text[i:j] and is_cjk(text[j + 1 : j + 2])
    if spaced:
        j += 1  # 昆明市 五华区 普吉街道 云台路214号: spaced divisions, then the road

    def rest(e: int) -> int:
        r = _rest(text, e)
        if r == e and spaced and text[e : e + 1] in (" ", "\u3000"):
            r2 = _rest(text, e + 1)
            return r2 if r2 > e + 1 else r  # … 雄楚大道1038号 金地格林小镇8栋3单元804室
        return r

    admin_end = j
    candidates = [j]
    towns = []
    if "streets" in levels:
        towns.append(j)
    else:
        m = _TOWN.match(text, j)
        if m and m.end() - j <= 7:
            candidates.insert(0, m.end())  # prefer reading a town first
            towns.append(m.end())
    if levels and levels[-1] == "streets":
        # a town name that is really the start of a road (新镇路…): read it as one as well
        candidates.append(ends[-1])
    for k in list(candidates):
        m = _DEVZONE.match(text, k)
        if m and m.end() - k <= 10:
            candidates.insert(0, m.end())  # 某某开发区 between the district / town and the road
    for k in candidates:
        if loose:
            m = _VILLAGE_NUM.match(text, k) or _ROAD_NUM.match(text, k)
        else:
            m = _VILLAGE_NUM_STRICT.match(text, k) or _ROAD_NUM_STRICT.match(text, k)
        if m:
            return rest(m.end()), True
    for k in towns:
        m = _TOWN_NUM.match(text, k)
        if m:
            return rest(m.end()), True
    for k in candidates:
        e = _complex_at(text, k, loose)
        if e:
            return e, True
    for k in candidates:
        # a road or village named without a number before the complex (某路某花园5栋…)
        for name_re in (_VILLAGE_NAME, _ROAD_NAME):
            m = name_re.match(text, k)
            if m:
                e = _complex_at(text, m.end(), loose)
                if e:
                    return e, True
    if loose and levels:
        for k in candidates:
            m = _HAMLET_NUM.match(text, k)
            if m and not _ORG_IN_NAME.search(m.group(0)) and not re.search(r"[区县市省]\d|[年月日共计约第次人岁时期间]", m.group(0)):
                return rest(m.end()), True
    if village_end and not levels:
        m = _ZONE_HOUSE.match(text, i)
        if m and not _ORG_IN_NAME.search(m.group(0)):
            return rest(m.end()), True  # 洪山二区65号 in an address cell / after a home cue
    if village_end:
        for k in candidates:
            m = _VILLAGE_ONLY.match(text, k) or _VILLAGE_BY_LANDMARK.match(text, k)
            if m:
                return m.end(), True
    if levels:
        return admin_end, False
    return None


def _cue_before(text: str, start: int) -> tuple[str, str, int] | None:
    """The address cue ending right before ``start`` (separators allowed), with its kind."""
    k = start
    while k > 0 and text[k - 1] in _CUE_SEPS:
        k -= 1
    for cop in ("登记为", "为", "是", "在", "于"):
        if text.startswith(cop, k - len(cop)) and _cue_before(text, k - len(cop)) is not None:
            k -= len(cop)
            while k > 0 and text[k - 1] in _CUE_SEPS:
                k -= 1
            break
    if k > 0 and text[k - 1] in "（(，,":  # 住所（主要经营场所）： is handled by the bracket skip below
        pass
    if k > 0 and text[k - 1] in "）)":
        open_ = max(text.rfind("（", 0, k), text.rfind("(", 0, k))
        if open_ != -1 and k - open_ <= 12:
            return _either_cue(_cue_before(text, k - 1), _cue_before(text, open_))
    alt = _ALT_LABEL.search(text, max(0, k - 16), k) if "）" in text[max(0, k - 4) : k] or ")" in text[max(0, k - 4) : k] else None
    if alt:
        # 住（居住）地, 户籍（居住）地址, 现（居）住址: a label with an alternative in brackets inside it
        tail = alt.group("tail")
        inner = _cue_of(alt.group("inner") + tail, alt.start("inner"))
        outer = _cue_of(text[max(0, alt.start() - 6) : alt.start()] + tail, alt.start() - 6)
        if inner or outer:
            return _either_cue(inner, outer)
    for n in _CUE_LENGTHS:  # longest first, one look-up per length
        if n <= k:
            cue = text[k - n : k]
            kind = _CUE_KINDS.get(cue)
            if kind is not None:
                return cue, kind, k - n
    return None


#: A bracketed alternative inside an address label, then the label's last characters (住（居住）地).
_ALT_LABEL = re.compile(rf"[（(](?P<inner>{C}{{1,6}})[）)](?P<tail>{C}{{1,3}})$")


def _cue_of(label: str, start: int) -> tuple[str, str, int] | None:
    """The cue that ``label`` ends with (``start``: where the label begins in the text)."""
    for cue, kind in _ALL_CUES:
        if label.endswith(cue):
            return cue, kind, max(0, start + len(label) - len(cue))
    return None


def _either_cue(a: tuple[str, str, int] | None, b: tuple[str, str, int] | None) -> tuple[str, str, int] | None:
    """Of a label and its bracketed alternative (住所（主要经营场所）, 住所（经常居住地）): a business's
    premises decide for the organisation, else a home cue decides for the person (a bare 住所 is
    either), else whichever is a cue."""
    hits = [h for h in (a, b) if h]
    for hit in hits:
        if hit[1] == "org" and hit[0] in _PREMISES_CUES:
            return hit
    for hit in hits:
        if hit[1] == "home":
            return hit
    return hits[0] if hits else None


def _org_context(text: str, start: int, window: int = 120) -> bool:
    lo = max(0, start - window)
    # stop at a blank line (a new block)
    blank = text.rfind("\n\n", lo, start)
    if blank != -1:
        lo = blank
    return bool(_ORG_CONTEXT.search(text, lo, start))


_ADDRESS_HEADER = re.compile(r"住址|地址|住所|居住地|户籍地|所在地|所在村|村组|家庭住址|现住|住宿地|坐落|位置|门牌")
#: Headers that say the address is a person's (家庭住址, 经营者住所, 所有人登记住址).
_HOME_HEADER = re.compile(r"住址|家庭|居住|租住|暂住|房产|所在村|村组|户籍|户口|现住|住宿|个人|本人|经营者|所有人|户主|申请人|当事人|房屋|宅基地|住宅|不动产|被征收|违法建设|拟建")
_ORG_HEADER = re.compile(r"单位|注册|经营场所|营业场所|办公|机关|企业|公司|生产")


#: Headers that name the village or group a person belongs to (所在村（社区）, 所在村组, 所属村): its
#: cell is that place, a home only with a house number in it.
_MEMBERSHIP_HEADER = re.compile(r"所在村|所属村|村组|所在自然村|所在组|所在社区|所属社区|村（社区）|村\(社区\)")
#: ... unless the header also says home (家庭住址（村组）).
_HOME_WORD_HEADER = re.compile(r"住址|住所|地址|家庭|居住|户籍")
#: A house, a flat or a room in a cell under such a column: the cell is a home address.
_DWELLING_IN = re.compile(r"\d+号|[0-9一二三四五六七八九十]号(?!楼)|单元|\d室|号楼|栋|幢")


def _membership_home(text: str, s: int, e: int, gaz: AdminGazetteer) -> bool:
    """A cell under a membership column (所在村, 所在村组) is a home address when it is written as
    one: a house number in it, or a chain from a town or division down to a villagers' group
    (马村镇清泉村2组); a village or a village's group named alone (王家庄村, 塔布板村5组) is a place."""
    if _DWELLING_IN.search(text, s, e):
        return True
    town = _division_at(text, s, gaz) or bool(_TOWN.match(text, s, e))
    return town and bool(_GROUP_LEVEL_END.search(text, s, e))


#: A span that ends at a villagers' group (…村2组, …村四社, …村第三村民小组).
_GROUP_LEVEL_END = re.compile(rf"(?:{_NUM}(?:组|社|队)|村民小组)$")


def _address_column(context: Sequence[str] | None) -> str | None:
    """For a cell under an address column header: ``CN_ADDRESS`` (a person's column),
    ``ORG_ADDRESS`` (an organisation's), ``"SHAPE"`` (a bare 住所 / 地址: decided by the
    address's shape), ``"PLACE"`` (the village a person belongs to: 所在村, 所在村组), else ``None``."""
    for header in context or ():
        if _MEMBERSHIP_HEADER.search(header) and not _HOME_WORD_HEADER.search(header):
            return "PLACE"
        if _ADDRESS_HEADER.search(header):
            if _ORG_HEADER.search(header):
                return "ORG_ADDRESS"
            if _HOME_HEADER.search(header) or any(PERSON_COLUMN.search(w) for w in context or () if w != header):
                return "CN_ADDRESS"  # 家庭住址; or 地址 in a table whose rows are persons (姓名, 被执行人 …)
            return "SHAPE"
    return None


def classify(text: str, start: int, end: int, *, column: bool = False) -> str:
    """CN_ADDRESS or ORG_ADDRESS for a parsed address with a house number (``column``: a
    table cell under a home-address column)."""
    span = text[start:end]
    cue = _cue_before(text, start)
    home_shape = bool(_HOME_SHAPE.search(span))
    office_shape = bool(_OFFICE_SHAPE.search(span)) and not re.search(r"单元|号楼", span)
    if _ORG_AFTER.match(text, end) or _AGENCY_IN_SPAN.search(span):
        return "ORG_ADDRESS"  # 香港中路76号酒店: the number is a hotel's / company's
    if _DWELLING_AFTER.match(text, end) and not _ORG_IN_NAME.search(span):
        return "CN_ADDRESS"  # 购买位于某路38号的房屋 / 某村5组的自建房: a dwelling
    if column:
        # under a home-address column a floor (某路5号8楼) is a flat; only an office building is not
        return "ORG_ADDRESS" if _OFFICE_BUILDING.search(span) and not home_shape else "CN_ADDRESS"
    if cue is not None:
        word, kind, cue_start = cue
        if kind == "home" and word in _OWNER_CUES and _org_owner(text, cue_start) and _subject_before(text, cue_start) != "person":
            return "ORG_ADDRESS"  # 某某有限公司，住所地… / 企业通信地址：
        subject = _subject_before(text, cue_start)
        if kind == "home" and word in _CONTACT_CUES and not home_shape and subject is None:
            if _agency_block(text, cue_start) or _form_line(text, cue_start, end):
                return "ORG_ADDRESS"  # the agency's own contact block at the end of a letter
        if kind == "home":
            return "CN_ADDRESS"
        if kind == "org":
            if word in _PREMISES_CUES:
                return "ORG_ADDRESS"  # 经营者王某；经营场所：… — a business's premises, whoever runs it
            if subject == "person" and not office_shape:
                return "CN_ADDRESS"  # 经营者姓名…、住所… / 法定代表人住所 / 代表某某的联系地址
            if word == "住所" and subject is None and not _org_context(text, start):
                return "CN_ADDRESS"
            if word in _PLACE_CUES and home_shape and not office_shape:
                return "CN_ADDRESS"  # 核查地点：某路1038号某小镇8栋2单元1502室露台 — a flat is somebody's home
            return "ORG_ADDRESS"
        # neutral: 地址 / 位于
        if office_shape or (subject == "org" and not home_shape) or _visit_before(text, cue_start):
            return "ORG_ADDRESS"  # …到某某局领取，地址：某路169号 / 请持身份证到报社广告部办理，地址：…
        if _org_context(text, start, 80) and not _personal_before(text, start):
            return "ORG_ADDRESS"
        return "CN_ADDRESS" if home_shape or _personal_before(text, start) else "ORG_ADDRESS"
    if _party_intro(text, start, end) and not office_shape:
        return "CN_ADDRESS"  # 被告：张某，男，1965年生，汉族，某区某路12号 — the last item of a person's introduction
    if office_shape:
        return "ORG_ADDRESS"
    before = text[max(0, start - 8) : start]
    if re.search(r"(?:大厦|酒店|宾馆|公司|中心|局|院|馆|店)[（(]$", before):
        return "ORG_ADDRESS"
    return "CN_ADDRESS" if home_shape else "ORG_ADDRESS"


#: An agency's own premises named in or right after an address (…街道办事处三楼, …号政务服务中心二楼):
#: the address is that agency's.
_AGENCY_PREMISES = r"(?:办事处|人民政府|服务中心|派出所|人民法院|检察院|卫生院|服务站|服务大厅|办事大厅|受理窗口)"
_AGENCY_IN_SPAN = re.compile(_AGENCY_PREMISES)
#: A dwelling named right after the address (…号的房屋, …组的自建房, …室家中).
_DWELLING_AFTER = re.compile(r"的?(?:房屋|住房|住宅|自建房|房产|家中|住处|居所|宅基地)")
#: An organisation word right after the house number (…号酒店, …号市政府办公厅, …号县教育局): the
#: address is that organisation's.
_ORG_AFTER = re.compile(
    rf"(?:酒店|宾馆|饭店|旅馆|大厦|医院|公司|商场|超市|营业厅|写字楼|办公楼|{C}{{0,6}}?{_AGENCY_PREMISES}"
    rf"|{C}{{0,6}}?(?:政府|办公厅|办公室|委员会|局(?=[，,。；;（(\s]|$)|法院|检察院))"
    r"(?!东侧|西侧|南侧|北侧|东边|西边|南边|北边|对面|旁|附近|隔壁|后面|前面)"  # (…村小学东侧: a landmark)
)
#: Home cues that an organisation uses as well (its 住所 / 通讯地址).
_OWNER_CUES = frozenset(A.OWNER_CUES)
_PREMISES_CUES = frozenset(A.PREMISES_CUES)
_PLACE_CUES = frozenset(A.PLACE_CUES)
_CONTACT_CUES = frozenset(A.CONTACT_CUES)
#: An organisation's name ending right before the cue (``…有限公司，住所地``, ``企业通信地址``).
_ORG_NAME_END = re.compile(
    r"(?:公司|企业|单位|医院|学校|中心|局|委员会|委|办公室|政府|法院|检察院|银行|集团|合作社|事务所|厂|店|"
    r"经营部|协会|学会|基金会|研究院|研究所|大学|学院|酒店|宾馆|（[^）]{1,6}）|\([^)]{1,6}\))[，,、：:\s]*$"
)
_AGENCY_MARK = re.compile(r"gov\.cn|本机关|本局|本院|本委|办公时间|受理窗口|联系人[：:]")


def _org_owner(text: str, cue_start: int) -> bool:
    """The cue belongs to an organisation named right before it in the same clause."""
    line_start = max(text.rfind("\n", 0, cue_start), text.rfind("\r", 0, cue_start)) + 1
    before = text[max(line_start, cue_start - 40) : cue_start]
    m = _ORG_NAME_END.search(before)
    if not m or re.search(r"工作单位|就职|任职|工作于|就读", before):
        return False
    if m.group(0).startswith(("（", "(")):
        # 乙方（医方）：市第二人民医院，住所地 — look at what the bracket followed
        return bool(_ORG_NAME_END.search(before[: m.start()] + "，"))
    return True


_SUBJECT_PERSON = re.compile(
    "|".join(sorted(A.PERSON_SUBJECTS, key=len, reverse=True)) + r"|[男女][，,、]|\d+岁|您|你们?(?:的|在)"
)
_SUBJECT_ORG = re.compile(
    r"公司|企业|单位|医院|学校|中心|(?<!张)店(?!区)|局|委员会|政府|法院|检察院|银行|集团|合作社|事务所|经营部|"
    r"协会|学会|研究院|大学|学院|酒店|宾馆|本机关|门店|商铺|个体工商户名称"
)


#: A gender item of a person's introduction (张某，男，1965年生，…).
_GENDER_ITEM = re.compile(r"[，,：:\s][男女][，,]")
#: What, after the gender, says the next address is someone else's (an employer, a school).
_NOT_OWN = re.compile(rf"工作单位|就职|任职|工作于|就读|供职|律师|{_SUBJECT_ORG.pattern}")
#: An office building right after the number (…100号恒隆广场15层): an employer's address.
_BUILDING_AFTER = re.compile(rf"{C}{{0,8}}?(?:大厦|广场|写字楼|中心|商厦|大楼|园区)")


def _party_intro(text: str, start: int, end: int) -> bool:
    """The address is an item of a person's introduction — after a gender item in the same
    sentence (``被告：张某，男，1965年生，汉族，``), written as a list item (a comma before it) and
    with no employer or school between — so it is that person's home."""
    if start == 0 or text[start - 1] not in "，,":
        return False
    lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start), start - 80) + 1
    gender = max((m.end() for m in _GENDER_ITEM.finditer(text, lo, start)), default=-1)
    return gender != -1 and not _NOT_OWN.search(text, gender, start) and not _BUILDING_AFTER.match(text, end)


def _subject_before(text: str, cue_start: int, window: int = 60) -> str | None:
    """Whose address the cue introduces, judged by the nearest person / organisation word before
    it on the same line: ``"person"``, ``"org"`` or ``None``."""
    line_start = max(text.rfind("\n", 0, cue_start), text.rfind("\r", 0, cue_start)) + 1
    lo = max(line_start, cue_start - window)
    last_p = max((m.end() for m in _SUBJECT_PERSON.finditer(text, lo, cue_start)), default=-1)
    last_o = max((m.end() for m in _SUBJECT_ORG.finditer(text, lo, cue_start)), default=-1)
    if last_p == last_o == -1:
        return None
    return "person" if last_p > last_o else "org"


#: Where the reader is asked to go to do something (到报社广告部办理, 前往服务大厅领取): a place
#: of service, so the 地址 that follows is that place's.
_VISIT = re.compile(r"(?:到|至|前往|来)[^，。；;\n]{1,20}?(?:办理|领取|咨询|报名|递交|提交|查询|登记|缴纳|申领)")


def _visit_before(text: str, cue_start: int) -> bool:
    """The clause before a neutral cue asks the reader to go somewhere to do something."""
    line_start = max(text.rfind("\n", 0, cue_start), text.rfind("\r", 0, cue_start)) + 1
    return bool(_VISIT.search(text, max(line_start, cue_start - 40), cue_start))


def _form_line(text: str, cue_start: int, end: int) -> bool:
    """``通讯地址：青岛市某区某路7号`` as a line of its own (a letter's contact footer)."""
    line_start = max(text.rfind("\n", 0, cue_start), text.rfind("\r", 0, cue_start)) + 1
    return line_start == cue_start and text[end:].lstrip(" \t\u3000").startswith(("\n", "\r")) or (
        line_start == cue_start and not text[end:].strip()
    )


def _agency_block(text: str, cue_start: int) -> bool:
    """The lines just before the cue (up to a blank line) are an agency's contact block."""
    lo = max(0, cue_start - 160)
    blank = max(text.rfind("\n\n", lo, cue_start), text.rfind("\r\n\r\n", lo, cue_start))
    if blank != -1:
        lo = blank
    return bool(_AGENCY_MARK.search(text, lo, cue_start))


_PERSONAL = re.compile(r"申请人|当事人|信访人|户主|本人|家庭|个人|代表|委员|提案人|受送达人|住户|[男女][，,]|\d+岁")


def _personal_before(text: str, start: int) -> bool:
    lo = max(0, start - 60)
    line_start = text.rfind("\n", lo, start)
    return bool(_PERSONAL.search(text, line_start + 1 if line_start != -1 else lo, start))


_CUE_SCAN = re.compile("|".join(re.escape(c) for c, _ in _ALL_CUES))
_CUE_KIND = {c: kind for c, kind in reversed(_ALL_CUES)}
_COPULA = re.compile(r"(?:登记)?为|是|在|于|的")


def _division_at(text: str, k: int, gaz: AdminGazetteer) -> bool:
    return any(gaz.match(text, k, level) for level in ("provinces", "cities", "areas", "streets"))


def _bare_starts(text: str, gaz: AdminGazetteer, cues: Sequence[re.Match] | None = None) -> list[int]:
    """Positions right after a home-address cue (an address there may start at a road).

    Cues are matched leftmost-longest, so 住 inside 居住地 / 住所 is not a cue of its own; a
    copula after the cue (通讯地址为…, 住在…, 租住于…) is skipped, unless it begins a division
    name (住于都县…)."""
    out = []
    for m in _CUE_SCAN.finditer(text) if cues is None else cues:
        if _CUE_KIND.get(m.group(0)) != "home":
            continue
        k = m.end()
        while k < len(text) and text[k] in _CUE_SEPS:
            k += 1
        c = _COPULA.match(text, k)
        if c and not _division_at(text, k, gaz):
            k = c.end()
            while k < len(text) and text[k] in _CUE_SEPS:
                k += 1
        out.append(k)
    return out


def _dangling_area(text: str, i: int, gaz: AdminGazetteer) -> int:
    """``张店区扎兰屯市…``: a district name directly followed by another district / city /
    province is a place of its own; returns its length (0 when ``i`` is not such a name)."""
    n = gaz.match(text, i, "areas")
    if n and any(gaz.match(text, i + n, level) for level in ("provinces", "cities", "areas")):
        return n
    return 0


#: A rural home described by what stands next to it (…村六组水井旁, …村小学东侧, …村南街).
_LANDMARK = re.compile(_LANDMARK_RE)
_VILLAGE_LEVEL_END = ("村", "组", "社", "屯", "队", "嘎查", "村委会")


def _landmark_end(text: str, s: int, e: int) -> int:
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
    results: list[AddressSpan] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    #: The address cues of the text, leftmost-longest (one scan for the rules that read them).
    cues: list[re.Match] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.cues = list(_CUE_SCAN.finditer(self.text))

    @cached_property
    def column(self) -> str | None:
        """What the cell's column header says (see :func:`_address_column`)."""
        return _address_column(self.context)

    def free(self, s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in self.taken)

    def add(self, kind: str, s: int, e: int, score: float, rule: str) -> None:
        if kind == "CN_ADDRESS":
            e = _landmark_end(self.text, s, e)
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
        if self.column == "PLACE" and not _membership_home(text, s, e, self.gaz):
            self.place(s, e)  # 所在村组 | 塔布板村5组: the village the person belongs to
            return
        if self.column in ("CN_ADDRESS", "ORG_ADDRESS") and s - cell_start <= 3:
            # the cell's own address (found by the model first): the column says whose it is
            kind = self.column if self.column == "ORG_ADDRESS" else classify(text, s, e, column=True)
        else:
            kind = classify(text, s, e)
        if kind == "CN_ADDRESS" and _designated_zone(text, s, e):
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


#: A zone an authority designates (an epidemic's risk areas, a lockdown's zones).
_ZONE_WORD = re.compile(r"(?:高|中|低)?风险(?:区|地区|区域|点位)|封控区|管控区|防范区")
#: Words that say someone lives at the address (病例1居住的…, 所住单元, 家住).
_LIVES = re.compile(r"住|居|家")


def _designated_zone(text: str, s: int, e: int) -> bool:
    """The address is listed as a designated zone — ``此前划定的…小区20号楼、…等2个中风险区``,
    ``…号院调整为中风险区``, ``高风险区：…15号楼`` — in a sentence that says nothing of anyone living
    there (no 住 / 居 / 家 before it, no person as its subject)."""
    lo = max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1
    hi = min((k for k in (text.find("。", e), text.find("\n", e)) if k != -1), default=len(text))
    if not _ZONE_WORD.search(text, lo, hi) or _LIVES.search(text, lo, s):
        return False
    return _subject_before(text, s) != "person"


@lru_cache(maxsize=4)
def _upper_divisions(gaz: AdminGazetteer) -> frozenset[str]:
    """Province, city and county names (one set, for looking back from a span)."""
    return gaz.provinces | gaz.cities | gaz.areas


def _divisions_before(text: str, start: int, gaz: AdminGazetteer) -> int:
    """Where the division names written right before ``start`` begin (``砀山县`` before a model
    span ``赵屯镇陈楼村…``): the address starts there; ``start`` when there are none."""
    names = _upper_divisions(gaz)
    at_division = any(gaz.match(text, start, level) for level in ("provinces", "cities", "areas", "streets"))
    k = start
    while True:
        n = next((n for n in range(min(gaz.max_len, k), 1, -1) if text[k - n : k] in names), 0)
        reach = _admin_chain(text, k - n, gaz)[0] if n else -1
        if reach < start or (reach == start and at_division):
            return k  # (吴兴区平遥县…, 张店区扎兰屯市…: a division that does not lead on is a place of its own)
        k -= n


def _division_around(text: str, start: int, gaz: AdminGazetteer) -> int:
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


#: What may follow a place to make it a house or a flat: names and numbers of a road, an estate, a
#: building, a unit, a floor, a room (压赛堰1398号, 4区8-6单元1342, 六楼1081号).
_HOME_TAIL = re.compile(
    rf"(?:{C}{{0,8}}?(?:\d+|[A-Za-z]\d*)(?:[-－]\d+)*(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|户|区|期|组|弄|房)?)+"
)


def rule_model_spans(scan: AddressScan) -> None:
    """The model's ADDRESS / LOCATION spans, re-parsed from their start for exact boundaries."""
    text, gaz = scan.text, scan.gaz
    for label, s, e in sorted(scan.model_spans, key=lambda x: x[1]):
        if not scan.free(s, e):
            continue
        n_area = _dangling_area(text, s, gaz)
        if n_area and s + n_area < e:
            s += n_area  # 张店区扎兰屯市…: the address starts at the second division
        k = _division_around(text, s, gaz)
        if k < s and scan.free(k, s):
            s = k  # the model's span began inside a division name
        parsed = None
        cue = _cue_before(text, s)
        home_cue = cue is not None and cue[1] == "home"  # 住大矸街道坝头西路… (model: LOCATION)
        for start in range(s, min(e, s + 3)):
            parsed = parse_address(text, start, gaz, bare_start=(label == "CN_ADDRESS" or (home_cue and start == s)))
            if parsed:
                s = start
                break
        if parsed and parsed[1]:
            end = parsed[0]
            if label == "CN_ADDRESS" and end < e and _extendable(text, end, e):
                end = e
            k = _divisions_before(text, s, gaz)
            if k < s and scan.free(k, s):
                s = k  # the county written before the model's span belongs to the address
            scan.add_address(s, end, "model+grammar", 0.9)
        elif label == "CN_ADDRESS":
            ss, ee = _trim(text, s, e)
            if ee - ss >= 4 and _MODEL_ADDRESS_SHAPE.match(text[ss:ee]):
                scan.add_address(ss, ee, "model", 0.8)
        elif home_cue:
            # 住濮院镇工贸大道3区1871。: a place the model found right after a home cue, then the
            # numbers of a house or flat to the end of the clause — the home the grammar could not read
            tail = _HOME_TAIL.match(text, e)
            if tail and tail.end() > e and _at_end(text, tail.end()) and scan.free(s, tail.end()):
                scan.add("CN_ADDRESS", s, tail.end(), 0.75, "model+cue")


def rule_address_column(scan: AddressScan) -> None:
    """A table cell under an address column (家庭住址, 住宿地址, 注册地址): read from its first
    character; the column says whose address it is."""
    if scan.column is None:
        return
    text, gaz = scan.text, scan.gaz
    k = len(text) - len(text.lstrip())
    if k >= len(text) or not scan.free(k, k + 1):
        return
    n_area = _dangling_area(text, k, gaz)
    if n_area:
        scan.add_location(k, k + n_area)
    k += n_area
    parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
    if scan.column == "CN_ADDRESS":
        parsed = _whole_home_cell(text, k, parsed)
    if parsed and parsed[1]:
        e = parsed[0]
        if scan.column == "PLACE":
            scan.add_address(k, e, "column+grammar")  # a place unless a house number is in it
            return
        if scan.column == "ORG_ADDRESS":
            kind = scan.column
        else:
            kind = classify(text, k, e, column=scan.column == "CN_ADDRESS")
        scan.add(kind, k, e, 0.85, "column+grammar")


#: A cell that reads as an address although the grammar cannot parse it: a place, road, estate or
#: building word and a number (兴城小区B13-10号, 大莹东方国际15楼C1274).
_CELL_ADDRESS = re.compile(r"(?:省|市|区|县|镇|乡|街道|路|街|道|巷|村|组|小区|苑|园|城|国际|广场|大厦|楼|栋|幢|座|单元|室|号).*\d|\d.*(?:号|室|栋|幢|单元|楼)")


def _whole_home_cell(text: str, k: int, parsed: tuple[int, bool] | None) -> tuple[int, bool] | None:
    """Under a home-address column the whole cell is the address: a parse that stops before the
    cell's end runs on over the names and numbers of an estate, building or flat
    (``…1389号华领国际B3``, ``…13幢a座1250室``); a cell the grammar cannot read at all is taken whole
    when it reads as an address (:data:`_CELL_ADDRESS`)."""
    end = len(text.rstrip())
    if parsed and parsed[1] and parsed[0] < end:
        tail = _HOME_TAIL.match(text, parsed[0])
        return (end, True) if tail and tail.end() == end else parsed
    cell = text[k:end]
    if (not parsed or not parsed[1]) and end - k <= 40 and not any(ch in cell for ch in "，,。；;：:") and not re.search(r"\d{7}", cell):
        if _CELL_ADDRESS.search(cell):
            return end, True  # (no label, no ID or phone number in it)
    return parsed


_ROW_LINE = re.compile(r"[^\n\r]+")
_ROW_CELL = re.compile(r"[^\t\u3000｜| \n\r]+")
#: A cell that shows a table row is about a person: a gender, an ID number, an age.
_PERSON_CELL = re.compile(r"\s*(?:[男女]|\d{17}[\dXx]|\d{15}|\d{1,3}(?:周岁|岁))\s*")


def rule_person_row(scan: AddressScan) -> None:
    """A cell of a person's table row (a gender, ID or age cell beside it) that is an address on
    its own — ``马村镇清泉村2组``, ``某路12号3单元301室`` — is that person's home address."""
    text, gaz = scan.text, scan.gaz
    for line in _ROW_LINE.finditer(text):
        cells = list(_ROW_CELL.finditer(text, line.start(), line.end()))
        if len(cells) < 3 or not any(_PERSON_CELL.fullmatch(c.group(0)) for c in cells):
            continue
        for c in cells:
            k = c.start() + len(c.group(0)) - len(c.group(0).lstrip())
            end = c.start() + len(c.group(0).rstrip())
            if end - k < 5 or not is_cjk(text[k]) or not scan.free(k, end):
                continue
            parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
            if parsed and parsed[1] and parsed[0] == end:
                scan.add("CN_ADDRESS", k, end, 0.8, "row+grammar")


def rule_after_home_cue(scan: AddressScan) -> None:
    """After a home cue (住址：, 现住, 家住 …) an address may start at a road or a village."""
    text, gaz = scan.text, scan.gaz
    for k in sorted(set(_bare_starts(text, gaz, scan.cues))):
        if k >= len(text) or not scan.free(k, k + 1):
            continue
        n_area = _dangling_area(text, k, gaz)
        if n_area:
            scan.add_location(k, k + n_area)
            k += n_area
        parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
        if parsed and parsed[1] and scan.free(k, parsed[0]):
            scan.add_address(k, parsed[0], "cue+grammar")


#: One item of a list after a label: up to the next ； / 。 / line break.
_LIST_ITEM = re.compile(r"[^；;。\n\r]+")


def rule_cue_list(scan: AddressScan) -> None:
    """``送达地址：申请人甲为某区某镇某村9社11号；被申请人乙为某区某镇某村四社；…``: a home cue that
    labels a list of parties, each ``<party>为<address>``: each address, read from after 为 to the
    end of its item, is that party's home (a village or group will do) — or an organisation's
    when the party is one (…有限公司为…)."""
    text, gaz = scan.text, scan.gaz
    if "为" not in text or ("：" not in text and ":" not in text):
        return
    for m in scan.cues:
        if _CUE_KIND.get(m.group(0)) != "home" or text[m.end() : m.end() + 1] not in ("：", ":"):
            continue
        stop = min((k for k in (text.find("。", m.end()), text.find("\n", m.end())) if k != -1), default=len(text))
        for item in _LIST_ITEM.finditer(text, m.end() + 1, stop):
            for_ = text.find("为", item.start(), item.end())
            k, e = for_ + 1, item.end()
            if for_ < 0 or e - k < 4 or not is_cjk(text[k]) or not scan.free(k, e):
                continue
            parsed = parse_address(text[:e], k, gaz, bare_start=True, village_end=True)
            if not parsed or not parsed[1] or _landmark_end(text, k, parsed[0]) != e:
                continue
            party = text[item.start() : for_]
            last_p = max((x.end() for x in _SUBJECT_PERSON.finditer(party)), default=-1)
            last_o = max((x.end() for x in _SUBJECT_ORG.finditer(party)), default=-1)
            scan.add("ORG_ADDRESS" if last_o > last_p else "CN_ADDRESS", k, e, 0.8, "cue_list+grammar")


def rule_divisions(scan: AddressScan) -> None:
    """At every administrative-division name: an address when the grammar reaches a house
    number, else a place (LOCATION) when the chain ends cleanly."""
    text, gaz = scan.text, scan.gaz
    starts = _chain_starts(gaz)
    i = 0
    n = len(text)
    while i < n:
        if text[i : i + 2] not in starts or not scan.free(i, i + 1) or not is_cjk(text[i]):
            i += 1  # (no division name starts here: nothing below would parse)
            continue
        n_area = _dangling_area(text, i, gaz)
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
#: Where a clause, a cell or a bracket begins: an address written without divisions starts there.
_CLAUSE_START = re.compile(r"[，。；;、：:（(）)｜|\t\u3000 \n\r]")
_BARE_LOOKBACK = 30
#: Characters without which the flat / villager rules cannot match (one search, then nothing to do).
_FLAT_HINT = re.compile(r"[楼栋幢弄]|单元|号院|\d[-－]\d{1,2}[-－]\d")
_VILLAGER_HINT = re.compile(r"[民房宅]|农户|社员")
#: ... and the flat it must reach: a unit, a room, a 弄 house, a yard's house, building-unit-room.
_BARE_HOME = re.compile(r"单元|\d室$|\d+弄\d+号|号院\d+号|(?:号楼|栋|幢|座)\d+(?:室|号|房)?$|\d+[-－]\d+[-－]\d+$")


def _clause_address_start(text: str, pos: int) -> int:
    """Where an address that reaches ``pos`` begins when nothing else marks it: after the last cue
    of its clause (安置房位于…, 其位于…), else at the start of its clause, cell or bracket; ``-1``
    when the clause starts more than :data:`_BARE_LOOKBACK` characters back."""
    lo = max(0, pos - _BARE_LOOKBACK)
    k = max((b.end() for b in _CLAUSE_START.finditer(text, lo, pos)), default=0 if lo == 0 else -1)
    cue = max(_CUE_SCAN.finditer(text, max(k, 0), pos), key=lambda c: c.end(), default=None)
    if cue is not None:
        k = cue.end()
        c = _COPULA.match(text, k)
        k = c.end() if c else k
    return k


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
        k = _clause_address_start(text, m.start())  # (安置房位于某某苑1栋…: after the clause's cue)
        if k < 0 or m.start() - k < 2 or not is_cjk(text[k]) or not scan.free(k, m.start()):
            continue
        parsed = parse_address(text, k, gaz, bare_start=True)
        if not parsed or not parsed[1] or parsed[0] < m.end():
            continue
        span = text[k : parsed[0]]
        if _BARE_HOME.search(span) and not _ORG_IN_NAME.search(span) and not _AGENCY_IN_SPAN.search(span):
            scan.add_address(k, parsed[0], "flat+grammar")
            last = parsed[0]


#: A villagers' group or village right before the word for its villager (…村8组村民某某).
_VILLAGER_AFTER = re.compile(
    rf"(?:村|嘎查|屯|{_NUM}(?:组|社|队)|村民小组)(?=村民|居民|农户|社员|的?(?:自建房|房屋|住房|住宅|宅基地))"
    r"(?!村民委员会|居民委员会|村民小组|村民代表|居民代表|村民会议)"
)


def rule_villager(scan: AddressScan) -> None:
    """``滑县上官镇赵拐村8组村民余某``, ``其位于北格镇武宿村的自建房``: the village (and group) written
    straight before 村民 / 居民 or the dwelling it locates is a home, although it has no house number:
    read from the start of its clause or after the clause's cue."""
    text, gaz = scan.text, scan.gaz
    if not _VILLAGER_HINT.search(text):
        return
    for m in _VILLAGER_AFTER.finditer(text):
        k = _clause_address_start(text, m.start())
        if k < 0 or k >= m.end() or not scan.free(k, m.end()) or not is_cjk(text[k]):
            continue
        if not text.startswith(("村民", "居民", "农户", "社员"), m.end()) and _subject_before(text, k) != "person":
            continue  # 某村的房屋 of no one named: a village's houses, not a home
        parsed = parse_address(text[: m.end()], k, gaz, bare_start=True, village_end=True)
        if parsed and parsed[1] and parsed[0] == m.end() and m.end() - k >= 5:
            scan.add("CN_ADDRESS", k, m.end(), 0.8, "villager+grammar")


#: A village's numbered group at the end of an address (…赵拐村14组, …团结村四社), not its head or body.
_GROUP_END = re.compile(
    rf"(?:村|嘎查|屯)(?:委会|民委员会)?{C}{{0,4}}?第?{_NUM}(?:组|社|队|村民小组)(?![\d\-－号]|长|干部|委员|会议|代表|村民委员会)"
)
#: What may stand right before such an address in running text: a preposition or a clause break.
_BEFORE_PLACE = frozenset("在于，,、：:（(")
_GROUP_LOOKBACK = 20
_DIVISION_WORD = re.compile(r"镇|乡|街道|苏木|县|区|市|旗")


#: Words for many people (组织村民…, 学生在…): a clause about them is no one's home.
_COLLECTIVE = re.compile(r"(?:村民|居民|群众|学生|患者|代表|委员|农户|人员|干部)(?:们|等)?$")


def _collective_subject(text: str, k: int) -> bool:
    """The nearest person word before ``k`` on its line names a group of people, not one person."""
    line_start = max(text.rfind("\n", 0, k), text.rfind("\r", 0, k)) + 1
    last = max(_SUBJECT_PERSON.finditer(text, max(line_start, k - 60), k), key=lambda m: m.end(), default=None)
    return last is not None and bool(_COLLECTIVE.search(last.group(0)))


def rule_person_village(scan: AddressScan) -> None:
    """``当事人于…在白道口镇赵拐村14组北侧占用耕地建房``: a village's numbered group written after a
    preposition in a clause about a person (:func:`_subject_before`) is where that person lives or
    builds — a home, although it has no house number and no cue; read from the leftmost place after
    a preposition or a clause break from which the grammar reaches the group, a town or division
    included.  In a clause about an agency or about no one it is left alone (镇政府在某村3组召开…)."""
    text, gaz = scan.text, scan.gaz
    if "组" not in text and "社" not in text and "队" not in text:
        return
    for m in _GROUP_END.finditer(text):
        e = m.end()
        if not scan.free(m.start(), e) or not _SUBJECT_PERSON.search(text, max(0, m.start() - 80), m.start()):
            continue  # (no person word before it: nothing below would add it)
        for k in range(max(1, m.start() - _GROUP_LOOKBACK), m.start()):
            if text[k - 1] not in _BEFORE_PLACE or text[k] in _BEFORE_PLACE or not is_cjk(text[k]) or not scan.free(k, e):
                continue
            parsed = parse_address(text[:e], k, gaz, bare_start=True, village_end=True)
            if not parsed or not parsed[1] or parsed[0] != e:
                continue
            span = text[k:e]
            if text[k - 1] in "：:" and (e == len(text) or text[e] in "。；;，,\n\r"):
                break  # 第三人：某镇某村第三村民小组。 — the group itself is the party
            if _DIVISION_WORD.search(span, 0, len(span) - len(m.group(0))) and not _ORG_IN_NAME.search(span):
                if _subject_before(text, k) == "person" and not _collective_subject(text, k):
                    scan.add("CN_ADDRESS", k, e, 0.8, "village+person")
            break


#: A short bracket (its content without brackets or a line break).
_BRACKET = re.compile(r"[（(]([^（）()\n\r]{4,40})[）)]")
_BRACKET_PIECE = re.compile(r"[^，,、；;]+")


def _named_before(text: str, k: int) -> bool:
    """A person's name written right before ``k`` (2-4 Chinese characters after the start of a
    clause, beginning with a confident surname): ``丁某某（林集村小南屯）``."""
    lo = max(0, k - 5)
    start = max((b.end() for b in _CLAUSE_START.finditer(text, lo, k)), default=-1)
    if start < 0 and lo == 0:
        start = 0
    head = text[start:k] if start >= 0 else ""
    return (
        2 <= len(head) <= 4 and all(is_cjk(ch) for ch in head) and not head.endswith(_NOT_A_NAME_END)
        and surnames().confident_at(text, start)
    )


#: Last characters of a place or a body, not of a name (高新区（…）, 王庄镇（…）).
_NOT_A_NAME_END = tuple("区县市镇乡村街局院处会部司所站队组厂校")


def rule_bracketed_home(scan: AddressScan) -> None:
    """An address in brackets right after a person's name or a home cue — ``丁某某（林集村小南屯）``,
    ``雷某（监护人曹某，郭嘉镇李岗村六社）``, ``其户籍地（重庆市开州区敦好镇唐岗村十一社）`` — is that
    person's home when a piece of the bracket reads as an address to its end (a village will do)."""
    text, gaz = scan.text, scan.gaz
    if "（" not in text and "(" not in text:
        return
    for m in _BRACKET.finditer(text):
        if not _named_before(text, m.start()):
            cue = _cue_before(text, m.start())
            if cue is None or cue[1] != "home":
                continue
        for piece in _BRACKET_PIECE.finditer(text, m.start(1), m.end(1)):
            k, e = piece.start(), piece.end()
            if e - k < 4 or not scan.free(k, e) or not is_cjk(text[k]):
                continue
            parsed = parse_address(text[:e], k, gaz, bare_start=True, village_end=True)
            if parsed and parsed[1] and _landmark_end(text, k, parsed[0]) == e and not _AGENCY_IN_SPAN.search(text, k, e):
                scan.add("CN_ADDRESS", k, e, 0.8, "bracket+grammar")  # (…松林村二组老学校对面)


#: A household named by its head (``（2）付某某家，``) at the start of a clause, then its address.
_HOUSEHOLD_HINT = re.compile(r"家[，,：:]")
_HOUSEHOLD = re.compile(rf"(?:^|(?<=[^{CJK}]))({C}{{2,4}})家[，,：:]")
#: Where a clause ends: the household's address must run to it.
_CLAUSE_END = frozenset("，,；;。\n\r")


def rule_household(scan: AddressScan) -> None:
    """``（2）付某某家，先锋镇新华村后屯村部东侧，光荣牌缺失；``: a clause that names a household by its
    head (a name with a confident surname, then 家) and goes on with an address that runs to the
    end of the next clause — that household's home (a village with a landmark will do)."""
    text, gaz = scan.text, scan.gaz
    if "家" not in text or not _HOUSEHOLD_HINT.search(text):
        return
    names = surnames()
    for m in _HOUSEHOLD.finditer(text):
        if not names.confident_at(text, m.start(1)) or m.group(1).endswith(_NOT_A_NAME_END):
            continue
        k = m.end()
        parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
        if not parsed or not parsed[1]:
            continue
        e = _landmark_end(text, k, parsed[0])
        if (e == len(text) or text[e] in _CLAUSE_END) and e - k >= 5 and scan.free(k, e):
            if not _AGENCY_IN_SPAN.search(text, k, e) and not _ORG_IN_NAME.search(text, k, e):
                scan.add("CN_ADDRESS", k, e, 0.8, "household+grammar")


#: The address rules in the order they run (each sees the spans the earlier ones took).
ADDRESS_RULES: tuple[Callable[[AddressScan], None], ...] = (
    rule_model_spans,
    rule_address_column,
    rule_person_row,
    rule_after_home_cue,
    rule_cue_list,
    rule_villager,
    rule_person_village,
    rule_bracketed_home,
    rule_household,
    rule_divisions,
    rule_bare_flat,
)


def find_addresses(
    text: str,
    *,
    model_spans: Sequence[tuple[str, int, int]] = (),
    locations: bool = True,
    context: Sequence[str] | None = None,
) -> list[AddressSpan]:
    """CN_ADDRESS / ORG_ADDRESS / LOCATION spans of one text (non-overlapping).

    ``context``: the column header of a table cell; under an address column (``家庭住址``,
    ``住宿地址``, ``经营者住所``) the cell's address is read from its first character, and it is a
    home address unless the column is an organisation's (``注册地址``, ``单位地址``)."""
    scan = AddressScan(text, admin_gazetteer(), model_spans, locations, context)
    for rule in ADDRESS_RULES:
        rule(scan)
    return sorted(scan.results, key=lambda a: a.start)


def _extendable(text: str, parsed_end: int, model_end: int) -> bool:
    """Whether the model's longer span only adds address material (digits, 号/室/单元…)."""
    tail = text[parsed_end:model_end]
    if re.fullmatch(r"[\d\-－号楼栋幢座单元层室户]*", tail):
        return True
    m = _HOME_TAIL.match(text, parsed_end, model_end)
    return m is not None and m.end() == model_end  # …1389号华领国际B3: an estate's and a flat's names and numbers


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in "：:，,。；; \u3000（(":
        s += 1
    while e > s and text[e - 1] in "：:，,。；; \u3000）)":
        e -= 1
    return s, e


def division_prefix_end(text: str) -> int:
    """End of the administrative part of an address (province … district / county, then the
    town or 街道 when present): where an address is cut back for publication (guide §3).

    ``0`` when the address does not start with a known division (a bare road or village)."""
    gaz = admin_gazetteer()
    end, levels = _admin_chain(text, 0, gaz)
    if not levels or "streets" in levels:
        return end
    m = _TOWN.match(text, end)
    if m and m.end() - end <= 7:
        return m.end()
    return end
