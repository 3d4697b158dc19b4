"""The shape of a Chinese name and what may stand around it: the checks the PERSON rules of
:mod:`.person` share.

* :func:`name_end` — where a name that starts at a surname ends (surname + one or two given
  characters, never into a word that follows names);
* boundaries before a name (:func:`left_ok`, a lead-in or role word) and clear ends after it
  (:func:`right_clear`, :func:`right_person` — a person's act, :data:`RIGHT_STRONG`);
* :func:`plausible` — a name found by position only is not a word, a place or an organisation;
* :func:`refine_person_span` / :func:`model_name_ok` — the model's PERSON spans, trimmed and checked;
* :func:`is_pseudonym` — ``张某某``, ``李某``, ``王某甲``, ``张×`` are already de-identified.

Word lists live in :mod:`.name_words`; the "CJK character" is :mod:`review_desk.core.detect.text`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re

from ..text import CJK, is_cjk
from . import name_words as W
from .foreign_orgs import FOREIGN_ORGS as _FOREIGN_ORGS
from .foreign_places import FOREIGN_PLACES as _FOREIGN_PLACES
from .gazetteers import Surnames, surnames
from .japanese_names import JAPANESE_SURNAMES
from .minority_names import MONGOLIAN_PARTS, UYGHUR_PARTS

# Sets built from the word lists (:mod:`.name_words`).
CUES = W.CUES
LEAD_INS: tuple[str, ...] = W.CUES + W.LEAD_WORDS
FOLLOW_WORDS = W.FOLLOW_WORDS
RIGHT_WORDS = W.RIGHT_WORDS
TITLES = W.TITLES
NAME_HEADERS = W.NAME_HEADERS
TIBETAN_PARTS = W.TIBETAN_PARTS
DOTS = W.DOTS
PUBLIC_FIGURES = frozenset(W.PUBLIC_FIGURES)
FOLLOW_CHARS = frozenset(W.FOLLOW_CHARS)
NOT_FIRST_GIVEN = frozenset(W.NOT_FIRST_GIVEN)
PSEUDONYM_MARKS = frozenset(W.PSEUDONYM_MARKS)
COMMON_WORDS = frozenset(W.COMMON_WORDS)
VERB_BIGRAMS = frozenset(W.VERB_BIGRAMS)
COUPLE = W.COUPLE
KINSHIP = W.KINSHIP
FRAME_LEADS = W.FRAME_LEADS
DIVISION_SUFFIXES = W.DIVISION_SUFFIXES
BOUNDARY_AFTER = W.BOUNDARY_AFTER
BODIES = frozenset(W.BODIES)
PREPOSITIONS = frozenset(W.PREPOSITIONS)
ROLE_END = frozenset(W.ROLE_END)
ROLE_WORD_END = frozenset(W.ROLE_WORD_END)
ORG_END = frozenset(W.ORG_END)
WEAK_LEADS = frozenset(W.WEAK_LEADS)
GLUE_WORDS = frozenset(W.GLUE_WORDS)
GIVEN_NEVER_START = frozenset(W.GIVEN_NEVER_START)
NAME_NEVER_END = frozenset(W.NAME_NEVER_END)
DOT_STOP = frozenset(W.DOT_STOP)
PLACE_AFTER = frozenset(W.PLACE_AFTER)
PLACE_LAST = frozenset(W.PLACE_LAST)
TRANSLIT_CHARS = frozenset(W.TRANSLIT_CHARS)
TIME_WORDS = W.TIME_WORDS
CLAUSE_ADVERBS = frozenset(W.CLAUSE_ADVERBS)
GIVEN_LAST_FOLLOW = frozenset(W.GIVEN_LAST_FOLLOW)
WORDS_ACROSS_END = frozenset(W.WORDS_ACROSS_END)
UNIT_CHARS = frozenset(W.UNIT_CHARS)
NUMERAL_CHARS = frozenset(W.NUMERAL_CHARS)
SHOP_GOODS = frozenset(W.SHOP_GOODS)
CUE_COMPOUNDS = frozenset(W.CUE_COMPOUNDS)
CUE_OVERLAPS = frozenset(W.CUE_OVERLAPS)
TITLES_GLUED = W.TITLES_GLUED
LATIN_NOT_NAMES = frozenset(W.LATIN_NOT_NAMES)
FOREIGN_PLACES = frozenset(_FOREIGN_PLACES)
FOREIGN_ORGS = frozenset(_FOREIGN_ORGS)
_FOREIGN_ORG_MAX = max(len(w) for w in FOREIGN_ORGS)
NOT_NAMES = frozenset(w for w in CUES + LEAD_INS + FOLLOW_WORDS + RIGHT_WORDS if "\\" not in w) | frozenset(W.NOT_NAMES)


#: Verbs and phrases after a name that mark it as the subject (a person acting or speaking).
PERSON_VERBS = re.compile(
    r"(?:提出|表示|认为|同意|反对|反映|介绍|证实|承认|承诺|要求|请求|签字|签收|签名|签署|请假|出庭|作证|参会|"
    r"建议|发表|宣布|强调|指出|坦言|会见|率领|带领|当选|辞职|逝世|去世|不得不|"
    r"离场|主持|陈述|辩称|答辩|拒绝|报道|未能|发言|来信|来电|来访|未(?:按|经|在|予|及时|如实|依法)|擅自|因事|同学|"
    r"(?:兄弟|姐妹|夫妻|父子|母女|父女|母子)|称(?!号)|说|讲|报案|报警|闻声|纵身|打电话|本人|老人|大娘|大爷|大妈|大叔|大婶|老汉|阿姨|办理|医生|老师|律师|师傅|家(?:的|虽|中|里|人)|"
    r"夫妇|等(?:同志|人|户|家庭|\d+[人位名]|[一二三四五六七八九十两]+[人户位名])|之(?:妻|夫|子|女|母|父)|"
    r"的(?:妻子|丈夫|儿子|女儿|父亲|母亲|配偶|家属|意见|健康证|微信|电话|手机|住址|身份证|房屋|户籍|出勤|诊所|事迹|讲话|遗体|遗志|遗孀|生平|故居|言论|画作)|"
    r"(?:二|两|三)[人户]|(?:已|曾)(?:于|向|经|被|多次|按|将)|于(?:[12]\d{3}|\d{1,2}月|当日|同日|次日|当天)|"
    r"[：:](?=我|你|他|她|是|不|没|有|对|在|当|那|这|因|请|现|根据|同意))"
)


RIGHT_STRONG = re.compile(
    r"(?:[（(](?:身份证|公民身份|居民身份|手机|电话|联系电话|联系方式|系|护照|驾驶证|港澳|往来|\+?86|1[3-9]\d|0\d{2,3}"
    r"|\d{1,3}岁|男|女|住|户籍|出生|生于|[12]\d{3}年|律师|微信|邮箱|纳税人识别号|证件|现住|家住|身份证号|[12]\d{3}[-./．]\d)"
    r"|[，,、]\s*[男女](?:[，,。；;、\s）)]|性|$)"
    r"|[，,]\s*\d{1,3}岁"
    r"|[，,]\s*(?:身份证|公民身份号码|居民身份证|住址|现住|家住|户籍)"
    r"|(?:联系方式|联系电话|手机号码?|电话)[：:]?\s*[+＋(（]?\d"
    r"|等\d+[人位名]|等[一二三四五六七八九十]+[人位名]|\s*[（(]?\+?(?:86)?[ -]?1[3-9]\d{9}(?!\d)"
    r"|(?:提出|递交|提交)的?(?:政府信息公开申请|信访|申请|投诉|举报)"
    r"|身份证|于(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3}|\d{1,2}月|当日|同日|次日|当天|今年|去年|近日)"
    r"|的?(?:政府信息公开申请|信访事项|信访件|举报|投诉)"
    r"|户(?:[。，,；;、]|$|的|年|家庭|人均|主)"
    r"|的(?:妻子|丈夫|儿子|女儿|父亲|母亲|配偶|家属|身份证|手机号|联系电话)"
    r"|(?:同志|代表|委员|先生|女士|律师)(?:[^" + CJK + r"]|$|等|、|和|及|与|的|：|您|你)"
    # an ID number in brackets (史春才（370829…）), a gender cell next in a table row
    # (徐向东之女<TAB>女<TAB>…), a kinship word closing a cell (付晓东之子<TAB>)
    r"|[（(]\s*(?:\d{17}[\dXx]|\d{15})\s*[）)]|[\t\u3000 ｜|]+(?:\d{17}[\dXx]|\d{15})(?![\dXx])"
    r"|[\t\u3000 ｜|]+[男女](?=[\t\u3000 ｜|]|$)"
    r"|之(?:子|女|妻|夫|母|父)(?=[\t\u3000 ｜|，,、。；;]|$)"
    r")"
)


ORG_SUFFIX = re.compile(
    r"(?:局|委|办|厅|处|科|院|所|站|会|部|公司|集团|中心|政府|单位|组|队|社|校|行|店|馆|室|司|省|市|区|县|镇|乡|村|街道)$"
)


DOTTED = re.compile(r"[" + CJK + r"]{1,8}(?:[" + DOTS + r"][" + CJK + r"]{1,8}){1,3}")


TIBETAN = re.compile("(?:" + "|".join(TIBETAN_PARTS) + "){2}")
TIBETAN_ONE = re.compile("(?:" + "|".join(TIBETAN_PARTS) + ")")
_TIBETAN_HEAD = re.compile("[" + "".join(sorted({p[0] for p in TIBETAN_PARTS})) + "]")
_TIBETAN_PAIRS = frozenset(p[:2] for p in TIBETAN_PARTS)


def tibetan_elements(text: str) -> list[tuple[int, int]]:
    """Non-overlapping single Tibetan name elements, left to right (:data:`TIBETAN_ONE`)."""
    out: list[tuple[int, int]] = []
    last = 0
    for h in _TIBETAN_HEAD.finditer(text):
        i = h.start()
        if i >= last and text[i : i + 2] in _TIBETAN_PAIRS and (m := TIBETAN_ONE.match(text, i)):
            out.append((i, m.end()))
            last = m.end()
    return out


_MINORITY_ALT = "|".join(sorted(set(UYGHUR_PARTS + MONGOLIAN_PARTS), key=len, reverse=True))
#: A Uyghur or Mongolian name written without the middle dot: two or three name elements
#: (``阿依古丽买买提``, ``巴特尔朝鲁``); :data:`MINORITY_ONE` also takes a single element, for places
#: where the context says a name stands (a roster cell, after a cue).
MINORITY_RUN = re.compile("(?:" + _MINORITY_ALT + "){2,3}")
MINORITY_ONE = re.compile("(?:" + _MINORITY_ALT + "){1,3}")
#: The characters that start a name element: where a run may start (one character-class scan).
MINORITY_HEAD = re.compile("[" + "".join(sorted({p[0] for p in UYGHUR_PARTS + MONGOLIAN_PARTS})) + "]")
_MINORITY_PAIRS = frozenset(p[:2] for p in UYGHUR_PARTS + MONGOLIAN_PARTS)


def minority_runs(text: str) -> list[tuple[int, int]]:
    """Non-overlapping runs of one to three name elements, left to right (:data:`MINORITY_ONE`)."""
    out: list[tuple[int, int]] = []
    last = 0
    for h in MINORITY_HEAD.finditer(text):
        i = h.start()
        if i < last or text[i : i + 2] not in _MINORITY_PAIRS:
            continue
        m = MINORITY_ONE.match(text, i)
        if m:
            out.append((i, m.end()))
            last = m.end()
    return out


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    score: float
    rule: str


def is_pseudonym(name: str) -> bool:
    """``张某某``, ``李某``, ``王某甲``, ``张×``, ``张*``, ``侯**``: already de-identified (a Latin
    name such as ``BradBuxer`` is none: its x is a letter, not a mask)."""
    if name[:1].isascii() and name[:1].isalpha():
        return False
    s = surnames()
    k = s.at(name, 0) or 1
    rest = name[k:]
    return not rest or any(ch in PSEUDONYM_MARKS for ch in rest)


def _starts_follow_word(text: str, i: int) -> bool:
    if i >= len(text):
        return True
    if text[i] in FOLLOW_CHARS:
        return True
    return _starts_with_any(text, i, _FOLLOW_SET, _FOLLOW_LENS)


def _starts_with_any(text: str, i: int, words: frozenset[str], lengths: tuple[int, ...]) -> bool:
    """Whether one of ``words`` (whose lengths are ``lengths``) starts at ``text[i]``."""
    return any(text[i : i + n] in words for n in lengths)


_FOLLOW_SET = frozenset(FOLLOW_WORDS)


_FOLLOW_LENS = tuple(sorted({len(w) for w in FOLLOW_WORDS}))


_RIGHT_MULTI = frozenset(w for w in RIGHT_WORDS if len(w) >= 2)


_RIGHT_MULTI_LENS = tuple(sorted({len(w) for w in _RIGHT_MULTI}))


_RIGHT_SET = frozenset(RIGHT_WORDS)


_RIGHT_LENS = tuple(sorted({len(w) for w in RIGHT_WORDS}))


def name_end(text: str, i: int, names: Surnames | None = None, *, max_given: int = 2) -> int | None:
    """End of a name starting at ``i`` (surname + 1–2 given characters), or ``None``."""
    names = names or surnames()
    k = names.at(text, i)
    if not k:
        return None
    g = i + k
    if g >= len(text) or not is_cjk(text[g]) or text[g] in NOT_FIRST_GIVEN:
        return None
    if _starts_with_any(text, g, _FOLLOW_SET, _FOLLOW_LENS):
        return None
    end = g + 1
    if max_given >= 2 and end < len(text) and is_cjk(text[end]) and not _starts_follow_word(text, end):
        if not _starts_with_any(text, end, _RIGHT_MULTI, _RIGHT_MULTI_LENS) and text[end : end + 2] not in VERB_BIGRAMS:
            end += 1
    if text[i:end] in COMMON_WORDS or text[i:end] in NOT_NAMES:
        return None
    return end


def cue_compound_across(text: str, i: int) -> bool:
    """A word that begins with a cue runs across ``i`` (居民|楼火灾, 学生|会): the cue before ``i`` is
    part of that word, not a cue for a name starting at ``i``."""
    return any(text[i - n : i + k] in CUE_COMPOUNDS for n in (2, 3, 4) if i >= n for k in (1, 2))


def left_ok(text: str, i: int) -> bool:
    """A word boundary before ``i``: line start, non-CJK, or a role word / preposition."""
    if i > 0 and text[i - 1] in DOTS:
        return False  # ·史密斯: the second part of a middle-dot name
    if i == 0:
        return True
    if not is_cjk(text[i - 1]):
        return not (text[i - 1].isdigit() and text[i] in UNIT_CHARS)  # 10时许从…: a unit, no surname
    return lead_in_before(text, i)


LEAD_SET = frozenset(w for w in LEAD_INS if "\\" not in w)


LEAD_MAX = max(len(w) for w in LEAD_SET)


#: Role / kinship / title words (multi-character lead-ins and cues) that may be glued to a name.
ROLE_LEADS = frozenset(
    w for w in LEAD_SET | frozenset(c for c in CUES if "\\" not in c) if len(w) >= 2 and w[-1] in ROLE_WORD_END
) - frozenset({"包括", "其中", "如下", "委托", "指派", "安排", "联系", "告知", "通知", "约谈", "询问", "关于", "通过"})


#: The last characters of the lead-ins: where the character before a position is none of them,
#: no lead-in ends there (one set lookup instead of one per lead-in length).
def _lengths_by_last(words: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """For each last character of ``words``, the lengths of the words ending in it (longest first)."""
    out: dict[str, set[int]] = {}
    for w in words:
        if w:
            out.setdefault(w[-1], set()).add(len(w))
    return {ch: tuple(sorted(ns, reverse=True)) for ch, ns in out.items()}


#: The lead-ins by their last character: one dictionary look-up finds the lengths to try before a
#: position (most positions have none: no lead-in ends in the character before them).
_LEAD_LAST = _lengths_by_last(LEAD_SET)


def lead_in_before(text: str, i: int) -> bool:
    if i <= 0:
        return False
    lengths = _LEAD_LAST.get(text[i - 1], ())
    return any(n <= i and text[i - n : i] in LEAD_SET for n in lengths)


def right_clear(text: str, end: int) -> bool:
    """The name clearly ends at ``end``: end of text, a non-CJK character, a word that follows
    names, or one of 的/等/于/和/与/及."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    if text[end] in FOLLOW_CHARS:
        return True
    return _starts_with_any(text, end, _FOLLOW_SET, _FOLLOW_LENS)


def is_table_row(text: str, pos: int) -> bool:
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    line_end = len(text)
    for nl in ("\n", "\r"):
        k = text.find(nl, pos)
        if k != -1:
            line_end = min(line_end, k)
    line = text[line_start:line_end]
    return line.count("｜") + line.count("|") >= 2


def _line_at(text: str, pos: int) -> str:
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    ends = [k for k in (text.find("\n", pos), text.find("\r", pos)) if k != -1]
    return text[line_start : min(ends) if ends else len(text)]


def is_header_line(text: str, pos: int) -> bool:
    """A line of column headers: several wide-spaced cells and no digit."""
    line = _line_at(text, pos)
    return not any(ch.isdigit() for ch in line) and len(re.findall(r"[ \u3000]{2,}|\t", line.strip())) >= 2


def right_person(text: str, end: int) -> bool:
    """After ``end`` comes something only a person does or has (提出, 表示, 的妻子, 家的, 等同志);
    a colon only for a speaker label at a line start (``邝丽娟：我不同意``)."""
    m = PERSON_VERBS.match(text, end)
    if m and m.group(0)[:1] in "：:":
        k = end
        while k > 0 and is_cjk(text[k - 1]):
            k -= 1
        return k == 0 or text[k - 1] in "\n\r"
    return bool(m) or bool(RIGHT_STRONG.match(text, end))


FRAME_SET = frozenset(FRAME_LEADS)


def frame_lead_before(text: str, i: int) -> bool:
    if i > 0 and text[i - 1 : i + 1] in GLUE_WORDS:
        return False
    return any(i >= n and text[i - n : i] in FRAME_SET for n in (1, 2))


def strong_lead_before(text: str, i: int) -> bool:
    """A lead-in word before ``i`` other than a particle (的 / 在 / 了 …): enough for a
    two-character name found by position."""
    for n in range(min(LEAD_MAX, i), 0, -1):
        w = text[i - n : i]
        if w in LEAD_SET and w not in WEAK_LEADS:
            return True
    return False


_NOT_NAME_HEADER = re.compile(r"人数|人口|单位|名称|机构|日期|时间|电话|号码|地址|住址|编号|类型|意见")


def is_name_header(header: str) -> bool:
    """A column header of names: 姓名 / 户主 / 申请人 … or any role ending in 人 / 者 (留宿人,
    登记所有人, 申报者), but not 联系人电话 / 人数 / 单位名称."""
    h = header.strip()
    if _NOT_NAME_HEADER.search(h) and "姓名" not in h:
        return False
    if any(k in h for k in NAME_HEADERS):
        return True
    h = re.sub(r"[（(][^）)]*[）)]$", "", h)
    return len(h) >= 2 and h[-1] in "人者"


@lru_cache(maxsize=1 << 16)
def is_place_name(name: str) -> bool:
    """``沈阳`` (沈阳市), ``南京`` (南京市), ``宁夏`` (宁夏回族自治区): a division name without
    its suffix is a place, not a name (cached: the gazetteer never changes in a process)."""
    from .gazetteers import admin_gazetteer

    gaz = admin_gazetteer()
    for level in ("provinces", "cities", "areas"):
        names = getattr(gaz, level)
        if name in names or any(name + suffix in names for suffix in DIVISION_SUFFIXES):
            return True
    return False


#: Last characters of a division or a road: a three-character "name" ending in one is a place.
DIVISION_LAST = frozenset("镇乡街区县市省路巷")


def closes_word(text: str, i: int) -> bool:
    """``text[i]`` is the last character of a role, cue or follow word that starts before it
    (总经|理 in 总经理李战先生, 代|表 in 代表马女士): it cannot start a name."""
    return any(i + 1 >= n and text[i + 1 - n : i + 1] in NOT_NAMES for n in (2, 3, 4))


def cuts_a_word(text: str, i: int, end: int) -> bool:
    """The span ends inside a word: its last character and the next make a role or title word
    (南非总|统, 王提|出), or one or two more characters make a place (南斯拉|夫, 马来西|亚)."""
    if end >= len(text) or not is_cjk(text[end]):
        return False
    if text[end - 1 : end + 1] in NOT_NAMES or text[end - 1 : end + 1] in _PROFESSION_LEADS:
        return True
    return any(text[i : end + n] in FOREIGN_PLACES or is_place_name(text[i : end + n]) for n in (1, 2))


def framed_name(text: str, start: int, end: int) -> bool:
    """A span between a lead-in or role word (记者, 部长, 画家) and a clear end (punctuation, a
    word that follows names, a person's act, a verb): a name's frame on both sides.  A strong cue
    after the span — an age, a gender, an ID number in brackets (陈力行（52岁, 刘学行，男，) — frames
    it on its own."""
    if RIGHT_STRONG.match(text, end):
        return True
    if not (strong_lead_before(text, start) or profession_before(text, start)):
        return False
    return (
        end >= len(text)
        or not is_cjk(text[end])
        or right_clear_wide(text, end)
        or right_person(text, end)
        or text[end : end + 2] in VERB_BIGRAMS
    )


def plausible(text: str, i: int, end: int, *, framed: bool = False) -> bool:
    """Shape checks for a name found by position only: not an organisation's word (师范大学,
    工商银行), not starting with a common word (代收后, 高级职称), no pronoun or particle in it
    (于自己, 关切地).  A ``framed`` span (:func:`framed_name`: 记者刘正学、, 部长高昌礼参加) may
    end in a character that ends organisation names (学) and start with a place's name (高昌)."""
    if text[end - 1] in ORG_END and end - i >= 3 and not framed:
        return False
    if text[end - 1] in DIVISION_LAST and end - i >= 3:
        return False  # 在张村镇擅自…: a town, not a name
    if text[end - 1 : end + 1] in WORDS_ACROSS_END or cuts_a_word(text, i, end):
        return False  # 武侠小|说, 南非总|统, 南斯拉|夫: the end cuts a word or a place
    k = surnames().at(text, i) or 1
    if text[i + k] in GIVEN_NEVER_START or text[end - 1] in NAME_NEVER_END:
        return False
    given = text[i + k : end]
    if len(given) == 2 and (given in NOT_NAMES or given in _FOLLOW_SET) and given not in _GIVEN_NAME_WORDS:
        return False  # 江主席, 蒋局长, 向全体: a title or a word after the surname character
    if (is_place_name(text[i:end]) and not framed) or (end - i == 3 and k == 1 and not framed and is_place_name(text[i : i + 2])):
        return False  # 泰安仁和医院: 泰安 is a city (not between a title and a clear end: 经济学家连平（…）认为)
    if is_hamlet(text, i, end) and not framed:
        return False  # 高家堡、李家坪: a family's hamlet
    if i > 0 and (text[i - 1 : i + 1] in COMMON_WORDS or text[i - 1 : i + 1] in GLUE_WORDS):
        return False  # 主张任何权利: 何 ends the word 任何
    if surnames().at(text, i) == 1 and (text[i : i + 2] in NOT_NAMES or text[i : i + 2] in COMMON_WORDS):
        return False
    return text[i:end] not in NOT_NAMES


_GIVEN_NAME_WORDS = frozenset(W.GIVEN_NAME_WORDS)


def right_clear_wide(text: str, end: int) -> bool:
    return right_clear(text, end) or _starts_with_any(text, end, _RIGHT_SET, _RIGHT_LENS)


def admin_at(text: str, i: int) -> bool:
    from .gazetteers import admin_gazetteer

    gaz = admin_gazetteer()
    return any(gaz.match(text, i, level) for level in ("provinces", "cities", "areas"))


def street_at(text: str, i: int) -> bool:
    """A town or a street office's name (石井街道, 松林镇) starts at ``i``."""
    from .gazetteers import admin_gazetteer

    return bool(admin_gazetteer().match(text, i, "streets"))


def double_surname_name(text: str, i: int, end: int, names: Surnames) -> bool:
    """``姜崔利民``, ``李叶振宇``: two single surnames (a married woman's or a child's double
    surname) and a two-character given name, four CJK characters that are no word."""
    if end - i != 4 or end > len(text) or not all(is_cjk(ch) for ch in text[i:end]):
        return False
    if names.at(text, i) != 1 or names.at(text, i + 1) != 1:
        return False
    if not (names.confident_at(text, i) and names.confident_at(text, i + 1)):
        return False
    name = text[i:end]
    return name not in NOT_NAMES and name not in COMMON_WORDS and text[i + 2 : end] not in NOT_NAMES


def cell_name(cell: str, names: Surnames) -> tuple[int, int] | None:
    """The span of a whole table cell that is a name (stripped), else ``None``."""
    stripped = cell.strip(" \t\u3000*")
    if not stripped:
        return None
    start = cell.find(stripped)
    end = start + len(stripped)
    if DOTTED.fullmatch(stripped):
        return start, end
    if not all(is_cjk(ch) for ch in stripped) or not 2 <= len(stripped) <= 4:
        return None
    if is_pseudonym(stripped) or stripped in COMMON_WORDS or stripped in NOT_NAMES or ORG_SUFFIX.search(stripped):
        return None
    if any(stripped[:n] in _CELL_LEAD_SET and len(stripped) - n >= 2 for n in _CELL_LEAD_LENS):
        return None  # 其母罗倩, 户主张伟: a kinship or role word, then the name (the cue rule finds it)
    k = names.at(stripped, 0)
    if not k or len(stripped) - k > 2 + (1 if k == 1 and len(stripped) == 4 else 0):
        return None
    return start, end


#: Lead-in words of two or more characters that may begin a table cell before a name.
_CELL_LEAD_SET = frozenset(w for w in LEAD_SET if len(w) >= 2)
_CELL_LEAD_LENS = tuple(sorted({len(w) for w in _CELL_LEAD_SET}))


_SURNAME_RE: dict[int, re.Pattern] = {}


def surname_positions(text: str, names: Surnames) -> list[int]:
    """Positions of the characters that may start a surname (one regex scan)."""
    pattern = _SURNAME_RE.get(id(names))
    if pattern is None:
        chars = set(names.single) | {c[0] for c in names.compound}
        pattern = re.compile("[" + "".join(sorted(re.escape(c) for c in chars)) + "]")
        _SURNAME_RE.clear()
        _SURNAME_RE[id(names)] = pattern
    return [m.start() for m in pattern.finditer(text)]


#: A document / case number right after the span (鲁金监发〔2019〕21号, 卫许听〔2024〕2号).
DOC_NUMBER_AFTER = re.compile(
    r"(?!\s*1[3-9]\d{9}(?!\d))[^\s，。；、]{0,6}?(?:[〔\[［(（]\s*[12]\d{3}\s*[〕\]］)）]|[A-Za-z]*\d{6,})"
)


#: A Latin name has at least two parts (``LSJ`` in 编号：LSJ-2024 is not a name).
LATIN_FULL = re.compile(r"[A-Z][A-Za-z'\-]+(?:[ ,][ ]?[A-Z][A-Za-z'\-]+){1,3}")


#: One Latin word of three letters or more (a player's or an author's name written in Latin letters).
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")


#: Agency / unit words right after a span: the span begins the unit's name (唐冶派出所).
ORG_AFTER = re.compile(r"派出所|街道办|街道|社区|居委会|村委会|中队|大队|卫生院|医院|小学|中学|学校|幼儿园|法庭|管理处|办事处|分局|支行|营业厅")


def is_transliterated(name: str) -> bool:
    """Three or more characters from the transliteration table (:data:`TRANSLIT_CHARS`), all of
    them, or all but one (not the first) inside a name of four or more: foreign names
    (阿列克谢克里沃鲁奇科) and Mongolian names written without a dot (乌云图雅)."""
    if len(name) < 3 or name in COMMON_WORDS or name in FOREIGN_PLACES:
        return False
    outside = sum(ch not in TRANSLIT_CHARS for ch in name)
    return outside == 0 or (outside == 1 and len(name) >= 4 and name[0] in TRANSLIT_CHARS)


_PROFESSION_LEADS = frozenset(W.PROFESSION_LEADS)
_PROFESSION_LEAD_LENS = tuple(sorted({len(w) for w in _PROFESSION_LEADS}))


def profession_before(text: str, i: int) -> bool:
    """A role or profession noun right before ``i`` (经济学家|马克卢普, 主帅|加斯皮里尼)."""
    return any(i >= n and text[i - n : i] in _PROFESSION_LEADS for n in _PROFESSION_LEAD_LENS)


def profession_title_before(text: str, i: int) -> bool:
    """A profession noun right before ``i`` that is a title of what follows, not the object of a
    preposition (建筑师|任明, 客户总监|叶晴; not 向记者|解释了, 对专家|…)."""
    return any(
        i >= n and text[i - n : i] in _PROFESSION_LEADS and text[i - n - 1 : i - n] not in _OBJECT_LEADS
        for n in _PROFESSION_LEAD_LENS
    )


#: Prepositions that make the noun after them an object (向记者, 对专家, 给教练).
_OBJECT_LEADS = frozenset("向对给跟和与及被让把为替同")


def profession_after(text: str, end: int) -> bool:
    """A role or profession noun right after ``end`` as a title (克林顿|总统, 若斯潘|总理, 博塔|副行长,
    布莱尔|前首相)."""
    starts = (end, end + 1) if text[end : end + 1] in _TITLE_PREFIXES else (end,)
    return any(text[k : k + n] in _PROFESSION_LEADS for k in starts for n in _PROFESSION_LEAD_LENS)


#: Prefixes of a title written after a name (副行长, 前首相, 总教练, 代总统).
_TITLE_PREFIXES = frozenset("副前总代原")


def foreign_name_stands(text: str, start: int, end: int) -> bool:
    """A foreign name (which has no surname to start it) stands as a word: a boundary, a lead-in or
    a role noun before it, or a clear end / a person's act after it."""
    return (
        left_ok(text, start)
        or profession_before(text, start)
        or right_clear_wide(text, end)
        or right_person(text, end)
        or profession_after(text, end)
    )


def is_short_transliterated(text: str, start: int, end: int, names: Surnames) -> bool:
    """A two-character foreign name (琼斯, 托蒂): both characters from the transliteration table,
    no Chinese surname plus given name, no word or place, and it stands between a boundary (or a
    role noun) and a clear end."""
    name = text[start:end]
    if len(name) != 2 or not all(ch in TRANSLIT_CHARS for ch in name) or names.confident_at(text, start):
        return False
    if name in COMMON_WORDS or name in NOT_NAMES or name in FOREIGN_PLACES or is_place_name(name):
        return False
    if end < len(text) and text[end] in PLACE_AFTER:
        return False
    return profession_before(text, start) or (
        left_ok(text, start) and (right_clear_wide(text, end) or right_person(text, end))
    )


_JAPANESE_SET = frozenset(JAPANESE_SURNAMES)


def is_japanese_name(text: str, start: int, end: int) -> bool:
    """A model span made of a Japanese surname (:data:`JAPANESE_SURNAMES`) and one or two
    given-name characters that stands as a word (外相河野洋平等, ，岩田聪将…)."""
    name = text[start:end]
    for n in (3, 2):
        if name[:n] in _JAPANESE_SET and 1 <= len(name) - n <= 2:
            if any(ch in NAME_NEVER_END or ch in GIVEN_NEVER_START for ch in name[n:]):
                return False  # 柳泽|这个项目: a demonstrative or a particle, no given name
            return name[-1] not in PLACE_LAST and name[-1] not in ORG_END and foreign_name_stands(text, start, end)
    return False


_TEAM_AFTER = re.compile("|".join(sorted(W.TEAM_AFTER, key=len, reverse=True)) + r"|\d+胜\d+[平负]|\d+平\d+负")
_TEAM_BEFORE = re.compile("(?:" + "|".join(sorted(W.TEAM_BEFORE, key=len, reverse=True)) + r")$")


def is_team(text: str, start: int, end: int) -> bool:
    """A model PERSON span that names a sports team (米德尔主场…, 做客霍芬海姆, 阿森纳1胜1平3负):
    a match's venue, record or betting line after it (:data:`name_words.TEAM_AFTER`), or a host,
    an opponent or a match result before it (:data:`name_words.TEAM_BEFORE`).  A role noun before
    the name keeps it a person (主帅巴拉尔迪尼上赛季…)."""
    if profession_before(text, start):
        return False
    if _TEAM_AFTER.match(text, end) or _TEAM_BEFORE.search(text, max(0, start - 4), start):
        return True
    return club_in_match_report(text, start, end)


_MATCH_WORDS = re.compile("|".join(sorted(W.MATCH_WORDS, key=len, reverse=True)))


def club_in_match_report(text: str, start: int, end: int) -> bool:
    """A transliterated span in a football match report or betting tip (a text with
    :data:`name_words.MATCH_WORDS`) with no person's frame around it — no role noun before it, no
    person's act or title after it: a club (而雷吉纳则是客场全输, 费耶诺德虽然最近状态…); a player
    keeps his frame (主帅卡马乔说, 前锋托尼表示, 皮萨罗的复出; :data:`name_words.PLAYER_ACTS`)."""
    if not all(ch in TRANSLIT_CHARS for ch in text[start:end]) or not _MATCH_WORDS.search(text):
        return False
    k = end + 1 if text[end : end + 1] == "的" else end
    acts = text.startswith(_PLAYER_ACTS, k)
    return not (acts or profession_before(text, start) or profession_after(text, end) or right_person(text, end))


_PLAYER_ACTS = W.PLAYER_ACTS


#: Last characters of a place, a venue or an organisation: a middle-dot "name" ending in one is
#: a project, a village or a stadium (合生·世界村, 阿里·萨米扬球场), not a person.
_DOTTED_PLACE_LAST = frozenset("场园馆谷楼厦城苑湾府墅邸") | PLACE_LAST


def dotted_place(name: str) -> bool:
    """A middle-dot span that names a place, a project or an event rather than a person: a part
    starts with a Chinese division's name (中国·无锡…, 北京世茂·宫园, 本土关怀·香港人) or the last
    part ends like a place, a venue or an organisation (合生·世界村, 阿里·萨米扬球场)."""
    parts = [p for p in re.split("[" + DOTS + "]", name) if p]
    if not parts:
        return False
    if parts[-1][-1] in _DOTTED_PLACE_LAST or ORG_SUFFIX.search(parts[-1]):
        return True
    if all(ch in TRANSLIT_CHARS for p in parts for ch in p):
        return False  # 海伦·加西亚: every part transliterated is a foreign name, although 海伦 is also a city
    return any(is_place_name(p[:k]) for p in parts for k in (2, 3) if len(p) >= k)


_LANDMARK_ENDS = W.LANDMARK_ENDS


def is_landmark(text: str, start: int, end: int) -> bool:
    """A model PERSON span that is (the start of) a landmark's name: it ends in a landmark word or
    one follows it (希利尔湖, 泰姬陵, 埃菲尔铁塔, 苏梅|岛, 克鲁格|国家公园; :data:`name_words.LANDMARK_ENDS`)."""
    if text.startswith(_LANDMARK_ENDS, end):
        return True
    name = text[start:end]
    return name.endswith(_LANDMARK_ENDS) and any(name.endswith(w) and len(name) > len(w) + 1 for w in _LANDMARK_ENDS)


def is_foreign_org(text: str, start: int, end: int) -> bool:
    """The span is a foreign club, company or brand of :data:`.foreign_orgs.FOREIGN_ORGS`
    (阿森纳, 劳斯莱斯) or the start of one that the text writes whole (桑普多|利亚)."""
    return any(text[start : start + n] in FOREIGN_ORGS for n in range(end - start, _FOREIGN_ORG_MAX + 1))


def foreign_run_ok(text: str, start: int, end: int) -> bool:
    """A run of transliteration characters that may be a foreign name on its own: no foreign or
    Chinese place (莫斯科, 库尔勒), no team, landmark or agency around it, no place word after it,
    not inside a 《title》, no common word."""
    name = text[start:end]
    if name in FOREIGN_PLACES or name in COMMON_WORDS or name in NOT_NAMES or is_place_name(name) or admin_at(text, start):
        return False
    if is_team(text, start, end) or is_landmark(text, start, end) or ORG_AFTER.match(text, end) or is_foreign_org(text, start, end):
        return False
    if end < len(text) and text[end] in PLACE_AFTER or text.startswith(tuple(W.PLACE_AFTER_WORDS), end):
        return False
    return text.rfind("《", 0, start) <= text.rfind("》", 0, start)


_HYPHENATED = re.compile(r"[" + CJK + r"]{2,8}(?:[-－‐][" + CJK + r"]{2,8}){1,3}")


def hyphenated_name(name: str) -> bool:
    """A Western name whose parts a hyphen joins instead of a middle dot (弗朗西斯-福德-科波拉): every
    character of every part from the transliteration table."""
    return bool(_HYPHENATED.fullmatch(name)) and all(ch in TRANSLIT_CHARS or ch in "-－‐" for ch in name)


#: A day of the week or a season's day (周日, 周末, 夏日, 冬季) that the model took for a surname and a name.
_TIME_NAME = re.compile(r"周[一二三四五六七日天末]|[春夏秋冬][日天季]")


def _org_name(name: str) -> bool:
    """A span of four characters or more that ends in an organisation's word (盖蒂信托;
    :data:`name_words.ORG_END_WORDS`)."""
    return len(name) >= 4 and name.endswith(W.ORG_END_WORDS)


def _transliterated_model_name_ok(text: str, start: int, end: int) -> bool:
    """克里斯托弗, 普里马科夫: a foreign name has no Chinese surname; it stands as a word
    (佩戴安|全帽 does not); four characters or more of the table are a name on their own
    (穆里尼奥奖…, 贝尼特斯会…); none is the start of a division's name (达拉特|旗农牧局)."""
    name = text[start:end]
    if is_place_name(name) or admin_at(text, start) or name[-1] in PLACE_LAST:
        return False  # 塔比拉兰镇: a foreign town
    if name[:2] in COMMON_WORDS or name[:2] in NOT_NAMES:
        return False  # 扎根|基层: a word of transliteration characters, then the next word's first one
    if len(name) >= 4 and all(ch in TRANSLIT_CHARS for ch in name):
        return True
    return foreign_name_stands(text, start, end)


def _shape_verdict(text: str, start: int, end: int) -> bool | None:
    """The verdict on a model span whose shape alone decides (``None`` for the others): a
    middle-dot or hyphenated name (unless a place, a project or a team), a Latin name of two
    words, a Tibetan, Uyghur or Mongolian run; one Latin word (Icefrog, julia) only after a role
    noun or before a person's act or a title (负责人julia女士, 队长Enel表示), never a
    capitals-only acronym."""
    name = text[start:end]
    if DOTTED.fullmatch(name) or hyphenated_name(name):
        return not (dotted_place(name) or is_team(text, start, end))
    if LATIN_FULL.fullmatch(name) or TIBETAN.fullmatch(name) or MINORITY_RUN.fullmatch(name):
        return True
    if LATIN_WORD.fullmatch(name):
        return not name.isupper() and (profession_before(text, start) or right_person(text, end))
    return None


#: The rest of a company's name after its trade name (…鑫达|建筑劳务有限公司), with no word between that
#: a person's sentence would have (沈阳明|在公司上班 is a person).
_COMPANY_AHEAD = re.compile(r"[^\W\d在的是于和与及被把向对到从为了已将]{0,8}?(?:有限(?:责任)?公司|股份(?:有限)?公司|集团|合作社)")


def place_company(text: str, start: int, end: int) -> bool:
    """A span that begins with a city's or a county's name and continues a company's name (库尔勒|鑫达
    before 建筑劳务有限公司): a trade name, not a person."""
    name = text[start:end]
    return any(is_place_name(name[:k]) for k in (2, 3, 4) if len(name) > k) and bool(_COMPANY_AHEAD.match(text, end))


def model_name_ok(text: str, start: int, end: int, names: Surnames) -> bool:
    """Whether a (refined) model PERSON span without rule support is kept: a middle-dot,
    Latin or Tibetan name; or surname + one or two given characters that are not a word, a
    place (followed by 路 / 区 / 村 …, or a division name) or an organisation's word; a rare
    surname also needs a word boundary or a clear end around it."""
    name = text[start:end]
    if DOC_NUMBER_AFTER.match(text, end) or is_header_line(text, start) or place_company(text, start, end):
        return False  # 鲁金监发〔2019〕…: a document number; 列入原因: a header cell; 库尔勒鑫达|建筑劳务有限公司
    verdict = _shape_verdict(text, start, end)
    if verdict is not None:
        return verdict
    if name in FOREIGN_PLACES or is_team(text, start, end) or is_landmark(text, start, end) or _org_name(name):
        return False  # 马德里: a foreign place; 米德尔主场…: a team; 泰姬陵, 苏梅|岛: a landmark; 盖蒂信托
    if is_foreign_org(text, start, end):
        return False  # 阿森纳, 桑普多|利亚: a club, a company or a brand
    if ORG_AFTER.match(text, end):
        return False  # 唐冶派出所, 王舍人街道: the start of an agency's name
    if is_transliterated(name) and not (end < len(text) and text[end] in PLACE_AFTER):
        return _transliterated_model_name_ok(text, start, end)
    if is_short_transliterated(text, start, end, names) or is_japanese_name(text, start, end):
        return True
    if name[-1] in PLACE_LAST and not any(text.startswith(t, end) for t in TITLES + ("老师", "教授", "医生")):
        return False  # 黄安镇, 马家村, 王府井 (but 山 / 河 / 桥 end given names: 王近山; 张路老师)
    k = names.at(text, start)
    if not k or not 1 <= end - start - k <= 2:
        return False
    if end - start == k + 1 and (text[end - 1] in NUMERAL_CHARS or _TIME_NAME.fullmatch(name)):
        return False  # 高一, 高二: a grade; 张三: a placeholder; 周日, 夏日: a day or a season
    if name in NOT_NAMES or name in COMMON_WORDS or not plausible(text, start, end, framed=framed_name(text, start, end)):
        return False
    if end - start == k + 1 and text[end - 1 : end + 1] in NOT_NAMES:
        return False  # 江主|席: the model cut a title
    if end < len(text) and text[end] in PLACE_AFTER or admin_at(text, start) or place_or_thing_around(text, start, end):
        return False
    if not names.confident_at(text, start):
        # a rare surname: a boundary, a profession noun or a title (贝聿铭先生, 博塔副行长) around the name
        titled = any(text.startswith(t, end) for t in TITLES) or profession_after(text, end)
        return (left_ok(text, start) or profession_before(text, start) or titled) and (
            right_clear_wide(text, end) or right_person(text, end) or titled
        )
    return True


def _keeps_last_character(text: str, start: int, end: int, cut: int) -> bool:
    """Whether a model span keeps its last character although a word that follows names starts
    there: a foreign name (谢里夫, 马卡罗夫, whose 夫 is no 夫妇), or one of
    :data:`GIVEN_LAST_FOLLOW` (之 夫 男 为) closing a surname + two-character name that ends
    clearly right after the model's span (王羲之的, 沈立男，, 闫大为称) — the character is the
    name's, no word of its own (温波|打电话, 张明|之子, 张明|为组长 are cut)."""
    if is_transliterated(text[start:end]):
        return True
    if cut != end - 1 or text[cut] not in GIVEN_LAST_FOLLOW or end - start != (surnames().at(text, start) or 9) + 2:
        return False
    if _starts_with_any(text, cut, _FOLLOW_SET, _FOLLOW_LENS) or any(text.startswith(w, cut) for w in RIGHT_WORDS):
        return False
    return (
        end >= len(text)
        or not is_cjk(text[end])
        or text[end] in FOLLOW_CHARS
        or bool(PERSON_VERBS.match(text, end))
        or profession_after(text, end)
        or text.startswith(TITLES, end)
    )


def _act_starts(text: str, i: int) -> bool:
    """A person's act of two characters or more (:data:`PERSON_VERBS`: 辩称, 坦言; a player's act:
    复出) starts at ``i``."""
    m = PERSON_VERBS.match(text, i)
    return bool(m and len(m.group(0)) >= 2 and is_cjk(m.group(0)[-1])) or text.startswith(_PLAYER_ACTS, i)


def _foreign_took_next_word(text: str, start: int, end: int) -> bool:
    """A transliterated model span of four characters or more whose last character starts what
    follows the name: a verb or a person's act (霍德尔|坦言, 巴克莱|辩称), a conjunction before
    another word (斯库里|和帕拉蒂诺) or a clause adverb (贝雷塔|颇见功力; :data:`CLAUSE_ADVERBS`).
    The rest must be a transliterated name on its own."""
    if end - start < 4 or end >= len(text) or not is_cjk(text[end]) or not is_transliterated(text[start : end - 1]):
        return False
    last = text[end - 1]
    return (
        text[end - 1 : end + 1] in VERB_BIGRAMS
        or _act_starts(text, end - 1)
        or last in "和与及"
        or last in CLAUSE_ADVERBS
    )


#: The second part of a Latin name written without its space (Brad|Buxer, John|Koller).
_CAMEL_REST = re.compile(r"[A-Z][a-z]+(?![A-Za-z])")


def _end_before_title(text: str, start: int, end: int) -> int:
    """The end of a model span without a title or a word that follows names at its end (张明同志),
    and without the prefix of a title written after it (博塔副|行长, 戈尔前|总统)."""
    for title in FOLLOW_WORDS:
        if text[start:end].endswith(title) and end - start - len(title) >= 2:
            end -= len(title)
            break
    if end - start >= 3 and text[end - 1] in _TITLE_PREFIXES and any(
        text[end : end + n] in _PROFESSION_LEADS for n in _PROFESSION_LEAD_LENS
    ):
        end -= 1
    return end


def refine_person_span(text: str, start: int, end: int, names: Surnames | None = None) -> tuple[int, int] | None:
    """Trim a model PERSON span to the name: drop cue words before and titles after it;
    ``None`` for pseudonyms and one-character spans."""
    names = names or surnames()
    span = text[start:end]
    stripped = span.strip(" \t\u3000：:，,。、()（）“”")  # (记者李彦) read as 李彦)
    start += span.find(stripped) if stripped else 0
    end = start + len(stripped)
    if DOTTED.fullmatch(text[start:end]) or hyphenated_name(text[start:end]) or re.fullmatch(r"[A-Za-z][A-Za-z' \-]+", text[start:end]):
        if text[end - 1 : end].islower() and (rest := _CAMEL_REST.match(text, end)):
            end = rest.end()  # Brad|Buxer: a Latin name written without its space, cut by the model
        return (start, end) if end - start >= 2 else None
    for n in range(min(LEAD_MAX, end - start - 2), 0, -1):  # longest cue first
        if text[start : start + n] in LEAD_SET and names.at(text, start + n):
            start += n
            break
    end = _end_before_title(text, start, end)
    if TIBETAN.fullmatch(text[start:end]) or MINORITY_RUN.fullmatch(text[start:end]):
        return start, end
    ne = name_end(text, start, names) if names.at(text, start) else None
    if (
        ne is not None
        and start + 2 <= ne < end
        and (_starts_follow_word(text, ne) or any(text.startswith(w, ne) for w in RIGHT_WORDS))
        and not _keeps_last_character(text, start, end, ne)
    ):
        end = ne  # 温波打电话: the model took the first character of the verb
    k = names.at(text, start)
    if _foreign_took_next_word(text, start, end):
        end -= 1  # 霍德尔|坦言, 斯库里|和帕拉蒂诺: a foreign name took the first character of what follows
    elif k and end - start == k + 2 and (text[end - 1 : end + 1] in VERB_BIGRAMS or _act_starts(text, end - 1)):
        end -= 1  # 熊丽召集, 巴克莱辩称, 高敏复出: the model took the first character of the verb
    elif (
        k
        and end - start == k + 1
        and end < len(text)
        and is_cjk(text[end])
        and text[end] not in CLAUSE_ADVERBS
        and not _starts_follow_word(text, end)
        and not profession_after(text, end)  # 博塔|副行长: a title starts right after the name
    ):
        if (
            text[end : end + 2] not in VERB_BIGRAMS
            and ne == end + 1
            and (
                right_clear_wide(text, end + 1)
                or text[end + 1 : end + 3] in VERB_BIGRAMS
                or right_person(text, end + 1)
                or profession_after(text, end + 1)  # 陈嘉|上导演: a title after the third character
            )
            and text.count(text[start:end]) == text.count(text[start : end + 1])
        ):
            # 尉迟光|辉: the model stopped one character short of a clearly ended name (a clause end,
            # a verb, a person's act or a title after the third character); not where
            # the text writes the shorter name elsewhere too (于海问。… 遇到了于海。: 问 is a verb)
            end += 1
    name = text[start:end]
    if end - start < 2 or is_pseudonym(name) or name in COMMON_WORDS:
        return None
    if not all(is_cjk(ch) for ch in name):
        return None
    return start, end


_PLACE_AFTER_WORDS = W.PLACE_AFTER_WORDS
_NAMED_THING = re.compile("(?:" + "|".join(sorted(W.NAMED_THING_LEADS, key=len, reverse=True)) + r")[“\"「『‘']$")


def place_or_thing_around(text: str, start: int, end: int) -> bool:
    """The span is a road or place (``黄岐大道``, ``李家胡同``: a road word follows it) or the
    quoted name of a storm or an operation (台风“某某”, 代号“某某”), not a person."""
    if text.startswith(_PLACE_AFTER_WORDS, end) or is_hamlet(text, start, end):
        return True
    return bool(_NAMED_THING.search(text, max(0, start - 6), start)) and text[end : end + 1] in "”\"」』’'"


_HAMLET_LAST = frozenset(W.HAMLET_LAST)


def is_hamlet(text: str, start: int, end: int) -> bool:
    """``李家坪``, ``高家堡``, ``马家河``: a surname, 家 and a word for a flat, a dam, a bend or a
    hamlet (:data:`~.name_words.HAMLET_LAST`) name a family's hamlet, not a person; so does any
    ``某家某`` listed with such a hamlet (吴家山、杨家湾)."""
    if end - start != 3 or text[start + 1] != "家":
        return False
    if text[end - 1] in _HAMLET_LAST:
        return True
    after = end + 1 if text[end : end + 1] == "、" else -1
    before = start - 4 if start >= 4 and text[start - 1] == "、" else -1
    return any(k >= 0 and text[k + 1 : k + 2] == "家" and text[k + 2 : k + 3] in _HAMLET_LAST for k in (after, before))


_PLACE_LIST_TAIL = re.compile(
    rf"(?:[、和及与][{CJK}]{{2,4}}?){{0,8}}?(?:等)?(?:[\d一二三四五六七八九十两]*个)?"
    "(?>" + "|".join(sorted(W.PLACE_LIST_NOUNS, key=len, reverse=True)) + ")"
    "(?!" + "|".join(sorted(W.PLACE_LIST_PEOPLE, key=len, reverse=True)) + "|的?(?:" + "|".join(W.PLACE_LIST_PEOPLE) + "))"
)


def in_place_list(text: str, end: int) -> bool:
    """The span ending at ``end`` is an item of a list closed by a noun for places (罗官、新庄、大营
    三个村委会; 龙泉、石门、黄坡等6个乡镇; 田坝、石桥等自然村), not a person's name."""
    if end >= len(text) or text[end] not in "、和及与等两三四五六七八九十个0123456789":
        return False
    return bool(_PLACE_LIST_TAIL.match(text, end))


_COMPANY_LIST_TAIL = re.compile(
    rf"(?:[、和及与][{CJK}]{{2,4}}?){{0,8}}?(?:等|[\d一二三四五六七八九十两几多]+家)"
    "(?:" + "|".join(sorted(W.COMPANY_LIST_QUALIFIERS, key=len, reverse=True)) + ")*"
    "(?>" + "|".join(sorted(W.COMPANY_LIST_NOUNS, key=len, reverse=True)) + ")"
    "(?!" + "|".join(sorted(W.COMPANY_LIST_PEOPLE, key=len, reverse=True)) + "|的?(?:" + "|".join(W.COMPANY_LIST_PEOPLE) + "))"
)


def in_company_list(text: str, end: int) -> bool:
    """The span ending at ``end`` is an item of a list closed by 等 (or a count of 家) and a noun for
    companies or brands (爱立信、松下等跨国公司; 华西、阳光、申达等一大批乡镇企业), not a person's name;
    a word for people after the noun keeps the items people (张明、李华等企业负责人)."""
    if end >= len(text) or text[end] not in "、和及与等两三四五六七八九十几多0123456789":
        return False
    return bool(_COMPANY_LIST_TAIL.match(text, end))
