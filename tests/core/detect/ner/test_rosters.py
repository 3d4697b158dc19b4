"""Names and home addresses in rosters and table rows without a label per value: names separated
by spaces, tabs, full-width spaces or ｜; household / kinship suffixes in a cell; an ID number in
brackets or a gender cell after a name; double surnames; a village + group cell in a person's row;
an autonomous prefecture written short.  All names and addresses are invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.address import find_addresses
from review_desk.core.detect.ner.person import find_persons

from .conftest import found


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_persons(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("二（3）班：邹明轩　韩若溪　祁宏　牛雅琴　芦涛　鲍思远", ["邹明轩", "韩若溪", "祁宏", "牛雅琴", "芦涛", "鲍思远"]),
        ("获奖学生：邹明轩\t韩若溪\t祁宏\t牛雅琴", ["邹明轩", "韩若溪", "祁宏", "牛雅琴"]),
        ("邹明轩｜韩若溪｜祁宏｜牛雅琴", ["邹明轩", "韩若溪", "祁宏", "牛雅琴"]),
        ("房桂兰家庭　欧阳建军家庭　骆永平家庭　薛春梅家庭", ["房桂兰", "欧阳建军", "骆永平", "薛春梅"]),
        ("卜玉霞户　韩长江户　常秀兰户", ["卜玉霞", "韩长江", "常秀兰"]),
        ("庞丽娟　潘黄秀英　武建新", ["庞丽娟", "潘黄秀英", "武建新"]),
    ],
)
def test_roster_lines(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "姓名　性别　身份证号　年龄　供养方式　所在村",
        "主任　副主任　委员　秘书长",
        "首席仲裁员　仲裁员　书记员",
        "济南市　青岛市　淄博市　枣庄市",
        "分散供养　集中供养　临时救助　医疗救助",
    ],
)
def test_header_rows_and_word_lists_are_not_rosters(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　路明德（370829198501025211），房屋坐落于该村6组，暂未签约。", "路明德"),
        ("付向东之女\t女\t2026-03-16\t某区人民医院", "付向东"),
        ("葛建业\t男\t1962-05\t退休", "葛建业"),
        ("抄送：市政协提案委员会，市政府办公室，王陈思远委员。", "王陈思远"),
    ],
)
def test_strong_cells_and_double_surnames(text: str, name: str) -> None:
    assert name in _names(text)


def test_double_surname_wins_over_its_tail(rule_detector) -> None:
    assert found(rule_detector, "孟志英委员、王陈思远委员：", "PERSON") == ["孟志英", "王陈思远"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("孔凡荣　女　370829195409243087　72周岁　分散供养　马集镇柳林村2组", "马集镇柳林村2组"),
        ("鲁秀英\t女\t78岁\t嘉祥县纸坊镇北洼村4组", "嘉祥县纸坊镇北洼村4组"),
        ("韩立新｜男｜370829540811846｜济南市历下区和平路47号1号楼1单元101室", "济南市历下区和平路47号1号楼1单元101室"),
    ],
)
def test_village_cell_in_a_persons_row_is_a_home_address(text: str, address: str) -> None:
    got = [(a.type, text[a.start : a.end]) for a in find_addresses(text)]
    assert ("CN_ADDRESS", address) in got


def test_village_cell_without_a_person_is_not_a_home_address() -> None:
    text = "检查点位　马集镇柳林村2组　整改完成"
    assert not [a for a in find_addresses(text) if a.type == "CN_ADDRESS"]


@pytest.mark.parametrize(
    ("cell", "header"),
    [("马集镇柳林村2组", "所在村"), ("云南省大理州宾川县金牛镇新庄村荒田1组69号", "家庭住址")],
)
def test_village_and_prefecture_cells(rule_detector, cell: str, header: str) -> None:
    assert found(rule_detector, cell, "CN_ADDRESS", context=[header]) == [cell]


def test_floor_and_room_after_a_unit() -> None:
    text = "黎守仁 | 顺庆区西城街道莲池路175号2单元1楼1号 | 86.75"
    got = [text[a.start : a.end] for a in find_addresses(text) if a.type == "CN_ADDRESS"]
    assert got == ["顺庆区西城街道莲池路175号2单元1楼1号"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("历城区韩立新小吃部｜92370112P86L50BJJ1｜", "韩立新"),
        ("当事人：槐荫区柏文涛日用品经营部（个体工商户）", "柏文涛"),
        ("许可对象：历下区欧阳明华五金店", "欧阳明华"),
    ],
)
def test_owner_inside_a_sole_proprietors_shop_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["济南市市中区人民医院", "章丘区明水街道超市", "市中区经营部", "历城区王府井百货商店"])
def test_shops_without_an_owners_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("阿依努尔买买提：\n\u3000\u3000本院受理原告某农商行诉你金融借款合同纠纷一案", "阿依努尔买买提"),
        ("\u3000\u3000乌兰其其格：原告某担保有限公司诉你追偿权纠纷一案", "乌兰其其格"),
        ("吐尔逊艾力：\n\u3000\u3000本委受理申请人与你劳动争议一案", "吐尔逊艾力"),
    ],
)
def test_addressee_of_a_notice_without_a_chinese_surname(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    ["经调查：\n你反映的问题属实", "各位村民：\n请你们按时参加", "联系方式：请你于三日内", "某某有限公司：\n你单位"],
)
def test_headings_and_bodies_are_not_addressees(text: str) -> None:
    assert _names(text) == []


def test_double_surname_in_a_list() -> None:
    text = "授予邵秋菊、秦凤琴、令狐芳、任谢菊香、严丽娟同志“优秀志愿者”称号"
    assert "任谢菊香" in _names(text)
