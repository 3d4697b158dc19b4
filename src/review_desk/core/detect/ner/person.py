"""PERSON rules: names of natural persons with exact boundaries, with or without an NER model.

Each rule is a small function over a :class:`NameScan` (the text, the names found so far);
:data:`RULES` lists them in the order they run (a later rule sees what the earlier ones found).
A new rule is a new function in that list plus a test in ``tests/core/detect/ner/``.

A Chinese name is a surname (single or compound, from the surname gazetteer) plus one or two
given-name characters.  Rules that decide *where* a name is (the model's span gives only a hint):

* a context cue before the name — ``当事人：``, ``申请人``, ``法定代表人：``, ``联系人``,
  ``委托代理人``, ``信访人``, ``户主``, ``经办人``, … (:data:`CUES`), optionally followed by
  ``：`` / ``｜`` / spaces;
* a strong cue after a name that starts at a word boundary (punctuation, a line start, a role
  word such as ``乘客`` / ``其子``): ``（身份证号…``, ``（手机…``, ``（系…``, ``，男，``,
  ``，59岁``, a title (``同志`` ``代表`` ``委员`` ``先生`` ``女士`` ``律师``), ``等4人``;
* a salutation line (``张三、李四：``), lists continued with ``、`` after a found name;
* a table cell whose column header is a name column (``姓名``, ``户主姓名``, ``值班人员`` …);
* minority and transliterated names joined with a middle dot (``阿依古丽·买买提``) anywhere, and
  Latin passport names after ``护照姓名：`` / ``英文姓名：``;
* syntactic position: a boundary or a preposition before and a person's act after
  (``经查，某某某于…``, ``。某某某表示…``, ``对某某某作出…``, ``由某某负责…``, ``某某某家的…``,
  :data:`PERSON_VERBS`); a role / kinship word glued to the name (``收银员某某某，``,
  ``村委会主任某某、``, ``其妻子某某在…``); speaker labels of transcripts (``利害关系人某某某：我…``);
* lists read both ways (``授予甲、乙同志`` finds 甲 from 乙) and with 和 / 与;
* a name's Latin original in brackets right after it (``约翰·史密斯（John Smith）``);
* lists of foreign names read whole next to a foreign name (``…、马特拉齐、莱罗塔列``);
* Japanese names in Chinese characters (a surname of :data:`JAPANESE_SURNAMES` and a clear end);
* Tibetan names without a surname (two elements of :data:`TIBETAN_PARTS`: ``次仁多吉``);
* the model's PERSON spans (when a model is loaded): trimmed by the rules (a swallowed cue, a
  title, the first character of a following verb, :data:`VERB_BIGRAMS`); a rule's span wins over
  an overlapping model span (except for middle-dot names, whose ends the model knows better);
  a name only the model found is kept when it passes the surname / shape checks and is not a
  place (``黄安镇``), a document number (``鲁金监发〔…〕``) or a header cell.

Places are no names, whichever rule found them (issue 17): a whole cell under a place or land column
(``所在自然村``, ``地类``), an item of a list closed by a noun for places (``…三个村委会``), a family's
hamlet (``李家坪``), a span followed by a road word (``…黄岐大道``), a quoted storm or operation name
(``台风“…”``); a name cell that begins with a kinship or role word is not a name as a whole.

Every rule that works without a cue checks the candidate with :func:`plausible` (not a word of
:data:`NOT_NAMES`, no pronoun / particle inside, no organisation ending such as ``师范大学``).

The given name has two characters unless the second would be the start of a word that follows
names (``同志``, ``代表``, ``于``, ``的``, ``等``, …) or is not a CJK character.  Pseudonyms
(``张某某``, ``李某``, ``王某甲``, ``张×``, ``张*``) are never names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import regex as re

from ..text import CJK, is_cjk
from .gazetteers import Surnames, surnames
from .address_words import PLACE_COLUMN_ENDS
from .japanese_names import JAPANESE_GIVEN_WORD_START, JAPANESE_PLACE_LAST, JAPANESE_PLACE_SURNAMES, JAPANESE_SURNAMES
from .name_shape import (
    admin_at,
    BODIES,
    closes_word,
    BOUNDARY_AFTER,
    cell_name,
    COMMON_WORDS,
    COUPLE,
    cue_compound_across,
    CUE_OVERLAPS,
    CUES,
    DOT_STOP,
    DOTS,
    DOTTED,
    dotted_place,
    double_surname_name,
    FOLLOW_WORDS,
    frame_lead_before,
    in_company_list,
    in_place_list,
    is_header_line,
    is_name_header,
    is_place_name,
    is_pseudonym,
    is_table_row,
    KINSHIP,
    LEAD_MAX,
    LATIN_NOT_NAMES,
    LEAD_SET,
    left_ok,
    MINORITY_ONE,
    MINORITY_RUN,
    minority_runs,
    model_name_ok,
    name_end,
    NameSpan,
    NOT_NAMES,
    ORG_END,
    PERSON_VERBS,
    PLACE_LAST,
    plausible,
    PREPOSITIONS,
    profession_after,
    profession_before,
    profession_title_before,
    foreign_run_ok,
    hyphenated_name,
    TRANSLIT_CHARS,
    PUBLIC_FIGURES,
    refine_person_span,
    right_clear,
    right_clear_wide,
    right_person,
    RIGHT_STRONG,
    RIGHT_WORDS,
    ROLE_END,
    SHOP_GOODS,
    ROLE_LEADS,
    ROLE_WORD_END,
    street_at,
    strong_lead_before,
    surname_positions,
    TIBETAN,
    tibetan_elements,
    TIME_WORDS,
    TITLES,
    TITLES_GLUED,
    VERB_BIGRAMS,
)

__all__ = ["CUES", "NameScan", "NameSpan", "RULES", "find_persons", "is_pseudonym", "name_end", "refine_person_span"]

_SALUTATION = re.compile(
    r"^[ \t\u3000>*#]*((?:[" + CJK + DOTS + r"]{2,9}(?:同志|代表|委员|先生|女士)?)(?:[、，,和及与 ]"
    r"[" + CJK + DOTS + r"]{2,9}(?:同志|代表|委员|先生|女士)?)*)(?:等\d+人|等[一二三四五六七八九十]+人)?[：:]\**[ \t\u3000]*$",
    re.MULTILINE,
)
#: A title after a name, then a clear end, a particle or a verb (张明同志出席, 李华同志制止…: :data:`VERB_BIGRAMS`).
_TITLE_AFTER = re.compile(
    r"(?:同志|先生|女士|代表|委员)(?=[^" + CJK + r"]|$|等|、|和|及|与|的|于|在|为|已|到|提出|反映|办理|负责|主持|出席|参加|"
    + "|".join(sorted(VERB_BIGRAMS)) + ")"
)
_LATIN_NAME = re.compile(
    r"(?:护照姓名|英文姓名|英文名|拼音姓名|姓名拼音|外文姓名|Name)[：:\s]*([A-Z][A-Za-z'\-]+(?:[ ,][ ]?[A-Z][A-Za-z'\-]+){1,3})"
)
_CUE_RE = re.compile(
    r"(?:" + "|".join(sorted(CUES, key=len, reverse=True)) + r")"
    r"(?P<sep>(?:[（(][^）)\n]{1,4}[）)])?(?:[：:｜|\t \u3000]+|(?:登记)?为|名叫|叫)?)"
)
#: What must follow a three-character name with a rare surname glued to its cue (被征收人郇燕峰（住…）).
_RARE_RIGHT = re.compile(r"[（(，,、。；;]|先生|女士|同志|代表|委员")
#: What may follow a name in that frame.
_FRAME_RIGHT = re.compile(r"作出|提出|表示|核实|负责|联系|协商|签订|签署|送达|沟通|见面|谈话|了解|调查|处以|罚款|进行|办理|[：:]")
_DOT_LEADS = LEAD_SET | frozenset(c for c in CUES if "\\" not in c) | frozenset("的了和与及")
_JAPANESE_ALL = frozenset(JAPANESE_SURNAMES + JAPANESE_PLACE_SURNAMES)
_JAPANESE_PLACE = frozenset(JAPANESE_PLACE_SURNAMES)
#: The characters that start a Japanese family name: where one may start (one character-class scan).
_JAPANESE_HEAD = re.compile("[" + "".join(sorted({s[0] for s in _JAPANESE_ALL})) + "]")


def _japanese_surnames(text: str) -> Iterable[tuple[int, int]]:
    """``(start, end)`` of the longest Japanese family name at each position that starts one."""
    for h in _JAPANESE_HEAD.finditer(text):
        i = h.start()
        for n in (3, 2):
            if text[i : i + n] in _JAPANESE_ALL:
                yield i, i + n
                break


#: What may stand right before a Japanese name: a nationality or a role (日本籍专家田中一郎, 被告佐藤花子).
_JAPANESE_LEFT = frozenset("籍家员人告士、和与及")
#: Titles after a foreign national's name (教授, 博士 besides the titles every name may carry).
_JAPANESE_RIGHT = re.compile(r"先生|女士|教授|博士|同志|夫妇|小姐|医生|老师|律师|经理|社长|会长|董事")
#: Characters that end a Japanese given name's run (Japanese given names do use 也 之 夫 男 子).
_JAPANESE_STOP = frozenset("的于和与及等是在为系被把向对到将已因说某未不曾并或即就都所称经这那此其该们些")
#: 四至 of a plot: 东至 / 西至 / 南至 / 北至, then a neighbour's 宅 / 承包地 / 房屋 / 家.
_BOUNDARY = re.compile(r"[东西南北]至")


def _dotted_spans(text: str) -> Iterable[NameSpan]:
    for m in DOTTED.finditer(text):
        s, e = m.start(), m.end()
        seg = text[s:e]
        # Trim a cue / role word glued to the left part, and a title glued to the right part.
        first_dot = min(seg.find(d) for d in DOTS if d in seg)
        left = seg[:first_dot]
        cut = 0
        for n in range(len(left) - 2, 0, -1):  # the last cue / role / lead word inside the left part
            if any(left[n - k : n] in _DOT_LEADS for k in range(1, min(n, LEAD_MAX) + 1)):
                cut = n
                break
        if cut:
            s += cut
        elif (own := _own_name_suffix(left)) < len(left):
            s += len(left) - own  # 本委另受理|赛买提·…: the Uyghur or transliterated name that ends the left part
        elif len(left) > 5:
            s += len(left) - 5
        rest = text[s : m.start() + first_dot]
        if "国" in rest[:-2]:
            s += rest.rindex("国") + 1  # 美国文森·艾尔斯, 沙特王国瑞穆·…: a country before the name
        last_dot = max(seg.rfind(d) for d in DOTS)
        right_start = m.start() + last_dot + 1
        for j in range(right_start + 1, e):
            if any(text.startswith(w, j) for w in FOLLOW_WORDS + RIGHT_WORDS) or text[j] in DOT_STOP:
                e = j
                break
            if j >= right_start + 2 and (text[j : j + 2] in VERB_BIGRAMS or text[j : j + 2] in COMMON_WORDS):
                e = j  # 霍夫曼|同时, 安徒生|拥有: a verb or a common word after the last part
                break
        e = _whole_last_element(text, s, e)  # 那日苏·孟|和: 和 stops a transliteration, not a Mongolian element
        if e - s < 3 or text[e - 1] in "街路桥岛港湾站" or text.rfind("《", 0, s) > text.rfind("》", 0, s):
            continue  # 《花季·雨季》 is a title, 扬·斯马茨大街 a street
        if dotted_place(text[s:e]):
            continue  # 合生·世界村, 中国·无锡…: a project, a place or an event
        yield NameSpan(s, e, 0.85, "dotted_name")


def _own_name_suffix(left: str) -> int:
    """Length of the name part that ends ``left`` (the text before a middle dot) when the text
    before it is no part of the name: the longest suffix that is a run of Uyghur or Mongolian name
    elements (另受理|赛买提), else ``len(left)``."""
    for n in range(max(0, len(left) - 8), len(left) - 1):
        if MINORITY_ONE.fullmatch(left, n):
            return len(left) - n
    return len(left)


def _place_column(context: Sequence[str] | None) -> bool:
    """The cell's column names a place or a kind of land (所在自然村, 村民小组, 地类), not a person."""
    if not context or any(is_name_header(c) for c in context):
        return False
    return any(re.sub(r"[（(][^）)]*[）)]$", "", c.strip()).endswith(PLACE_COLUMN_ENDS) for c in context)


@dataclass
class NameScan:
    """One text being searched for names: the rules read ``text`` and add to ``found`` (one
    span per start; a higher score replaces a lower one)."""

    text: str
    names: Surnames
    context: Sequence[str] | None = None
    model_spans: Sequence[tuple[int, int]] = ()
    found: dict[int, NameSpan] = field(default_factory=dict)

    @cached_property
    def model_set(self) -> frozenset[tuple[int, int]]:
        """The model's PERSON spans as a set, for exact lookups."""
        return frozenset(self.model_spans)

    @cached_property
    def positions(self) -> list[int]:
        """Positions that may start a surname (one regex scan)."""
        return surname_positions(self.text, self.names)

    @cached_property
    def confident_positions(self) -> list[int]:
        """The positions where a compound, common or known rare surname starts (``confident_at``):
        the rules that need one look only there."""
        text, confident_at = self.text, self.names.confident_at
        return [i for i in self.positions if confident_at(text, i)]

    @cached_property
    def place_cell(self) -> bool:
        """The text is a cell under a place or land column (see :func:`_place_column`)."""
        return _place_column(self.context)

    def add(self, span: NameSpan) -> None:
        text = self.text
        if span.end - span.start < 2 or is_pseudonym(text[span.start : span.end]):
            return
        if text[span.start : span.end] in PUBLIC_FIGURES:
            return
        if self.place_cell and text[span.start : span.end] == text.strip(" \t\u3000*"):
            return  # 所在自然村 | 田心, 地类 | 水田: a place or land, whatever rule found it
        if in_place_list(text, span.end):
            return  # 罗官、新庄、大营三个村委会: places in a list
        if in_company_list(text, span.end):
            return  # 爱立信、松下等跨国公司: companies or brands in a list
        prev = self.found.get(span.start)
        if prev is None or prev.score < span.score:
            self.found[span.start] = span


def rule_name_column(scan: NameScan) -> None:
    """A whole table cell under a name column header (姓名, 户主姓名, 值班人员 …)."""
    text, names, add, context = scan.text, scan.names, scan.add, scan.context
    if context and any(is_name_header(c) for c in context):
        cell = cell_name(text, names)
        if cell and text[cell[0] : cell[1]] not in NOT_NAMES:
            add(NameSpan(cell[0], cell[1], 0.9, "name_column"))
        elif TIBETAN.fullmatch(text.strip()):
            k = text.find(text.strip())
            add(NameSpan(k, k + len(text.strip()), 0.9, "name_column"))


def rule_land_boundary(scan: NameScan) -> None:
    """Land boundaries (四至): 东至孔福贵宅，南至汪梅承包地 — a neighbour before 宅 / 承包地."""
    text, names, add = scan.text, scan.names, scan.add
    for m in _BOUNDARY.finditer(text):
        i = m.end()
        k = names.at(text, i)
        if not k or not names.confident_at(text, i):
            continue
        for given in (2, 1):
            end = i + k + given
            if end <= len(text) and all(is_cjk(ch) for ch in text[i:end]) and text.startswith(BOUNDARY_AFTER, end):
                add(NameSpan(i, end, 0.8, "boundary"))
                break


def rule_cue_before(scan: NameScan) -> None:
    """A context cue before the name: 当事人：, 申请人, 户主, 其妻子 …."""
    text, names, add = scan.text, scan.names, scan.add
    for m in _CUE_RE.finditer(text, overlapped=True):
        i = m.end()
        if m.group(0).startswith(KINSHIP) and m.start() > 0 and is_cjk(text[m.start() - 1]):
            if text[m.start() - 1] not in "其的之和与及" and not names.at(text, m.start() - 2):
                continue  # 妇女儿童: 女儿 inside a word, not a kinship cue
        if i >= len(text):
            continue
        if text[m.start() - 1 : m.start() + 1] in CUE_OVERLAPS or text[i - 1 : i + 1] in CUE_OVERLAPS:
            continue  # 其子|女儿|童时期: the cue's first or last character belongs to a word around it
        sep = m.group("sep")
        if not sep and cue_compound_across(text, i):
            continue  # 居民楼火灾, 学生会主席: the cue begins a longer word
        if sep and not sep.strip() and (len(sep) >= 2 or "\t" in sep) and is_header_line(text, m.start()):
            continue  # 姓名          关系: a header row laid out with spaces
        if TIBETAN.match(text, i):
            add(NameSpan(i, TIBETAN.match(text, i).end(), 0.85, "cue"))
            continue
        if (mm := MINORITY_ONE.match(text, i)) and _minority_ends(text, mm.end()):
            add(NameSpan(i, mm.end(), 0.85, "cue"))
            continue
        end = name_end(text, i, names)
        if end is None or admin_at(text, i):
            continue
        confident = names.confident_at(text, i)
        if not sep:
            # 户主仉静冰患有… : the cue is glued to the name; demand a common or known surname
            # and a clear end of the name.
            # a rare surname needs a two-character given name (郇燕峰; not 名单, 会议, 另称)
            # (or a person's act after it: 村民宛家宏|家的房屋; or the model's span: 渔民植晓东|在…)
            rare = (
                not confident
                and end - i == 3
                and (_RARE_RIGHT.match(text, end) or PERSON_VERBS.match(text, end) or (i, end) in scan.model_set)
                and plausible(text, i, end)
            )
            # 其侄子郏明远长期…: a kinship word after 其 and a three-character name need no clear end
            kin = (m.group(0).startswith("其") or text[m.start() - 1 : m.start()] == "其") and (
                (end - i == 3 and (confident or right_person(text, end)))  # a rare surname (俎) with a person's act after it
                or (end - i == 2 and confident and text[end : end + 2] in VERB_BIGRAMS)  # 其女婿方圆|代为选房
            )
            if kin and plausible(text, i, end) and not admin_at(text, i):
                add(NameSpan(i, end, 0.75, "cue"))
                continue
            if not right_clear_wide(text, end) or not (confident or rare):
                continue  # a rare surname (郇, 阙) glued to the cue needs punctuation or a title after
            if end - i == 3 and names.at(text, i) == 1 and (text[i : i + 2] in NOT_NAMES or text[i : i + 2] in COMMON_WORDS):
                continue  # 朋友关系找到…: a word after the cue, not a name glued to it
            if text[i] in "和与及或跟同" or text[end - 2 : end] in BODIES:
                continue  # 人大代表和政协委员: a conjunction, not a surname
            if text[i] in PREPOSITIONS and not (end >= len(text) or not is_cjk(text[end]) or RIGHT_STRONG.match(text, end)):
                continue  # 受害人向警方报案, 工作人员向记者表示: a preposition, not a surname
        else:
            if ("｜" in sep or "|" in sep) and is_table_row(text, m.start()):
                continue  # a header row of a table: cells are handled with their column header
            if not confident and not right_clear(text, end):
                continue
        add(NameSpan(i, end, 0.85 if sep else 0.75, "cue"))


def rule_strong_right(scan: NameScan) -> None:
    """A boundary before the name and a strong cue (or a person's act) after it."""
    text, names, add = scan.text, scan.names, scan.add
    for i in scan.confident_positions:
        if not left_ok(text, i):
            continue
        if text[i] in "和与及或跟同" and i > 0 and is_cjk(text[i - 1]):
            continue  # 收到和处理…: a conjunction, not a surname
        if text[i] in PREPOSITIONS and names.confident_at(text, i + 1) and name_end(text, i + 1, names):
            continue  # 向柴明说明…: 向 is the preposition, the name starts after it
        end = name_end(text, i, names)
        if end is None:
            continue
        if RIGHT_STRONG.match(text, end):
            if i > 0 and text[i - 1 : i + 1] in COMMON_WORDS:
                continue  # 同时畅通…: the first character ends a word that starts before it
            if plausible(text, i, end) or not (text[i] in PREPOSITIONS or end - i == 2):
                add(NameSpan(i, end, 0.8, "right_cue"))
        elif right_person(text, end) and plausible(text, i, end) and (
            end - i >= 3 or strong_lead_before(text, i) or _KIN_OF.match(text, end)
        ):
            # 向左思远表示… / 。邬承泽家虽… / 。杨明同意 : a boundary or a preposition before, a
            # person's act after.
            add(NameSpan(i, end, 0.7, "position"))


#: A kinship word after a name that only a person has (路遥之妻, 周明的儿子): enough for a two-character name.
_KIN_OF = re.compile(r"之(?:妻|夫|子|女|母|父)|的(?:妻子|丈夫|儿子|女儿|父亲|母亲|爱人|配偶)")


def rule_frame(scan: NameScan) -> None:
    """A preposition before and a clear end after: 对某某作出…, 由某某负责…."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    for i in scan.confident_positions:
        if i in found or not frame_lead_before(text, i):
            continue
        end = name_end(text, i, names)
        if end is None or not plausible(text, i, end) or admin_at(text, i):
            continue
        if (
            _FRAME_RIGHT.match(text, end)
            or right_person(text, end)
            or any(len(w) >= 2 and text.startswith(w, end) for w in FOLLOW_WORDS)
        ):
            add(NameSpan(i, end, 0.7, "frame"))


def rule_role_glued(scan: NameScan) -> None:
    """A role / kinship word glued to the name, the name clearly ended: 主任赵辉、."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    for i in scan.confident_positions:
        if i < 2 or i in found:
            continue
        if text[i] in "和与及或跟同":
            continue  # 户代表和村民代表: a conjunction, not a surname
        role = text[i - 1] in ROLE_WORD_END and any(text[i - n : i] in ROLE_LEADS for n in range(2, min(LEAD_MAX, i) + 1))
        if not (role or (profession_title_before(text, i) and text[i] not in PREPOSITIONS)):
            continue  # a role word (主任, 收银员) or a profession noun as a title (总监, 建筑师; not 专家|向…) right before
        if cue_compound_across(text, i):
            continue  # 扑救居民楼火灾: 居民楼 is one word
        end = name_end(text, i, names)
        if end is None or not plausible(text, i, end) or admin_at(text, i):
            continue
        if end < len(text) and (text[end] in TRANSLIT_CHARS or text[end] in "-－‐" + DOTS) and all(
            ch in TRANSLIT_CHARS for ch in text[i:end]
        ):
            continue  # 总参谋长马卡罗|夫, 名导詹姆斯|-卡梅伦: a foreign name goes on, left to the model
        compound4 = names.at(text, i) == 2 and end - i == 4
        if end - i == 2 and not (right_person(text, end) or (end < len(text) and text[end] in "、，,。；;：:")):
            continue  # 教师简章》: a two-character "name" needs a person's act or a clause end after it
        if compound4 or right_clear_wide(text, end) or right_person(text, end):
            add(NameSpan(i, end, 0.7, "role"))


def rule_role_noun(scan: NameScan) -> None:
    """A role noun glued to a three-character name: 收银员谢志明，."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    for i in scan.confident_positions:
        if i < 1 or text[i - 1] not in ROLE_END or i in found:
            continue
        if cue_compound_across(text, i):
            continue
        end = name_end(text, i, names)
        if (
            end is not None
            and end - i >= 3
            and plausible(text, i, end)
            and right_clear_wide(text, end)
            and not admin_at(text, i)
        ):
            add(NameSpan(i, end, 0.7, "role"))


def rule_tibetan(scan: NameScan) -> None:
    """Tibetan names (two name elements, no surname) after a boundary or a role word; one element
    only between a boundary and a strong cue (``（8）扎西　男　83岁``)."""
    text, add = scan.text, scan.add
    for m in TIBETAN.finditer(text):
        i = m.start()
        if left_ok(text, i) or text[i - 1] in ROLE_END:
            add(NameSpan(i, m.end(), 0.8, "tibetan"))
    for i, end in tibetan_elements(text):  # one element (扎西) in a row: a boundary, then a gender cell or ，男，
        if (i == 0 or not is_cjk(text[i - 1])) and RIGHT_STRONG.match(text, end) and i not in scan.found:
            add(NameSpan(i, end, 0.75, "tibetan"))


def _minority_ends(text: str, end: int) -> bool:
    """A Uyghur or Mongolian name clearly ends at ``end``: punctuation (not a middle dot: the name
    goes on), a word that follows names, a title or a person's act (老人, 反映, 于2026年…)."""
    if end < len(text) and text[end] in DOTS:
        return False
    return right_clear_wide(text, end) or right_person(text, end) or bool(_JAPANESE_RIGHT.match(text, end))


def rule_minority(scan: NameScan) -> None:
    """Uyghur and Mongolian names written without the middle dot (``帕提古丽艾力``, ``巴特尔朝鲁``):
    a run of two or three name elements (:mod:`.minority_names`) that stands as a word — a boundary,
    a cue, a role word or a list mark before it, a clear end after it; a single element (``阿拉坦``)
    only between a boundary and a strong cue (``，男，``, a gender cell, ``同志``).  The whole run is one name;
    shorter spans found inside it (a Chinese surname 阿 / 买, a model's first half) give way."""
    text, add = scan.text, scan.add
    for i, end in minority_runs(text):
        if MINORITY_RUN.fullmatch(text, i, end):
            before = i == 0 or left_ok(text, i) or text[i - 1] in ROLE_END or any(
                text[i - n : i] in _DOT_LEADS for n in range(1, min(LEAD_MAX, i) + 1)
            )
            # five characters or more of name elements are a name whatever follows (…诉被告古丽米拉吾斯曼民间借贷纠纷)
            ends = _minority_ends(text, end) or (end - i >= 5 and not (end < len(text) and text[end] in DOTS))
        else:  # one element (阿拉坦, 图雅): a boundary before, a strong cue after (，男， / a gender cell / 同志)
            before = left_ok(text, i)
            ends = bool(RIGHT_STRONG.match(text, end) or _JAPANESE_RIGHT.match(text, end))
        if not before or not ends or admin_at(text, i) or (i > 0 and text[i - 1] in DOTS):
            continue  # ·巴特尔: the second part of a middle-dot name, read whole by the dotted rule
        for k in [k for k, sp in scan.found.items() if sp.start < end and i < sp.end and sp.score <= 0.85]:
            del scan.found[k]
        add(NameSpan(i, end, 0.85, "minority"))


def rule_title_after(scan: NameScan) -> None:
    """A title after the name: 张明同志, 李华代表 (not 人大代表)."""
    text, names, add = scan.text, scan.names, scan.add
    for m in _TITLE_AFTER.finditer(text):
        e = m.start()
        if text[e - 2 : e] in BODIES:
            continue  # 人大代表, 政协委员: a body, not a name
        if e >= 4 and double_surname_name(text, e - 4, e, names) and left_ok(text, e - 4):
            add(NameSpan(e - 4, e, 0.75, "title"))  # ，李叶振宇委员: a double surname
            continue
        for k in (3, 4, 2):
            i = e - k
            if i < 0 or (i > 0 and is_cjk(text[i - 1]) and k == 3 and names.at(text, i - 1) == 2):
                continue
            if text[i] in "和与及或" and not left_ok(text, i):
                continue
            if k >= 3 and (closes_word(text, i) or text[e - 1] in ORG_END):
                continue  # 总经理李战先生 (理 ends 经理), 常委会委员 (会 ends a body's name)
            if k >= 3 and (text[i : i + 2] in NOT_NAMES or is_place_name(text[i : i + 2])):
                continue  # 中国代表马女士, 福州高先生: a role or a place, then a surname and a title
            if k == 2 and text[i] in PREPOSITIONS and names.confident_at(text, i + 1):
                continue  # 向陈先生表示歉意: a preposition, then a surname and a title
            given = k - names.at(text, i)
            if k == 2 and not left_ok(text, i):
                continue  # 局长张明同志: a two-character name needs a boundary before it
            rare_ok = k == 3 and names.at(text, i) == 1 and left_ok(text, i)  # ，阙莹雪先生
            if (names.confident_at(text, i) or rare_ok) and given == (1 if k == 2 else 2) and name_end(text, i, names) == e:
                if text[i] in PREPOSITIONS and not plausible(text, i, e):
                    break  # 向全体代表
                add(NameSpan(i, e, 0.75, "title"))
                break


_TITLE_GLUED = re.compile("|".join(sorted(TITLES_GLUED, key=len, reverse=True)))


def _lead_for_title(text: str, i: int) -> bool:
    """What may stand before a name written onto a title: a boundary or a lead-in, a role noun
    (护林员|…), or the end of an organisation's name (…有限公司|严华董事长, …轴承厂|…厂长)."""
    return i > 0 and (left_ok(text, i) or text[i - 1] in ROLE_WORD_END or text[i - 1] in ORG_END)


#: Last characters of a department's name (客房部, 保卫处, 办公室): before a title they end no name.
_UNIT_END = frozenset("部处科室局所队站厅办组")


def rule_title_glued(scan: NameScan) -> None:
    """A name written straight onto a personal title (:data:`name_words.TITLES_GLUED`: …教授,
    …董事长, …厂长, …大姐), after a boundary, a role noun or an organisation's name: the surname and
    one or two given characters that end where the title starts (公羊昊天|教授, 有限公司严华|董事长);
    a Tibetan name the same way (轴承厂央金拉姆|厂长)."""
    text, names, add, found = scan.text, scan.names, scan.add, scan.found
    for m in _TITLE_GLUED.finditer(text):
        e = m.start()
        if e < 2 or any(sp.start < e <= sp.end for sp in found.values()):
            continue  # a name found already ends here or runs over the title
        if (t := TIBETAN.search(text, max(0, e - 8), e)) and t.end() == e and _lead_for_title(text, t.start()):
            add(NameSpan(t.start(), e, 0.75, "title"))
            continue
        for k in (4, 3, 2):
            i = e - k
            if i <= 0 or not names.at(text, i) or not _lead_for_title(text, i):
                continue
            if not 1 <= k - names.at(text, i) <= 2 or name_end(text, i, names) not in (e, e + 1):
                continue  # the given name ends where the title starts (严华|董事长: 董 would be read as the third)
            if not (names.confident_at(text, i) or (k == 3 and left_ok(text, i))) or admin_at(text, i):
                continue
            if text[i] in PREPOSITIONS and not left_ok(text, i):
                continue  # 向|张医生: a preposition glued to a word, not a surname
            if k - names.at(text, i) == 1 and text[e - 1] in _UNIT_END:
                continue  # 客房部|经理, 保卫处|处长: a department's name before the title, not a person's
            if plausible(text, i, e) and not closes_word(text, i):
                add(NameSpan(i, e, 0.75, "title"))
            break


def rule_salutation(scan: NameScan) -> None:
    """Salutation lines: 张三、李四：."""
    text, names, add = scan.text, scan.names, scan.add
    for m in _SALUTATION.finditer(text):
        group_start = m.start(1)
        tokens = list(re.finditer(r"[^、，,和及与 ]+", m.group(1)))
        several = len(tokens) > 1 or any(m.group(1).endswith(t) for t in TITLES)

        def _token_ok(tok: str) -> bool:
            for title in TITLES + COUPLE:
                if tok.endswith(title) and len(tok) > len(title):
                    tok = tok[: -len(title)]
                    break
            return bool(
                DOTTED.fullmatch(tok) or TIBETAN.fullmatch(tok) or cell_name(tok, names) == (0, len(tok))
            )

        if several and not all(_token_ok(t.group(0)) for t in tokens):
            continue  # 当事人、车辆、道路和交通环境等基本情况： is a heading, not a salutation
        for tm in tokens:
            token = tm.group(0)
            s = group_start + tm.start()
            for title in TITLES + COUPLE:
                if token.endswith(title) and len(token) > len(title):
                    token = token[: -len(title)]
                    break
            if DOTTED.fullmatch(token) or TIBETAN.fullmatch(token):
                add(NameSpan(s, s + len(token), 0.85, "salutation"))
                continue
            if cell_name(token, names) == (0, len(token)) and (several or names.confident_at(token, 0)):
                add(NameSpan(s, s + len(token), 0.85, "salutation"))


#: Cells of a roster line: text between tabs, spaces, full-width spaces, bars and colons.
_ROSTER_CELL = re.compile(r"[^\t\u3000 ｜|：:\n\r]+")
_ROSTER_LINE = re.compile(r"[^\n\r]+")
#: What may follow a name inside a roster cell (段爱莲家庭, 付晓东之子, 张明同志).
_CELL_SUFFIXES = ("家庭", "之子", "之女", "之妻", "之夫", "夫妇", "一家", "同志", "户", "家")
#: Names needed on a roster line, and their least share of its Chinese cells.
_ROSTER_MIN_NAMES = 3
_ROSTER_MIN_SHARE = 0.6


def _roster_cell_name(cell: str, names: Surnames) -> int:
    """Length of the name that makes up a roster cell (before an optional household / kinship
    suffix), 0 when the cell is no name."""
    for suffix in _CELL_SUFFIXES + ("",):
        if suffix and not cell.endswith(suffix):
            continue
        tok = cell[: len(cell) - len(suffix)]
        if len(tok) == 4 and double_surname_name(tok, 0, 4, names):
            return 4
        if (
            2 <= len(tok) <= 4
            and cell_name(tok, names) == (0, len(tok))
            and names.confident_at(tok, 0)
            and plausible(tok, 0, len(tok))
            and (len(tok) == 4 or names.at(tok, 0) == 2 or len(tok) - 1 <= 2)
        ):
            return len(tok)
        if DOTTED.fullmatch(tok) or TIBETAN.fullmatch(tok) or MINORITY_ONE.fullmatch(tok):
            return len(tok)
    return 0


def _model_cell(scan: NameScan, cell: re.Match) -> int:
    """Length of a roster cell that the model read, whole, as a person (郅兰英, 格日勒: a rare
    surname or a name without one), 0 otherwise."""
    tok = cell.group(0)
    if (cell.start(), cell.end()) not in scan.model_set or not 2 <= len(tok) <= 8:
        return 0
    if tok in NOT_NAMES or tok in COMMON_WORDS or is_place_name(tok) or tok[-1] in ORG_END or tok[-1] in PLACE_LAST:
        return 0
    return len(tok)


def rule_roster_line(scan: NameScan) -> None:
    """A roster line: names separated by spaces, tabs, full-width spaces or ｜ with no label per
    name (``一（1）班：江铭泽　袁逸凡　龚莹…``, ``段爱莲家庭　夏凤敏家庭…``): when most of its Chinese
    cells are names, every name-shaped cell is one."""
    text, names, add = scan.text, scan.names, scan.add
    for line in _ROSTER_LINE.finditer(text):
        cells = list(_ROSTER_CELL.finditer(text, line.start(), line.end()))
        if len(cells) < _ROSTER_MIN_NAMES:
            continue
        cjk = [c for c in cells if all(is_cjk(ch) or ch in DOTS for ch in c.group(0))]
        hits = [(c.start(), n) for c in cjk if (n := _roster_cell_name(c.group(0), names) or _model_cell(scan, c))]
        if len(hits) >= _ROSTER_MIN_NAMES and len(hits) >= _ROSTER_MIN_SHARE * len(cjk):
            # on a line of names, a cell of a rare surname and one or two given characters is one too (乜春明)
            hits += [(c.start(), len(c.group(0))) for c in cjk if c.start() not in {h[0] for h in hits} and _rare_cell(c.group(0), names)]
            for start, n in hits:
                add(NameSpan(start, start + n, 0.8, "roster"))


def _rare_cell(cell: str, names: Surnames) -> bool:
    """A cell that is a (rare) single surname and one or two given characters, no word."""
    return (
        len(cell) in (2, 3)
        and names.at(cell, 0) == 1
        and cell_name(cell, names) == (0, len(cell))
        and plausible(cell, 0, len(cell))
        and cell[-1] not in PLACE_LAST
        and cell[-1] not in ORG_END
    )


#: A sole proprietor's business named after its owner: ``历城区韩波磊小吃部``,
#: ``槐荫区柏文涛日用品经营部`` — a division, the owner's name, the goods, the kind of shop.
_SHOP = re.compile(
    r"(?<=[区县市镇乡])(?P<rest>[" + CJK + r"]{2,10}?)"
    r"(?P<kind>经营部|小吃部|门市部|批发部|商店|商行|超市|便利店|餐馆|饭店|饭馆|酒馆|诊所|理发店|美发店|修理部|"
    r"加工厂|加工坊|养殖场|种植场|百货店|食品店|五金店|个体工商户|服装店|专卖店)"
)
_GOODS_LENS = tuple(sorted({len(w) for w in SHOP_GOODS}, reverse=True))


def _goods_at(text: str, i: int, stop: int) -> int:
    """Length of the longest :data:`SHOP_GOODS` word starting at ``i`` and ending by ``stop``; the
    kind of shop right at ``i`` counts as a goods word of length 0.5 (no goods written)."""
    if i == stop:
        return 1  # 韩波|经营部: the kind of shop right after the name
    return max((n for n in _GOODS_LENS if i + n <= stop and text[i : i + n] in SHOP_GOODS), default=0) * 2


def rule_shop_owner(scan: NameScan) -> None:
    """The owner's name inside a sole proprietor's shop name (…区韩波磊小吃部): personal data
    even where the shop's name is kept.  The name is the surname right after the division and one
    or two given characters: the split after which the longest goods word starts
    (:data:`SHOP_GOODS`: 马琴|副食品商店, 谢琳|汽车修理部, 梁书瑶|日用品经营部); two given characters
    when no goods word says otherwise.  A rare surname needs the goods word."""
    text, names, add = scan.text, scan.names, scan.add
    for m in _SHOP.finditer(text):
        i, stop = m.start("rest"), m.start("kind")
        k = names.at(text, i)
        if not k:
            continue
        best = max((2, 1), key=lambda g: (_goods_at(text, i + k + g, stop) if i + k + g <= stop else -1, g))
        end = i + k + best
        goods = _goods_at(text, end, stop) if end <= stop else 0
        if end > stop or not (names.confident_at(text, i) or goods):
            continue
        if not all(is_cjk(ch) for ch in text[i:end]) or not plausible(text, i, end) or admin_at(text, i):
            continue
        if text[end - 1] in PLACE_LAST:
            continue  # 王府井百货商店: a place, not an owner
        add(NameSpan(i, end, 0.7, "shop_owner"))


#: A notice's addressee on a line of its own (送达公告): ``海尼古丽买买提：`` / ``图雅朝鲁：原告…诉你``.
_ADDRESSEE = re.compile(r"^[ \t\u3000]*([" + CJK + DOTS + r"]{2,10})[：:]", re.MULTILINE)
#: The notice then speaks to the addressee (诉你, 你单位, 向你送达).
_SPOKEN_TO = re.compile(r"你|您")
_NOT_ADDRESSEE = re.compile(r"公司|单位|政府|委员会|局|院|所|中心|部门|办公室|事项|情况|意见|方式|时间|地点|地址|电话|附件|说明|依据|如下|内容|要求|规定|理由|结果|某")


def _has_word(token: str) -> bool:
    """Whether a role, cue or common word stands inside ``token`` (各位村民, 全体居民)."""
    return any(token[j : j + n] in NOT_NAMES or token[j : j + n] in COMMON_WORDS for n in (2, 3, 4) for j in range(len(token) - n + 1))


def rule_addressee(scan: NameScan) -> None:
    """A notice addressed to a person by name on a line of its own, spoken to as 你 right after
    (``阿布力孜努尔：\n本院受理原告…诉你…``): the whole addressee is a name, also without a Chinese
    surname (Uyghur, Mongolian, Tibetan names written without the middle dot)."""
    text, names, add = scan.text, scan.names, scan.add
    for m in _ADDRESSEE.finditer(text):
        token = m.group(1)
        if _NOT_ADDRESSEE.search(token) or is_place_name(token) or _has_word(token):
            continue
        if token[:1] in LEAD_SET or token[:2] in LEAD_SET:
            continue  # 经调查：, 据了解： — a lead-in, not an addressee
        if not _SPOKEN_TO.search(text, m.end(), min(len(text), m.end() + 40)):
            continue
        s = m.start(1)
        if names.at(token, 0) and cell_name(token, names) != (0, len(token)) and len(token) <= 4:
            continue  # a Chinese name is read by the other rules; this one is for the rest
        add(NameSpan(s, s + len(token), 0.8, "addressee"))


def rule_dotted(scan: NameScan) -> None:
    """Middle-dot names anywhere (阿依古丽·买买提)."""
    text, add, found = scan.text, scan.add, scan.found
    for span in _dotted_spans(text):
        for k in [k for k, sp in found.items() if span.start <= sp.start and sp.end <= span.end and sp.end < span.end]:
            del found[k]  # 申请人：古丽娜|尔·吐尔逊: a cue's name that stops inside the middle-dot name
        add(span)


def rule_latin(scan: NameScan) -> None:
    """Latin passport names after their label (护照姓名：…)."""
    text, add = scan.text, scan.add
    for m in _LATIN_NAME.finditer(text):
        add(NameSpan(m.start(1), m.end(1), 0.85, "latin_name"))


def _word_after(text: str, k: int) -> bool:
    """A title or a time word starts at ``k`` (导演, 大将, 日前): a name may end right before it."""
    return profession_after(text, k) or any(text.startswith(w, k) for w in TIME_WORDS)


def rule_japanese(scan: NameScan) -> None:
    """A Japanese name written in Chinese characters: a Japanese surname (:data:`JAPANESE_SURNAMES`)
    after a boundary, then one to three given-name characters that end clearly (田中一郎，
    长谷川真由美先生, 日本籍专家伊藤达也先生).  The longest given name that ends clearly wins."""
    text, add = scan.text, scan.add
    for i, j in _japanese_surnames(text):
        # a boundary, a nationality or a role noun before it (外籍居民|松冈…, 代表董事|小松…, 个体工商户|横山…)
        lead = left_ok(text, i) or text[i - 1] in _JAPANESE_LEFT or text[i - 1] in ROLE_WORD_END or profession_before(text, i)
        if not lead or admin_at(text, i) or street_at(text, i):
            continue  # 石井街道, 中村镇: places
        if (right_clear_wide(text, j) or _JAPANESE_RIGHT.match(text, j)) and not text.startswith(JAPANESE_GIVEN_WORD_START, j):
            continue  # 佐藤先生, 由小林负责: no given name (but 大竹|和子)
        if text.rfind("《", 0, i) > text.rfind("》", 0, i):
            continue  # 《平田世界》: a title
        if text[j - 1 : j + 1] in NOT_NAMES or text[j - 1 : j + 2] in NOT_NAMES:
            continue  # 以上|村民: the surname's last character begins a role word with what follows
        for end in (j + 3, j + 2, j + 1):
            given = text[j:end]
            if end > len(text) or not all(is_cjk(ch) for ch in given):
                continue
            if any(ch in _JAPANESE_STOP for ch in given) and not given.startswith(JAPANESE_GIVEN_WORD_START):
                continue  # 田中和李明, 佐藤将…: a conjunction or an adverb ends the run (but 大竹和子, 小松将太)
            if given[-1] in PLACE_LAST or given[-1] in JAPANESE_PLACE_LAST:
                continue  # 增田町: a town
            if given[-1] in ORG_END and (i, end) not in scan.model_set:
                continue  # 中村小学: an organisation, unless the model read the span as a person (河野健司)
            if is_place_name(text[i:end]) or any(_word_after(text, k) for k in range(j + 1, end)):
                continue  # 市川准|导演, 竹内润|日前: the given name ends where a title or a time word starts
            if text[i:j] in _JAPANESE_PLACE and not _JAPANESE_RIGHT.match(text, end):
                continue  # 中山公园, 福山区: a Chinese place unless a title follows (福山香织先生)
            if not (
                right_clear_wide(text, end)
                or _JAPANESE_RIGHT.match(text, end)
                or _word_after(text, end)
                or right_person(text, end)  # 松冈纯平|来信询问
                or (len(given) >= 2 and given[-1] == "郎")  # 大竹达郎|股权转让纠纷: 郎 ends Japanese given names
            ):
                continue
            if text[i:end] not in NOT_NAMES:
                for k in [k for k, sp in scan.found.items() if sp.start < end and i < sp.end and sp.score < 0.85]:
                    del scan.found[k]  # 林花子 (a Chinese surname inside 小林花子)
                add(NameSpan(i, end, 0.85, "japanese"))
            break


def _whole_last_element(text: str, start: int, end: int) -> int:
    """The end of a middle-dot name whose last part stops inside a Uyghur or Mongolian name element
    (阿力木江·买买|提诉…): the element is read whole."""
    last = max(text.rfind(d, start, end) for d in DOTS)
    m = MINORITY_ONE.match(text, last + 1)
    return m.end() if m and end < m.end() <= end + 3 else end


def rule_model(scan: NameScan) -> None:
    """The model's PERSON spans, refined; a rule's boundaries win."""
    text, names, found, add, model_spans = scan.text, scan.names, scan.found, scan.add, scan.model_spans
    rule_spans = list(found.values())
    for s, e in model_spans:
        refined = refine_person_span(text, s, e, names)
        if refined is None:
            continue
        rs, re_ = refined
        if DOTTED.fullmatch(text[rs:re_]):
            re_ = _whole_last_element(text, rs, re_)
            # a middle-dot name: the rule guesses where the name parts end, the model knows better
            for sp in [sp for sp in rule_spans if sp.rule == "dotted_name" and sp.start <= rs and re_ <= sp.end]:
                rule_spans.remove(sp)
                found.pop(sp.start, None)
        if any(rs < sp.end and sp.start < re_ for sp in rule_spans):
            continue
        if model_name_ok(text, rs, re_, names):
            add(NameSpan(rs, re_, 0.8, "model"))


def rule_model_word_name(scan: NameScan) -> None:
    """A name that is also an ordinary word (白雪, 向阳, 高洁), read as a person by the model, where
    the context says person: a cue, a role word or a boundary before it and a strong cue after it
    (``项目经理白雪（手机…）``, ``，男，``, ``同志``), or a place in a list of names
    (``向阳、谢雪宁、熊红娥``).  Other rules reject such words found by shape alone."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    spans = list(found.values())
    for s, e in scan.model_spans:
        name = text[s:e]
        if not 2 <= e - s <= 3 or not all(is_cjk(ch) for ch in name) or names.at(text, s) != 1:
            continue
        if any(s < sp.end and sp.start < e for sp in spans) or name in NOT_NAMES or is_pseudonym(name):
            continue
        if name[-1] in PLACE_LAST or name[-1] in ORG_END:
            continue
        listed = (e < len(text) and text[e] == "、" and any(sp.start == e + 1 for sp in spans)) or (
            s > 0 and text[s - 1] == "、" and any(sp.end == s - 1 for sp in spans)
        )
        # a boundary, or a cue, role or title word ending right before (项目经理|白雪)
        lead = left_ok(text, s) or (s > 0 and closes_word(text, s - 1))
        strong = lead and bool(RIGHT_STRONG.match(text, e)) and not (is_place_name(name) or admin_at(text, s))
        if strong or listed:
            add(NameSpan(s, e, 0.75, "model_word"))


#: An aspect particle after a candidate's last character makes that character a verb (万方发了…).
_VERB_AFTER = re.compile(r"了(?!解)|着(?!手|重|力|眼)|过(?!去|来|程)")


#: A speech verb and the comma or colon that opens the quoted or reported words (…易纲说，“…).
_SPEAKS = re.compile(r"(?:说|表示|指出|认为|介绍|强调|坦言|透露|告诉记者)[，,：:]")


def rule_speaker(scan: NameScan) -> None:
    """A two-character name that opens a sentence or a quotation and speaks (。易纲说，“…”,
    “徐明表示，…): a confident surname, one given character, a speech verb and a comma or colon."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    for m in _SPEAKS.finditer(text):
        i, end = m.start() - 2, m.start()
        if i < 0 or i in found or not (i == 0 or text[i - 1] in "。！？；”“\n") or not names.confident_at(text, i):
            continue
        if names.at(text, i) == 1 and is_cjk(text[end - 1]) and plausible(text, i, end):
            add(NameSpan(i, end, 0.7, "speaker"))


#: A run of transliteration characters (:data:`name_words.TRANSLIT_CHARS`): a foreign name's shape.
_TRANSLIT_RUN = re.compile("[" + "".join(sorted(TRANSLIT_CHARS)) + "]{3,7}")


def rule_transliterated(scan: NameScan) -> None:
    """A foreign name the model missed, written in transliteration characters (后卫阿尔斯通，
    ，伊利埃斯库说, 对斯卡尔法罗总统…): a whole run of three or more of them framed on both sides —
    a role noun before it and a clear end or a person's act after it, or a boundary before it and
    a person's act or a title after it — that is no place, team, landmark or agency, and overlaps
    no name found already.  Names it finds do not start lists (a list of teams looks the same)."""
    text, found, add = scan.text, scan.found, scan.add
    for m in _TRANSLIT_RUN.finditer(text):
        s, e = m.start(), m.end()
        if any(s < sp.end and sp.start < e for sp in found.values()) or text[e : e + 1] in "-－" or text[s - 1 : s] in "-－":
            continue  # 弗朗西斯-福德-科波拉: one part of a hyphenated name, left to the model
        acts = right_person(text, e) or profession_after(text, e)
        if not ((profession_before(text, s) and (acts or right_clear_wide(text, e))) or (left_ok(text, s) and acts)):
            continue  # a role noun before and a clear end after, or a boundary before and an act or title after
        if not foreign_run_ok(text, s, e):
            continue
        add(NameSpan(s, e, 0.7, "transliterated"))


#: A name's Latin original in brackets right after it: ``（John Smith）``, ``(gertjanverbeek)``.
_LATIN_ORIGINAL = re.compile(r"[（(]([A-Za-z][A-Za-z'\-]*(?:[ .][ ]?[A-Za-z][A-Za-z'\-]*){0,3})[）)]")


def rule_latin_original(scan: NameScan) -> None:
    """A foreign person's name in Chinese characters followed by its Latin original in brackets
    (约翰·史密斯（John Smith）, 沃尔贝克（gertjanverbeek））: the original names the same person.
    Three letters or more; no acronym of capitals only (（WTO）), no link word (（blog）)."""
    text, found, add = scan.text, scan.found, scan.add
    for sp in sorted(found.values(), key=lambda x: x.start):
        m = _LATIN_ORIGINAL.match(text, sp.end)
        if not m:
            continue
        latin = m.group(1)
        letters = [ch for ch in latin if ch.isalpha()]
        if len(letters) < 3 or latin.isupper() or latin.lower() in LATIN_NOT_NAMES:
            continue
        add(NameSpan(m.start(1), m.end(1), 0.75, "latin_original"))


#: One item of a list of foreign names: a run of two to seven transliteration characters.
_TRANSLIT_ITEM = re.compile("[" + "".join(sorted(TRANSLIT_CHARS)) + "]{2,7}")
_LIST_MARKS = "、和与及"


def _foreign_name(name: str) -> bool:
    """A foreign name's shape: middle-dot or hyphenated parts, or transliteration characters only."""
    return bool(DOTTED.fullmatch(name)) or hyphenated_name(name) or all(ch in TRANSLIT_CHARS for ch in name)


def _foreign_item(text: str, s: int, e: int) -> bool:
    """``text[s:e]``, a whole run of transliteration characters, may be a foreign name in a list: no
    place, club, landmark or common word, and a list mark, a clear end or a person's act after it."""
    if e < len(text) and text[e] in TRANSLIT_CHARS or s > 0 and text[s - 1] in TRANSLIT_CHARS:
        return False  # the run goes on: not one whole item
    if not foreign_run_ok(text, s, e):
        return False
    return e >= len(text) or text[e] in _LIST_MARKS + "等" or right_clear_wide(text, e) or right_person(text, e)


def rule_list_foreign(scan: NameScan) -> None:
    """Lists of foreign names: next to a foreign name found already, across 、 / 和 / 与 / 及, a whole
    run of transliteration characters is a foreign name too (…托蒂、武西尼奇、巴普蒂斯塔的支援,
    巴罗什和科维尔两大名将) — read whole, where the Chinese list rules would cut it at a surname's
    shape; a run that is a place, a club or a common word is not."""
    text, found, add = scan.text, scan.found, scan.add
    queue = [sp for sp in found.values() if _foreign_name(text[sp.start : sp.end])]
    done = {sp.start for sp in queue}
    while queue:
        sp = queue.pop()
        items = []
        if sp.end < len(text) and text[sp.end] in _LIST_MARKS and (m := _TRANSLIT_ITEM.match(text, sp.end + 1)):
            items.append((m.start(), m.end()))
        j = sp.start - 1
        if j >= 2 and text[j] in _LIST_MARKS:
            k = j
            while k > 0 and j - k < 7 and text[k - 1] in TRANSLIT_CHARS:
                k -= 1
            if j - k >= 2 and (left_ok(text, k) or text[k - 1] in _LIST_MARKS or profession_before(text, k)):
                items.append((k, j))  # a boundary, a list mark or a role noun before it (not 得到武|西尼奇)
        for s, e in items:
            if s in done or not _foreign_item(text, s, e):
                continue
            if any(s < o.end and o.start < e and not (s <= o.start and o.end <= e) for o in found.values()):
                continue  # it would cut a name found already
            for k in [k for k, o in found.items() if s <= o.start and o.end <= e and o.score < 0.78]:
                del found[k]  # 伊瓜|因: a Chinese list rule's cut
            new = NameSpan(s, e, 0.78, "list_foreign")
            add(new)
            if found.get(s) is new:
                done.add(s)
                queue.append(new)


def rule_list_after(scan: NameScan) -> None:
    """Lists: a found name, optionally a bracketed remark, then 、 and another name."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    spans = sorted((sp for sp in found.values() if sp.rule != "transliterated"), key=lambda x: x.start)
    queue = list(spans)
    seen = {sp.start for sp in spans}
    while queue:
        sp = queue.pop()
        j = sp.end
        for title in TITLES:
            if text.startswith(title, j):
                j += len(title)
                break
        if j < len(text) and text[j] in "（(":
            close = min((k for k in (text.find("）", j, j + 60), text.find(")", j, j + 60)) if k != -1), default=-1)
            if close == -1:
                continue
            j = close + 1
        if j < len(text) and text[j] in "、":
            k = j + 1
            if k in seen:
                continue
            if DOTTED.match(text, k):
                continue  # handled by the dotted rule
            if double_surname_name(text, k, k + 4, names) and text[k + 4 : k + 5] in "、，,。；;（(":
                end: int | None = k + 4  # 令狐芳、任谢菊香、: a double surname in the list
            else:
                end = name_end(text, k, names)
            if end is None or is_place_name(text[k:end]) or not plausible(text, k, end):
                continue
            if right_clear(text, end) or (end - k == 3 and names.confident_at(text, k) and not _VERB_AFTER.match(text, end)):
                new = NameSpan(k, end, 0.75, "list")
                add(new)
                seen.add(k)
                queue.append(new)


def rule_list_before(scan: NameScan) -> None:
    """Lists backwards: 授予赵淑珍、庄伟同志 — the name before 、 / 和 of a found name."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    for sp in sorted(found.values(), key=lambda x: -x.start):
        j = sp.start - 1
        if j < 2 or text[j] not in "、和与及":
            continue
        if text[j] in "和与及" and sp.end - sp.start < 3:
            continue
        if j >= 4 and double_surname_name(text, j - 4, j, names) and (j == 4 or text[j - 5] in "、，,：:"):
            add(NameSpan(j - 4, j, 0.7, "list"))  # 、任谢菊香、严丽娟: a double surname
            continue
        for k in (3, 4, 2):
            i = j - k
            if i < 0 or (i + k - 1) >= j + 1:
                continue
            if k == 3 and i > 0 and names.at(text, i - 1) == 2:
                continue  # 尉迟光辉、: the compound surname starts one character earlier
            if not names.confident_at(text, i) or name_end(text, i, names) != j:
                continue
            if any(i < sp2.end and sp2.start < j for sp2 in found.values()):
                break  # 副局长杜建华多次与…: the characters belong to a name found already
            if text[j] in "和与及" and not (left_ok(text, i) and plausible(text, i, j)):
                continue
            if k == 3 and names.at(text, i) == 2:
                continue  # compound surname + one character: tried with k == 3 anyway
            if k == 2 and not left_ok(text, i):
                continue
            if k == 4 and names.at(text, i) != 2:
                continue
            add(NameSpan(i, j, 0.7, "list"))
            break


def rule_list_conjunction(scan: NameScan) -> None:
    """Lists forwards with 和 / 与 / 及: 赵淑珍与缑嘉懿闻声."""
    text, names, found, add = scan.text, scan.names, scan.found, scan.add
    for sp in sorted(found.values(), key=lambda x: x.start):
        j = sp.end
        if j >= len(text) - 2 or text[j] not in "和与及" or (j + 1) in found:
            continue
        end = name_end(text, j + 1, names)
        if end is None or not plausible(text, j + 1, end):
            continue  # 克雷安加和南斯拉|夫: a place, not a second name
        if names.confident_at(text, j + 1) and end - j - 1 >= 3 and (
            right_clear_wide(text, end) or right_person(text, end)
        ):
            add(NameSpan(j + 1, end, 0.7, "list"))


#: The rules in the order they run.
RULES: tuple[Callable[[NameScan], None], ...] = (
    rule_name_column,
    rule_land_boundary,
    rule_cue_before,
    rule_strong_right,
    rule_frame,
    rule_role_glued,
    rule_role_noun,
    rule_tibetan,
    rule_title_after,
    rule_title_glued,
    rule_salutation,
    rule_minority,
    rule_roster_line,
    rule_shop_owner,
    rule_addressee,
    rule_dotted,
    rule_latin,
    rule_japanese,
    rule_model,
    rule_model_word_name,
    rule_transliterated,
    rule_speaker,
    rule_latin_original,
    rule_list_foreign,
    rule_list_after,
    rule_list_before,
    rule_list_conjunction,
)


def find_persons(
    text: str,
    *,
    context: Sequence[str] | None = None,
    model_spans: Sequence[tuple[int, int]] = (),
) -> list[NameSpan]:
    """PERSON spans in one text (overlaps allowed; the detector resolves them)."""
    scan = NameScan(text, surnames(), context, model_spans)
    for rule in RULES:
        rule(scan)
    return sorted(scan.found.values(), key=lambda x: (x.start, -x.end))
