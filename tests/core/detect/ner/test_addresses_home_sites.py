"""Homes that were read as an organisation's address or as no address (issue 17, class 5): a
person's row of a 双公示 table whose name ends like a shop's (王建城, 张子轩), a column headed with a
bracketed alternative (住（居住）地), the site of a person's house (建设位置 after 张某某户, 建房地点),
a dwelling located by a verb (住房位于…村东头), and a count of buildings after a house number that
is no estate's building (…15号建设房屋一栋).  All names and addresses are invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.address import find_addresses
from review_desk.core.detect.ner.address.columns import header_readings
from review_desk.core.detect.scanner import scan_path
from review_desk.core.detect.tables import CONTEXT_SEP, PERSON_ROW, _text_contexts

from .conftest import found
from .test_table_contexts import _seg


def homes_and_orgs(text: str, context: list[str] | None = None) -> tuple[list[str], list[str]]:
    spans = find_addresses(text, context=context)
    return (
        [text[a.start : a.end] for a in spans if a.type == "CN_ADDRESS"],
        [text[a.start : a.end] for a in spans if a.type == "ORG_ADDRESS"],
    )


# -- the row's subject decides whose 住所 a bare street number is --------------------------------

_PENALTIES = [
    "行政相对人名称\t统一社会信用代码\t住所\t处罚决定书文号\t处罚内容",
    "王建城\t—\t河间市新华东路46号\t河市监罚〔2026〕153号\t罚款9000元",
    "沧州鸿运保温材料有限公司\t91130984MA0E1LQ21X\t河间市新华东路47号\t河市监罚〔2026〕589号\t罚款14000元",
    "张子轩\t/\t河间市瀛州西路12号\t河市监罚〔2026〕281号\t罚款4000元",
    "李记饭庄\t92130984MA0E2KR35Y\t河间市瀛州西路15号\t河市监罚〔2026〕282号\t罚款3000元",
]


@pytest.mark.parametrize(
    "name, persons",
    [
        ("王建城", True),  # a given name ending in 城 / 轩 / 堂 after a common surname
        ("张子轩", True),
        ("欧阳玉堂", True),
        ("刘海燕", True),
        ("李记饭庄", False),  # four characters ending in 庄: a restaurant
        ("兴隆商店", False),
        ("城建公司", False),
    ],
)
def test_the_party_cell_says_whether_the_row_is_a_persons(name, persons):
    ctx = _text_contexts([_seg(_PENALTIES[0]), _seg(f"{name}\t—\t河间市新华东路46号\t河市监罚〔2026〕1号\t罚款")])
    assert (ctx[1].cells[2][2].split(CONTEXT_SEP) == ["住所", PERSON_ROW]) is persons


def test_a_persons_bare_street_number_in_a_mixed_table_is_a_home(rule_detector, tmp_path):
    path = tmp_path / "处罚公示.txt"
    path.write_text("\n".join(_PENALTIES) + "\n", encoding="utf-8")
    findings = scan_path(str(path), rule_detector).findings
    assert [f.text for f in findings if f.type == "CN_ADDRESS"] == ["河间市新华东路46号", "河间市瀛州西路12号"]
    assert [f.text for f in findings if f.type == "ORG_ADDRESS"] == ["河间市新华东路47号", "河间市瀛州西路15号"]


@pytest.mark.parametrize(
    "lines",
    [
        # the party column named for who was penalised
        ["被处罚人\t处罚决定书文号\t住所\t处罚结果", "王德明\t泊市监罚〔2026〕1号\t泊头市解放东路77号\t罚款",
         "泊头市某某商贸有限公司\t泊市监罚〔2026〕2号\t泊头市解放东路79号\t罚款"],
        # a table written with single spaces
        ["", "相对人名称 许可证号 住所 许可日期", "王德明 JY11309840012345 泊头市解放东路77号 2026年3月1日",
         "泊头市某某商贸有限公司 JY11309840012346 泊头市解放东路79号 2026年3月2日"],
    ],
    ids=["penalised-party-column", "single-spaces"],
)
def test_other_mixed_table_forms(rule_detector, tmp_path, lines):
    path = tmp_path / "公示.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    findings = scan_path(str(path), rule_detector).findings
    assert [f.text for f in findings if f.type == "CN_ADDRESS"] == ["泊头市解放东路77号"]
    assert [f.text for f in findings if f.type == "ORG_ADDRESS"] == ["泊头市解放东路79号"]


# -- a header with a bracketed alternative is read as it spells -----------------------------------


def test_header_readings():
    assert header_readings("住（居住）地") == "住（居住）地 住地 居住地"
    assert header_readings("户籍（居住）地址") == "户籍（居住）地址 户籍地址 居住地址"
    assert header_readings("家庭住址") == "家庭住址"


@pytest.mark.parametrize("header", ["住（居住）地", "住(居住)地", "现（居）住址"])
def test_a_bracketed_home_header_makes_a_street_number_a_home(header):
    assert homes_and_orgs("济南市历下区解放路12号", [header]) == (["济南市历下区解放路12号"], [])


def test_a_bracketed_premises_header_stays_an_organisations():
    assert homes_and_orgs("济南市历下区泉城路88号", ["住所（主要经营场所）"]) == ([], ["济南市历下区泉城路88号"])


# -- the site of a person's house; dwellings located by a verb ------------------------------------


@pytest.mark.parametrize(
    "text, home",
    [
        ("张某某户，建设位置：石门乡枫树村十组，建设性质：原址翻建。", "石门乡枫树村十组"),
        ("申请人柏某某拟在原宅基地翻建住房，建设位置为双河镇柳林村3组。", "双河镇柳林村3组"),
        ("户主姓名：单某某；建房地点：白沙镇黄土村7组；用地面积：120平方米。", "白沙镇黄土村7组"),
        ("蒋某某，建房位置：黄土村7组，批准面积120平方米。", "黄土村7组"),
        ("钱某某的住房位于大王庄村东头，为土坯房。", "大王庄村东头"),
        ("冯某某的房屋坐落在李家湾村四组村口。", "李家湾村四组村口"),
        ("其宅基地位于城关镇杨庄村3组，面积156平方米。", "城关镇杨庄村3组"),
    ],
)
def test_the_site_of_a_persons_house_is_a_home(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


@pytest.mark.parametrize(
    "text",
    [
        "该项目建设位置为白沙镇黄土村7组，建设内容为村级道路硬化。",
        "本项目建设位置：石门乡枫树村十组，建设规模：新建桥梁1座。",
        "周湾镇至长城镇通村公路拓宽工程建设位置为周湾镇张湾村至马崾岘村段。",
        "某某养殖专业合作社建设地点：石门乡枫树村十组。",
    ],
)
def test_the_site_of_a_project_is_no_home(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, home",
    [
        ("张某某在未取得乡村建设规划许可证的情况下，在桃源镇新华村3组15号建设房屋一栋。", "桃源镇新华村3组15号"),
        ("当事人在城关镇东关村8号搭建楼房两幢。", "城关镇东关村8号"),
    ],
)
def test_a_count_of_buildings_after_a_house_number_is_not_part_of_it(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


# -- a clause about a named person, a household head, the subject before 系 -----------------------


@pytest.mark.parametrize(
    "text, home",
    [
        # no role word: the name found in the clause makes it a person's
        ("经调查，王建国于2023年4月在石门乡枫树村十组自家宅基地上建房。", "石门乡枫树村十组"),
        ("经查，刘桂芳于2024年3月在白沙镇黄土村7组擅自搭建彩钢棚。", "白沙镇黄土村7组"),
        # a household head, then 家位于
        ("郭明亮家位于石门乡枫树村十组，家中有残疾人1名。", "石门乡枫树村十组"),
        # the subject and 系 before a villager's village are not part of it
        ("陈秀英系白沙镇黄土村7组村民，因病致贫。", "白沙镇黄土村7组"),
    ],
)
def test_a_named_persons_village(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


@pytest.mark.parametrize(
    "text",
    [
        "王集乡人民政府于2024年3月在石门乡枫树村十组召开现场会。",
        "县交通局王建国局长一行在白沙镇黄土村7组组织村民开展植树活动。",
    ],
)
def test_a_village_in_a_clause_about_a_body_is_no_home(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


# -- a flat written without divisions needs a place's name before its numbers ---------------------


@pytest.mark.parametrize(
    "text, homes",
    [
        ("选房户冒书瑶第一个进入选房大厅，选定3号楼1单元。", []),  # a verb before the building
        ("承租人梧桐里6幢304室住户已搬离。", ["梧桐里6幢304室"]),  # a person word before the estate
        ("安置房位于梧桐里6幢304室。", ["梧桐里6幢304室"]),
        ("申请人住康居小区20号楼3单元704室。", ["康居小区20号楼3单元704室"]),
        ("分配房源：江南4区71-11-1105。", ["江南4区71-11-1105"]),  # a numbered zone after a short name
    ],
)
def test_a_bare_flat_starts_at_a_places_name(rule_detector, text, homes):
    assert found(rule_detector, text, "CN_ADDRESS") == homes
