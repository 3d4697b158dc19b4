"""CN_ADDRESS (a person's home, one exact span) vs LOCATION (a jurisdiction) vs ORG_ADDRESS
(a company's or agency's address; action keep).  All addresses are invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.finding import Action
from review_desk.core.detect.ner.address import find_addresses, parse_address
from review_desk.core.detect.policy import default_action

from .conftest import found


@pytest.mark.parametrize(
    "text, address",
    [
        ("申请人：欧阳春晓，住址：北京市朝阳区建国路88号2号楼1单元501室。", "北京市朝阳区建国路88号2号楼1单元501室"),
        ("信访人钱大明，家住河北省石家庄市长安区中山东路15号院3栋2单元402室。", "河北省石家庄市长安区中山东路15号院3栋2单元402室"),
        ("现居住地：山东省烟台市芝罘区向阳街道胜利路56号", "山东省烟台市芝罘区向阳街道胜利路56号"),
        ("户籍地：河南省周口市郸城县汲冢镇李楼村3组21号", "河南省周口市郸城县汲冢镇李楼村3组21号"),
        ("当事人王某，现住历下区文化西路12号9号楼2单元301室，手机略", "历下区文化西路12号9号楼2单元301室"),
        ("住址 济南市天桥区无影山路66号绿景家园3号楼3单元2302。", "济南市天桥区无影山路66号绿景家园3号楼3单元2302"),
        ("家庭住址：山东省菏泽市郓城县黄安镇张楼村88号", "山东省菏泽市郓城县黄安镇张楼村88号"),
        ("（原址郓城县侯咽集镇赵庄村15号）", "郓城县侯咽集镇赵庄村15号"),
        ("住槐荫区经二路140号8号楼5单元2202室，手机略", "槐荫区经二路140号8号楼5单元2202室"),
        ("住济南市历下区燕山小区3号楼2单元401室，", "济南市历下区燕山小区3号楼2单元401室"),
        ("家住上海市黄浦区南京东路123弄4号502室。", "上海市黄浦区南京东路123弄4号502室"),
        ("现住址：广东省广州市天河区天河北路233号中信广场A座1201室", "广东省广州市天河区天河北路233号中信广场A座1201室"),
        ("住济南市市中区七里山路8号院5号楼3-2-401。", "济南市市中区七里山路8号院5号楼3-2-401"),
        ("户籍地址：山东省临沂市兰陵县向城镇东村", "山东省临沂市兰陵县向城镇东村"),
        ("张三，男，住本市历下区舜耕路28号舜耕山庄11号楼2单元202室", "历下区舜耕路28号舜耕山庄11号楼2单元202室"),
    ],
)
def test_home_address_span(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text, location",
    [
        ("本案由济南市历下区人民法院管辖，事发地点位于济南市历下区。", "济南市历下区"),
        ("青岛市市南区、市北区的居民", "青岛市市南区"),
    ],
)
def test_jurisdiction_is_location_not_home(rule_detector, text, location):
    dets = rule_detector.detect(text)
    assert not [d for d in dets if d.type == "CN_ADDRESS"]
    assert location in [d.text for d in dets if d.type == "LOCATION"]
    assert default_action("LOCATION") is Action.KEEP


@pytest.mark.parametrize(
    "text, address",
    [
        ("当事人：某某餐饮管理有限公司\n法定代表人：柏文涛\n住所：济南市历下区和平路47号", "济南市历下区和平路47号"),
        ("该公司注册地址为上海市浦东新区张江路500号。", "上海市浦东新区张江路500号"),
        ("（本局地址：济南市历下区和平路3号，邮编250014）", "济南市历下区和平路3号"),
        ("经营场所：泰安市泰山区青年路100号", "泰安市泰山区青年路100号"),
        ("培训地点：山东大厦（济南市历下区马鞍山路2号）", "济南市历下区马鞍山路2号"),
        ("来信地址：郓城县金河路218号", "郓城县金河路218号"),
    ],
)
def test_company_and_agency_address_is_org_address(rule_detector, text, address):
    dets = rule_detector.detect(text)
    assert not [d for d in dets if d.type == "CN_ADDRESS"]
    assert address in [d.text for d in dets if d.type == "ORG_ADDRESS"]
    assert default_action("ORG_ADDRESS") is Action.KEEP


def test_person_with_residence_keyword_is_home(rule_detector):
    text = "当事人：卫东升，男\n住所：济南市历城区华山路8号3号楼1单元101室"
    assert found(rule_detector, text, "CN_ADDRESS") == ["济南市历城区华山路8号3号楼1单元101室"]


def test_parse_needs_a_house_number():
    text = "济南市历下区泉城路"
    assert parse_address(text, 0) == (6, False)
    assert [a.type for a in find_addresses("位于济南市历下区。")] == ["LOCATION"]


def test_model_address_span_is_extended(fake_model_detector):
    text = "住址：历城区花园路101号7号楼2单元302室。"
    assert found(fake_model_detector, text, "CN_ADDRESS") == ["历城区花园路101号7号楼2单元302室"]
