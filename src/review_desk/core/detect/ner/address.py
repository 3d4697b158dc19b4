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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex as re

from .gazetteers import AdminGazetteer, admin_gazetteer
from .person import CJK

__all__ = ["AddressSpan", "find_addresses", "parse_address"]

C = f"[{CJK}]"
_NUM = r"(?:\d+|[一二三四五六七八九十百零〇]+)"
_TOWN = re.compile(rf"{C}{{1,6}}?(?:街道办事处|街道|镇|乡)(?!{C}{{0,2}}(?:政府|人民|办事处|党委|卫生院))")
_VILLAGE_NUM = re.compile(
    rf"{C}{{1,6}}?(?:村|社区|居委会|屯|庄)(?:委会|民委员会)?(?:{_NUM}组)?\d+(?:[-－]\d+)?号(?!楼)"
)
_ROAD_NUM = re.compile(
    rf"{C}{{1,12}}?(?:大街|大道|路|街|巷|胡同|弄)(?:[东西南北中]段)?(?:\d+[弄巷])?\d+(?:[-－]\d+)?号(?:院)?(?!楼)"
)
#: A residential complex reached without a road: 燕山小区3号楼… (needs a building number after it).
_COMPLEX = re.compile(rf"{C}{{1,10}}?(?:小区|花园|家园|公寓|新村|社区|山庄|大院|宿舍|苑|园)(?=\d|[A-Z]座)")
#: A village without a house number (only after an explicit home-address cue).
_VILLAGE_ONLY = re.compile(rf"{C}{{1,6}}?(?:村|社区|屯)(?:委会|民委员会)?(?:{_NUM}组)?(?![{CJK}])")
_REST = re.compile(
    rf"(?:(?P<complex>{C}{{2,10}}?)(?=\d|[A-Z]座))?"
    r"(?P<bldg>(?:\d+|[A-Z])(?:号楼|栋|幢|座|号院|#楼|号))?"
    r"(?P<unit>\d+单元)?"
    r"(?P<floor>\d+(?:层|楼)(?!\d*室?号))?"
    r"(?P<room>\d+[-－]\d+(?:[-－]\d+)?室?(?![\d号楼层])|\d+(?:室|户)|(?<=单元)\d{3,4}(?![\d号楼层]))?"
)
_DASHED = re.compile(r"\d+[-－]\d+(?:[-－]\d+)?(?:室|号)?")

HOME_CUES = (
    "住址", "现住址", "现住", "家住", "住所地", "户籍地", "户籍所在地", "户口所在地", "居住地", "现居住地",
    "现居住", "现居", "家庭住址", "家庭地址", "通信地址", "通讯地址", "送达地址", "送达地点", "邮寄地址",
    "收件地址", "原址", "房屋位于", "房屋坐落于", "房屋坐落", "住", "居住于", "住在", "暂住", "暂住地",
    "户籍", "家庭住所", "经常居住地", "常住地", "所在村", "户籍地址", "居住地址", "现住地址", "常住地址",
    "户口地址", "现居住地址", "家住址", "住宅地址",
)  # fmt: skip
ORG_CUES = (
    "住所", "注册地址", "注册地", "经营场所", "主要经营场所", "经营地址", "营业场所", "办公地址", "办公地点",
    "单位地址", "机关地址", "本局地址", "本机关地址", "本院地址", "本委地址", "本厅地址", "本部门地址",
    "来信地址", "复查地址", "联系地址", "生产地址", "生产经营场所", "厂址", "培训地点", "会议地点", "办理地点",
    "受理地点", "受理地址", "咨询地址", "地点",
)  # fmt: skip
NEUTRAL_CUES = ("地址", "寄送地址", "位于", "坐落于")
_CUES = sorted(((c, "home") for c in HOME_CUES), key=lambda x: -len(x[0]))
_ALL_CUES = sorted(
    [(c, "home") for c in HOME_CUES] + [(c, "org") for c in ORG_CUES] + [(c, "neutral") for c in NEUTRAL_CUES],
    key=lambda x: -len(x[0]),
)
_CUE_SEPS = "：:｜| \t\u3000"
_ORG_CONTEXT = re.compile(
    r"公司|有限|企业|法定代表人|统一社会信用代码|本局|本机关|本院|本委|单位名称|经营者名称|商铺|门头房|店|厂|律师事务所"
    r"|合作社|集团|中心|学校|医院|酒店|宾馆|大厦"
)
_OFFICE_SHAPE = re.compile(r"大厦|写字楼|广场|中心|商铺|门头房|工业园|产业园|\d+层|\d+楼(?!\d*单元)")
_HOME_SHAPE = re.compile(r"单元|\d室$|号楼|栋|幢|村.*\d+号$|组\d+号$|(?<=单元)\d+$")
_RELATIVE = frozenset({"本市", "本省", "本县", "本区", "本镇", "该市", "该县", "该区"})
_LOCATION_FOLLOW = frozenset("的内境辖等、和与及，,。；;：:）)\n\r\t 　")


@dataclass(frozen=True)
class AddressSpan:
    type: str  # CN_ADDRESS / ORG_ADDRESS / LOCATION
    start: int
    end: int
    score: float
    rule: str


def _admin_chain(text: str, i: int, gaz: AdminGazetteer) -> tuple[int, list[str]]:
    """(end, levels matched) of the administrative-division chain starting at ``i``."""
    j, levels = i, []
    for level in ("provinces", "cities", "areas", "streets"):
        n = gaz.match(text, j, level)
        if n:
            j += n
            levels.append(level)
    return j, levels


def _rest(text: str, end: int) -> int:
    """Extend past a house number through complex name / building / unit / floor / room."""
    r = _REST.match(text, end)
    if r and (r.group("bldg") or r.group("unit") or r.group("room") or r.group("floor")):
        if r.group("complex") and not (r.group("bldg") or r.group("unit")):
            return end
        return r.end()
    d = _DASHED.match(text, end)
    if d and text[d.end() - 1 : d.end()] == "室":
        return d.end()
    return end


def parse_address(
    text: str, i: int, gaz: AdminGazetteer | None = None, *, bare_start: bool = False, village_end: bool = False
) -> tuple[int, bool] | None:
    """Parse an address starting at ``i``: ``(end, has_number)`` or ``None`` when nothing parses.

    ``bare_start``: the address may start at a town, road or village (after a home cue);
    ``village_end``: a village (组) without a house number is enough (after a home cue).
    """
    gaz = gaz or admin_gazetteer()
    j, levels = _admin_chain(text, i, gaz)
    if not levels and not bare_start:
        return None
    admin_end = j
    candidates = [j]
    if "streets" not in levels:
        m = _TOWN.match(text, j)
        if m and m.end() - j <= 7:
            candidates.insert(0, m.end())  # prefer reading a town first
    for k in candidates:
        m = _VILLAGE_NUM.match(text, k) or _ROAD_NUM.match(text, k)
        if m:
            return _rest(text, m.end()), True
    for k in candidates:
        m = _COMPLEX.match(text, k)
        if m:
            r = _REST.match(text, m.end())
            if r and r.group("bldg") and not r.group("complex") and (r.group("unit") or r.group("room") or r.group("floor") or text[m.end():r.end()].endswith(("号楼", "栋", "幢", "座"))):
                return r.end(), True
    if village_end:
        for k in candidates:
            m = _VILLAGE_ONLY.match(text, k)
            if m:
                return m.end(), True
    if levels:
        return admin_end, False
    return None


def _cue_before(text: str, start: int) -> tuple[str, str] | None:
    """The address cue ending right before ``start`` (separators allowed), with its kind."""
    k = start
    while k > 0 and text[k - 1] in _CUE_SEPS:
        k -= 1
    if k > 0 and text[k - 1] in "（(，,":  # 住所（主要经营场所）： is handled by the bracket skip below
        pass
    if k > 0 and text[k - 1] in "）)":
        open_ = max(text.rfind("（", 0, k), text.rfind("(", 0, k))
        if open_ != -1 and k - open_ <= 12:
            inner = _cue_before(text, k - 1)
            outer = _cue_before(text, open_)
            for hit in (inner, outer):
                if hit and hit[1] == "org":
                    return hit
            return inner or outer
    for cue, kind in _ALL_CUES:
        if text.startswith(cue, k - len(cue)) and k - len(cue) >= 0:
            return cue, kind
    return None


def _org_context(text: str, start: int, window: int = 120) -> bool:
    lo = max(0, start - window)
    # stop at a blank line (a new block)
    blank = text.rfind("\n\n", lo, start)
    if blank != -1:
        lo = blank
    return bool(_ORG_CONTEXT.search(text, lo, start))


def classify(text: str, start: int, end: int) -> str:
    """CN_ADDRESS or ORG_ADDRESS for a parsed address with a house number."""
    span = text[start:end]
    cue = _cue_before(text, start)
    home_shape = bool(_HOME_SHAPE.search(span))
    office_shape = bool(_OFFICE_SHAPE.search(span)) and not re.search(r"单元|号楼", span)
    if cue is not None:
        word, kind = cue
        if kind == "home":
            return "CN_ADDRESS"
        if kind == "org":
            if word == "住所" and not _org_context(text, start):
                return "CN_ADDRESS"
            return "ORG_ADDRESS"
        # neutral: 地址 / 位于
        if office_shape:
            return "ORG_ADDRESS"
        if _org_context(text, start, 80) and not _personal_before(text, start):
            return "ORG_ADDRESS"
        return "CN_ADDRESS" if home_shape or _personal_before(text, start) else "ORG_ADDRESS"
    if office_shape:
        return "ORG_ADDRESS"
    before = text[max(0, start - 8) : start]
    if re.search(r"(?:大厦|酒店|宾馆|公司|中心|局|院|馆|店)[（(]$", before):
        return "ORG_ADDRESS"
    return "CN_ADDRESS" if home_shape else "ORG_ADDRESS"


_PERSONAL = re.compile(r"申请人|当事人|信访人|户主|本人|家庭|个人|代表|委员|提案人|受送达人|住户|[男女][，,]|\d+岁")


def _personal_before(text: str, start: int) -> bool:
    lo = max(0, start - 60)
    line_start = text.rfind("\n", lo, start)
    return bool(_PERSONAL.search(text, line_start + 1 if line_start != -1 else lo, start))


def _bare_starts(text: str) -> list[int]:
    """Positions right after a home-address cue (an address there may start at a road)."""
    out = []
    for cue, _kind in _CUES:
        pos = text.find(cue)
        while pos != -1:
            if any(len(c) > len(cue) and text.startswith(c, pos) for c, _ in _ALL_CUES):
                pos = text.find(cue, pos + 1)  # 住 of 住址 / 住所: the longer cue decides
                continue
            k = pos + len(cue)
            while k < len(text) and text[k] in _CUE_SEPS:
                k += 1
            out.append(k)
            pos = text.find(cue, pos + 1)
    return out


def find_addresses(
    text: str,
    *,
    model_spans: Sequence[tuple[str, int, int]] = (),
    locations: bool = True,
) -> list[AddressSpan]:
    """CN_ADDRESS / ORG_ADDRESS / LOCATION spans of one text (non-overlapping)."""
    gaz = admin_gazetteer()
    results: list[AddressSpan] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    def add_address(s: int, e: int, rule: str, score: float = 0.85) -> None:
        if text[s : s + 2] in _RELATIVE and e - s > 4:
            s += 2  # 住本市历下区…: the address starts at the district
        kind = classify(text, s, e)
        results.append(AddressSpan(kind, s, e, score, rule))
        taken.append((s, e))

    # 1. Model ADDRESS / LOCATION spans: re-parse from their start to get exact boundaries.
    for label, s, e in sorted(model_spans, key=lambda x: x[1]):
        if not free(s, e):
            continue
        parsed = None
        for start in range(s, min(e, s + 3)):
            parsed = parse_address(text, start, gaz, bare_start=(label == "CN_ADDRESS"))
            if parsed:
                s = start
                break
        if parsed and parsed[1]:
            add_address(s, max(parsed[0], e) if label == "CN_ADDRESS" and parsed[0] < e and _extendable(text, parsed[0], e) else parsed[0], "model+grammar", 0.9)
        elif label == "CN_ADDRESS":
            ss, ee = _trim(text, s, e)
            if ee - ss >= 4:
                add_address(ss, ee, "model", 0.8)

    # 2. Rule-only: after home cues (may start at a road), then at every admin name.
    starts = sorted(set(_bare_starts(text)))
    for k in starts:
        if k >= len(text) or not free(k, k + 1):
            continue
        parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
        if parsed and parsed[1] and free(k, parsed[0]):
            add_address(k, parsed[0], "cue+grammar")
    i = 0
    n = len(text)
    while i < n:
        if not free(i, i + 1) or not ("\u3400" <= text[i] <= "\u9fff"):
            i += 1
            continue
        parsed = parse_address(text, i, gaz)
        if parsed is None:
            i += 1
            continue
        end, has_number = parsed
        if not free(i, end):
            i += 1
            continue
        if has_number:
            add_address(i, end, "grammar")
            i = end
            continue
        if locations and (end >= n or text[end] in _LOCATION_FOLLOW) and end - i >= 3:
            results.append(AddressSpan("LOCATION", i, end, 0.6, "gazetteer"))
            taken.append((i, end))
            i = end
            continue
        i += 1
    results.sort(key=lambda a: a.start)
    return results


def _extendable(text: str, parsed_end: int, model_end: int) -> bool:
    """Whether the model's longer span only adds address material (digits, 号/室/单元…)."""
    tail = text[parsed_end:model_end]
    return bool(re.fullmatch(rf"[\d\-－号楼栋幢座单元层室户{CJK[0:0]}]*", tail))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in "：:，,。；; \u3000（(":
        s += 1
    while e > s and text[e - 1] in "：:，,。；; \u3000）)":
        e -= 1
    return s, e
