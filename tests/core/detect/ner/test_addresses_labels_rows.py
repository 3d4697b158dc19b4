"""Whose address it is (issue 17, class 5): a label with a bracketed alternative inside it
(住（居住）地, 户籍（居住）地址) is the home cue it spells, and an address cell of a table that mixes
persons and companies (双公示: 类别 自然人 | 法人) is a home on a person's row although it is a bare
street number.  All names and addresses are invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.scanner import scan_path
from review_desk.core.detect.tables import CONTEXT_SEP, PERSON_ROW, _text_contexts

from .conftest import found
from .test_table_contexts import _seg


@pytest.mark.parametrize(
    "text, address",
    [
        ("申请人：蒋立群，男，住（居住）地：济南市历下区文化东路12号。", "济南市历下区文化东路12号"),
        ("被申请人：赵某，住所（经常居住地）：潍坊市奎文区胜利东街88号，", "潍坊市奎文区胜利东街88号"),
        ("第三人：孙某，户籍（居住）地址：淄博市张店区共青团西路15号。", "淄博市张店区共青团西路15号"),
        ("当事人钱某，现（居）住址：青岛市市南区香港中路8号。", "青岛市市南区香港中路8号"),
        ("住（居住）地：烟台市芝罘区南大街162号", "烟台市芝罘区南大街162号"),
    ],
)
def test_bracketed_alternative_in_a_home_label(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text, address",
    [
        ("济南鲁信商贸有限公司，住所（主要经营场所）：济南市历下区经十路100号。", "济南市历下区经十路100号"),
        ("本机关（复议机构）地址：济南市历下区龙奥北路8号。", "济南市历下区龙奥北路8号"),
    ],
)
def test_bracketed_premises_label_stays_an_organisations(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert address in found(rule_detector, text, "ORG_ADDRESS")


_MIXED = [
    "行政相对人名称\t类别\t住所\t处罚决定书文号\t处罚内容",
    "柏文秀\t自然人\t河间市新华东路340号\t河市监罚〔2026〕153号\t罚款9000元",
    "沧州恒达保温材料有限公司\t法人\t河间市新华东路46号\t河市监罚〔2026〕589号\t罚款14000元",
    "单秋菊\t个人\t献县乐寿镇建设大街58号\t献市监罚〔2026〕17号\t警告",
    "献县宏兴商贸有限公司\t法人及非法人组织\t献县乐寿镇建设大街60号\t献市监罚〔2026〕18号\t警告",
]


def test_an_address_cell_of_a_persons_row_carries_the_row_word():
    segs = [_seg(t) for t in _MIXED]
    ctx = _text_contexts(segs)
    assert ctx[1].cells[2][2].split(CONTEXT_SEP) == ["住所", PERSON_ROW]
    assert ctx[2].cells[2][2] == "住所"
    assert ctx[3].cells[2][2].split(CONTEXT_SEP) == ["住所", PERSON_ROW]
    assert ctx[4].cells[2][2] == "住所"


@pytest.mark.parametrize(
    "row",
    [
        "冯玉兰\t女\t泊头市解放东路77号\t泊市监罚〔2026〕33号\t罚款500元",
        "冯玉兰\t130981196507120023\t泊头市解放东路77号\t泊市监罚〔2026〕33号\t罚款500元",
        "冯玉兰\t1309**********0023\t泊头市解放东路77号\t泊市监罚〔2026〕33号\t罚款500元",
    ],
)
def test_a_gender_or_id_cell_marks_the_row_a_persons(row):
    ctx = _text_contexts([_seg("行政相对人名称\t类别\t住所\t处罚决定书文号\t处罚内容"), _seg(row)])
    assert ctx[1].cells[2][2].split(CONTEXT_SEP) == ["住所", PERSON_ROW]


def test_mixed_publicity_table_end_to_end(rule_detector, tmp_path):
    path = tmp_path / "双公示.txt"
    path.write_text("\n".join(_MIXED) + "\n", encoding="utf-8")
    result = scan_path(str(path), rule_detector)
    homes = [f.text for f in result.findings if f.type == "CN_ADDRESS"]
    assert homes == ["河间市新华东路340号", "献县乐寿镇建设大街58号"]
    orgs = [f.text for f in result.findings if f.type == "ORG_ADDRESS"]
    assert orgs == ["河间市新华东路46号", "献县乐寿镇建设大街60号"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("经查，当事人于2025年5月在城关镇杨庄村3组南侧占用耕地建房。", "城关镇杨庄村3组"),
        ("被处罚人李某在王集乡小刘村五组自家承包地内违法建设养殖棚。", "王集乡小刘村五组"),
        ("当事人王某于2024年在沙河乡李湾村四组擅自开挖鱼塘。", "沙河乡李湾村四组"),
        ("行为人刘某某于2023年8月至今在新集镇王楼村第二村民小组建设砖混结构房屋一栋。", "新集镇王楼村第二村民小组"),
        ("经核实，申请人未经审批于2022年在柳林县留誉镇前元村二社翻建住房。", "柳林县留誉镇前元村二社"),
    ],
)
def test_a_villages_group_in_a_clause_about_a_person_is_a_home(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "镇政府于3月在城关镇杨庄村3组召开村民大会。",
        "第三人：柳林县留誉镇前元村第二村民小组。",
        "全镇共有12个村、86个村民小组，当事人所在的杨庄村3组组长已到场。",
        "县交通局在王集乡小刘村五组修建便民桥一座。",
        "镇政府组织村民在城关镇杨庄村3组开展植树活动。",
        "学生在城关镇杨庄村3组参加社会实践。",
    ],
)
def test_a_villages_group_about_a_body_or_no_one_is_not(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, homes, orgs",
    [
        ("送达地址：申请人周某为荣昌区盘龙镇大建村3社；被申请人吴某为荣昌区盘龙镇长岭村七社。",
         ["荣昌区盘龙镇大建村3社", "荣昌区盘龙镇长岭村七社"], []),
        ("各方确认的送达地址：原告钱某为平阴县孝直镇后寨村5组；被告济南某某建材有限公司为平阴县孝直镇工业园路8号。",
         ["平阴县孝直镇后寨村5组"], ["平阴县孝直镇工业园路8号"]),
        ("邮寄地址：申请人杜某为大足区龙水镇金龙村八社12号；第三人贺某为大足区龙水镇西街18号3单元2楼。",
         ["大足区龙水镇金龙村八社12号", "大足区龙水镇西街18号3单元2楼"], []),
    ],
)
def test_a_home_cue_over_a_list_of_parties(rule_detector, text, homes, orgs):
    assert found(rule_detector, text, "CN_ADDRESS") == homes
    assert found(rule_detector, text, "ORG_ADDRESS") == orgs


_BUILDING_SITES = [
    "序号\t申请人\t建房位置\t占地面积（平方米）\t建房类型",
    "1\t柏文秀\t城关镇杨庄村\t120\t原址翻建",
    "2\t单秋菊\t城关镇杨庄村三组\t110\t新建",
    "3\t冯玉兰\t白道口镇赵拐村14组北侧\t96\t新建",
    "4\t蒋立群\t王集乡小刘村委会东边\t88\t原址翻建",
]


def test_a_building_site_column_of_a_persons_table_carries_the_person_column():
    ctx = _text_contexts([_seg(t) for t in _BUILDING_SITES])
    assert ctx[1].cells[2][2].split(CONTEXT_SEP) == ["建房位置", PERSON_ROW]


def test_a_site_cell_is_no_name(rule_detector):
    # 原宅基地 under 拟建位置 of a person's table: the row's person word makes no name column
    assert found(rule_detector, "原宅基地", "PERSON", context=["拟建位置", PERSON_ROW]) == []


def test_building_sites_of_persons_are_homes(rule_detector, tmp_path):
    path = tmp_path / "建房公示.txt"
    path.write_text("\n".join(_BUILDING_SITES) + "\n", encoding="utf-8")
    homes = [f.text for f in scan_path(str(path), rule_detector).findings if f.type == "CN_ADDRESS"]
    assert homes == ["城关镇杨庄村", "城关镇杨庄村三组", "白道口镇赵拐村14组北侧", "王集乡小刘村委会东边"]


@pytest.mark.parametrize(
    "cell, context",
    [
        ("白道口镇赵拐村14组北侧", ["建设位置", PERSON_ROW]),
        ("城关镇杨庄村南侧", ["房屋坐落", PERSON_ROW]),
    ],
)
def test_a_village_with_a_bare_side_word_in_a_persons_column(rule_detector, cell, context):
    assert found(rule_detector, cell, "CN_ADDRESS", context=context) == [cell]


@pytest.mark.parametrize(
    "cell, header",
    [
        ("李家湾村", "所在村（社区）"),
        ("杏花村3组", "所在村组"),
        ("城关镇东关村", "所在村"),
        ("新华社区", "所属社区"),
        ("前进村四社", "所在组"),
    ],
)
def test_the_village_a_person_belongs_to_is_a_place(rule_detector, cell, header):
    assert found(rule_detector, cell, "CN_ADDRESS", context=[header]) == []
    assert found(rule_detector, cell, "LOCATION", context=[header]) == [cell]


@pytest.mark.parametrize(
    "cell, header",
    [
        ("黄河镇杏花村3组", "所在村"),
        ("杏花村3组12号", "所在村组"),
        ("城关镇东关村第二村民小组", "所在村（社区）"),
        ("李家湾村5组", "家庭住址（村组）"),
    ],
)
def test_a_membership_cell_written_as_an_address_is_a_home(rule_detector, cell, header):
    assert found(rule_detector, cell, "CN_ADDRESS", context=[header]) == [cell]


def test_a_docx_mixed_table_marks_the_persons_rows():
    from review_desk.core.detect.tables import _docx_contexts
    from review_desk.core.document.model import SegmentKind

    cells = [
        ("1", "1", "行政相对人名称"), ("1", "2", "类别"), ("1", "3", "住所"),
        ("2", "1", "柏文秀"), ("2", "2", "自然人"), ("2", "3", "河间市新华东路340号"),
        ("3", "1", "沧州恒达保温材料有限公司"), ("3", "2", "法人"), ("3", "3", "河间市新华东路46号"),
    ]
    segs = [
        _seg(text, location=f"tbl[1]/tr[{r}]/tc[{c}]/p[1]", kind=SegmentKind.PARAGRAPH) for r, c, text in cells
    ]
    ctx = _docx_contexts(segs)
    assert ctx[5].cells[0][2].split(CONTEXT_SEP)[:2] == ["住所", PERSON_ROW]
    assert ctx[8].cells[0][2].split(CONTEXT_SEP)[0] == "住所"
    assert PERSON_ROW not in ctx[8].cells[0][2].split(CONTEXT_SEP)


_NAMED_PARTIES = [
    "行政相对人名称\t住所\t处罚决定书文号\t处罚内容",
    "柏文秀\t河间市新华东路340号\t河市监罚〔2026〕153号\t罚款9000元",
    "沧州恒达保温材料有限公司\t河间市新华东路46号\t河市监罚〔2026〕589号\t罚款14000元",
    "河间市老周烧烤店\t河间市新华东路52号\t河市监罚〔2026〕590号\t警告",
    "单某\t献县乐寿镇建设大街58号\t献市监罚〔2026〕17号\t警告",
    "华联超市\t献县乐寿镇建设大街60号\t献市监罚〔2026〕18号\t警告",
]


def test_a_persons_name_under_the_party_column_marks_the_row(rule_detector, tmp_path):
    ctx = _text_contexts([_seg(t) for t in _NAMED_PARTIES])
    assert [PERSON_ROW in ctx[i].cells[1][2].split(CONTEXT_SEP) for i in range(1, 6)] == [True, False, False, True, False]
    path = tmp_path / "处罚公示.txt"
    path.write_text("\n".join(_NAMED_PARTIES) + "\n", encoding="utf-8")
    homes = [f.text for f in scan_path(str(path), rule_detector).findings if f.type == "CN_ADDRESS"]
    assert homes == ["河间市新华东路340号", "献县乐寿镇建设大街58号"]


@pytest.mark.parametrize(
    "text, home",
    [
        ("被告：荣某，男，1965年生，汉族，济南市历下区文化东路12号。", "济南市历下区文化东路12号"),
        ("申请人：苗某，女，汉族，1972年3月5日出生，无业，济南市槐荫区经七路88号。", "济南市槐荫区经七路88号"),
        ("第三人：温某，男，1958年出生，回族，农民，德州市陵城区丁庄镇西街5号。", "德州市陵城区丁庄镇西街5号"),
    ],
)
def test_the_last_item_of_a_persons_introduction_is_a_home(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]


@pytest.mark.parametrize(
    "text",
    [
        "证人：周某，男，在济南某某有限公司工作，济南市历下区经十路100号。",
        "委托代理人：吴某，男，山东某某律师事务所律师，济南市历下区经十路100号。",
        "申请人：郑某，女，45岁，济南市历下区泉城路100号恒隆广场15层。",
    ],
)
def test_an_employers_address_in_an_introduction_is_not(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


def _form(cells):
    from review_desk.core.document.model import SegmentKind

    return [_seg(text, location=f"tbl[1]/tr[{r}]/tc[{c}]/p[1]", kind=SegmentKind.PARAGRAPH) for r, c, text in cells]


def test_a_persons_form_gives_its_address_value_the_person_word(rule_detector):
    from review_desk.core.detect.tables import _docx_contexts

    segs = _form([("1", "1", "姓名"), ("1", "2", "苗某"), ("2", "1", "身份证号码"), ("2", "2", "370102198001011234"),
                  ("3", "1", "住所"), ("3", "2", "济南市历下区文化东路12号")])
    words = _docx_contexts(segs)[5].cells[0][2].split(CONTEXT_SEP)
    assert words[-2:] == ["住所", PERSON_ROW]
    assert found(rule_detector, "济南市历下区文化东路12号", "CN_ADDRESS", context=words) == ["济南市历下区文化东路12号"]


def test_an_organisations_form_does_not():
    from review_desk.core.detect.tables import _docx_contexts

    segs = _form([("1", "1", "名称"), ("1", "2", "济南某某商贸有限公司"), ("2", "1", "法定代表人"), ("2", "2", "苗某"),
                  ("3", "1", "住所"), ("3", "2", "济南市历下区经十路100号")])
    words = _docx_contexts(segs)[5].cells[0][2].split(CONTEXT_SEP)
    assert words[-1] == "住所" and PERSON_ROW not in words


@pytest.mark.parametrize(
    "cell",
    [
        "历城区花园路101号华信国际B3",
        "历下区文化东路12号金色家园13幢a座1250室",
        "章丘区明水街道兴城小区B13-10号",
        "槐荫区大莹东方国际15楼C1274",
        "历下区泉城路8号恒隆公寓二楼6",
    ],
)
def test_a_home_column_cell_is_the_address_whole(rule_detector, cell):
    assert found(rule_detector, cell, "CN_ADDRESS", context=["家庭住址"]) == [cell]


@pytest.mark.parametrize("cell", ["执法人员：执法证号37010023581", "联系电话13905310000", "不详", "同上"])
def test_a_home_column_cell_that_is_no_address(rule_detector, cell):
    assert found(rule_detector, cell, "CN_ADDRESS", context=["家庭住址"]) == []
