"""Places and things the model reads as names (issue 17, class 7): a cell under a place or land
column (所在自然村 | 田心, 地类 | 水田), a road named after its first two characters (…与黄岐大道交叉口),
the quoted name of a storm or an operation (台风“某某”).  The model's spans are given as it
would give them; all sentences are invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.person import find_persons


def _names(text: str, model: list[str], context: list[str] | None = None) -> list[str]:
    spans = [(text.index(m), text.index(m) + len(m)) for m in model]
    return [text[p.start : p.end] for p in find_persons(text, context=context, model_spans=spans)]


@pytest.mark.parametrize(
    "cell, header",
    [
        ("田坝", "所在自然村"),
        ("石桥", "村民小组"),
        ("水田", "地类"),
        ("林地", "土地用途"),
        ("杨柳", "所在组（社）"),
        ("高坡", "自然村"),
    ],
)
def test_cell_under_a_place_column_is_no_name(cell, header):
    assert _names(cell, [cell], [header]) == []


@pytest.mark.parametrize("cell, header", [("田心", "户主"), ("杨柳", "户主姓名"), ("石桥", "申请人")])
def test_cell_under_a_name_column_stays_a_name(cell, header):
    assert _names(cell, [cell], [header]) == [cell]


def test_place_column_beside_a_name_column_keeps_the_name():
    # a cell whose context words name both a person column and a place is read as a name
    assert _names("田心", ["田心"], ["户主", "所在自然村"]) == ["田心"]


@pytest.mark.parametrize(
    "text, model",
    [
        ("项目位于西环路与周浦大道交叉口东南侧。", "周浦"),
        ("沿线经过金阳大街、黄岗公路两侧的商铺。", "黄岗"),
        ("施工区域为李家胡同东段。", "李家"),
        ("事故发生在韩庄立交桥下。", "韩庄"),
        ("项目涉及陈湾水库库区移民。", "陈湾"),
    ],
)
def test_name_followed_by_a_road_word_is_a_place(text, model):
    assert _names(text, [model]) == []


@pytest.mark.parametrize(
    "text, model",
    [
        ("受今年第5号台风“韦帕”影响，全市普降大雨。", "韦帕"),
        ("强热带风暴“马鞍”于昨日在沿海登陆。", "马鞍"),
        ("超强台风“苏拉”过境后，各镇开展灾后自救。", "苏拉"),
        ("专项行动代号“雷霆”，为期三个月。", "雷霆"),
    ],
)
def test_quoted_storm_or_operation_is_no_name(text, model):
    assert _names(text, [model]) == []


@pytest.mark.parametrize(
    "text, model",
    [
        ("联系人韦帕宁，电话另行通知。", "韦帕宁"),
        ("经查，卢碧华在现场负责指挥。", "卢碧华"),
        ("村民苏拉提出申请。", "苏拉"),
    ],
)
def test_names_near_such_words_stay(text, model):
    assert _names(text, [model]) == [model]


@pytest.mark.parametrize(
    "text, model",
    [
        ("沿途经过高家堡、李家坪、马家河等自然村。", ["李家坪"]),
        ("转移安置赵家湾、孙家坝两个村民小组的群众。", ["赵家湾", "孙家坝"]),
        ("经查，王家庄至刘家沟段道路塌方。", ["王家庄", "刘家沟"]),
        ("救援队在周家峪集结待命。", ["周家峪"]),
    ],
)
def test_a_familys_hamlet_is_no_name(text, model):
    assert _names(text, model) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("申请人：李家坪，男，1970年生。", "李家坪"),
        ("当事人秦家山，男，汉族。", "秦家山"),
        ("经查，王家强于2024年3月擅自施工。", "王家强"),
    ],
)
def test_names_with_jia_stay(text, name):
    assert _names(text, [name]) == [name]


@pytest.mark.parametrize(
    "text, model",
    [
        ("本批次涉及罗官、新庄、大营三个村委会。", ["罗官", "新庄"]),
        ("本次巡查覆盖龙泉、石门、黄坡等6个乡镇。", ["龙泉", "黄坡"]),
        ("受灾较重的有田坝、石桥、高坡等自然村。", ["田坝", "高坡"]),
        ("征收范围包括何庄和杨湾两个社区。", ["何庄", "杨湾"]),
    ],
)
def test_items_of_a_list_of_places_are_no_names(text, model):
    assert _names(text, model) == []


@pytest.mark.parametrize(
    "text, model",
    [
        ("张建国、李明亮等村民代表参加会议。", ["张建国", "李明亮"]),
        ("王德明、刘志强两个村的支书到会。", ["王德明", "刘志强"]),
        ("经研究，由孙立新、赵永刚等乡镇干部组成工作组。", ["孙立新", "赵永刚"]),
    ],
)
def test_names_before_a_word_for_villagers_stay(text, model):
    assert _names(text, model) == model


@pytest.mark.parametrize(
    "cell, header, name",
    [
        ("其母罗芳", "代领人", "罗芳"),
        ("其父韦强", "监护人", "韦强"),
        ("之女白雯", "代领人", "白雯"),
        ("户主陆平", "姓名", "陆平"),
    ],
)
def test_a_name_cell_that_begins_with_a_kinship_or_role_word_is_the_name_only(cell, header, name):
    assert _names(cell, [name], [header]) == [name]


@pytest.mark.parametrize("cell, header", [("欧阳明辉", "姓名"), ("司马相宜", "代领人"), ("罗倩", "代领人")])
def test_whole_name_cells_stay_whole(cell, header):
    assert _names(cell, [], [header]) == [cell]


@pytest.mark.parametrize(
    "text, model",
    [
        ("途经吴家山、杨家湾、龚家岭三个站点。", ["吴家山"]),
        ("起点为孙家湾，终点为邓家铺。", ["孙家湾", "邓家铺"]),
        ("沿线的吴家山、杨家湾受灾较重。", ["吴家山"]),
        ("转移群众主要来自杨家湾、龚家岭。", ["龚家岭"]),
        ("涉及杨家湾、周家山两个自然村。", ["周家山"]),
    ],
)
def test_a_jia_name_listed_with_a_hamlet_is_a_hamlet(text, model):
    assert _names(text, model) == []


def test_a_jia_name_listed_with_names_stays():
    assert _names("出席：秦家山、王家强、李明。", ["秦家山", "王家强"]) == ["秦家山", "王家强", "李明"]


@pytest.mark.parametrize("cell, header", [("王建军", "检查组"), ("刘志强", "专家组"), ("孙立新", "合作社")])
def test_a_group_or_society_column_is_no_place_column(cell, header):
    assert _names(cell, [cell], [header]) == [cell]


@pytest.mark.parametrize(
    "text, model",
    [
        ("张建国、李明亮等社区工作者到场协助。", ["张建国", "李明亮"]),
        ("王德明、刘志强等村两委干部参加。", ["王德明", "刘志强"]),
    ],
)
def test_names_before_a_place_noun_of_people_stay(text, model):
    assert _names(text, model) == model
