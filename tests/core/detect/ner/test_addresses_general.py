"""General address shapes (measured with benchmarks/address_coverage.py on real-world address
shapes): short province / city names, dashes between divisions, numbers without 号 after a home
cue, Chinese-numeral and lettered buildings, zones, hamlets, estates without a suffix followed by
a flat, rooms after a house number, and table cells under a home-address column.
All addresses are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, address",
    [
        # a province / city without its suffix, a leading 中国, dashes between divisions
        ("申请人某某，住浙江杭州市西湖区青枫路18号。", "浙江杭州市西湖区青枫路18号"),
        ("户籍地：中国浙江省湖州市吴兴区青枫路21号，", "中国浙江省湖州市吴兴区青枫路21号"),
        ("家住浙江-湖州市-吴兴区青枫路9号的某某", "浙江-湖州市-吴兴区青枫路9号"),
        ("住址：湖州吴兴区青枫路12号", "湖州吴兴区青枫路12号"),
        # after a home cue: a number without 号 at the end, a dashed number, 室 after it
        ("家住吴兴区青枫路246的某某", "吴兴区青枫路246"),
        ("住址：吴兴区青枫路66-70，电话略", "吴兴区青枫路66-70"),
        ("住址：吴兴区青枫路1482-5-797室", "吴兴区青枫路1482-5-797室"),
        # a road name with a number in it; 弄 + 号 + 室
        ("现住：吴兴区新枫3路17号", "吴兴区新枫3路17号"),
        ("住址：吴兴区枫林路1060弄73号1338室", "吴兴区枫林路1060弄73号1338室"),
        # a room number right after the house number; a room after 号 and 室
        ("住址：吴兴区青枫路73号1641", "吴兴区青枫路73号1641"),
        ("住址：吴兴区青枫苑134幢105号704室", "吴兴区青枫苑134幢105号704室"),
        # Chinese-numeral and lettered buildings / units / floors
        ("住址：吴兴区青枫路126号三栋三单元，", "吴兴区青枫路126号三栋三单元"),
        ("住址：吴兴区碧枫豪园十四幢527", "吴兴区碧枫豪园十四幢527"),
        ("住址：吴兴区青枫路8号c16栋九单元751", "吴兴区青枫路8号c16栋九单元751"),
        ("住址：吴兴区青枫苑53幢3号", "吴兴区青枫苑53幢3号"),
        ("住址：吴兴区青枫苑3-1号楼2901", "吴兴区青枫苑3-1号楼2901"),
        ("住址：吴兴区青枫路5号楼10单元8层410", "吴兴区青枫路5号楼10单元8层410"),
        ("住址：吴兴区青枫苑149楼11单元1264室", "吴兴区青枫苑149楼11单元1264室"),
        ("住址：吴兴区青枫小区148幢西单元1466室", "吴兴区青枫小区148幢西单元1466室"),
        # zones of a complex or village (3区, B区, 一期)
        ("住址：吴兴区青枫家园3区159幢11单元2537", "吴兴区青枫家园3区159幢11单元2537"),
        ("住址：吴兴区太平街道三枫村C区93幢5号", "吴兴区太平街道三枫村C区93幢5号"),
        # a road named without a number, then the complex
        ("住址：吴兴区青枫路枫林花园南楼11单元610", "吴兴区青枫路枫林花园南楼11单元610"),
        ("住址：吴兴区青枫路枫林花园5-436", "吴兴区青枫路枫林花园5-436"),
        # a complex with a house number / a dashed flat / a unit + room, no building
        ("家住吴兴区青枫苑69号的某某", "吴兴区青枫苑69号"),
        ("住址：吴兴区明枫苑103-575", "吴兴区明枫苑103-575"),
        ("住址：吴兴区织里镇枫凰小区12单元467", "吴兴区织里镇枫凰小区12单元467"),
        ("住址：吴兴区枫益小区2-6-5-1187", "吴兴区枫益小区2-6-5-1187"),
        ("住址：吴兴区枫苑小区828", "吴兴区枫苑小区828"),
        # an estate without a suffix, then a flat (floor + room after the dash)
        ("住址：吴兴区金枫自在城一期45-2968", "吴兴区金枫自在城一期45-2968"),
        ("住址：吴兴区青枫路8号枫华时代6-1412", "吴兴区青枫路8号枫华时代6-1412"),
        # villages: a hamlet and a group before the number; a bare number; 户
        ("住址：吴兴区织里镇古枫村严家9组212号", "吴兴区织里镇古枫村严家9组212号"),
        ("住址：吴兴区织里镇昌枫村林家1005号", "吴兴区织里镇昌枫村林家1005号"),
        ("住址：吴兴区织里镇枫家坞村135，", "吴兴区织里镇枫家坞村135"),
        ("住址：吴兴区织里镇大枫村292户", "吴兴区织里镇大枫村292户"),
        # a hamlet / natural village right after a town or district, a number after a town
        ("住址：吴兴区织里镇钱枫浜130号", "吴兴区织里镇钱枫浜130号"),
        ("住址：吴兴区织里镇178号", "吴兴区织里镇178号"),
        # a development zone between the district and the road
        ("住址：吴兴区枫林经济开发区枫园路18号3幢201室", "吴兴区枫林经济开发区枫园路18号3幢201室"),
        # a town name that is the start of a road name
        ("住：新镇路1060弄73号1338室。", "新镇路1060弄73号1338室"),
        # the model calls it a place, but a home cue stands before it
        ("申请人某某，男，住大枫街道坝枫西路502号。", "大枫街道坝枫西路502号"),
    ],
)
def test_general_home_address_shapes(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "湖州市吴兴区枫林路5号8楼",  # a floor: a flat under a home-address column
        "吴兴区青枫路246",
        "中国浙江省湖州市吴兴区青枫路21号",
        "湖州市吴兴区广场路86号",  # 广场 / 中心 in a road name is not an office building
        "湖州市吴兴区织里镇枫凰小区12单元467",
    ],
)
def test_home_address_column_cells(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS", context=["家庭住址"]) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # numbers without 号 are an address only after a home cue
        "湖州市共有城市道路120，桥梁35座。",
        "湖州市吴兴区道路2019-2023年改造计划",
        "湖州市吴兴区青枫路口发生事故3起，",
        # jurisdictions and towns stay places
        "湖州市吴兴区织里镇2023年工作总结",
        "浙江湖州市吴兴区人民政府3号文件",
    ],
)
def test_no_home_address_without_cue_or_with_org(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


def test_dashed_number_after_an_organisation_is_not_a_flat(rule_detector):
    text = "住址：吴兴区青枫路8号枫林公司6-1412"
    assert found(rule_detector, text, "CN_ADDRESS") == ["吴兴区青枫路8号"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("该公司注册地址为浙江杭州市西湖区青枫路18号。", "浙江杭州市西湖区青枫路18号"),
        ("经营场所：湖州吴兴区青枫路12号", "湖州吴兴区青枫路12号"),
    ],
)
def test_org_addresses_with_short_names_stay_org(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert found(rule_detector, text, "ORG_ADDRESS") == [address]
