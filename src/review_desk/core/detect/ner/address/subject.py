"""Whom the clause around an address is about: the nearest person or organisation word before a
cue, a person's introduction (``张某，男，1965年生，…``), a person's name right before a bracket.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from ...text import is_cjk
from .. import address_words as A
from ..gazetteers import surnames
from .grammar import C
from .cues import CLAUSE_START


SUBJECT_PERSON = re.compile(
    "|".join(sorted(A.PERSON_SUBJECTS, key=len, reverse=True)) + r"|[男女][，,、]|\d+岁|您|你们?(?:的|在)"
)
SUBJECT_ORG = re.compile(
    r"公司|企业|单位|医院|学校|中心|(?<!张)店(?!区)|局|委员会|政府|法院|检察院|银行|集团|合作社|事务所|经营部|"
    r"协会|学会|研究院|大学|学院|酒店|宾馆|本机关|门店|商铺|个体工商户名称"
)


#: A gender item of a person's introduction (张某，男，1965年生，…).
_GENDER_ITEM = re.compile(r"[，,：:\s][男女][，,]")
#: What, after the gender, says the next address is someone else's (an employer, a school).
_NOT_OWN = re.compile(rf"工作单位|就职|任职|工作于|就读|供职|律师|{SUBJECT_ORG.pattern}")
#: An office building right after the number (…100号恒隆广场15层): an employer's address.
_BUILDING_AFTER = re.compile(rf"{C}{{0,8}}?(?:大厦|广场|写字楼|中心|商厦|大楼|园区)")


def party_intro(text: str, start: int, end: int) -> bool:
    """The address is an item of a person's introduction — after a gender item in the same
    sentence (``被告：张某，男，1965年生，汉族，``), written as a list item (a comma before it) and
    with no employer or school between — so it is that person's home."""
    if start == 0 or text[start - 1] not in "，,":
        return False
    lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start), start - 80) + 1
    gender = max((m.end() for m in _GENDER_ITEM.finditer(text, lo, start)), default=-1)
    return gender != -1 and not _NOT_OWN.search(text, gender, start) and not _BUILDING_AFTER.match(text, end)


def subject_before(text: str, cue_start: int, window: int = 60, persons: Sequence[tuple[int, int]] = ()) -> str | None:
    """Whose address the cue introduces, judged by the nearest person / organisation word before
    it on the same line (``persons``: the names found in the text count as person words):
    ``"person"``, ``"org"`` or ``None``."""
    line_start = max(text.rfind("\n", 0, cue_start), text.rfind("\r", 0, cue_start)) + 1
    lo = max(line_start, cue_start - window)
    words = [m.end() for m in SUBJECT_PERSON.finditer(text, lo, cue_start)]
    last_p = max(words + [e for s, e in persons if lo <= s and e <= cue_start], default=-1)
    last_o = max((m.end() for m in SUBJECT_ORG.finditer(text, lo, cue_start)), default=-1)
    if last_p == last_o == -1:
        return None
    return "person" if last_p > last_o else "org"


_PERSONAL = re.compile(r"申请人|当事人|信访人|户主|本人|家庭|个人|代表|委员|提案人|受送达人|住户|[男女][，,]|\d+岁")


def personal_before(text: str, start: int) -> bool:
    lo = max(0, start - 60)
    line_start = text.rfind("\n", lo, start)
    return bool(_PERSONAL.search(text, line_start + 1 if line_start != -1 else lo, start))


#: Words for many people (组织村民…, 学生在…): a clause about them is no one's home.
_COLLECTIVE = re.compile(r"(?:村民|居民|群众|学生|患者|代表|委员|农户|人员|干部)(?:们|等)?$")


def collective_subject(text: str, k: int, persons: Sequence[tuple[int, int]] = ()) -> bool:
    """The nearest person word before ``k`` on its line names a group of people, not one person
    (a name found after it, ``persons``, names one)."""
    line_start = max(text.rfind("\n", 0, k), text.rfind("\r", 0, k)) + 1
    last = max(SUBJECT_PERSON.finditer(text, max(line_start, k - 60), k), key=lambda m: m.end(), default=None)
    if last is None or any(last.end() <= s and e <= k for s, e in persons):
        return False
    return bool(_COLLECTIVE.search(last.group(0)))


def named_before(text: str, k: int) -> bool:
    """A person's name written right before ``k`` (2-4 Chinese characters after the start of a
    clause, beginning with a confident surname): ``丁某某（林集村小南屯）``."""
    lo = max(0, k - 5)
    start = max((b.end() for b in CLAUSE_START.finditer(text, lo, k)), default=-1)
    if start < 0 and lo == 0:
        start = 0
    head = text[start:k] if start >= 0 else ""
    return (
        2 <= len(head) <= 4 and all(is_cjk(ch) for ch in head) and not head.endswith(NOT_A_NAME_END)
        and surnames().confident_at(text, start)
    )


#: Last characters of a place or a body, not of a name (高新区（…）, 王庄镇（…）).
NOT_A_NAME_END = tuple("区县市镇乡村街局院处会部司所站队组厂校")


#: Words that say a building is a person's house (建房, 翻建, 农房, 宅基地) or name a household
#: (张某某户，…) ...
_HOUSE_WORDS = re.compile(rf"建房|翻建|农房|住房|房屋|宅基地|自建|户主|农户|(?<={C}{{2}})户[，,：:、\s]")
#: ... and words that say it is a public project's or a business's (道路, 工程, 厂房, 公司).
_PROJECT_WORDS = re.compile(r"项目|工程|道路|公路|桥|管网|线路|厂|站|学校|医院|公园|广场|公司|企业|单位|合作社")


def home_site(text: str, cue_start: int) -> bool:
    """The site cue at ``cue_start`` (建设位置, 建设地点) locates a person's house: its sentence
    is about a person (:func:`subject_before`) or a house (建房, 翻建住房, 张某某户) and names no
    public project or business before the cue."""
    lo = max(text.rfind("。", 0, cue_start), text.rfind("\n", 0, cue_start), cue_start - 60) + 1
    if _PROJECT_WORDS.search(text, lo, cue_start):
        return False
    return subject_before(text, cue_start) == "person" or bool(_HOUSE_WORDS.search(text, lo, cue_start))
