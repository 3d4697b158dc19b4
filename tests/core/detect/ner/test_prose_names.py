"""Names of private persons in government prose (press releases, bulletins, minutes, proposal and
信访 replies, 送达公告): middle-dot names whose parts are all transliterated although one is also a
city's name, a Uyghur name after a verb with no punctuation, a Mongolian element cut by 和, speakers
and letter writers, proxies (…代为), lists closed by 等N位.  Sentences are written like those of the
genres; every name is invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.name_shape import dotted_place
from review_desk.core.detect.ner.person import find_persons


def _names(text: str, model_spans=()) -> list[str]:
    return [text[s.start : s.end] for s in find_persons(text, model_spans=model_spans)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　另，原告海伦·加西亚诉被告青岛某贸易有限公司股权转让纠纷一案", "海伦·加西亚"),
        ("省政府决定授予露西·杜邦、海伦·科瓦尔斯基等5人“齐鲁友谊奖”。", "海伦·科瓦尔斯基"),
        ("　　本委另受理赛买提·买买提与库尔勒天祥物流有限公司工资争议一案", "赛买提·买买提"),
        ("　　被拖欠工资的工人有臧春燕、那日苏·孟和、司马向东等，均已登记。", "那日苏·孟和"),
        ("　　原告海伦·费雷拉经合法传唤未到庭。", "海伦·费雷拉"),
    ],
)
def test_middle_dot_names_are_whole_in_prose(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n != name and (n in name or name in n) for n in names), names


@pytest.mark.parametrize(("name", "place"), [("海伦·加西亚", False), ("中国·无锡", True), ("北京·宫园", True)])
def test_a_transliterated_name_is_no_place_although_a_part_is_a_city(name: str, place: bool) -> None:
    assert dotted_place(name) is place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　咎桂英发言：租金应当公开竞价，收益用于修路。", "咎桂英"),  # a speaker, the model's span
        ("　　临清三和纺织有限公司董事长贲红东发言说，希望加大对技术改造的支持。", "贲红东"),
        ("　　外籍居民松冈纯平来信询问居留许可办理流程。", "松冈纯平"),
    ],
)
def test_speakers_and_letter_writers_the_model_read(text: str, name: str) -> None:
    s = text.index(name)
    assert name in _names(text, [(s, s + len(name))])


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("　　当班护士钱红正在处理其他急症病人。", "钱红正", "钱红"),  # 正在: the model took the adverb
        ("　　选房户司南因病委托其女婿方圆代为选房。", "方圆代", "方圆"),  # 代为: a proxy's verb
    ],
)
def test_a_name_ends_before_an_adverb_or_a_proxy_verb(text: str, model: str, name: str) -> None:
    s = text.index(model)
    names = _names(text, [(s, s + len(model))])
    assert name in names and model not in names


def test_a_list_closed_by_a_count_of_persons() -> None:
    assert "乐正爱民" in _names("　　参加座谈的还有乐正爱民等12位企业负责人。")


def test_a_two_character_name_before_a_kinship_word_only_persons_have() -> None:
    assert "路遥" in _names("　　经核，我镇已责令路遥恢复原状，路遥之妻龚庆东在调解笔录上签字确认。")


def test_a_rules_name_one_character_longer_gives_way_to_the_name_known_elsewhere(rule_detector) -> None:
    """路遥|宅基地 (the cue rule reads three characters) where 路遥之妻 shows the name has two."""
    from review_desk.core.detect.scanner import scan_document

    from .test_propagation import _doc

    doc = _doc("　　信访人曹家杰反映与其堂弟路遥宅基地界址纠纷一事。", "　　经核，我镇已责令路遥恢复原状，路遥之妻龚庆东在调解笔录上签字确认。")
    persons = [f.text for f in scan_document(doc, rule_detector) if f.type == "PERSON"]
    assert persons.count("路遥") == 3 and "路遥宅" not in persons


def test_propagation_prefers_the_rules_shorter_name() -> None:
    from review_desk.core.detect.ner.propagation import propagate

    text = "与其堂弟路遥宅基地界址纠纷，路遥宅。"
    added = [text[a.start : a.end] for a in propagate(text, ["路遥宅", "路遥"], [], ["路遥宅", "路遥"])]
    assert added == ["路遥", "路遥宅"]  # the second 路遥宅 ends clearly: kept whole
    assert [text[a.start : a.end] for a in propagate(text, ["路遥宅", "路遥"], [])] == ["路遥宅", "路遥宅"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　日本东和电子株式会社驻青岛首席代表小泉真一郎先生也到会交流。", "小泉真一郎"),  # 小泉: the corpus's list
        ("大竹和子、朴秀晶：", "大竹和子"),  # 和子: 和 starts the given name
        ("　　另，原告海伦·加西亚诉被告大竹达郎股权转让纠纷一案", "大竹达郎"),  # 郎 ends a Japanese given name
        ("　　你公司代表董事小松沙织、担当者桑原翔经本院多次联系未果。", "小松沙织"),  # a role noun before it
        ("　　案例一：个体工商户横山沙织在唐冶街道经营一家烘焙店。", "横山沙织"),
        ("　　外籍居民松冈纯平来信询问居留许可办理流程。", "松冈纯平"),  # 来信: a person's act
    ],
)
def test_japanese_names_in_prose(text: str, name: str) -> None:
    names = _names(text)
    assert name in names, names
    assert not any(n != name and (n in name or name in n) for n in names), names


@pytest.mark.parametrize(
    "text",
    ["我们认为柳泽这个项目定位清楚。", "田中和李明一起去了。", "三好学生、优秀学生干部评选结果。", "大江南北，长城内外。"],
)
def test_no_japanese_name_in_words_or_across_a_conjunction(text: str) -> None:
    assert not any(n.startswith(("柳泽", "田中", "三好", "大江")) and len(n) > 2 for n in _names(text)), _names(text)


def test_no_japanese_name_across_a_role_word() -> None:
    assert _names("感谢以上村民对家乡建设的支持！") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　鲁西化工配件有限公司严华董事长主动停产并组织排查。", "严华"),  # after a company's name
        ("　　临清市华兴轴承厂央金拉姆厂长未按要求组织人员撤离。", "央金拉姆"),  # a Tibetan name
        ("　　在安置点，公西芳大姐主动为受灾群众做饭。", "公西芳"),  # a compound surname
        ("　　邱国强介绍了企业购气成本变化情况。公羊昊天教授认为方案总体可行。", "公羊昊天"),
        ("　　护林员晁可馨老师在林场坚守20年。", "晁可馨"),  # a role noun before it
    ],
)
def test_a_name_written_straight_onto_a_title(text: str, name: str) -> None:
    names = _names(text)
    assert name in names, names
    assert not any(n != name and (n in name or name in n) for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "市人民医院院长办公室",
        "向张医生表示感谢。",
        "他是我们公司的总经理。",
        "白雪公主主题乐园已恢复开放。",
        "酒店客房部经理介绍了入住登记流程。",  # a department's name before the title
        "区公安分局保卫处处长介绍了情况。",
    ],
)
def test_no_name_before_a_title_without_one(text: str) -> None:
    assert _names(text) == [], _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　个体加工户公西峰在自建厂房内违规存放油漆。", "公西峰"),
        ("　　其雇工任重（联系电话15026477070）未经培训上岗。", "任重"),
        ("　　原村会计周国才到场测量，并调取了存根。", "周国才"),
        ("　　列席：乐正少华（监委会主任）、吕霞（会计）。", "乐正少华"),
        ("　　案外人朴敏浩（韩国籍）提交了货物交接记录。", "朴敏浩"),
        ("　　选房户司南因病委托其女婿方圆代为选房。", "司南"),
        ("　　选房户司南因病委托其女婿方圆代为选房。", "方圆"),  # 代为: a proxy's verb after a kinship word
        ("　　村民宛家宏家的房屋倒塌。", "宛家宏"),  # a rare surname, a person's home after it
    ],
)
def test_role_and_kinship_nouns_of_prose_before_a_name(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


def test_a_rare_surname_after_a_cue_the_model_agrees_with() -> None:
    text = "　　石岛管理区渔民植晓东在转移途中发现一艘渔船缆绳断裂。"
    assert _names(text) == []  # 植 is too rare to start a name on shape alone
    s = text.index("植晓东")
    assert _names(text, [(s, s + 3)]) == ["植晓东"]


@pytest.mark.parametrize("text", ["　　其子女儿童时期的教育问题，也通过结对帮扶得到解决。", "关爱妇女儿童健康。"])
def test_a_kinship_cue_inside_a_word_is_no_cue(text: str) -> None:
    assert _names(text) == [], _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　经现场核查，监理单位总监翦向东未予制止。", "翦向东"),  # 向东: a given name after a surname
        ("　　其中，五年级学生熊远航获一等奖，其家长司南受邀分享家庭教育经验。", "司南"),
        ("　　经查，龚向东于2025年3月遗失身份证。", "龚向东"),
    ],
)
def test_given_names_that_are_words_and_parents(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("text", ["　　车辆沿道路向东行驶。", "及时回应家长关切。"])
def test_no_name_in_directions_or_concerns(text: str) -> None:
    assert _names(text) == [], _names(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("　　申请人布帕塔木·玉素甫与被申请人库尔勒鑫达建筑劳务有限公司劳动争议一案", "库尔勒鑫达"),  # a company
        ("扎根基层显担当——记2026年度临清市“最美基层工作者”", "扎根基"),  # 扎根: a word
        ("　　股东乔治·威廉姆斯已委托律师应诉。", "应诉"),
    ],
)
def test_model_spans_that_are_companies_or_words(text: str, span: str) -> None:
    s = text.index(span)
    assert span not in _names(text, [(s, s + len(span))])



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　日本东和电子株式会社驻青岛首席代表福山香织先生也到会交流。", "福山香织"),
        ("　　东山健太郎女士作为特邀嘉宾出席颁奖仪式。", "东山健太郎"),
    ],
)
def test_japanese_names_whose_surname_is_a_chinese_place_need_a_title(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("text", ["　　中山公园、福山区政府广场已恢复开放。", "　　他们来到东山岛旅游。"])
def test_chinese_places_are_no_japanese_names(text: str) -> None:
    assert _names(text) == [], _names(text)

