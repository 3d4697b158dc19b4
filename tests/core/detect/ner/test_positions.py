"""Names found by their syntactic position (no 申请人：-style cue): a preposition / role word /
punctuation before, a person's act after; role nouns glued to the name; lists with 、 / 和 read
backwards and forwards; Tibetan names; speaker labels; rare surnames.  All names are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, names",
    [
        # a boundary / preposition before, a person's act after
        ("会上，柴永福表示将按期整改。", ["柴永福"]),
        ("经查，房明杰认为补偿标准过低。", ["房明杰"]),
        ("。鄢立春同意该方案。", ["鄢立春"]),
        ("据左秋生反映，路灯已损坏多日。", ["左秋生"]),
        ("向柴明说明了情况。后柴明表示理解。", ["柴明"]),
        ("本机关收到鄢国华提出的政府信息公开申请。", ["鄢国华"]),
        ("邻居反映，祁永安家的院墙已倒塌。", ["祁永安"]),
        ("组长提出，晏春梅老人独居多年。", ["晏春梅"]),
        ("写有“诸葛云飞13912345678”字样的纸条。", ["诸葛云飞"]),
        ("乙方之母司徒秀兰（1950-03-02出生）随同搬迁。", ["司徒秀兰"]),
        # role nouns glued to the name
        ("现场有收银员闵家乐，以及厨师滕子墨和帮工邝大勇。", ["闵家乐", "滕子墨", "邝大勇"]),
        ("会同村委会主任苗青、村民代表欧阳小雨入户核实。", ["苗青", "欧阳小雨"]),
        ("由其丈夫柏文涛打电话告知。", ["柏文涛"]),
        ("由押运员阎军出庭作证。", ["阎军"]),
        ("利害关系人：卜春燕，住址略。", ["卜春燕"]),
        ("权利人登记为邰丽萍，房屋用途为住宅。", ["邰丽萍"]),
        ("监护人（家属）邵雪，电话略。", ["邵雪"]),
        # lists: backwards from a found name, forwards with 和 / 与
        ("授予岑国梁、龚勇同志“优秀志愿者”称号。", ["岑国梁", "龚勇"]),
        ("散步的蔺晓东与阚志鹏闻声赶到。", ["蔺晓东", "阚志鹏"]),
        # Tibetan names have no surname
        ("店主扎西卓玛一起将歹徒制服。", ["扎西卓玛"]),
        ("格桑拉姆：\n本机关收到您的申请。", ["格桑拉姆"]),
        # Q/A transcripts and speaker labels
        ("利害关系人邝丽娟：我不同意。", ["邝丽娟"]),
    ],
)
def test_position_names(rule_detector, text, names):
    assert found(rule_detector, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "根据《某市2023年公开招聘中小学教师简章》，确定名单。",  # 师 + 简章 is not a role + name
        "主动公开政府信息情况、收到和处理政府信息公开申请情况。",  # 和 is a conjunction
        "当事人、车辆、道路和交通环境等基本情况：",  # a heading, not a salutation
        "经申请人申报、街道初审、区住房保障部门复审。",
        "由其家属代领，须出具委托书。",
        "联系电话略，代收后拒绝签名。",
        "中国工商银行",
        "山东师范大学\u3000小学数学教师",
        "关于村（居）民委员会成员候选人的公示",
        "通过宫庆律师（某律师事务所）提交。",
    ],
)
def test_position_rules_do_not_fire_on_words(rule_detector, text):
    assert [n for n in found(rule_detector, text, "PERSON") if n not in ("宫庆",)] == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("买买提江·吐逊那天请假。", ["买买提江·吐逊"]),
        ("小型轿车乘车人玛丽亚·罗德里格斯，持护照略。", ["玛丽亚·罗德里格斯"]),
        ("诊所请来的医生卡佳·彼得罗娃，持通行证略。", ["卡佳·彼得罗娃"]),
        ("厨师滕子墨和帮工阿迪力·吾守尔。", ["滕子墨", "阿迪力·吾守尔"]),
        ("约翰·史密斯无责任。", ["约翰·史密斯"]),
        ("雅克·杜兰已于11月1日离境。", ["雅克·杜兰"]),
    ],
)
def test_dotted_name_boundaries(rule_detector, text, names):
    assert found(rule_detector, text, "PERSON") == names


def test_header_row_laid_out_with_spaces_is_not_a_name(rule_detector):
    assert found(rule_detector, "家庭成员情况：\n姓名          关系        身份证号\n", "PERSON") == []


@pytest.mark.parametrize(
    "text, context, names",
    [
        ("雍晓", ["姓名"], ["雍晓"]),  # two characters, a rare surname, in a name column
        ("宓子涵", ["留宿人"], ["宓子涵"]),  # any role column ending in 人
        ("次旦卓嘎", ["姓名"], ["次旦卓嘎"]),
        ("5人", ["家庭人口"], []),
        ("某某公司", ["单位名称"], []),
    ],
)
def test_name_columns(rule_detector, text, context, names):
    assert found(rule_detector, text, "PERSON", context=context) == names


def test_rare_surnames_are_confident():
    from review_desk.core.detect.ner.gazetteers import surnames

    s = surnames()
    for ch in "雍璩缑宓扈麴屠芮":
        assert s.confident_at(ch + "明", 0), ch


@pytest.mark.parametrize(
    "text, names",
    [
        ("本机关对邝永平作出如下处理决定。", ["邝永平"]),
        ("经与邝永平核实，情况属实。", ["邝永平"]),
        ("由邝永平负责联系。", ["邝永平"]),
        ("2023年5月，邝永平擅自在其院内搭建彩钢房。", ["邝永平"]),
        ("邝永平未按要求整改。", ["邝永平"]),
        ("邝永平、邝永安兄弟二人共同经营。", ["邝永平", "邝永安"]),
        ("邝永平户年人均收入低于标准。", ["邝永平"]),
        ("贫困户邝永平家中有残疾人。", ["邝永平"]),
        ("刘诗雨同学获得一等奖。", ["刘诗雨"]),
    ],
)
def test_frames_before_and_after(rule_detector, text, names):
    assert found(rule_detector, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "经研究认为，该申请不符合条件。",
        "由于管理不善的原因，造成损失。",
        "会议强调，要把群众满意度作为评价标准。",
        "技术合作合同和协议，金额较大。",
        "对全市的情况进行了调查。",
        "各单位要高度重视，对方的意见应当听取。",
    ],
)
def test_frames_do_not_fire_on_ordinary_phrases(rule_detector, text):
    assert found(rule_detector, text, "PERSON") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("姜一帆、石雪夫妇：\n你们于某日提出的申请收悉。", ["姜一帆", "石雪"]),  # a couple in a salutation
        ("\n赫连晓晴联系方式：13900000000", ["赫连晓晴"]),  # a name followed by a contact number
        ("申请人：樊一舟：迈克尔·怀特医生有执业资格。", ["樊一舟", "迈克尔·怀特"]),  # ·怀特 is not a name of its own
        ("从业人员冼美华、努尔艾力·阿不都拉的健康证明", ["冼美华", "努尔艾力·阿不都拉"]),  # 不 / 都 in a transliteration
    ],
)
def test_boundary_details(rule_detector, text, names):
    assert found(rule_detector, text, "PERSON") == names


def test_backward_list_does_not_split_a_found_name():
    from review_desk.core.detect.ner.person import find_persons

    text = "我局分管副局长杜一鸣多次与诸葛春来代表电话沟通。"
    s = text.index("杜一鸣")
    names = [text[x.start : x.end] for x in find_persons(text, model_spans=[(s, s + 3)])]
    assert "一鸣多" not in names and "鸣多次" not in names
    assert names == ["杜一鸣", "诸葛春来"]


@pytest.mark.parametrize(
    "text",
    [
        "学习贯彻习近平新时代中国特色社会主义思想。",  # a national leader is not personal data to redact
        "向乙方及某医生本人主张任何权利。",  # 何 ends the word 任何
        "泰安仁和医院管理有限公司",  # 泰安 is a city
    ],
)
def test_public_figures_and_words_are_not_names(rule_detector, text):
    assert found(rule_detector, text, "PERSON") == []
