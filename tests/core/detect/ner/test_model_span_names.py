"""Names the model finds in running text (press releases, bulletins, minutes) that the rules used to
discard or cut (issue 17, "names in real text"): the model's span is given directly, as a stand-in
for the shipped model, and the rules must keep it whole.  All names are invented; the sentences are
written in the style of news and government text."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.name_shape import (
    framed_name,
    is_japanese_name,
    is_short_transliterated,
    is_transliterated,
    profession_before,
    refine_person_span,
)
from review_desk.core.detect.ner.gazetteers import surnames
from review_desk.core.detect.ner.person import find_persons


def _model(text: str, span: str) -> list[str]:
    s = text.index(span)
    return [text[p.start : p.end] for p in find_persons(text, model_spans=[(s, s + len(span))])]


def _refined(text: str, span: str) -> str | None:
    s = text.index(span)
    r = refine_person_span(text, s, s + len(span))
    return text[r[0] : r[1]] if r else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name's last character that is also a word following names (之 夫 男 为), the name
        # clearly ended after it
        ("书法家韩羲之的作品在展览中展出。", "韩羲之"),
        ("项目负责人沈立男，副经理何琦。", "沈立男"),
        ("闫大为称，该公司已出具书面承诺。", "闫大为"),
        # a foreign name keeps its 夫 (no 夫妇 here)
        ("俄方代表团团长马卡罗夫在会见时表示欢迎。", "马卡罗夫"),
        ("谢里夫说，双方将继续加强合作。", "谢里夫"),
    ],
)
def test_the_model_keeps_a_names_last_character(text: str, name: str) -> None:
    assert _refined(text, name) == name


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("当天温波打电话来说明情况", "温波打", "温波"),  # the first character of a verb is cut
        ("经查，张明之子于当日离家。", "张明之", "张明"),  # 之子 follows the name
        ("由张明为组长，负责协调。", "张明为", "张明"),  # 为 starts the clause (组长 is no clear end)
    ],
)
def test_a_verb_or_kinship_word_after_the_name_is_still_cut(text: str, span: str, expected: str) -> None:
    assert _refined(text, span) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("银行信用卡中心刘宏告诉记者，首年免年费。", "刘宏", "刘宏"),  # 告诉 is a verb
        ("退伍回家不到半个月，吴飞终于找到了工作。", "吴飞", "吴飞"),  # 终于
        ("收藏者潘凝却认为价格偏高。", "潘凝", "潘凝"),  # 却: an adverb starts the clause
        ("第二天下午，于海又来到窗口。", "于海", "于海"),  # 又
        ("致尉迟光辉受伤", "尉迟光", "尉迟光辉"),  # one character short of a clearly ended name
    ],
)
def test_a_short_model_span_is_not_extended_over_a_verb_or_adverb(text: str, span: str, expected: str) -> None:
    assert _refined(text, span) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # transliterated names after a profession noun, and long ones (胡 延 of the table)
        ("法国信息专家罗斯奈呼吁合理使用网络。", "罗斯奈"),
        ("美国经济学家马克卢普发表了研究报告。", "马克卢普"),
        ("以色列总理内塔尼亚胡最近发表讲话。", "内塔尼亚胡"),
        ("基里延科认为，当前形势严峻。", "基里延科"),
        # two-character foreign names between a boundary and a clear end, or after a role noun
        ("一时间，琼斯、李雪梅的名气迅速上升。", "琼斯"),
        ("这时客队外援托蒂获得罚球机会。", "托蒂"),
        # Japanese names with a listed surname
        ("日本外相河野洋平等也分别表示关注。", "河野洋平"),
        ("据悉，岩田聪将出席本次会议。", "岩田聪"),
        # rare surnames after a profession noun; framed names ending in 学, starting with a place
        ("黑龙江画家阴衍江，早年专攻连环画。", "阴衍江"),
        ("本报记者刘正学、果永毅报道。", "刘正学"),
        ("司法部部长高昌礼参加了咨询活动。", "高昌礼"),
    ],
)
def test_model_names_in_running_text_are_kept(text: str, name: str) -> None:
    assert name in _model(text, name)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("驾驶人未佩戴安全头盔。", "佩戴安"),  # transliteration characters inside words
        ("经营者在莫斯科路开设门店。", "莫斯科"),
        ("代表团访问了马德里。", "马德里"),
        ("山东师范大学", "范大学"),  # an organisation word, no frame
        ("在泰安仁和医院就诊", "泰安仁"),  # a city's name, no lead-in before it
        ("途经巴西路口时减速。", "巴西"),  # a place: two transliteration characters before 路
        ("请在安全区域等候。", "安全"),  # a word
    ],
)
def test_words_and_places_the_model_took_for_names_stay_out(text: str, span: str) -> None:
    assert span not in _model(text, span)


def test_the_shape_helpers() -> None:
    names = surnames()
    assert is_transliterated("阿列克谢克里沃鲁奇科") and not is_transliterated("王小明")
    assert not is_transliterated("安全生产") and not is_transliterated("佛罗伦萨")  # a word; a place
    assert is_transliterated("乌云图雅")  # a Mongolian name: one character outside the table
    assert profession_before("经济学家马克卢普", 4) and not profession_before("今天马克卢普", 2)
    t = "一时间，琼斯、李雪梅"
    assert is_short_transliterated(t, 4, 6, names)
    t = "日本外相河野洋平等"
    assert is_japanese_name(t, 4, 8) and not is_japanese_name("中村镇政府", 0, 3)
    t = "本报记者刘正学、"
    assert framed_name(t, 4, 7) and not framed_name("山东师范大学", 2, 6)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("不过本周末穆里尼奥将迎来他的首场比赛。", "穆里尼奥"),  # four characters of the table
        ("报名：张雨嘉13912345678", "张雨嘉"),  # a mobile number glued to the name is no 文号
        ("本报记者慕豪报道，活动于昨日举行。", "慕豪"),  # a rare surname after 记者, 报道 after
    ],
)
def test_more_model_names_in_running_text_are_kept(text: str, name: str) -> None:
    assert name in _model(text, name)


def _rules(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_persons(text)]


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("润泽公馆项目总经理李战先生出席。", "理李战"),  # 理 ends 经理
        ("记者采访了全国人大常委会委员王立明。", "常委会"),  # a body's name before 委员
        ("此举造成了薛女士的亏损。", "成了薛"),  # 了 never starts a given name
        ("信用卡中心的工作人员向记者表示，收费标准未变。", "向记者"),  # 向: a preposition after the cue
        ("先后有35部武侠小说作品问世。", "武侠小"),  # 小说 stands across the end
        ("对于这款游戏来说，这是一个信号。", "游戏来"),
    ],
)
def test_words_around_titles_cues_and_verbs_are_not_names(text: str, not_a_name: str) -> None:
    assert not_a_name not in _rules(text)


def test_a_middle_dot_name_ends_before_a_verb_or_a_common_word() -> None:
    assert "西摩尔·霍夫曼" in _rules("西摩尔·霍夫曼同时凭借该片获得提名。")
    assert "汉斯·安徒生" in _rules("这可能是汉斯·安徒生拥有的最后一份手稿。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宣布克林顿总统访华的主要日程。", "克林顿"),  # a title after a foreign name
        ("即将访华的若斯潘总理同主席会谈。", "若斯潘"),
        ("他还给领导人久加诺夫打了电话。", "久加诺夫"),  # 久 of the Russian table
        ("不过队中11号怀特莫尔在比赛中进了两个球。", "怀特莫尔"),
        ("晨报讯(记者李彦)等了一个月。", "李彦)"),  # the model took the bracket (normalised text)
    ],
)
def test_foreign_names_with_titles_and_brackets(text: str, name: str) -> None:
    assert name.strip(")") in _model(text, name)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("战胜了希腊的克雷安加和南斯拉夫的选手。", "南斯拉"),  # 南斯拉|夫: a place runs on
        ("他曾给秘书长加利、南非总统曼德拉画过肖像。", "南非总"),  # 南非总|统: a title runs on
        ("主席萨马兰奇、马来西亚总理马哈蒂尔等人出席。", "马来西"),
    ],
)
def test_a_list_name_does_not_end_inside_a_word(text: str, not_a_name: str) -> None:
    assert not_a_name not in _rules(text)


def test_cuts_a_word() -> None:
    from review_desk.core.detect.ner.name_shape import cuts_a_word

    t = "南非总统曼德拉"
    assert cuts_a_word(t, 0, 3) and not cuts_a_word(t, 4, 7)
    assert cuts_a_word("南斯拉夫的", 0, 3) and not cuts_a_word("张明，", 0, 2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("苏州张雨嘉15141040226昨天来电", "张雨嘉"),  # a mobile number glued after the name
        ("因为我看到过贝聿铭先生给他的信", "贝聿铭"),  # a rare surname with a title after
    ],
)
def test_model_names_before_a_mobile_or_a_title(text: str, name: str) -> None:
    assert name in _model(text, name)


def test_a_document_number_after_a_model_span_still_vetoes_it() -> None:
    assert _model("据鲁金监发〔2023〕5号文件", "鲁金监") == []
    assert _model("鲁金监151410402260号", "鲁金监") == []  # not a mobile: twelve digits


def test_a_transliterated_division_name_is_no_foreign_name() -> None:
    assert _model("达拉特旗农牧局\n2026年补助奖励资金发放名册", "达拉特") == []  # 达拉特旗: a banner


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("4月20日，在郭菲成为会员的第10天", "郭菲成", "郭菲"),  # 成为: a verb after the name
        ("这是2006年，张兰花费了2200万元", "张兰花", "张兰"),  # 花费
        ("经查，唐彬利用试卷保密员的身份", "唐彬利", "唐彬"),  # 利用
        ("队医郑伟违反比赛纪律", "郑伟违", "郑伟"),  # 违反
    ],
)
def test_the_model_span_gives_back_the_first_character_of_a_verb(text: str, span: str, expected: str) -> None:
    assert _refined(text, span) == expected


def test_a_name_ending_like_a_place_is_kept_before_a_title() -> None:
    assert "张路" in _model("需要提醒的是，张路老师依靠基本面预测", "张路")
    assert _model("途经黄安镇", "黄安镇") == []


def test_grades_units_and_common_words_are_not_names() -> None:
    assert _model("秦安县第一中学\t高一\t甘肃省天水市", "高一") == []  # a grade in a 年级 column
    assert "时许从" not in _rules("2024年9月3日上午10时许从家中走失，最后出现在车站。")  # 10时许: a time
    assert _model("温馨提示：居民身份证遗失后请及时挂失。", "温馨") == []
    assert "王小明" in _rules("附件2王小明（身份证号码略）")  # a digit before a surname: a boundary
