"""PERSON rules: names of natural persons with exact boundaries, with or without an NER model.

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
  Latin passport names after ``护照姓名：`` / ``英文姓名：``.

The given name has two characters unless the second would be the start of a word that follows
names (``同志``, ``代表``, ``于``, ``的``, ``等``, …) or is not a CJK character.  Pseudonyms
(``张某某``, ``李某``, ``王某甲``, ``张×``, ``张*``) are never names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex as re

from .gazetteers import Surnames, surnames

__all__ = [
    "CUES",
    "NameSpan",
    "find_persons",
    "is_cjk",
    "is_pseudonym",
    "name_end",
    "refine_person_span",
]

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


def is_cjk(ch: str) -> bool:
    if not ch:
        return False
    o = ord(ch[0])
    return any(lo <= o <= hi for lo, hi in _CJK_RANGES)


CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
DOTS = "·•‧・∙⋅"

#: Context cues that introduce a person's name (longest first when matching).
CUES: tuple[str, ...] = (
    "当事人", "申请人", "被申请人", "复查申请人", "复核申请人", "再审申请人", "法定代表人", "负责人",
    "主要负责人", "联系人", "委托代理人", "代理人", "法定代理人", "信访人", "来访人", "投诉人", "举报人",
    "被举报人", "被投诉人", "户主", "经办人", "受送达人", "代收人", "见证人", "经营者", "所有人",
    "车辆所有人", "驾驶员", "驾驶人", "乘客", "收件人", "寄件人", "实际控制人", "财务负责人", "股东",
    "组员", "住户", "业主", "其子", "其女", "其妻", "其夫", "其父", "其母", "配偶", "之子", "之女",
    "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "班组长", "领衔代表", "附议代表", "代表", "提案人",
    "受害人", "被害人", "犯罪嫌疑人", "嫌疑人", "被告人", "被告", "原告", "第三人", "家庭成员",
    "姓名", "申请人姓名", "患者", "纳税人", "承租人", "出租人", "借款人", "担保人", "监护人", "村民",
    "居民", "职工", "员工", "学生", "老人", "主管", "专员", "网格员", "律师", "上诉人", "被上诉人",
    "行为人", "违法行为人", "被处罚人", "当事人姓名", "负责人姓名", "权利人", "义务人", "持卡人",
    "收款人", "开户人", "户名", "账户名", "签收人", "记录人", "证人", "被检查人", "被询问人",
    "参与人代表", "集资参与人", "司机", "店主", "摊主", "法人", "法人代表", "委托人", "受托人",
    "被申请人姓名", "联系人姓名", "购机者", "补贴对象", "救助对象", "保障对象", "拟聘人员",
    "死者", "伤者", "病例\\d+", "病人", "当事人之一",
)  # fmt: skip

#: Words that may stand right before a name (in addition to the cues): roles and prepositions.
LEAD_INS: tuple[str, ...] = CUES + (
    "通过", "经", "由", "向", "对", "与", "和", "及", "同", "给", "请", "让", "派", "委托", "指派",
    "安排", "联系", "告知", "通知", "约谈", "询问", "关于", "其中", "包括", "如下", "系", "为", "是",
    "即", "将", "把", "被", "组长", "科长", "局长", "主任", "老师", "医生", "教师", "同学", "同志",
    "先生", "女士", "工人", "农民", "人员", "本人", "当事人的", "亲属", "家属", "邻居", "朋友", "同事",
    "孙子", "孙女", "儿媳", "女婿", "哥哥", "姐姐", "弟弟", "妹妹", "侄子", "外甥", "爷爷", "奶奶",
    "外公", "外婆", "后厨主管", "行政专员", "工作人员", "以", "至", "从", "在", "的", "了", "告",
)  # fmt: skip

#: Words that follow a name and are not part of it (the given name stops before them).
FOLLOW_WORDS: tuple[str, ...] = (
    "同志", "代表", "委员", "先生", "女士", "小姐", "律师", "老师", "医生", "主任", "局长", "科长",
    "处长", "书记", "经理", "厂长", "院长", "队长", "组长", "同学", "个人", "本人", "名下", "名义",
    "夫妇", "夫妻", "一家", "家属", "户主", "等人", "反映", "提出", "申请", "表示", "签收", "签字",
    "签名", "拒绝", "涉嫌", "提供", "通过", "持有", "驾驶", "患有", "报称", "称其", "户籍", "现住",
    "住址", "家住", "出生", "生于", "身份", "手机", "电话", "联系", "未能", "不服", "对此", "认为",
    "作为", "负责", "委托", "经营", "承担", "应当", "已经", "没有", "居住", "系统",
)  # fmt: skip
#: Single characters that never are the second given-name character in running text.
FOLLOW_CHARS = frozenset("等的于和与及是在为系患诉称因已将向对到被把以自就也都所曾即并或说未不户之个夫妻男女犯")
#: Characters that cannot be the first given-name character.
NOT_FIRST_GIVEN = frozenset("的于和与及是在为等某×xX*＊Ｘ○〇号岁们个")
PSEUDONYM_MARKS = frozenset("某×xX*＊ＸⅩ○")

#: Titles after a name that are strong evidence on their own (with a boundary before).
TITLES = ("同志", "代表", "委员", "先生", "女士", "律师")
#: Column headers that mark a table cell as a person's name.
NAME_HEADERS = (
    "姓名", "户主", "人员", "当事人", "代表人", "负责人", "联系人", "申请人", "代表", "提案人", "受送达人",
    "所有人", "经营者", "收款人", "户名", "持卡人", "签收", "被处罚", "购机者", "对象", "见证人", "驾驶员",
    "经办人", "值班", "姓 名", "承办", "拟稿", "起草", "审核人", "签发人", "作者", "校对", "录入",
)  # fmt: skip
#: Common words that look like surname + given name.
COMMON_WORDS = frozenset(
    "应当 应该 同意 同时 时间 于是 全部 所有 有关 相关 其他 和平 公司 公告 公示 公开 公民 方面 方式 "
    "万元 高度 江河 向阳 任何 任务 任职 安全 安排 陈述 程序 管理 文件 史料 周边 周年 周末 金额 "
    "黄金 单位 单元 车辆 车主 马上 石油 钱款 上述 常务 常委 时候 原因 原告 原则 成员 成立 成本 "
    "党员 党委 明确 明显 明日 林业 何时 何处 许可 许多 叶片 叶子 毛利 施工 包括 包含 余额 "
    "项目 严格 严重 左右 易于 关于 宁可 强制 计划 计算 经营 经济 华为 季度 阳光 蓝色 水平 景区 "
    "司法 司机 师傅 牛奶 温度 和谐 谷物 商品 商务 商户 商铺 农村 农民 农业 贺电 贺信 龙头 万人 "
    "于本 于是 向本 齐全 平台 平安 汪洋 云南 山东 江苏 河南 湖北 广东 凡是 部分 都是 乔迁 "
    "时限 姜汤 东方 南方 西方 北方 上官 申请 伍元 陆续 柏油 房屋 房产 户口 户籍 国家 国务 "
    "邮编 邮政 信访 信息 信用 信件 来信 来访 来电 唐朝 宋朝 元月 元旦 燕子 洪水 郑重 卫生 卫健 "
    "仲裁 夏季 冬季 秋季 春季 雷电 戴口 苗木 花卉 花园 司马 欧阳 诸葛 皇甫 慕容 令狐 公孙 "
    "印发 印章 管辖 车间 谢谢 程度 简称 简易 祝贺 金融 资金 资料 资格".split()
)

_LINE_SEP = "\n\r"
_SEP_CHARS = "：:｜|\t \u3000"
_PUNCT_BOUNDARY = frozenset("，,。．.；;：:、！!？?（）()【】[]《》<>“”\"'‘’｜|\t \u3000\n\r-—/＋+0123456789*＊")

_RIGHT_STRONG = re.compile(
    r"(?:[（(](?:身份证|公民身份|居民身份|手机|电话|联系电话|联系方式|系|护照|驾驶证|港澳|往来|\+?86|1[3-9]\d|0\d{2,3}"
    r"|\d{1,3}岁|男|女|住|户籍|出生|生于|[12]\d{3}年|律师|微信|邮箱|纳税人识别号|证件|现住|家住|身份证号)"
    r"|[，,、]\s*[男女](?:[，,。；;、\s）)]|性|$)"
    r"|[，,]\s*\d{1,3}岁"
    r"|[，,]\s*(?:身份证|公民身份号码|居民身份证|住址|现住|家住|户籍)"
    r"|等\d+人|等[一二三四五六七八九十]+人"
    r"|身份证|于(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3}|\d{1,2}月|当日|同日|次日|当天|今年|去年|近日)"
    r"|的?(?:政府信息公开申请|信访事项|信访件|举报|投诉)"
    r"|户(?:[。，,；;、]|$)"
    r"|的(?:妻子|丈夫|儿子|女儿|父亲|母亲|配偶|家属|身份证|手机号|联系电话)"
    r"|(?:同志|代表|委员|先生|女士|律师)(?:[^" + CJK + r"]|$|等|、|和|及|与|的|：|您|你)"
    r")"
)
_SALUTATION = re.compile(
    r"^[ \t\u3000>*#]*((?:[" + CJK + DOTS + r"]{2,9}(?:同志|代表|委员|先生|女士)?)(?:[、，,和及与 ]"
    r"[" + CJK + DOTS + r"]{2,9}(?:同志|代表|委员|先生|女士)?)*)(?:等\d+人|等[一二三四五六七八九十]+人)?[：:]\**[ \t\u3000]*$",
    re.MULTILINE,
)
_TITLE_AFTER = re.compile(r"(?:同志|先生|女士|代表|委员)(?=[^" + CJK + r"]|$|等|、|和|及|与|的|于|在|为|已|到|提出|反映|办理|负责|主持|出席|参加)")
_BODIES = frozenset("人大 政协 党委 常委 纪委 编委 村委 居委 工会 团委 妇联 党代 职代 侨联 科协 文联 工商 教育".split())
_ORG_SUFFIX = re.compile(
    r"(?:局|委|办|厅|处|科|院|所|站|会|部|公司|中心|政府|单位|组|队|社|校|行|店|馆|室|司|省|市|区|县|镇|乡|村|街道)$"
)
_DOTTED = re.compile(r"[" + CJK + r"]{1,8}(?:[" + DOTS + r"][" + CJK + r"]{1,8}){1,3}")
_LATIN_NAME = re.compile(
    r"(?:护照姓名|英文姓名|英文名|拼音姓名|姓名拼音|外文姓名|Name)[：:\s]*([A-Z][A-Za-z'\-]+(?:[ ,][ ]?[A-Z][A-Za-z'\-]+){1,3})"
)
_CUE_RE = re.compile(
    r"(?:" + "|".join(sorted(CUES, key=len, reverse=True)) + r")(?P<sep>[：:｜|\t \u3000]*)"
)


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    score: float
    rule: str


def is_pseudonym(name: str) -> bool:
    """``张某某``, ``李某``, ``王某甲``, ``张×``, ``张*``, ``侯**``: already de-identified."""
    s = surnames()
    k = s.at(name, 0) or 1
    rest = name[k:]
    return not rest or any(ch in PSEUDONYM_MARKS for ch in rest)


def _starts_follow_word(text: str, i: int) -> bool:
    if i >= len(text):
        return True
    if text[i] in FOLLOW_CHARS:
        return True
    return any(text.startswith(w, i) for w in FOLLOW_WORDS)


def name_end(text: str, i: int, names: Surnames | None = None, *, max_given: int = 2) -> int | None:
    """End of a name starting at ``i`` (surname + 1–2 given characters), or ``None``."""
    names = names or surnames()
    k = names.at(text, i)
    if not k:
        return None
    g = i + k
    if g >= len(text) or not is_cjk(text[g]) or text[g] in NOT_FIRST_GIVEN:
        return None
    if any(text.startswith(w, g) for w in FOLLOW_WORDS):
        return None
    end = g + 1
    if max_given >= 2 and end < len(text) and is_cjk(text[end]) and not _starts_follow_word(text, end):
        end += 1
    if text[i:end] in COMMON_WORDS:
        return None
    return end


def _is_pseudonym_at(text: str, i: int, names: Surnames) -> bool:
    k = names.at(text, i) or 1
    j = i + k
    return j < len(text) and text[j] in PSEUDONYM_MARKS


def _left_ok(text: str, i: int) -> bool:
    """A word boundary before ``i``: line start, non-CJK, or a role word / preposition."""
    if i == 0 or not is_cjk(text[i - 1]):
        return True
    return _lead_in_before(text, i)


_LEAD_SET = frozenset(w for w in LEAD_INS if "\\" not in w)
_LEAD_MAX = max(len(w) for w in _LEAD_SET)


def _lead_in_before(text: str, i: int) -> bool:
    for n in range(min(_LEAD_MAX, i), 0, -1):
        if text[i - n : i] in _LEAD_SET:
            return True
    return False


def _right_ok(text: str, end: int) -> bool:
    return end >= len(text) or not is_cjk(text[end]) or _starts_follow_word(text, end)


def _right_clear(text: str, end: int) -> bool:
    """The name clearly ends at ``end``: end of text, a non-CJK character, a word that follows
    names, or one of 的/等/于/和/与/及."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    if text[end] in FOLLOW_CHARS:
        return True
    return any(text.startswith(w, end) for w in FOLLOW_WORDS)


def _is_table_row(text: str, pos: int) -> bool:
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    line_end = len(text)
    for nl in ("\n", "\r"):
        k = text.find(nl, pos)
        if k != -1:
            line_end = min(line_end, k)
    line = text[line_start:line_end]
    return line.count("｜") + line.count("|") >= 2


def _admin_at(text: str, i: int) -> bool:
    from .gazetteers import admin_gazetteer

    gaz = admin_gazetteer()
    return any(gaz.match(text, i, level) for level in ("provinces", "cities", "areas"))


def _cell_name(cell: str, names: Surnames) -> tuple[int, int] | None:
    """The span of a whole table cell that is a name (stripped), else ``None``."""
    stripped = cell.strip(" \t\u3000*")
    if not stripped:
        return None
    start = cell.find(stripped)
    end = start + len(stripped)
    if _DOTTED.fullmatch(stripped):
        return start, end
    if not all(is_cjk(ch) for ch in stripped) or not 2 <= len(stripped) <= 4:
        return None
    if is_pseudonym(stripped) or stripped in COMMON_WORDS or _ORG_SUFFIX.search(stripped):
        return None
    k = names.at(stripped, 0)
    if not k or len(stripped) - k > 2 + (1 if k == 1 and len(stripped) == 4 else 0):
        return None
    return start, end


def _dotted_spans(text: str) -> Iterable[NameSpan]:
    for m in _DOTTED.finditer(text):
        s, e = m.start(), m.end()
        seg = text[s:e]
        # Trim a cue / role word glued to the left part, and a title glued to the right part.
        first_dot = min(seg.find(d) for d in DOTS if d in seg)
        left = seg[:first_dot]
        for n in range(len(left) - 1, 0, -1):
            if left[:n] in _LEAD_SET or _CUE_RE.fullmatch(left[:n]):
                s += n
                break
        else:
            if len(left) > 5:
                s += len(left) - 5
        last_dot = max(seg.rfind(d) for d in DOTS)
        right_start = m.start() + last_dot + 1
        for j in range(right_start + 1, e):
            if any(text.startswith(w, j) for w in FOLLOW_WORDS) or text[j] in "等的于和与及是在为":
                e = j
                break
        if e - s >= 3:
            yield NameSpan(s, e, 0.85, "dotted_name")


def find_persons(
    text: str,
    *,
    context: Sequence[str] | None = None,
    model_spans: Sequence[tuple[int, int]] = (),
) -> list[NameSpan]:
    """PERSON spans in one text (overlaps allowed; the detector resolves them)."""
    names = surnames()
    out: list[NameSpan] = []
    found: dict[int, NameSpan] = {}

    def add(span: NameSpan) -> None:
        if span.end - span.start < 2 or is_pseudonym(text[span.start : span.end]):
            return
        prev = found.get(span.start)
        if prev is None or prev.score < span.score:
            found[span.start] = span

    # 1. Whole-cell names under a name column header.
    if context and any(h in c for c in context for h in NAME_HEADERS):
        cell = _cell_name(text, names)
        if cell and (cell[1] - cell[0] >= 3 or names.confident_at(text, cell[0])):
            add(NameSpan(cell[0], cell[1], 0.9, "name_column"))

    # 2. Context cues before the name.
    for m in _CUE_RE.finditer(text):
        i = m.end()
        if i >= len(text):
            continue
        sep = m.group("sep")
        end = name_end(text, i, names)
        if end is None or _admin_at(text, i):
            continue
        confident = names.confident_at(text, i)
        if not sep:
            # 户主仉静冰患有… : the cue is glued to the name; demand a common or known surname
            # and a clear end of the name.
            if not confident or not _right_clear(text, end):
                continue
            if text[i] in "和与及或跟同" or text[end - 2 : end] in _BODIES:
                continue  # 人大代表和政协委员: a conjunction, not a surname
        else:
            if ("｜" in sep or "|" in sep) and _is_table_row(text, m.start()):
                continue  # a header row of a table: cells are handled with their column header
            if not confident and not _right_clear(text, end):
                continue
        add(NameSpan(i, end, 0.85 if sep else 0.75, "cue"))

    # 3. A boundary before the name and a strong cue after it.
    for i in range(len(text)):
        if not names.at(text, i) or not _left_ok(text, i) or not names.confident_at(text, i):
            continue
        end = name_end(text, i, names)
        if end is None:
            continue
        if _RIGHT_STRONG.match(text, end):
            add(NameSpan(i, end, 0.8, "right_cue"))
    for m in _TITLE_AFTER.finditer(text):
        e = m.start()
        if text[e - 2 : e] in _BODIES:
            continue  # 人大代表, 政协委员: a body, not a name
        for k in (3, 4, 2):
            i = e - k
            if i < 0 or (i > 0 and is_cjk(text[i - 1]) and k == 3 and names.at(text, i - 1) == 2):
                continue
            if text[i] in "和与及或" and not _left_ok(text, i):
                continue
            given = k - names.at(text, i)
            if k == 2 and not _left_ok(text, i):
                continue  # 局长张明同志: a two-character name needs a boundary before it
            if names.confident_at(text, i) and given == (1 if k == 2 else 2) and name_end(text, i, names) == e:
                add(NameSpan(i, e, 0.75, "title"))
                break

    # 4. Salutation lines: 张三、李四：
    for m in _SALUTATION.finditer(text):
        group_start = m.start(1)
        tokens = list(re.finditer(r"[^、，,和及与 ]+", m.group(1)))
        several = len(tokens) > 1 or any(m.group(1).endswith(t) for t in TITLES)
        for tm in tokens:
            token = tm.group(0)
            s = group_start + tm.start()
            for title in TITLES:
                if token.endswith(title) and len(token) > len(title):
                    token = token[: -len(title)]
                    break
            if _DOTTED.fullmatch(token):
                add(NameSpan(s, s + len(token), 0.85, "salutation"))
                continue
            if _cell_name(token, names) == (0, len(token)) and (several or names.confident_at(token, 0)):
                add(NameSpan(s, s + len(token), 0.85, "salutation"))

    # 5. Middle-dot names anywhere; Latin passport names after their label.
    for span in _dotted_spans(text):
        add(span)
    for m in _LATIN_NAME.finditer(text):
        add(NameSpan(m.start(1), m.end(1), 0.85, "latin_name"))

    # 6. The model's PERSON spans, refined.
    for s, e in model_spans:
        refined = refine_person_span(text, s, e, names)
        if refined is not None:
            add(NameSpan(refined[0], refined[1], 0.8, "model"))

    # 7. Lists: a name found, optionally a bracketed remark, then 、 and another name.
    spans = sorted(found.values(), key=lambda x: x.start)
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
            if _DOTTED.match(text, k):
                continue  # handled by the dotted rule
            end = name_end(text, k, names)
            if end is not None and (_right_clear(text, end) or (end - k == 3 and names.confident_at(text, k))):
                new = NameSpan(k, end, 0.75, "list")
                add(new)
                seen.add(k)
                queue.append(new)

    out = sorted(found.values(), key=lambda x: (x.start, -x.end))
    return out


def refine_person_span(text: str, start: int, end: int, names: Surnames | None = None) -> tuple[int, int] | None:
    """Trim a model PERSON span to the name: drop cue words before and titles after it;
    ``None`` for pseudonyms and one-character spans."""
    names = names or surnames()
    span = text[start:end]
    stripped = span.strip(" \t\u3000：:，,。、")
    start += span.find(stripped) if stripped else 0
    end = start + len(stripped)
    if _DOTTED.fullmatch(text[start:end]) or re.fullmatch(r"[A-Z][A-Za-z' \-]+", text[start:end]):
        return (start, end) if end - start >= 2 else None
    for cue in sorted(_LEAD_SET, key=len, reverse=True):
        if text.startswith(cue, start) and end - start - len(cue) >= 2 and names.at(text, start + len(cue)):
            start += len(cue)
            break
    for title in FOLLOW_WORDS:
        if text[start:end].endswith(title) and end - start - len(title) >= 2:
            end -= len(title)
            break
    name = text[start:end]
    if end - start < 2 or is_pseudonym(name) or name in COMMON_WORDS:
        return None
    if not all(is_cjk(ch) for ch in name):
        return None
    return start, end
