"""Address shapes and owners added for dev2: named villagers' groups, complexes without a
小区-type suffix, 号楼 + room number, dashed flats after a complex, table cells under an address
column, org-owned addresses behind home-like cues, and a district name standing alone.
All addresses are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, address",
    [
        # villages with named / numbered groups (组 / 社)
        ("户籍地山西省晋中市平遥县古陶镇东关村委会槐树组7号，身高", "山西省晋中市平遥县古陶镇东关村委会槐树组7号"),
        ("家住平遥县古陶镇东关村三社12号。", "平遥县古陶镇东关村三社12号"),
        # a complex without 小区/花园 suffix, followed by a building
        ("房屋坐落为浙江省湖州市吴兴区月河街道碧湖湾C座902室。", "浙江省湖州市吴兴区月河街道碧湖湾C座902室"),
        ("住址：吴兴区碧湖湾6栋2单元1402", "吴兴区碧湖湾6栋2单元1402"),
        # 号楼 followed by a room written with 号
        ("家住吴兴区月河街道康乐家园12号楼803号，", "吴兴区月河街道康乐家园12号楼803号"),
        # a road number, a complex and a dashed flat
        ("住址：吴兴区苕溪路17号翠竹苑4-2-601，电话略", "吴兴区苕溪路17号翠竹苑4-2-601"),
        # the cue 居住地 is one cue (not 住 + 地…), a copula after the cue is skipped
        ("居住地湖州市吴兴区苕溪路17号6幢1103室，", "湖州市吴兴区苕溪路17号6幢1103室"),
        ("您填写的通讯地址为吴兴区苕溪路21号翠竹苑2-1-302，联系电话略", "吴兴区苕溪路21号翠竹苑2-1-302"),
        # an org-type cue, but a person's address
        ("经营者姓名莫某、身份证号码略、住所湖州市吴兴区苕溪路9弄3号201室、联系电话略", "湖州市吴兴区苕溪路9弄3号201室"),
        ("法定代表人住所：湖州市吴兴区月河街道碧湖湾A座1201室", "湖州市吴兴区月河街道碧湖湾A座1201室"),
        ("代表某某的联系地址为湖州市吴兴区月河街道碧湖湾C座2101室，", "湖州市吴兴区月河街道碧湖湾C座2101室"),
        # 门 as a unit, 附N号, a road section with a Chinese numeral, 单元N号
        ("住址：湖州市吴兴区苕溪路30号院5号楼2门301", "湖州市吴兴区苕溪路30号院5号楼2门301"),
        ("家住湖州市吴兴区月河街道苕溪路2号附3号", "湖州市吴兴区月河街道苕溪路2号附3号"),
        ("现住：湖州市吴兴区苕溪路四段12号6栋2-301", "湖州市吴兴区苕溪路四段12号6栋2-301"),
        ("住湖州市吴兴区苕溪路24号院3号楼1单元12号", "湖州市吴兴区苕溪路24号院3号楼1单元12号"),
    ],
)
def test_home_address_shapes(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text, header, address",
    [
        ("平遥县古陶镇东关村委会槐树组3号", "家庭住址", "平遥县古陶镇东关村委会槐树组3号"),
        ("吴兴区苕溪路17号翠竹苑4-2-601", "住址", "吴兴区苕溪路17号翠竹苑4-2-601"),
        ("湖州市吴兴区月河街道康乐家园2号楼1901号", "所有人登记住址", "湖州市吴兴区月河街道康乐家园2号楼1901号"),
    ],
)
def test_address_column_cells(rule_detector, text, header, address):
    assert found(rule_detector, text, "CN_ADDRESS", context=[header]) == [address]


def test_address_column_of_an_organisation_is_org_address(rule_detector):
    text = "湖州市吴兴区苕溪路88号"
    assert found(rule_detector, text, "CN_ADDRESS", context=["注册地址"]) == []
    assert found(rule_detector, text, "ORG_ADDRESS", context=["注册地址"]) == [text]


@pytest.mark.parametrize(
    "text, address",
    [
        ("被申请人：某某物流有限公司，住所地吴兴区苕溪路88号，统一社会信用代码略", "吴兴区苕溪路88号"),
        ("乙方（医方）：市第三人民医院，住所地吴兴区苕溪路120号。", "吴兴区苕溪路120号"),
        ("企业通信地址：湖州市吴兴区苕溪路66号", "湖州市吴兴区苕溪路66号"),
        ("证人某某，住湖州市吴兴区苕溪路76号酒店。", "湖州市吴兴区苕溪路76号"),
        ("通讯地址：湖州市吴兴区苕溪路7号\n", "湖州市吴兴区苕溪路7号"),  # a letter's contact footer
    ],
)
def test_org_owned_addresses_behind_home_cues(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert found(rule_detector, text, "ORG_ADDRESS") == [address]


def test_district_followed_by_another_division_is_a_place(rule_detector):
    text = "收件人地址：吴兴区平遥县古陶镇东关村三社12号（由家属代收）"
    assert found(rule_detector, text, "CN_ADDRESS") == ["平遥县古陶镇东关村三社12号"]
    assert "吴兴区" not in "".join(found(rule_detector, text, "CN_ADDRESS"))


def test_agency_complex_is_not_a_home(rule_detector):
    assert found(rule_detector, "地址：吴兴区人民政府3号楼2单元", "CN_ADDRESS") == []


def test_model_address_span_without_an_address_shape_is_dropped():
    from review_desk.core.detect.ner.address import find_addresses

    text = "本月津贴标准调整。"
    s = text.index("月津贴标准")
    assert find_addresses(text, model_spans=[("CN_ADDRESS", s, s + 5)]) == []


def test_model_address_span_starting_at_a_dangling_district():
    from review_desk.core.detect.ner.address import find_addresses

    text = "收件人地址：吴兴区平遥县古陶镇东关村三社12号（代收）"
    s = text.index("吴兴区")
    e = text.index("（")
    spans = [(a.type, text[a.start : a.end]) for a in find_addresses(text, model_spans=[("CN_ADDRESS", s, e)])]
    assert ("CN_ADDRESS", "平遥县古陶镇东关村三社12号") in spans
    assert not any(t == "CN_ADDRESS" and "吴兴区" in x for t, x in spans)


def test_model_address_span_on_a_document_number_is_dropped():
    from review_desk.core.detect.ner.address import find_addresses

    text = "住建公开延字〔2024〕9号"
    assert find_addresses(text, model_spans=[("CN_ADDRESS", 1, len(text))]) == []


def test_bare_address_column_is_decided_by_shape(rule_detector):
    # 住所 alone: a company's street number is an organisation's, a flat is a home
    assert found(rule_detector, "湖州市吴兴区苕溪路88号", "ORG_ADDRESS", context=["住所"]) == ["湖州市吴兴区苕溪路88号"]
    flat = "湖州市吴兴区苕溪路88号3号楼2单元301室"
    assert found(rule_detector, flat, "CN_ADDRESS", context=["住所"]) == [flat]
    assert found(rule_detector, "湖州市吴兴区苕溪路88号", "CN_ADDRESS", context=["经营者住所"]) == ["湖州市吴兴区苕溪路88号"]
