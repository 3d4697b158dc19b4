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
  Latin passport names after ``护照姓名：`` / ``英文姓名：``;
* syntactic position: a boundary or a preposition before and a person's act after
  (``经查，某某某于…``, ``。某某某表示…``, ``对某某某作出…``, ``由某某负责…``, ``某某某家的…``,
  :data:`PERSON_VERBS`); a role / kinship word glued to the name (``收银员某某某，``,
  ``村委会主任某某、``, ``其妻子某某在…``); speaker labels of transcripts (``利害关系人某某某：我…``);
* lists read both ways (``授予甲、乙同志`` finds 甲 from 乙) and with 和 / 与;
* Tibetan names without a surname (two elements of :data:`TIBETAN_PARTS`: ``次仁多吉``);
* the model's PERSON spans (when a model is loaded): trimmed by the rules (a swallowed cue, a
  title, the first character of a following verb, :data:`VERB_BIGRAMS`); a rule's span wins over
  an overlapping model span (except for middle-dot names, whose ends the model knows better);
  a name only the model found is kept when it passes the surname / shape checks and is not a
  place (``黄安镇``), a document number (``鲁金监发〔…〕``) or a header cell.

Every rule that works without a cue checks the candidate with :func:`_plausible` (not a word of
:data:`_NOT_NAMES`, no pronoun / particle inside, no organisation ending such as ``师范大学``).

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
    "利害关系人", "共有权人", "同住人", "留宿人", "乘车人", "联络员", "主持人", "参加人员", "收银员", "押运员",
    "车队长", "店长", "厨师", "帮工", "顾客", "邻居", "工作人员", "村委会主任", "村民代表", "乡村医生",
    "从业人员", "骑手", "老板", "同村", "家属", "户代表", "小组长", "村民小组长", "租户", "房东", "保姆",
    "护工", "雇员", "工人", "农户", "同事", "朋友", "亲属", "同学", "驾驶员", "记录员", "押运人",
    "来电人", "来信人", "求助人", "报警人", "贫困户", "低保户", "五保户", "困难户",
    "特困户", "承包户", "养殖户", "种植户", "个体户", "经营户", "拆迁户", "被征收户",
    "之母", "之父", "之妻", "之夫", "其兄", "其弟", "其姐", "其妹", "其孙", "其孙女", "其儿媳", "其女婿",
    "其女儿", "其儿子", "其妻子", "其丈夫", "其父亲", "其母亲", "侄子", "侄女", "外甥", "外甥女", "儿媳", "女婿",
)  # fmt: skip

#: Words that may stand right before a name (in addition to the cues): roles and prepositions.
LEAD_INS: tuple[str, ...] = CUES + (
    "通过", "经", "由", "向", "对", "与", "和", "及", "同", "给", "请", "让", "派", "委托", "指派",
    "安排", "联系", "告知", "通知", "约谈", "询问", "关于", "其中", "包括", "如下", "系", "为", "是",
    "即", "将", "把", "被", "组长", "科长", "局长", "主任", "老师", "医生", "教师", "同学", "同志",
    "先生", "女士", "工人", "农民", "人员", "本人", "当事人的", "亲属", "家属", "邻居", "朋友", "同事",
    "孙子", "孙女", "儿媳", "女婿", "哥哥", "姐姐", "弟弟", "妹妹", "侄子", "外甥", "爷爷", "奶奶",
    "外公", "外婆", "后厨主管", "行政专员", "工作人员", "以", "至", "从", "在", "的", "了", "告", "收到",
    "市长", "部长", "主席", "议员", "总统", "总理", "大使", "外长", "省长", "县长", "区长", "镇长", "书记",
    "首相", "教授", "记者", "编辑", "作家", "导演", "演员", "教练", "队员", "选手", "球员", "村长",
    "据", "经查", "按照",
)  # fmt: skip

#: Words that follow a name and are not part of it (the given name stops before them).
FOLLOW_WORDS: tuple[str, ...] = (
    "同志", "代表", "委员", "先生", "女士", "小姐", "律师", "老师", "医生", "主任", "局长", "科长",
    "处长", "书记", "经理", "厂长", "院长", "队长", "组长", "同学", "个人", "本人", "名下", "名义",
    "夫妇", "夫妻", "一家", "家属", "户主", "等人", "反映", "提出", "申请", "表示", "签收", "签字",
    "签名", "拒绝", "涉嫌", "提供", "通过", "持有", "驾驶", "患有", "报称", "称其", "户籍", "现住",
    "住址", "家住", "出生", "生于", "身份", "手机", "电话", "联系", "未能", "不服", "对此", "认为",
    "作为", "负责", "委托", "经营", "承担", "应当", "已经", "没有", "居住", "系统", "会同", "办理",
)  # fmt: skip
#: Words after a name that show the name ended there (only used as right context, never to
#: shorten a given name): speech / attitude verbs, 家 (someone's home), age / kinship words.
RIGHT_WORDS: tuple[str, ...] = (
    "家", "老人", "介绍", "证实", "同意", "反对", "承诺", "承认", "请假", "参会", "出庭", "作证", "签署",
    "打电话", "一起", "一个人", "二人", "两人", "三人", "两户", "三户", "此次", "主刀", "离场", "到场",
    "说", "讲", "问", "答", "闻声", "发现", "报案", "报警", "独居", "常年", "夫妇", "之妻", "之夫",
    "之子", "之女", "之母", "之父", "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "一家", "名下",
    "办理", "会同", "医生", "老师", "师傅", "发生",
)  # fmt: skip
#: Verbs and phrases after a name that mark it as the subject (a person acting or speaking).
PERSON_VERBS = re.compile(
    r"(?:提出|表示|认为|同意|反对|反映|介绍|证实|承认|承诺|要求|请求|签字|签收|签名|签署|请假|出庭|作证|参会|"
    r"离场|主持|陈述|辩称|答辩|拒绝|未能|未(?:按|经|在|及时|如实|依法)|擅自|因事|同学|"
    r"(?:兄弟|姐妹|夫妻|父子|母女|父女|母子)|称(?!号)|说|讲|报案|报警|闻声|纵身|打电话|本人|老人|办理|医生|老师|律师|师傅|家(?:的|虽|中|里|人)|"
    r"夫妇|等(?:同志|人|户|家庭|\d+人|[一二三四五六七八九十两]+[人户])|之(?:妻|夫|子|女|母|父)|"
    r"的(?:妻子|丈夫|儿子|女儿|父亲|母亲|配偶|家属|意见|健康证|微信|电话|手机|住址|身份证|房屋|户籍|出勤|诊所)|"
    r"(?:二|两|三)[人户]|(?:已|曾)(?:于|向|经|被|多次|按|将)|于(?:[12]\d{3}|\d{1,2}月|当日|同日|次日|当天)|"
    r"[：:](?=我|你|他|她|是|不|没|有|对|在|当|那|这|因|请|现|根据|同意))"
)

#: Names of national leaders and historical public figures, which are not personal data to
#: redact in a government document (``学习贯彻习近平新时代…``, ``雷锋精神``).
PUBLIC_FIGURES = frozenset(
    "毛泽东 周恩来 刘少奇 邓小平 江泽民 胡锦涛 习近平 朱镕基 温家宝 李克强 "
    "孙中山 鲁迅 雷锋 焦裕禄 孔繁森 马克思 恩格斯 列宁".split()
)

#: Tibetan given-name elements: a name is two of them (``次仁多吉``) and has no surname.
TIBETAN_PARTS: tuple[str, ...] = (
    "扎西", "次仁", "索朗", "丹增", "格桑", "多吉", "卓玛", "拉姆", "措姆", "曲珍", "央金", "达瓦", "尼玛",
    "旺堆", "平措", "洛桑", "顿珠", "白玛", "德吉", "益西", "边巴", "普布", "罗布", "次旦", "强巴", "仁增",
    "巴桑", "米玛", "旦增", "贡布", "群培", "拉巴", "旺姆", "卓嘎", "央宗", "德庆", "次珠", "桑珠", "欧珠",
    "曲措", "琼达", "尼珍", "仁青", "晋美", "嘎玛", "玉珍", "拉珍", "格列", "斯朗", "阿旺", "土登", "加措",
)  # fmt: skip

#: Single characters that never are the second given-name character in running text.
FOLLOW_CHARS = frozenset("等的于和与及是在为系患诉称因已将向对到被把以自就也都所曾即并或说未不户之个夫妻男女犯")
#: Characters that cannot be the first given-name character.
NOT_FIRST_GIVEN = frozenset("的于和与及是在为等某×xX*＊Ｘ○〇号岁们个")
PSEUDONYM_MARKS = frozenset("某×xX*＊ＸⅩ○")

#: Titles after a name that are strong evidence on their own (with a boundary before).
TITLES = ("同志", "代表", "委员", "先生", "女士", "律师")
#: Words after the last name of a salutation that address a household (姜某、石某夫妇：).
_COUPLE = ("夫妇", "夫妻", "一家", "全家", "家属")
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
    "印发 印章 管辖 车间 谢谢 程度 简称 简易 祝贺 金融 资金 资料 资格 如何 为何 几何 "
    "从而 因而 进而 然而 继而 反而 而且 并且 尚且 况且".split()
)

_LINE_SEP = "\n\r"
_SEP_CHARS = "：:｜|\t \u3000"
_PUNCT_BOUNDARY = frozenset("，,。．.；;：:、！!？?（）()【】[]《》<>“”\"'‘’｜|\t \u3000\n\r-—/＋+0123456789*＊")

_RIGHT_STRONG = re.compile(
    r"(?:[（(](?:身份证|公民身份|居民身份|手机|电话|联系电话|联系方式|系|护照|驾驶证|港澳|往来|\+?86|1[3-9]\d|0\d{2,3}"
    r"|\d{1,3}岁|男|女|住|户籍|出生|生于|[12]\d{3}年|律师|微信|邮箱|纳税人识别号|证件|现住|家住|身份证号|[12]\d{3}[-./．]\d)"
    r"|[，,、]\s*[男女](?:[，,。；;、\s）)]|性|$)"
    r"|[，,]\s*\d{1,3}岁"
    r"|[，,]\s*(?:身份证|公民身份号码|居民身份证|住址|现住|家住|户籍)"
    r"|(?:联系方式|联系电话|手机号码?|电话)[：:]?\s*[+＋(（]?\d"
    r"|等\d+人|等[一二三四五六七八九十]+人|\s*[（(]?\+?(?:86)?[ -]?1[3-9]\d{9}(?!\d)"
    r"|(?:提出|递交|提交)的?(?:政府信息公开申请|信访|申请|投诉|举报)"
    r"|身份证|于(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3}|\d{1,2}月|当日|同日|次日|当天|今年|去年|近日)"
    r"|的?(?:政府信息公开申请|信访事项|信访件|举报|投诉)"
    r"|户(?:[。，,；;、]|$|的|年|家庭|人均|主)"
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
    r"(?:" + "|".join(sorted(CUES, key=len, reverse=True)) + r")"
    r"(?P<sep>(?:[（(][^）)\n]{1,4}[）)])?(?:[：:｜|\t \u3000]+|(?:登记)?为|名叫|叫)?)"
)
_TIBETAN = re.compile("(?:" + "|".join(TIBETAN_PARTS) + "){2}")
#: Words that are never a name although they look like surname + given name (cue / role words).
_NOT_NAMES = frozenset(w for w in CUES + LEAD_INS + FOLLOW_WORDS + RIGHT_WORDS if "\\" not in w) | frozenset(
    "代领 代办 代签 代收 代为 代理 代缴 高级 中级 初级 提交 提供 提出 提请 提起 "
    "博士 硕士 学士 本科 专科 研究生 "
    "主席 总统 总理 部长 省长 市长 县长 区长 镇长 乡长 村长 书记 厅长 处长 科长 局长 主任 董事 成果 文章 "
    "申报 道路 关系 代表 职务 性别 民族 籍贯 住址 电话 签名 备注 合计 小计 总计 年龄 学历 单位 身份 部门 "
    "车牌 号牌 门牌 房号 面积 金额 日期 时间 地址 邮编 证件 编号 序号 户别 关系人 成员 家庭 人口 "
    "万一 万分 周到 周密 高兴 高速 何况 方便 方法 方案 程度 宋体 黑体 左右 左侧 右侧 向东 向西 向南 向北 "
    "向前 向后 于是 于此 于该 于本 常住 常年 常用 能够 能力 白天 白色 明天 明年 田地 田间 包装 包括 "
    "全面 全体 全市 全省 全县 全区 全镇 全村 全组 全国 时任 邵阳 安装 安全 安置 任意 任职 任命 应急".split()
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
    if text[i:end] in COMMON_WORDS or text[i:end] in _NOT_NAMES:
        return None
    return end


def _is_pseudonym_at(text: str, i: int, names: Surnames) -> bool:
    k = names.at(text, i) or 1
    j = i + k
    return j < len(text) and text[j] in PSEUDONYM_MARKS


def _left_ok(text: str, i: int) -> bool:
    """A word boundary before ``i``: line start, non-CJK, or a role word / preposition."""
    if i > 0 and text[i - 1] in DOTS:
        return False  # ·史密斯: the second part of a middle-dot name
    if i == 0 or not is_cjk(text[i - 1]):
        return True
    return _lead_in_before(text, i)


#: One-character prepositions that are also surnames (向, 于, 经 …).
_PREPOSITIONS = frozenset("向对与和及同给由被把将从经据于")
#: Last characters of role nouns (收银员, 厨师, 帮工, 骑手, 店长, 顾客, 邻居, 家属, 店主).
_ROLE_END = frozenset("手客属")
#: Last characters of role / kinship words before a name (主任赵辉、 医生赵莹 之母呼延若曦).
_ROLE_WORD_END = frozenset("长任生师员人士志表属居友事子女母父妻夫兄弟姐妹户主工手客民")
#: Characters that end organisation names, never a given name in these positions (师范大学, 工商银行).
_ORG_END = frozenset("学院行司局厂所校馆站室处科部委会社队团")
_LEAD_SET = frozenset(w for w in LEAD_INS if "\\" not in w)
_LEAD_MAX = max(len(w) for w in _LEAD_SET)
#: Role / kinship / title words (multi-character lead-ins and cues) that may be glued to a name.
_ROLE_LEADS = frozenset(
    w for w in _LEAD_SET | frozenset(c for c in CUES if "\\" not in c) if len(w) >= 2 and w[-1] in _ROLE_WORD_END
) - frozenset({"包括", "其中", "如下", "委托", "指派", "安排", "联系", "告知", "通知", "约谈", "询问", "关于", "通过"})


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
    return _starts_with_any(text, end, _FOLLOW_SET, _FOLLOW_LENS)


def _is_table_row(text: str, pos: int) -> bool:
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    line_end = len(text)
    for nl in ("\n", "\r"):
        k = text.find(nl, pos)
        if k != -1:
            line_end = min(line_end, k)
    line = text[line_start:line_end]
    return line.count("｜") + line.count("|") >= 2


#: Kinship cues: glued to a name only after 其 / 的 / 之 or a name (其妻子程静, not 妇女儿童).
_KINSHIP = ("女儿", "儿子", "妻子", "丈夫", "父亲", "母亲")


def _line_at(text: str, pos: int) -> str:
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    ends = [k for k in (text.find("\n", pos), text.find("\r", pos)) if k != -1]
    return text[line_start : min(ends) if ends else len(text)]


def _is_header_line(text: str, pos: int) -> bool:
    """A line of column headers: several wide-spaced cells and no digit."""
    line = _line_at(text, pos)
    return not any(ch.isdigit() for ch in line) and len(re.findall(r"[ \u3000]{2,}|\t", line.strip())) >= 2


def _right_person(text: str, end: int) -> bool:
    """After ``end`` comes something only a person does or has (提出, 表示, 的妻子, 家的, 等同志);
    a colon only for a speaker label at a line start (``邝丽娟：我不同意``)."""
    m = PERSON_VERBS.match(text, end)
    if m and m.group(0)[:1] in "：:":
        k = end
        while k > 0 and is_cjk(text[k - 1]):
            k -= 1
        return k == 0 or text[k - 1] in "\n\r"
    return bool(m) or bool(_RIGHT_STRONG.match(text, end))


_WEAK_LEADS = frozenset("的在了为是以至从告将把即系")
#: Prepositions / lead-ins of the 对某某作出 frame.
_FRAME_LEADS = ("对", "向", "与", "和", "同", "跟", "经查", "经与", "据", "由", "被", "给", "让", "请", "派", "及", "责令", "通知", "告知", "约谈", "询问", "联系", "委托")
_FRAME_SET = frozenset(_FRAME_LEADS)
#: What may follow a name in that frame.
_FRAME_RIGHT = re.compile(r"作出|提出|表示|核实|负责|联系|协商|签订|签署|送达|沟通|见面|谈话|了解|调查|处以|罚款|进行|办理|[：:]")
#: Two-character function words ending in a surname character (由于, 对方): never a name start.
_GLUE_WORDS = frozenset("由于 对于 关于 至于 属于 基于 等于 处于 位于 鉴于 终于 用于 在于 对方 双方 各方 对此 由此 据此 与会 向上 向下 及时 和平 同时 同期 给予 请示 被告".split())


def _frame_lead_before(text: str, i: int) -> bool:
    if i > 0 and text[i - 1 : i + 1] in _GLUE_WORDS:
        return False
    return any(i >= n and text[i - n : i] in _FRAME_SET for n in (1, 2))


def _strong_lead_before(text: str, i: int) -> bool:
    """A lead-in word before ``i`` other than a particle (的 / 在 / 了 …): enough for a
    two-character name found by position."""
    for n in range(min(_LEAD_MAX, i), 0, -1):
        w = text[i - n : i]
        if w in _LEAD_SET and w not in _WEAK_LEADS:
            return True
    return False


_NOT_NAME_HEADER = re.compile(r"人数|人口|单位|名称|机构|日期|时间|电话|号码|地址|住址|编号|类型|意见")


def _is_name_header(header: str) -> bool:
    """A column header of names: 姓名 / 户主 / 申请人 … or any role ending in 人 / 者 (留宿人,
    登记所有人, 申报者), but not 联系人电话 / 人数 / 单位名称."""
    h = header.strip()
    if _NOT_NAME_HEADER.search(h) and "姓名" not in h:
        return False
    if any(k in h for k in NAME_HEADERS):
        return True
    h = re.sub(r"[（(][^）)]*[）)]$", "", h)
    return len(h) >= 2 and h[-1] in "人者"


_GIVEN_NEVER_START = frozenset("自己我你他她们这那此些指出")
_NAME_NEVER_END = frozenset("地们些么着过吗呢吧啊")


def _is_place_name(name: str) -> bool:
    """``沈阳`` (沈阳市), ``南京`` (南京市), ``宁夏`` (宁夏回族自治区): a division name without
    its suffix is a place, not a name."""
    from .gazetteers import admin_gazetteer

    gaz = admin_gazetteer()
    for level in ("provinces", "cities", "areas"):
        names = getattr(gaz, level)
        if name in names or any(name + suffix in names for suffix in _DIVISION_SUFFIXES):
            return True
    return False


_DIVISION_SUFFIXES = ("省", "市", "县", "区", "自治区", "回族自治区", "壮族自治区", "维吾尔自治区", "特别行政区")


def _plausible(text: str, i: int, end: int) -> bool:
    """Shape checks for a name found by position only: not an organisation's word (师范大学,
    工商银行), not starting with a common word (代收后, 高级职称), no pronoun or particle in it
    (于自己, 关切地)."""
    if text[end - 1] in _ORG_END and end - i >= 3:
        return False
    k = surnames().at(text, i) or 1
    if text[i + k] in _GIVEN_NEVER_START or text[end - 1] in _NAME_NEVER_END:
        return False
    given = text[i + k : end]
    if len(given) == 2 and (given in _NOT_NAMES or given in _FOLLOW_SET):
        return False  # 江主席, 蒋局长, 向全体: a title or a word after the surname character
    if _is_place_name(text[i:end]) or (end - i == 3 and k == 1 and _is_place_name(text[i : i + 2])):
        return False  # 泰安仁和医院: 泰安 is a city
    if i > 0 and (text[i - 1 : i + 1] in COMMON_WORDS or text[i - 1 : i + 1] in _GLUE_WORDS):
        return False  # 主张任何权利: 何 ends the word 任何
    if surnames().at(text, i) == 1 and (text[i : i + 2] in _NOT_NAMES or text[i : i + 2] in COMMON_WORDS):
        return False
    return text[i:end] not in _NOT_NAMES


def _right_clear_wide(text: str, end: int) -> bool:
    return _right_clear(text, end) or _starts_with_any(text, end, _RIGHT_SET, _RIGHT_LENS)


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
    if is_pseudonym(stripped) or stripped in COMMON_WORDS or stripped in _NOT_NAMES or _ORG_SUFFIX.search(stripped):
        return None
    k = names.at(stripped, 0)
    if not k or len(stripped) - k > 2 + (1 if k == 1 and len(stripped) == 4 else 0):
        return None
    return start, end


_DOT_LEADS = _LEAD_SET | frozenset(c for c in CUES if "\\" not in c) | frozenset("的了和与及")
#: Characters that end a transliterated name part (never used in transliterations).
_DOT_STOP = frozenset("等的于和与及是在为已无那这持住称向请被因从去说要会能将把也就并或未")


def _dotted_spans(text: str) -> Iterable[NameSpan]:
    for m in _DOTTED.finditer(text):
        s, e = m.start(), m.end()
        seg = text[s:e]
        # Trim a cue / role word glued to the left part, and a title glued to the right part.
        first_dot = min(seg.find(d) for d in DOTS if d in seg)
        left = seg[:first_dot]
        cut = 0
        for n in range(len(left) - 2, 0, -1):  # the last cue / role / lead word inside the left part
            if any(left[n - k : n] in _DOT_LEADS for k in range(1, min(n, _LEAD_MAX) + 1)):
                cut = n
                break
        if cut:
            s += cut
        elif len(left) > 5:
            s += len(left) - 5
        last_dot = max(seg.rfind(d) for d in DOTS)
        right_start = m.start() + last_dot + 1
        for j in range(right_start + 1, e):
            if any(text.startswith(w, j) for w in FOLLOW_WORDS + RIGHT_WORDS) or text[j] in _DOT_STOP:
                e = j
                break
        if e - s < 3 or text[e - 1] in "街路桥岛港湾站" or text.rfind("《", 0, s) > text.rfind("》", 0, s):
            continue  # 《花季·雨季》 is a title, 扬·斯马茨大街 a street
        yield NameSpan(s, e, 0.85, "dotted_name")


_SURNAME_RE: dict[int, re.Pattern] = {}


def _surname_positions(text: str, names: Surnames) -> list[int]:
    """Positions of the characters that may start a surname (one regex scan)."""
    pattern = _SURNAME_RE.get(id(names))
    if pattern is None:
        chars = set(names.single) | {c[0] for c in names.compound}
        pattern = re.compile("[" + "".join(sorted(re.escape(c) for c in chars)) + "]")
        _SURNAME_RE.clear()
        _SURNAME_RE[id(names)] = pattern
    return [m.start() for m in pattern.finditer(text)]


#: 四至 of a plot: 东至 / 西至 / 南至 / 北至, then a neighbour's 宅 / 承包地 / 房屋 / 家.
_BOUNDARY = re.compile(r"[东西南北]至")
_BOUNDARY_AFTER = ("宅", "承包地", "住宅", "房屋", "家")


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
        if text[span.start : span.end] in PUBLIC_FIGURES:
            return
        prev = found.get(span.start)
        if prev is None or prev.score < span.score:
            found[span.start] = span

    # 1. Whole-cell names under a name column header.
    if context and any(_is_name_header(c) for c in context):
        cell = _cell_name(text, names)
        if cell and text[cell[0] : cell[1]] not in _NOT_NAMES:
            add(NameSpan(cell[0], cell[1], 0.9, "name_column"))
        elif _TIBETAN.fullmatch(text.strip()):
            k = text.find(text.strip())
            add(NameSpan(k, k + len(text.strip()), 0.9, "name_column"))

    # 1b. Land boundaries (四至): 东至孔福贵宅，南至汪梅承包地 — a neighbour's name before 宅 / 承包地.
    for m in _BOUNDARY.finditer(text):
        i = m.end()
        k = names.at(text, i)
        if not k or not names.confident_at(text, i):
            continue
        for given in (2, 1):
            end = i + k + given
            if end <= len(text) and all(is_cjk(ch) for ch in text[i:end]) and text.startswith(_BOUNDARY_AFTER, end):
                add(NameSpan(i, end, 0.8, "boundary"))
                break

    # 2. Context cues before the name.
    for m in _CUE_RE.finditer(text, overlapped=True):
        i = m.end()
        if m.group(0).startswith(_KINSHIP) and m.start() > 0 and is_cjk(text[m.start() - 1]):
            if text[m.start() - 1] not in "其的之和与及" and not names.at(text, m.start() - 2):
                continue  # 妇女儿童: 女儿 inside a word, not a kinship cue
        if i >= len(text):
            continue
        sep = m.group("sep")
        if sep and not sep.strip() and (len(sep) >= 2 or "\t" in sep) and _is_header_line(text, m.start()):
            continue  # 姓名          关系: a header row laid out with spaces
        if _TIBETAN.match(text, i):
            add(NameSpan(i, _TIBETAN.match(text, i).end(), 0.85, "cue"))
            continue
        end = name_end(text, i, names)
        if end is None or _admin_at(text, i):
            continue
        confident = names.confident_at(text, i)
        if not sep:
            # 户主仉静冰患有… : the cue is glued to the name; demand a common or known surname
            # and a clear end of the name.
            if not confident or not _right_clear_wide(text, end):
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
    positions = _surname_positions(text, names)
    for i in positions:
        if not names.at(text, i) or not _left_ok(text, i) or not names.confident_at(text, i):
            continue
        if text[i] in "和与及或跟同" and i > 0 and is_cjk(text[i - 1]):
            continue  # 收到和处理…: a conjunction, not a surname
        if text[i] in _PREPOSITIONS and names.confident_at(text, i + 1) and name_end(text, i + 1, names):
            continue  # 向柴明说明…: 向 is the preposition, the name starts after it
        end = name_end(text, i, names)
        if end is None:
            continue
        if _RIGHT_STRONG.match(text, end):
            if _plausible(text, i, end) or not (text[i] in _PREPOSITIONS or end - i == 2):
                add(NameSpan(i, end, 0.8, "right_cue"))
        elif _right_person(text, end) and _plausible(text, i, end) and (end - i >= 3 or _strong_lead_before(text, i)):
            # 向左思远表示… / 。邬承泽家虽… / 。杨明同意 : a boundary or a preposition before, a
            # person's act after.
            add(NameSpan(i, end, 0.7, "position"))
    # 3b'. A preposition / lead-in before and a clear end after: 对邝某某作出…, 由某某负责…,
    # 经与某某核实… (brief: names after 对/向/与/和/经查/据/由/被, followed by 于/在/的/等/作出/提出/
    # 因/系/称/表示/：) — the word after must be a verb or a phrase, a particle alone is not enough.
    for i in positions:
        if i in found or not names.confident_at(text, i) or not _frame_lead_before(text, i):
            continue
        end = name_end(text, i, names)
        if end is None or not _plausible(text, i, end) or _admin_at(text, i):
            continue
        if (
            _FRAME_RIGHT.match(text, end)
            or _right_person(text, end)
            or any(len(w) >= 2 and text.startswith(w, end) for w in FOLLOW_WORDS)
        ):
            add(NameSpan(i, end, 0.7, "frame"))
    # 3a. A role / kinship word glued to the name, the name clearly ended: 主任赵辉、 医生赵莹每周
    for i in positions:
        if i < 2 or text[i - 1] not in _ROLE_WORD_END or i in found or not names.confident_at(text, i):
            continue
        if text[i] in "和与及或跟同":
            continue  # 户代表和村民代表: a conjunction, not a surname
        if not any(text[i - n : i] in _ROLE_LEADS for n in range(2, min(_LEAD_MAX, i) + 1)):
            continue
        end = name_end(text, i, names)
        if end is None or not _plausible(text, i, end) or _admin_at(text, i):
            continue
        compound4 = names.at(text, i) == 2 and end - i == 4
        if end - i == 2 and not (_right_person(text, end) or (end < len(text) and text[end] in "、，,。；;：:")):
            continue  # 教师简章》: a two-character "name" needs a person's act or a clause end after it
        if compound4 or _right_clear_wide(text, end) or _right_person(text, end):
            add(NameSpan(i, end, 0.7, "role"))
    # 3b. A role noun glued to a three-character name: 收银员谢志明， / 帮工潘超和
    for i in positions:
        if i < 1 or text[i - 1] not in _ROLE_END or not names.confident_at(text, i) or i in found:
            continue
        end = name_end(text, i, names)
        if (
            end is not None
            and end - i >= 3
            and _plausible(text, i, end)
            and _right_clear_wide(text, end)
            and not _admin_at(text, i)
        ):
            add(NameSpan(i, end, 0.7, "role"))
    # 3c. Tibetan names (two name elements, no surname) after a boundary or a role word.
    for m in _TIBETAN.finditer(text):
        i = m.start()
        if _left_ok(text, i) or text[i - 1] in _ROLE_END:
            add(NameSpan(i, m.end(), 0.8, "tibetan"))
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
                if text[i] in _PREPOSITIONS and not _plausible(text, i, e):
                    break  # 向全体代表
                add(NameSpan(i, e, 0.75, "title"))
                break

    # 4. Salutation lines: 张三、李四：
    for m in _SALUTATION.finditer(text):
        group_start = m.start(1)
        tokens = list(re.finditer(r"[^、，,和及与 ]+", m.group(1)))
        several = len(tokens) > 1 or any(m.group(1).endswith(t) for t in TITLES)

        def _token_ok(tok: str) -> bool:
            for title in TITLES + _COUPLE:
                if tok.endswith(title) and len(tok) > len(title):
                    tok = tok[: -len(title)]
                    break
            return bool(
                _DOTTED.fullmatch(tok) or _TIBETAN.fullmatch(tok) or _cell_name(tok, names) == (0, len(tok))
            )

        if several and not all(_token_ok(t.group(0)) for t in tokens):
            continue  # 当事人、车辆、道路和交通环境等基本情况： is a heading, not a salutation
        for tm in tokens:
            token = tm.group(0)
            s = group_start + tm.start()
            for title in TITLES + _COUPLE:
                if token.endswith(title) and len(token) > len(title):
                    token = token[: -len(title)]
                    break
            if _DOTTED.fullmatch(token) or _TIBETAN.fullmatch(token):
                add(NameSpan(s, s + len(token), 0.85, "salutation"))
                continue
            if _cell_name(token, names) == (0, len(token)) and (several or names.confident_at(token, 0)):
                add(NameSpan(s, s + len(token), 0.85, "salutation"))

    # 5. Middle-dot names anywhere; Latin passport names after their label.
    for span in _dotted_spans(text):
        add(span)
    for m in _LATIN_NAME.finditer(text):
        add(NameSpan(m.start(1), m.end(1), 0.85, "latin_name"))

    # 6. The model's PERSON spans, refined; where a rule found the name, the rule's boundaries
    # win; a model-only name must pass the surname / shape / place checks.
    rule_spans = list(found.values())
    for s, e in model_spans:
        refined = refine_person_span(text, s, e, names)
        if refined is None:
            continue
        rs, re_ = refined
        if _DOTTED.fullmatch(text[rs:re_]):
            # a middle-dot name: the rule guesses where the name parts end, the model knows better
            for sp in [sp for sp in rule_spans if sp.rule == "dotted_name" and sp.start <= rs and re_ <= sp.end]:
                rule_spans.remove(sp)
                found.pop(sp.start, None)
        if any(rs < sp.end and sp.start < re_ for sp in rule_spans):
            continue
        if _model_name_ok(text, rs, re_, names):
            add(NameSpan(rs, re_, 0.8, "model"))

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
            if end is None or _is_place_name(text[k:end]) or not _plausible(text, k, end):
                continue
            if _right_clear(text, end) or (end - k == 3 and names.confident_at(text, k)):
                new = NameSpan(k, end, 0.75, "list")
                add(new)
                seen.add(k)
                queue.append(new)

    # 8. Lists backwards: 授予赵淑珍、庄伟同志 — the name before 、 / 和 / 与 of a found name.
    for sp in sorted(found.values(), key=lambda x: -x.start):
        j = sp.start - 1
        if j < 2 or text[j] not in "、和与及":
            continue
        if text[j] in "和与及" and sp.end - sp.start < 3:
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
            if text[j] in "和与及" and not (_left_ok(text, i) and _plausible(text, i, j)):
                continue
            if k == 3 and names.at(text, i) == 2:
                continue  # compound surname + one character: tried with k == 3 anyway
            if k == 2 and not _left_ok(text, i):
                continue
            if k == 4 and names.at(text, i) != 2:
                continue
            add(NameSpan(i, j, 0.7, "list"))
            break
    # 9. Lists forwards with 和 / 与 / 及: 潘超和帮工… is not a list, 赵淑珍与缑嘉懿闻声 is.
    for sp in sorted(found.values(), key=lambda x: x.start):
        j = sp.end
        if j >= len(text) - 2 or text[j] not in "和与及" or (j + 1) in found:
            continue
        end = name_end(text, j + 1, names)
        if end is not None and names.confident_at(text, j + 1) and end - j - 1 >= 3 and (
            _right_clear_wide(text, end) or _right_person(text, end)
        ):
            add(NameSpan(j + 1, end, 0.7, "list"))

    out = sorted(found.values(), key=lambda x: (x.start, -x.end))
    return out


#: Characters after a span that make it a place name (张店区, 王府井, 马家村, 中山路).
_PLACE_AFTER = frozenset("路街村镇区县市省乡庄河山湖桥园苑巷屯湾港井州")


#: A document / case number right after the span (鲁金监发〔2019〕21号, 卫许听〔2024〕2号).
_DOC_NUMBER_AFTER = re.compile(r"[^\s，。；、]{0,6}?(?:[〔\[［(（]\s*[12]\d{3}\s*[〕\]］)）]|[A-Za-z]*\d{6,})")
#: A Latin name has at least two parts (``LSJ`` in 编号：LSJ-2024 is not a name).
_LATIN_FULL = re.compile(r"[A-Z][A-Za-z'\-]+(?:[ ,][ ]?[A-Z][A-Za-z'\-]+){1,3}")
#: Common two-character verbs / words that start right after a two-character name; a model
#: span that ends inside one of them is cut before it (熊丽召集 → 熊丽, 魏慧入职 → 魏慧).
VERB_BIGRAMS = frozenset(
    "召集 召开 入职 入户 入住 拖欠 主持 参加 出席 陪同 带领 组织 安排 前往 来到 到达 赶到 返回 离开 回到 "
    "携带 驾驶 骑行 乘坐 购买 出售 租用 承包 经营 开办 开设 注册 登记 申领 领取 缴纳 支付 收取 借给 "
    "借用 使用 占用 损坏 拆除 搭建 建设 修建 居住 死亡 受伤 住院 就医 患病 病故 去世 失踪 走失 报名 "
    "考试 录用 聘用 辞职 退休 请求 要求 申请 投诉 举报 反映 咨询 询问 核实 确认 签订 签署 填写 提交 "
    "递交 委托 授权 持有 拥有 继承 转让 赠与 放弃 同意 拒绝 接受 承担 负责 参与 协助 配合 证明 证实 "
    "陈述 说明 解释 介绍 讲述 回忆 听取 发现 看到 听到 得知 认为 表示 提出 提供 告知 通知 联系 打电 "
    "政府 信息 公开 受伤 受理 受到 获得 荣获 作为 担任 任职 工作 就读 毕业 出生 生于".split()
)


#: Last characters of a span that make it a place (never a given-name character in practice).
_PLACE_LAST = frozenset("路街村镇区县市省乡巷屯井庄")


def _model_name_ok(text: str, start: int, end: int, names: Surnames) -> bool:
    """Whether a (refined) model PERSON span without rule support is kept: a middle-dot,
    Latin or Tibetan name; or surname + one or two given characters that are not a word, a
    place (followed by 路 / 区 / 村 …, or a division name) or an organisation's word; a rare
    surname also needs a word boundary or a clear end around it."""
    name = text[start:end]
    if _DOC_NUMBER_AFTER.match(text, end) or _is_header_line(text, start):
        return False  # 鲁金监发〔2019〕…: a document number; 列入原因: a header cell
    if _DOTTED.fullmatch(name) or _LATIN_FULL.fullmatch(name) or _TIBETAN.fullmatch(name):
        return True
    if name[-1] in _PLACE_LAST:
        return False  # 黄安镇, 马家村, 王府井 (but 山 / 河 / 桥 end given names: 王近山)
    k = names.at(text, start)
    if not k or not 1 <= end - start - k <= 2:
        return False
    if name in _NOT_NAMES or name in COMMON_WORDS or not _plausible(text, start, end):
        return False
    if end - start == k + 1 and text[end - 1 : end + 1] in _NOT_NAMES:
        return False  # 江主|席: the model cut a title
    if end < len(text) and text[end] in _PLACE_AFTER or _admin_at(text, start):
        return False
    if not names.confident_at(text, start):
        return _left_ok(text, start) and (_right_clear_wide(text, end) or _right_person(text, end))
    return True


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
    for n in range(min(_LEAD_MAX, end - start - 2), 0, -1):  # longest cue first
        if text[start : start + n] in _LEAD_SET and names.at(text, start + n):
            start += n
            break
    for title in FOLLOW_WORDS:
        if text[start:end].endswith(title) and end - start - len(title) >= 2:
            end -= len(title)
            break
    if _TIBETAN.fullmatch(text[start:end]):
        return start, end
    ne = name_end(text, start, names) if names.at(text, start) else None
    if ne is not None and start + 2 <= ne < end and (
        _starts_follow_word(text, ne) or any(text.startswith(w, ne) for w in RIGHT_WORDS)
    ):
        end = ne  # 温波打电话: the model took the first character of the verb
    k = names.at(text, start)
    if k and end - start == k + 2 and text[end - 1 : end + 1] in VERB_BIGRAMS:
        end -= 1  # 熊丽召集: the model took the first character of the verb
    elif k and end - start == k + 1 and end < len(text) and is_cjk(text[end]) and not _starts_follow_word(text, end):
        if text[end : end + 2] not in VERB_BIGRAMS and ne == end + 1 and (
            _right_clear_wide(text, end + 1) or text[end + 1 : end + 3] in VERB_BIGRAMS or _right_person(text, end + 1)
        ):
            end += 1  # 尉迟光|辉: the model stopped one character short of a clearly ended name
    name = text[start:end]
    if end - start < 2 or is_pseudonym(name) or name in COMMON_WORDS:
        return None
    if not all(is_cjk(ch) for ch in name):
        return None
    return start, end
