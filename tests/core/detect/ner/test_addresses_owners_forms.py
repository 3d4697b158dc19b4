"""Address forms and owners added with dev 6: sub-numbers in Chinese numerals (之六), a room written
with 号 after 门, 嘎查 / 苏木 of Inner Mongolia, role nouns that make the clause a person's (受援人,
被执行人 …), and an agency's premises in or after an address (…街道办事处三楼, …号政务服务中心),
a neutral 地址 after an agency named in the clause, a 村 inside a town or street name.
All addresses are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, address",
    [
        ("户籍地福州市鼓楼区东街街道文儒坊3号之六，现住", "福州市鼓楼区东街街道文儒坊3号之六"),
        ("家住福州市鼓楼区南街街道宫巷12号附三号。", "福州市鼓楼区南街街道宫巷12号附三号"),
        ("住址：北京市东城区槐荫胡同5号院1号楼2门503号", "北京市东城区槐荫胡同5号院1号楼2门503号"),
        ("家住达拉特旗树林召镇乌兰嘎查3号，", "达拉特旗树林召镇乌兰嘎查3号"),
        ("住址：达拉特旗展旦召苏木新民堡村五社", "达拉特旗展旦召苏木新民堡村五社"),
        ("受援人沈某，联系地址：安顺市西秀区宋旗镇龙井村4组86号，联系电话略", "安顺市西秀区宋旗镇龙井村4组86号"),
        ("被执行人许某，联系地址：襄阳市樊城区王寨街道东门巷2号，", "襄阳市樊城区王寨街道东门巷2号"),
    ],
)
def test_home_address_forms(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text, address",
    [
        ("三、报名地址：小店区平阳路街道办事处三楼305室；", None),
        ("异议书面材料送达地址：农安县宝塔街道黄龙路1566号政务服务中心二楼。", "农安县宝塔街道黄龙路1566号"),
        ("当事人可于期满前到樊城区城市管理执法局二楼法制科领取，地址：樊城区人民路169号。", "樊城区人民路169号"),
        ("韩村乡人民政府\t莲池区韩村乡韩村北街1号\t周一至周五", "莲池区韩村乡韩村北街1号"),
    ],
)
def test_agency_premises_are_not_homes(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert address is None or address in found(rule_detector, text, "ORG_ADDRESS")


@pytest.mark.parametrize(
    "text, address, kind",
    [
        ("三、报名地址：小店区平阳路街道办事处三楼305室；", "小店区平阳路街道办事处三楼305室", "ORG_ADDRESS"),
        ("受援人沈某，邮寄地址：西秀区塔山东路154号虹山湖苑C座16层2106室，", "西秀区塔山东路154号虹山湖苑C座16层2106室", "CN_ADDRESS"),
    ],
)
def test_classify_by_premises_and_subject(text, address, kind):
    from review_desk.core.detect.ner.address import classify

    start = text.index(address)
    assert classify(text, start, start + len(address)) == kind


@pytest.mark.parametrize(
    "text, address",
    [
        # no division in front: a dwelling's tail (building + unit / room, 弄, a yard's building)
        ("王某（湖北路52号院9号楼4单元704号）：你反映的问题", "湖北路52号院9号楼4单元704号"),
        ("4\t黄某\t东山雅苑5幢503室\t95.42", "东山雅苑5幢503室"),
        ("安置房位于莲池雅居5栋1单元1504，面积", "莲池雅居5栋1单元1504"),
        ("居住证持有人：平吉路312弄5号602室。", "平吉路312弄5号602室"),
    ],
)
def test_addresses_without_divisions(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "办公地点：湖北路52号院9号楼4单元，",  # an office's cue
        "会议在市人民政府3号楼召开。",  # an organisation's building
        "共有12栋住宅楼、3个单元。",  # no address at all
    ],
)
def test_bare_flats_that_are_not_homes(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, span_start, begins",
    [
        ("9 范某 女 砀山县赵屯镇陈楼村2组47号", "赵屯镇", "砀山县"),  # the county before a model span
        ("住安徽省宿州市砀山县赵屯镇陈楼村", "赵屯镇", "安徽省"),
        ("收件人地址：吴兴区平遥县古陶镇东关村", "平遥县", "平遥县"),  # a district that does not lead on
        ("张店区扎兰屯市翠苑小区", "扎兰屯市", "扎兰屯市"),
        ("报告称陈楼村2组47号", "陈楼村", "陈楼村"),
    ],
)
def test_divisions_written_before_a_span(text, span_start, begins):
    from review_desk.core.detect.ner.address.divisions import divisions_before
    from review_desk.core.detect.ner.gazetteers import admin_gazetteer

    assert divisions_before(text, text.index(span_start), admin_gazetteer()) == text.index(begins)


@pytest.mark.parametrize(
    "text, address",
    [
        ("　　滑县上官镇赵拐村8组村民余某家庭收入超过标准，", "滑县上官镇赵拐村8组"),
        ("另，江津区朱杨镇石佛村村民胡某报称", "江津区朱杨镇石佛村"),
        ("经查，树林召镇乌兰嘎查三社牧民巴某", None),  # 牧民 is not in the list: nothing claimed
        ("威宁县草海镇松林村村民委员会决定", None),  # the village committee, not a villager
        ("本村村民代表会议通过", None),
    ],
)
def test_a_village_before_its_villager(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == ([address] if address else [])


@pytest.mark.parametrize(
    "text, address",
    [
        # floors in Chinese numerals and basements, a house inside a yard, a relative place before the flat
        ("户主：戴某，住址：金桂花园15栋二楼9号，", "金桂花园15栋二楼9号"),
        ("住址：御景湾6栋负一楼4号。", "御景湾6栋负一楼4号"),
        ("住址：莲池路161号院内7号，", "莲池路161号院内7号"),
        ("与其同住的王某，住同楼8栋1单元802室。", "8栋1单元802室"),
        # brackets after a name or a home cue
        ("望奎镇：丁某某（林集村小南屯）、谢某", "林集村小南屯"),
        ("4. 雷某某（监护人曹某，郭嘉镇李岗村六社），家庭已脱离低保", "郭嘉镇李岗村六社"),
        ("应在该处登记，其户籍地（重庆市开州区敦好镇唐岗村十一社）不再重复登记", "重庆市开州区敦好镇唐岗村十一社"),
    ],
)
def test_floors_yards_and_brackets(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "本项目（林集村小南屯）已完工。",  # no name, no home cue before the bracket
        "便民服务点（林集村村委会）",
        "丁某某（望奎镇人民政府）",  # the bracket is an agency
    ],
)
def test_brackets_that_are_not_homes(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, header, address",
    [
        ("城南安置小区B4-1-1504", "安置地址", "城南安置小区B4-1-1504"),  # a lettered building before a dashed flat
        ("洪山二区65号", "租住地址", "洪山二区65号"),  # a zone of an estate with a house number
        ("附城镇唐寨村委会上坡村", "户籍地址", "附城镇唐寨村委会上坡村"),  # a natural village under its 村委会
        ("宾川县金牛镇罗官村委会田心自然村6号", "户籍地址", "宾川县金牛镇罗官村委会田心自然村6号"),
    ],
)
def test_address_cells_without_a_road(rule_detector, text, header, address):
    assert found(rule_detector, text, "CN_ADDRESS", context=[header]) == [address]


@pytest.mark.parametrize(
    "text, address",
    [
        ("周某称其居住于闵行区幸福路1035弄7支弄31号，反映", "闵行区幸福路1035弄7支弄31号"),  # Shanghai 支弄
        ("赵某（住于都县岭背镇长青村11组43号）遗失", "于都县岭背镇长青村11组43号"),
    ],
)
def test_more_home_forms(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize("text", ["联系方式：手机17646576332", "执法人员：执法证号37010023581"])
def test_a_number_after_a_label_is_no_zone_house(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS", context=["住址"]) == []


def test_a_model_span_that_begins_inside_a_division_name():
    from review_desk.core.detect.ner.address.divisions import division_around
    from review_desk.core.detect.ner.gazetteers import admin_gazetteer

    text = "赵某(住于都县岭背镇长青村11组43号)"
    assert division_around(text, text.index("都县"), admin_gazetteer()) == text.index("于都县")
    assert division_around(text, text.index("岭背镇"), admin_gazetteer()) == text.index("岭背镇")


@pytest.mark.parametrize(
    "text, address",
    [
        ("现住银州区工人街道龙山小区11号楼1单元三〇二，系", "银州区工人街道龙山小区11号楼1单元三〇二"),  # a room in Chinese digits
        ("经常居住地为曹县倪集街道张庄社区东区13排7号（租住）。", "曹县倪集街道张庄社区东区13排7号"),  # rows of bungalows
        ("（1）康居小区20号楼3单元704室住户杨某一家", "康居小区20号楼3单元704室"),  # a clause after a closing bracket
        ("2｜戴某｜4｜枫林路8号附15号｜西翥公租房小区14-1-904｜445", "西翥公租房小区14-1-904"),  # a dashed flat
        # the dwelling named after the address makes it a home
        ("蒋某夫妇遗失购买位于江西省赣州市于都县银坑镇青年路三十八号的房屋的契税完税证明", "江西省赣州市于都县银坑镇青年路三十八号"),
    ],
)
def test_rooms_rows_dashes_and_dwellings(rule_detector, text, address):
    assert address in found(rule_detector, text, "CN_ADDRESS")


def test_a_village_house_number_in_chinese_numerals_in_a_cell(rule_detector):
    assert found(rule_detector, "罗官村田心自然村十三号", "CN_ADDRESS", context=["家庭住址"]) == ["罗官村田心自然村十三号"]


@pytest.mark.parametrize("text", ["会议定于2026-12-04召开。", "编号：12-3-4567", "工程位于青年路38号的办公楼"])
def test_dashes_and_buildings_that_are_no_homes(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("现居住地址：昆明市 五华区 普吉街道 云台路214号，", "昆明市 五华区 普吉街道 云台路214号"),
        ("住湖北省 武汉市 洪山区 珞南街道 雄楚大道1038号 金地格林小镇8栋3单元804室；",
         "湖北省 武汉市 洪山区 珞南街道 雄楚大道1038号 金地格林小镇8栋3单元804室"),
    ],
)
def test_divisions_written_with_spaces(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


def test_a_space_after_an_address_does_not_join_the_next_words(rule_detector):
    assert found(rule_detector, "住址：昆明市五华区普吉街道云台路214号 金地格林小镇8栋", "CN_ADDRESS") == [
        "昆明市五华区普吉街道云台路214号"
    ]


@pytest.mark.parametrize(
    "text, address",
    [
        ("刊登遗失声明请持本人身份证原件到报社广告部办理，地址：于都县贡江镇长征大道8号，电话略", "于都县贡江镇长征大道8号"),
        ("请申请人前往服务窗口领取证书，地址：樊城区人民路169号。", "樊城区人民路169号"),
    ],
)
def test_the_address_of_where_to_go_is_not_a_home(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert found(rule_detector, text, "ORG_ADDRESS") == [address]


def test_a_persons_address_after_a_neutral_cue_stays_a_home(rule_detector):
    text = "申请人王某，男，地址：樊城区人民路169号3栋2单元501室。"
    assert found(rule_detector, text, "CN_ADDRESS") == ["樊城区人民路169号3栋2单元501室"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("卢某，女，家住韩集镇朱店村卫生室旁，听力较差", "韩集镇朱店村卫生室旁"),
        ("董某，女，68岁，家住大陆村镇谢洼村南街。", "大陆村镇谢洼村南街"),
        ("证人李某（住团结村一社堰塘边）证实", "团结村一社堰塘边"),
        ("任某，男，76岁，家住四芝兰镇朱集村小学东侧。因", "四芝兰镇朱集村小学东侧"),
    ],
)
def test_a_rural_home_described_by_a_landmark(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


def test_a_relative_village_road_is_no_home(rule_detector):
    assert found(rule_detector, "建设位置：本组村道北侧，", "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("张某租住于鼎山大道66号滨江新城4栋701室，", "鼎山大道66号滨江新城4栋701室"),  # 于 after the cue is no road
        ("王某，现居于文苑南路3号银杏苑2幢301室。", "文苑南路3号银杏苑2幢301室"),
        ("李某借住在海洲街道硖川路12号3幢201室", "海洲街道硖川路12号3幢201室"),
        ("赵某（住于都县岭背镇长青村11组43号）", "于都县岭背镇长青村11组43号"),  # ... unless it begins a county
    ],
)
def test_residence_verbs_and_their_prepositions(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text, addresses",
    [
        ("经查，当事人钱某在其位于北格镇武宿村的自建房内非法经营。", ["北格镇武宿村"]),  # a person's dwelling
        ("本次征收范围为北格镇武宿村的房屋及附属设施。", []),  # a village's houses
        ("其居住的滨江新城5栋2单元1201室被划为封控区", ["滨江新城5栋2单元1201室"]),
    ],
)
def test_a_village_before_a_persons_dwelling(rule_detector, text, addresses):
    assert found(rule_detector, text, "CN_ADDRESS") == addresses


def test_a_businesss_premises_are_not_its_owners_home(rule_detector):
    text = "经营者：王某；经营场所：莱州市文昌路街道府前东街5号；住所：莱州市沙河镇朱家庄村218号。"
    assert found(rule_detector, text, "CN_ADDRESS") == ["莱州市沙河镇朱家庄村218号"]
    assert found(rule_detector, text, "ORG_ADDRESS") == ["莱州市文昌路街道府前东街5号"]


@pytest.mark.parametrize("text", ["项目分布在：高新区（白杨村3组）、经开区。", "，王庄镇（东冯营村）"])
def test_a_place_before_a_bracket_is_no_name(rule_detector, text):
    assert found(rule_detector, text, "CN_ADDRESS") == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("住址：吴川市长岐镇山基村东三巷5号之一", "吴川市长岐镇山基村东三巷5号之一"),  # a sub-number after a village lane
        ("住址：鼓楼区湖南路街道湖北路10号-1", "鼓楼区湖南路街道湖北路10号-1"),
        ("住址：农安县宝塔街道黄龙路88号龙城花园小区12栋3单元5楼东户", "农安县宝塔街道黄龙路88号龙城花园小区12栋3单元5楼东户"),
    ],
)
def test_sub_numbers_and_flats_by_side(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]


def test_a_range_of_house_numbers_is_not_a_sub_number(rule_detector):
    assert found(rule_detector, "住址：鼓楼区湖南路街道湖北路10号-12号", "CN_ADDRESS") != ["鼓楼区湖南路街道湖北路10号-1"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("经核查，拟对居住在油溪镇大坡村3社的低保户赵某停发低保金。", "油溪镇大坡村3社"),  # not cut before its group
        ("家住哈拉海镇四合村的张某", "哈拉海镇四合村"),
    ],
)
def test_a_village_address_before_de(rule_detector, text, address):
    assert found(rule_detector, text, "CN_ADDRESS") == [address]
