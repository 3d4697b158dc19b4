"""Names of private persons in government documents that have no Chinese surname to start them or
stand where a surname rule cannot see them: Uyghur and Mongolian names written without the middle
dot, roster cells the model reads as persons, the owner inside a sole proprietor's shop name, cue
words that begin a longer word, a Japanese given name ending in a character that ends organisation
names.  Sentences are written like those of relief rosters, 送达公告, 表彰 lists and 双公示; every
name is invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.person import find_persons


def _names(text: str, model_spans=()) -> list[str]:
    return [text[s.start : s.end] for s in find_persons(text, model_spans=model_spans)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("7　吐尔洪艾山　男　50　张庄村　800", "吐尔洪艾山"),
        ("　　（1）艾尔肯阿不都热依木，男，扑救居民楼火灾。", "艾尔肯阿不都热依木"),
        ("　　（2）苏和巴雅尔同志制止持刀抢劫。", "苏和巴雅尔"),
        ("　　本院受理原告斯琴高娃诉被告古丽米拉吾斯曼民间借贷纠纷一案", "斯琴高娃"),
        ("　　本院受理原告斯琴高娃诉被告古丽米拉吾斯曼民间借贷纠纷一案", "古丽米拉吾斯曼"),
        ("走访慰问退休职工阿布力孜依明老人。", "阿布力孜依明"),
        ("申请人玛依拉托合提反映其住房困难。", "玛依拉托合提"),
        ("第二批：亚森艾买提、努尔兰库尔班", "亚森艾买提"),
        ("第二批：亚森艾买提、努尔兰库尔班", "努尔兰库尔班"),
        ("1　布和　男　48　王家庄村　1000", "布和"),
        ("监护人宝音那顺所持身份证件与户口簿一致。", "宝音那顺"),
    ],
)
def test_uyghur_and_mongolian_names_without_the_dot_are_one_span(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n != name and (n in name or name in n) for n in names)  # no half of it, nothing longer


@pytest.mark.parametrize(
    "text",
    [
        "巴音郭楞蒙古自治州民政局",
        "乌兰察布市集宁区",
        "今天乌云密布，有雷阵雨。",
        "监护人额尔敦·孟和所持身份证件",  # the dotted rule reads it whole; no half from this rule
    ],
)
def test_no_minority_name_in_places_words_or_halves(text: str) -> None:
    names = _names(text)
    assert not any(n in ("巴音", "乌兰", "乌云", "额尔敦", "孟和") for n in names), names


def test_roster_cells_the_model_read_as_persons() -> None:
    text = "　　钱晓霞　　周德福　　格日勒"
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("钱晓霞", "周德福", "格日勒")]
    assert _names(text, spans) == ["钱晓霞", "周德福", "格日勒"]
    rare = "　　郅兰芳  申屠永强  孙梓轩  乜逸航"
    assert _names(rare, [(rare.index("郅兰芳"), rare.index("郅兰芳") + 3), (rare.index("乜逸航"), rare.index("乜逸航") + 3)]) == [
        "郅兰芳", "申屠永强", "孙梓轩", "乜逸航"]


@pytest.mark.parametrize(
    "text",
    [
        "序号　姓名　国籍　工作单位",
        "　　张村镇　羊亭镇　温泉镇",
    ],
)
def test_a_header_row_the_model_misread_is_no_roster(text: str) -> None:
    cells = [c for c in text.split("　") if c]
    spans = [(text.index(c), text.index(c) + len(c)) for c in cells]
    assert [n for n in _names(text, spans) if n in ("张村镇", "羊亭镇", "温泉镇", "姓名", "国籍", "序号")] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1\t历城区尹华副食品商店\t食品安全\t未发现问题", "尹华"),
        ("2\t嘉祥县谢琳汽车修理部\t计量器具\t责令整改", "谢琳"),
        ("3｜历城区澹台敏日用品经营部｜92370112H7U5F4JEK7｜", "澹台敏"),
        ("4｜历城区梁书瑶日用品经营部｜", "梁书瑶"),
        ("投诉临清市庾满仓服装店销售过期食品一事", "庾满仓"),
        ("许可对象：历下区马琴水果商行", "马琴"),
    ],
)
def test_shop_owner_ends_where_the_goods_begin(text: str, name: str) -> None:
    assert name in _names(text)
    assert not any(n != name and n.startswith(name) for n in _names(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("（1）吐尔逊艾力，男，扑救居民楼火灾。", "楼火灾"),
        ("学生会主席团成员名单", "会主席"),
        ("序号 姓名 国籍 工作单位", "国籍"),
        ("信访事项复查意见书", "项复查"),
    ],
)
def test_cue_words_that_begin_a_longer_word(text: str, wrong: str) -> None:
    assert wrong not in _names(text)


def test_a_name_stops_before_a_verb_of_acting_alone() -> None:
    assert "闾丘玲" in _names("认为其父名下宅基地被儿媳闾丘玲擅自变更登记")
    assert "闾丘玲擅" not in _names("认为其父名下宅基地被儿媳闾丘玲擅自变更登记")


def test_a_japanese_given_name_ending_like_an_organisation_when_the_model_agrees() -> None:
    text = "　　1．日本籍当事人河野健司：青黄市监处字〔2026〕312号"
    s = text.index("河野健司")
    assert "河野健司" in _names(text, [(s, s + 4)])
    assert "中村小学" not in _names("日本籍学生就读于中村小学。")


def test_a_rare_surname_cell_on_a_line_of_names() -> None:
    assert _names("　　宝音·敖登　朝鲁·宝音　乜春华　司空欣怡　付晓东") == ["宝音·敖登", "朝鲁·宝音", "乜春华", "司空欣怡", "付晓东"]
    assert _names("　　乜春华　居委会　办公室") == []  # no line of names: a rare surname alone is not read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("（8）扎西　男　83岁　杨柳店村", "扎西"),
        ("3｜卓玛｜女｜72｜", "卓玛"),
    ],
)
def test_one_tibetan_element_in_a_row_with_a_gender(text: str, name: str) -> None:
    assert name in _names(text)


def test_one_tibetan_element_in_running_text_is_not_read() -> None:
    assert _names("今年扎西德勒文艺晚会在拉萨举行。") == []


def _model(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("施工单位项目经理白雪（手机19121488893）承认存在夜间施工", ("白雪",), "白雪"),
        ("　　四年级二班：向阳、谢雪宁、熊红娥", ("向阳", "谢雪宁", "熊红娥"), "向阳"),
        ("　　（4）高洁，女，扑救居民楼火灾。", ("高洁",), "高洁"),
        ("获奖学生：谢雪宁、钟情、熊红娥", ("谢雪宁", "钟情", "熊红娥"), "钟情"),
    ],
)
def test_a_word_like_name_the_model_read_where_the_context_says_person(text, model, name) -> None:
    assert name in _names(text, _model(text, *model))


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("坚持和平（见附件）", ("和平",)),  # no cue before, no name list around it
        ("今年向阳、红旗两个社区", ("向阳",)),  # 红旗 is no name found
        ("汪洋，男女老少都来观潮。", ("汪洋",)),  # ，男女… is no gender cue
    ],
)
def test_a_word_the_model_misread_stays_a_word(text, model) -> None:
    assert model[0] not in _names(text, _model(text, *model))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　（6）邰新勤同志制止持刀抢劫。", "邰新勤"),
        ("　　（4）方圆同志扑救居民楼火灾。", "方圆"),
        ("　　（2）缑建华同志协助民警抓获盗窃嫌疑人。", "缑建华"),
        ("慰问中，庾满仓大娘说，日子一年比一年好。", "庾满仓"),
        ("。郜长林大爷告诉记者，合作社今年分了红。", "郜长林"),
    ],
)
def test_a_private_person_written_onto_a_title_then_a_verb(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["人大代表召开座谈会", "全体代表出席会议", "区政协委员参加调研"])
def test_bodies_and_roles_before_a_title_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("　　经查，其侄子郏明远长期在外务工。", "郏明远"),
        ("　　其叔叔俎长江于2025年去世。", "俎长江"),
        ("　　其姐夫石建国承包的鱼塘被淹。", "石建国"),
    ],
)
def test_a_name_right_after_a_kinship_word_of_his(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["其婆婆身体不好，长期卧床。", "婆婆妈妈的事情不必多说。", "其儿子上学期间表现良好"])
def test_kinship_words_without_a_name(text: str) -> None:
    assert _names(text) == []


def test_a_dotted_name_the_model_cut_inside_its_last_element() -> None:
    text = "　　原告阿力木江·买买提诉被告热孜万古丽吐尔逊离婚纠纷一案"
    s = text.index("阿力木江")
    assert "阿力木江·买买提" in _names(text, [(s, s + 7)])
