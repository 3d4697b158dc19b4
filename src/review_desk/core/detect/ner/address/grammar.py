"""The span grammar of an address (rule-only, also used to extend or trim the model's ADDRESS
spans)::

    [省] [市] [区/县] [街道/镇/乡] ( 村 [组] | 路/街/大道/巷 ) 号 [小区名] [号楼/栋/幢] [单元] [层] [室]

Province, city, district and town names come from the administrative-division gazetteer
(:mod:`.divisions`); a town not in it is accepted by its suffix (镇/乡/街道) right after a
district.  A span must reach a house number (``号``) to be an address at all; an admin chain
without one (``济南市历下区``) is a LOCATION.

Refinements: villagers' groups by name or number (``桃园组``, ``四社``); a named complex without a
小区-type suffix when a building follows (``水岸星城B座…``, ``丽景湾4栋…``); ``18号楼1901号``;
``香樟园29-4-1104``; ``2门301``; ``附3号``; ``四段``.

Generalisations (measured on real-world address shapes with ``benchmarks/address_coverage.py``):
road names with a number (``新兴1路``) and the suffixes 里/道/支路/环路/公路; a development zone
before the road; buildings / units / floors with Chinese numerals or letters (``三栋``, ``c16栋``,
``B单元``, ``3-1号楼``, ``149楼11单元``); zones of an estate or village (``3区``, ``一期``, ``4组团``);
a hamlet and group after a village (``某村严家9组212号``); a road or village named without a number
before the estate; a room after a house number (``73号1641``, ``105号704室``) or after an estate
(``某某国际1202``).  Only after a home cue (or in an address cell / a model ADDRESS span) — never in
running text — may a number lack 号 (``某路246``, ``某路66-70``, ``某村135``), may an estate without
a suffix be followed by a flat (``金地自在城一期45-2968``), an estate by a bare number
(``某小区828``), or a division by a hamlet's house number (``某镇钱家浜130号``).
"""

from __future__ import annotations

import regex as re

from ...text import CJK


C = f"[{CJK}]"
NUM = r"(?:\d+|[一二三四五六七八九十百零〇]+)"
TOWN = re.compile(rf"{C}{{1,6}}?(?:街道办事处|街道|镇|乡|苏木)(?!{C}{{0,2}}(?:政府|人民|办事处|党委|卫生院))")
#: What a rural home is described by after its village or group (水井旁, 小学东侧, 南街).
LANDMARK_RE = (
    rf"(?:{C}{{0,6}}?(?:东侧|西侧|南侧|北侧|东边|西边|南边|北边|对面|旁边|旁|附近|后面|前面|隔壁|边)|[东西南北前后中](?:街|巷)"
    r"|[东西南北]头|村口)"  # (大王庄村东头)
    rf"(?:(?![{CJK}])|(?=的))"  # (…村小学对面的两间老屋)
)
#: A villagers' group: 三组, 四社, 桃园组, 第二生产队.
_GROUP = rf"(?:第?{NUM}|{C}{{1,4}}?)(?:组|社|队|生产队|村民小组)"
_CN_NUM = "[一二三四五六七八九十百零〇两]+"
#: A building / unit label: 12, B, c16, 8A, 十一.
_LABEL = rf"(?:[A-Za-z]?\d+[A-Za-z]?|[A-Za-z]|{_CN_NUM})"
#: The end of a bare number that is still an address's last part (家住某路246的…, 某路246。).
NUM_END = r"(?=[，。,；;、\s）)]|$|的)"
#: A house number: 12号, 12-3号, 832弄125号, 9弄, 2号附3号, 12号之1, 12号甲; a dashed number or a
#: number at the end of the address without 号 (66-70, 246).
_HOUSE_NO_STRICT = (
    rf"(?:\d+[弄巷](?:\d+支弄)?(?:\d+(?:[-－]\d+)?号)?|[甲乙丙丁]?\d+(?:[-－]\d+)*号(?:(?:附|之)(?:\d+|{_CN_NUM})号?|[甲乙丙丁])?|附\d+号"
    rf"|[一二三四五六七八九十百零〇]{{1,4}}号(?![楼院])"
    rf"|\d+(?:[-－]\d+){{2,3}}(?![\d号])室?|\d+(?:[-－]\d+)*#)"
)
#: ... and, after a home cue / in an address cell, a number without 号 (66-70, 246).
_HOUSE_NO = rf"(?:{_HOUSE_NO_STRICT}|\d+(?:[-－]\d+)+(?![\d号])室?|\d+{NUM_END})"
#: A zone of a complex or village: 3区, B区, 八园, 南区.
ZONE = rf"(?:(?:[A-Za-z]|\d+|{_CN_NUM}|[东西南北中])(?:组团|[区园期]))"
_VILLAGE_HEAD = rf"{C}{{1,6}}?(?:村|嘎查|社区|居委会|屯|庄|寨)(?:委会|民委员会)?(?:{_GROUP})?(?:{C}{{1,6}}?(?:{_GROUP})?)?{ZONE}?(?:\d+排)?"
VILLAGE_NUM_STRICT = re.compile(rf"{_VILLAGE_HEAD}(?:\d+(?:[-－]\d+)?|[一二三四五六七八九十百零〇]{{1,4}})(?:号|户)(?!楼)")
VILLAGE_NUM = re.compile(
    rf"{_VILLAGE_HEAD}(?:(?:\d+(?:[-－]\d+)?|[一二三四五六七八九十百零〇]{{1,4}})(?:号|户)(?!楼)|\d+(?:[-－]\d+)*{NUM_END})"
)
_ROAD_SUFFIX = r"(?:大街|大道|支路|环路|横路|公路|路|街|巷|胡同|弄|里|坊|道)"
_ROAD_HEAD = rf"{C}{{1,12}}?(?:\d{{1,2}}{C}?)?{_ROAD_SUFFIX}(?:[东西南北中]段|{NUM}段)?(?:\d+[弄巷](?!\d*号))?"
ROAD_NUM_STRICT = re.compile(rf"{_ROAD_HEAD}{_HOUSE_NO_STRICT}(?:院(?:内(?=\d))?)?(?!楼)")
ROAD_NUM = re.compile(rf"{_ROAD_HEAD}{_HOUSE_NO}(?:院(?:内(?=\d))?)?(?!楼)")
#: A road named without a number before a complex (西关路振宁花园…).
ROAD_NAME = re.compile(rf"{C}{{1,10}}?(?:大街|大道|支路|路|街|巷|胡同)(?:[东西南北中]段|{NUM}段)?(?={C})")
#: A village / community named before a complex or a road (塘下村霞景小区…).
VILLAGE_NAME = re.compile(rf"{C}{{1,6}}?(?:村|嘎查|社区)(?:{_GROUP})?(?={C})")
#: A house number right after a town (大陈镇178号).
TOWN_NUM = re.compile(r"\d+(?:[-－]\d+)?号(?!楼)")
COMPLEX_SUFFIX = r"(?:小区|花园|家园|公寓|新村|社区|山庄|大院|宿舍|苑|园|府|花城|新城|公馆|名苑|雅居|嘉园|里)"
#: A residential complex reached without a road: 燕山小区3号楼… (needs a building number after it).
COMPLEX = re.compile(rf"{C}{{1,12}}?{COMPLEX_SUFFIX}{ZONE}?(?=\d|[东西南北中]楼\d+单元|[A-Za-z]\d*[座栋幢]|{_CN_NUM}(?:号楼|栋|幢|座))")
#: Any named complex followed by a building number (水岸星城B座…, 丽景湾4栋…, 香樟园29-4-1104).
NAMED_COMPLEX = re.compile(
    rf"{C}{{2,10}}?{ZONE}?(?={_LABEL}(?:号楼|栋|幢|座)|[A-Za-z]?\d+[-－]\d+[-－]\d+)"
)
#: A hamlet named without 村 / 屯 before a numbered group (松林村下岩脚6组).
_HAMLET_BEFORE_GROUP = rf"{C}{{1,4}}?(?=第?{NUM}(?:组|社|队))"
#: A village without a house number (only after an explicit home-address cue).
VILLAGE_ONLY = re.compile(
    rf"{C}{{1,6}}?(?:村|嘎查|社区|屯)(?:委会|民委员会)?(?:{C}{{1,4}}?(?:自然村|村|屯)|{_HAMLET_BEFORE_GROUP})?(?:{_GROUP})?"
    rf"(?:(?![{CJK}\d])|(?=的))"
)
#: ... or one followed by a landmark (家住韩集镇朱店村卫生室旁): the landmark is added by the scan.
VILLAGE_BY_LANDMARK = re.compile(
    rf"(?![本该同此]){C}{{1,6}}?(?:村|嘎查|屯)(?:委会|民委员会)?(?:{C}{{1,4}}?(?:自然村|村|屯))?(?:{_GROUP})?(?={LANDMARK_RE})"
)
REST = re.compile(
    r"(?:院内?(?=\d))?"
    rf"(?:(?!{_CN_NUM}(?:号楼|栋|幢|座|单元|层|楼)|[东西南北中]楼\d)(?P<complex>{C}{{2,10}}?{ZONE}?)(?=\d|[A-Za-z]\d*[座栋幢]|{_CN_NUM}(?:号楼|栋|幢|座)))?"
    rf"(?P<bldg>\d+排\d+号|(?:\d+[-－]\d+(?=号楼|栋|幢)|{_LABEL})(?:号楼|栋|幢|座|号院|#楼|号)|(?:\d+|[东西南北中])楼(?=\d+单元)|[A-Za-z](?=\d+[-－]))?"
    rf"(?P<unit>(?:\d+|{_CN_NUM}|[A-Za-z东西南北中])(?:单元|门(?=\d)))?"
    rf"(?P<floor>负?{_CN_NUM}(?:层|楼)|负?\d+(?:层|楼)(?!\d*室?号)|(?<=单元)\d+(?:层|楼)|\d+[Ff](?![A-Za-z]))?"
    r"(?P<room>(?P<dash>\d+[-－]\d+(?:[-－]\d+){0,2})(?:室|号|房)?(?![\d号楼层])|\d+(?:室|户|房)|(?<=单元|门|层|楼|[Ff])\d{2,4}(?![\d号楼层])|(?<=单元|门)\d{1,4}号"
    r"|(?<=层|楼)\d{1,3}号(?!楼)|(?<=层|楼)[东西南北中]户|[一二三四五六七八九〇零]{3,4}室|(?<=单元)[一二三四五六七八九〇零]{3,4}(?![号楼层室])"
    r"|(?<=号楼|栋|幢|座)(?:\d{1,4}号(?!楼)|\d{2,4}(?![\d号楼层]))"
    rf"|(?<=\d号)\d{{3,4}}{NUM_END})?"
    r"(?:(?<=\d号)\d{2,4}室)?"
)
#: A "complex" that is an organisation (人民政府3号楼, 某公司2栋) is not a residential complex.
#: (an employer's name before 家属院 / 宿舍 / 生活区 is a residential estate: 供电局家属院, 纺织厂宿舍)
ORG_IN_NAME = re.compile(
    r"(?:政府|公司|医院|学校|大学|学院|法院|检察院|派出所|银行|工业园|产业园|局|委员会|厂)(?!家属|职工|宿舍|生活区|小区)"
)
DASHED = re.compile(r"\d+[-－]\d+(?:[-－]\d+)?(?:室|号)?")


COMPLEX_ROOM = re.compile(rf"({C}{{2,8}}?)\d{{3,4}}{NUM_END}")


#: A sub-number right after a house number: 5号之一, 5号附3号, 10号-1.
SUBNUMBER = re.compile(rf"(?<=号)(?:(?:之|附)(?:\d+|{_CN_NUM})号?|[-－]\d{{1,3}}(?![\d\-－号]))")


DEVZONE = re.compile(rf"{C}{{1,8}}?(?:经济技术开发区|经济开发区|开发区|高新区|工业园区|工业园)")


#: A dashed number whose last part is a floor + room (45-2968, 6-1412): a flat.
FLAT_DASH = re.compile(r"^\d{1,4}[-－]\d{3,4}$")
#: After a home cue: an estate named without a suffix, then a flat (金地自在城一期45-2968).
NAMED_FLAT = re.compile(rf"{C}{{2,10}}?{ZONE}?(?=\d{{1,4}}[-－]\d{{3,4}}{NUM_END})")
#: In an address cell or after a home cue, with no division before it: a zone of an estate or a
#: village with a house number (洪山二区65号, 竹树下一区12号).
ZONE_HOUSE = re.compile(rf"{C}{{1,6}}?(?:{ZONE}|村|屯|庄|寨)\d+号(?!楼)")
#: After a home cue: a natural village / hamlet with a house number (金家横10号).
HAMLET_NUM = re.compile(rf"{C}{{2,6}}?(?:\d+(?:[-－]\d+)?号(?!楼)|\d+(?:[-－]\d+)*{NUM_END})")


#: An agency's own premises named in or right after an address (…街道办事处三楼, …号政务服务中心二楼):
#: the address is that agency's.
_AGENCY_PREMISES = r"(?:办事处|人民政府|服务中心|派出所|人民法院|检察院|卫生院|服务站|服务大厅|办事大厅|受理窗口)"
AGENCY_IN_SPAN = re.compile(_AGENCY_PREMISES)
#: An organisation word right after the house number (…号酒店, …号市政府办公厅, …号县教育局): the
#: address is that organisation's.
ORG_AFTER = re.compile(
    rf"(?:酒店|宾馆|饭店|旅馆|大厦|医院|公司|商场|超市|营业厅|写字楼|办公楼|{C}{{0,6}}?{_AGENCY_PREMISES}"
    rf"|{C}{{0,6}}?(?:政府|办公厅|办公室|委员会|局(?=[，,。；;（(\s]|$)|法院|检察院))"
    r"(?!东侧|西侧|南侧|北侧|东边|西边|南边|北边|对面|旁|附近|隔壁|后面|前面)"  # (…村小学东侧: a landmark)
)


#: What may follow a place to make it a house or a flat: names and numbers of a road, an estate, a
#: building, a unit, a floor, a room (压赛堰1398号, 4区8-6单元1342, 六楼1081号).
HOME_TAIL = re.compile(
    rf"(?:{C}{{0,8}}?(?:\d+|[A-Za-z]\d*)(?:[-－]\d+)*(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|户|区|期|组|弄|房)?)+"
)
