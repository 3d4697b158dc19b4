"""Addresses that are places, not homes (issue 17, class 5 / 7): a building or yard listed as a
zone an authority designates (an epidemic's risk areas) in a sentence that says nothing of anyone
living there is kept as a place.  All addresses are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, place",
    [
        ("此前划定的东城区和平街道幸福小区5号楼、东城区安定门街道交道口南大街12号院等2个高风险区，自即日起降为低风险区。",
         "东城区和平街道幸福小区5号楼"),
        ("即日起将朝阳区望京街道花家地北里6号楼划定为高风险区。", "朝阳区望京街道花家地北里6号楼"),
        ("高风险区：海淀区学院路街道石油大院15号楼。", "海淀区学院路街道石油大院15号楼"),
        ("经研判，丰台区卢沟桥街道晓月苑三里8号楼调整为中风险区，实行封控管理。", "丰台区卢沟桥街道晓月苑三里8号楼"),
    ],
)
def test_a_designated_zone_is_a_place(rule_detector, text, place):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert place in found(rule_detector, text, "LOCATION")


@pytest.mark.parametrize(
    "text, home",
    [
        ("病例2居住的朝阳区望京街道花家地北里6号楼已划定为高风险区。", "朝阳区望京街道花家地北里6号楼"),
        ("确诊病例张某，现住址朝阳区望京街道花家地北里6号楼3单元201室，其所住楼栋划定为中风险区。",
         "朝阳区望京街道花家地北里6号楼3单元201室"),
        ("当事人王某，男，42岁，户籍地丰台区卢沟桥街道晓月苑三里8号楼2单元302室，该楼现为低风险区。",
         "丰台区卢沟桥街道晓月苑三里8号楼2单元302室"),
    ],
)
def test_a_home_in_a_zone_stays_a_home(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


@pytest.mark.parametrize(
    "text, home",
    [
        # a hamlet named without 村 before a numbered group
        ("5. 龙光华（住青山村大坪子3组），D级危房改造，补助资金2万元。", "青山村大坪子3组"),
        ("申请人罗某，男，住新民村上坝子二组。", "新民村上坝子二组"),
        # a village's rows of houses
        ("平时住在其舅舅家（临泉县姜寨镇王庄社区12排6号）。", "临泉县姜寨镇王庄社区12排6号"),
        ("户主：韩某，家住郸城县宁平镇李寨村3排21号。", "郸城县宁平镇李寨村3排21号"),
        # a landmark followed by 的
        ("老人独居于白沙镇杨柳村五组卫生室旁的一间瓦房内。", "白沙镇杨柳村五组卫生室旁"),
        # a landmark that is a school or a shop
        ("经入户核实，高德胜（双河镇柏林村二组老学校对面）房屋为C级危房。", "双河镇柏林村二组老学校对面"),
    ],
)
def test_rural_home_forms(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


@pytest.mark.parametrize(
    "text, home",
    [
        ("（1）吕国华家，河口镇前进村南屯水井旁，光荣牌缺失；", "河口镇前进村南屯水井旁"),
        ("（3）蔡红英家，太平镇永安村4组，门楣牌褪色；", "太平镇永安村4组"),
        ("3. 刘德明家：城关镇东关村5组，低保户，", "城关镇东关村5组"),
    ],
)
def test_a_household_named_by_its_head_then_its_address(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


@pytest.mark.parametrize(
    "text",
    [
        "国家，北京市东城区安定门大街1号，",
        "（2）专业户家，太平镇永安村卫生院旁，",
    ],
)
def test_no_household_no_home(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, address, kind",
    [
        ("核查地点：雄关大道88号金色家园8栋2单元1502室露台。", "雄关大道88号金色家园8栋2单元1502室", "CN_ADDRESS"),
        ("勘验地点：历城区花园路101号7号楼2单元301室。", "历城区花园路101号7号楼2单元301室", "CN_ADDRESS"),
        ("会议地点：历下区文化东路12号3楼会议室。", "历下区文化东路12号3楼", "ORG_ADDRESS"),
        ("调查地点：济南市历下区文化东路12号。", "济南市历下区文化东路12号", "ORG_ADDRESS"),
    ],
)
def test_a_flat_at_a_place_cue_is_a_home(rule_detector, text, address, kind):
    assert found(rule_detector, text, kind) == [address]


@pytest.mark.parametrize(
    "text, address",
    [
        ("通讯地址：潍坊市奎文区东风东街6388号市政府办公室，邮政编码：261061", "潍坊市奎文区东风东街6388号"),
        ("来信请寄：淄博市张店区人民西路96号区信访局", "淄博市张店区人民西路96号"),
        ("举报地址：济南市历下区龙奥北路8号5号楼，邮编250099。", "济南市历下区龙奥北路8号5号楼"),
        ("投诉地址：青岛市市南区香港中路11号3单元，受理时间为工作日。", "青岛市市南区香港中路11号3单元"),
        ("报名地点：历下区文化东路12号3楼301室（区人社局就业服务中心）", "历下区文化东路12号3楼301室"),
    ],
)
def test_an_agencys_contact_address_is_no_home(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert address in found(rule_detector, text, "ORG_ADDRESS")


@pytest.mark.parametrize(
    "text, home",
    [
        ("举报人张某，举报地址：济南市历下区龙奥北路8号5号楼2单元301室。", "济南市历下区龙奥北路8号5号楼2单元301室"),
        ("通讯地址：济南市历下区文化东路12号3单元201室张某收", "济南市历下区文化东路12号3单元201室"),
    ],
)
def test_a_persons_address_at_such_a_cue_stays_a_home(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


@pytest.mark.parametrize(
    "text, place, home",
    [
        ("申请人韦某，男，住濮院镇工贸大道3区1871。", "濮院镇工贸大道3区", "濮院镇工贸大道3区1871"),
        ("申请人韦某，男，住文一路翠苑4区8-6单元1342。", "文一路翠苑", "文一路翠苑4区8-6单元1342"),
        ("被申请人郝某，现住宁波江北压赛堰1398号。", "宁波江北", "宁波江北压赛堰1398号"),
        ("第三人殷某，家住柯桥轻纺城北四区六楼1081号。", "柯桥轻纺城北四区六楼", "柯桥轻纺城北四区六楼1081号"),
    ],
)
def test_a_place_after_a_home_cue_with_a_flats_numbers_is_the_home(text, place, home):
    from review_desk.core.detect.ner.address import find_addresses

    i = text.index(place)
    found_ = [(a.type, text[a.start : a.end]) for a in find_addresses(text, model_spans=[("LOCATION", i, i + len(place))])]
    assert ("CN_ADDRESS", home) in found_


@pytest.mark.parametrize(
    "text, place",
    [
        ("会议在濮院镇工贸大道3区1871召开。", "濮院镇工贸大道3区"),
        ("申请人韦某，男，住濮院镇，现年45岁。", "濮院镇"),
    ],
)
def test_no_home_cue_or_no_numbers_no_home(text, place):
    from review_desk.core.detect.ner.address import find_addresses

    i = text.index(place)
    assert [a for a in find_addresses(text, model_spans=[("LOCATION", i, i + len(place))]) if a.type == "CN_ADDRESS"] == []


@pytest.mark.parametrize(
    "text, home",
    [
        ("户籍地浙江省杭州市西湖区万塘路1389号华领国际B3，现住", "浙江省杭州市西湖区万塘路1389号华领国际B3"),
        ("家住重庆市渝北区新南路259号水晶国际10-7。", "重庆市渝北区新南路259号水晶国际10-7"),
        ("住址：历城区花园路101号东环商城B526。", "历城区花园路101号东环商城B526"),
    ],
)
def test_the_models_longer_span_adds_the_flats_names_and_numbers(text, home):
    from review_desk.core.detect.ner.address import find_addresses

    i = text.index(home)
    found_ = [(a.type, text[a.start : a.end]) for a in find_addresses(text, model_spans=[("CN_ADDRESS", i, i + len(home))])]
    assert found_ == [("CN_ADDRESS", home)]


def test_the_models_longer_span_does_not_add_words():
    from review_desk.core.detect.ner.address import find_addresses

    text = "家住历城区花园路101号附近的小区。"
    span = "历城区花园路101号附近"
    i = text.index(span)
    found_ = [text[a.start : a.end] for a in find_addresses(text, model_spans=[("CN_ADDRESS", i, i + len(span))])]
    assert found_ == ["历城区花园路101号"]
