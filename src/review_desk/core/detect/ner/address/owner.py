"""Whose address it is: a person's home (CN_ADDRESS) or an organisation's (ORG_ADDRESS).

Which kind of address it is comes from the cue before it (``住址``, ``现住``, ``家住``,
``户籍地``, ``家庭住址`` → home; ``住所``/``注册地址``/``经营场所``/``本局地址`` of a company or
agency → ORG_ADDRESS; a bare ``地址`` / ``住所`` is decided by the company words around it),
else from its shape: a flat (``单元``/``室``/``号楼``) or a village house number is a home,
a street number alone or an office floor (``大厦15层``) is an organisation's.

An org-type cue (``住所``, ``联系地址``) after a person (``经营者姓名…、住所``, ``法定代表人住所``,
``代表某某的联系地址``) is a home; a home-type cue after an organisation (``某某有限公司，住所地…``,
``企业通信地址``), an address followed by ``酒店`` / ``大厦``, and a letter's own contact footer
(``通讯地址：…`` on its own line, a plain street number) are an organisation's.
"""

from __future__ import annotations

import regex as re

from .grammar import AGENCY_IN_SPAN, C, NUM, ORG_AFTER, ORG_IN_NAME
from .cues import CONTACT_CUES, OWNER_CUES, PLACE_CUES, PREMISES_CUES, cue_before
from .subject import home_site, party_intro, personal_before, subject_before


_ORG_CONTEXT = re.compile(
    r"公司|有限|企业|法定代表人|统一社会信用代码|本局|本机关|本院|本委|单位名称|经营者名称|商铺|门头房|店|厂|律师事务所"
    r"|合作社|集团|中心|学校|医院|酒店|宾馆|大厦"
)
_OFFICE_BUILDING = re.compile(r"(?:大厦|写字楼|广场|中心|商铺|门头房|工业园|产业园)(?![东西南北中]?(?:路|街|大道|巷))")
_OFFICE_SHAPE = re.compile(r"大厦|写字楼|广场|中心|商铺|门头房|工业园|产业园|\d+层|\d+楼(?!\d*单元)")
_HOME_SHAPE = re.compile(
    r"单元|\d室$|号楼|栋|幢|村[^乡镇街路道]{0,12}\d+号$|[组社]\d+号$|(?<=单元)\d+$|\d+[-－]\d+[-－]\d+$|[A-Z]座\d+室?$|\d+弄"
    rf"|(?:村|嘎查){NUM}(?:组|社|队)$|村民小组$|村{C}{{1,4}}屯$"  # a villagers' group or hamlet: where villagers live
    r"|(?:村|社区|屯|庄)\d+排\d+号$"  # a village's rows of houses (张庄社区9排14号)
)


def _org_context(text: str, start: int, window: int = 120) -> bool:
    lo = max(0, start - window)
    # stop at a blank line (a new block)
    blank = text.rfind("\n\n", lo, start)
    if blank != -1:
        lo = blank
    return bool(_ORG_CONTEXT.search(text, lo, start))


def classify(text: str, start: int, end: int, *, column: bool = False) -> str:
    """CN_ADDRESS or ORG_ADDRESS for a parsed address with a house number (``column``: a
    table cell under a home-address column)."""
    span = text[start:end]
    cue = cue_before(text, start)
    home_shape = bool(_HOME_SHAPE.search(span))
    office_shape = bool(_OFFICE_SHAPE.search(span)) and not re.search(r"单元|号楼", span)
    if ORG_AFTER.match(text, end) or AGENCY_IN_SPAN.search(span):
        return "ORG_ADDRESS"  # 香港中路76号酒店: the number is a hotel's / company's
    if _DWELLING_AFTER.match(text, end) and not ORG_IN_NAME.search(span):
        return "CN_ADDRESS"  # 购买位于某路38号的房屋 / 某村5组的自建房: a dwelling
    if column:
        # under a home-address column a floor (某路5号8楼) is a flat; only an office building is not
        return "ORG_ADDRESS" if _OFFICE_BUILDING.search(span) and not home_shape else "CN_ADDRESS"
    if cue is not None and cue[1] == "site":
        if home_site(text, cue[2]) and not office_shape:
            return "CN_ADDRESS"  # 张某某户，建设位置：… — the site of a person's house
        cue = None  # the site of a project: read as an address without a cue
    if cue is None:
        return _without_cue(text, start, end, home_shape, office_shape)
    word, kind, cue_start = cue
    if kind == "home":
        return _after_home_cue(text, word, cue_start, end, home_shape)
    if kind == "org":
        return _after_org_cue(text, word, cue_start, start, home_shape, office_shape)
    return _after_neutral_cue(text, cue_start, start, home_shape, office_shape)


def _after_home_cue(text: str, word: str, cue_start: int, end: int, home_shape: bool) -> str:
    """A home cue's address is a home, unless an organisation uses the cue (某某有限公司，住所地…,
    企业通信地址：) or it is the agency's own contact block at the end of a letter."""
    if word in OWNER_CUES and _org_owner(text, cue_start) and subject_before(text, cue_start) != "person":
        return "ORG_ADDRESS"  # 某某有限公司，住所地… / 企业通信地址：
    if word in CONTACT_CUES and not home_shape and subject_before(text, cue_start) is None:
        if _agency_block(text, cue_start) or _form_line(text, cue_start, end):
            return "ORG_ADDRESS"  # the agency's own contact block at the end of a letter
    return "CN_ADDRESS"


def _after_org_cue(text: str, word: str, cue_start: int, start: int, home_shape: bool, office_shape: bool) -> str:
    """An organisation cue's address is an organisation's, unless a person's clause, a bare 住所
    with no company around it or a flat at a place cue make it a home."""
    if word in PREMISES_CUES:
        return "ORG_ADDRESS"  # 经营者王某；经营场所：… — a business's premises, whoever runs it
    subject = subject_before(text, cue_start)
    if subject == "person" and not office_shape:
        return "CN_ADDRESS"  # 经营者姓名…、住所… / 法定代表人住所 / 代表某某的联系地址
    if word == "住所" and subject is None and not _org_context(text, start):
        return "CN_ADDRESS"
    if word in PLACE_CUES and home_shape and not office_shape:
        return "CN_ADDRESS"  # 核查地点：某路1038号某小镇8栋2单元1502室露台 — a flat is somebody's home
    return "ORG_ADDRESS"


def _after_neutral_cue(text: str, cue_start: int, start: int, home_shape: bool, office_shape: bool) -> str:
    """A neutral cue's address (地址, 位于) is decided by its shape and the words around it."""
    subject = subject_before(text, cue_start)
    if office_shape or (subject == "org" and not home_shape) or _visit_before(text, cue_start):
        return "ORG_ADDRESS"  # …到某某局领取，地址：某路169号 / 请持身份证到报社广告部办理，地址：…
    if _org_context(text, start, 80) and not personal_before(text, start):
        return "ORG_ADDRESS"
    return "CN_ADDRESS" if home_shape or personal_before(text, start) else "ORG_ADDRESS"


def _without_cue(text: str, start: int, end: int, home_shape: bool, office_shape: bool) -> str:
    """An address without a cue: the last item of a person's introduction, else its shape."""
    if party_intro(text, start, end) and not office_shape:
        return "CN_ADDRESS"  # 被告：张某，男，1965年生，汉族，某区某路12号 — the last item of a person's introduction
    if office_shape:
        return "ORG_ADDRESS"
    before = text[max(0, start - 8) : start]
    if re.search(r"(?:大厦|酒店|宾馆|公司|中心|局|院|馆|店)[（(]$", before):
        return "ORG_ADDRESS"
    return "CN_ADDRESS" if home_shape else "ORG_ADDRESS"


#: A dwelling named right after the address (…号的房屋, …组的自建房, …室家中).
_DWELLING_AFTER = re.compile(r"的?(?:房屋|住房|住宅|自建房|房产|家中|住处|居所|宅基地)")
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


#: A zone an authority designates (an epidemic's risk areas, a lockdown's zones).
_ZONE_WORD = re.compile(r"(?:高|中|低)?风险(?:区|地区|区域|点位)|封控区|管控区|防范区")
#: Words that say someone lives at the address (病例1居住的…, 所住单元, 家住).
_LIVES = re.compile(r"住|居|家")


def designated_zone(text: str, s: int, e: int) -> bool:
    """The address is listed as a designated zone — ``此前划定的…小区20号楼、…等2个中风险区``,
    ``…号院调整为中风险区``, ``高风险区：…15号楼`` — in a sentence that says nothing of anyone living
    there (no 住 / 居 / 家 before it, no person as its subject)."""
    lo = max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1
    hi = min((k for k in (text.find("。", e), text.find("\n", e)) if k != -1), default=len(text))
    if not _ZONE_WORD.search(text, lo, hi) or _LIVES.search(text, lo, s):
        return False
    return subject_before(text, s) != "person"
