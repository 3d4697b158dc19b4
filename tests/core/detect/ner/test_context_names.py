"""Names introduced by a context cue (当事人：, 申请人, 法定代表人：, 联系人, 委托代理人, 信访人, 户主,
经办人) and names followed by a title (代表 / 委员 / 同志 / 先生 / 女士).  All names are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, names",
    [
        ("当事人：武明轩，男，1980年出生。", ["武明轩"]),
        ("申请人贺兰芝于2023年3月1日提出申请。", ["贺兰芝"]),
        ("被申请人：蒋立峰", ["蒋立峰"]),
        ("法定代表人：柏文涛\n住所：某市某区", ["柏文涛"]),
        ("联系人：吕晓宁，电话：0531-8888888", ["吕晓宁"]),
        ("委托代理人卞志远（系申请人之子）", ["卞志远"]),
        ("信访人施玉兰反映，其房屋漏水。", ["施玉兰"]),
        ("户主焦德胜患有慢性病，家庭困难。", ["焦德胜"]),
        ("经办人：滕子航", ["滕子航"]),
        ("受送达人｜岑秀云\n", ["岑秀云"]),
        ("姚振宇代表：\n    您提出的建议收悉。", ["姚振宇"]),
        ("感谢雷雨菲委员、邵立军委员的提案。", ["雷雨菲", "邵立军"]),
        ("由孟庆丰同志负责联系。", ["孟庆丰"]),
        ("褚立新先生、卜晓燕女士：", ["褚立新", "卜晓燕"]),
        ("信访人名单：谈建平（手机13912345678）、景春生（手机13812345678）、滑宇。", ["谈建平", "景春生", "滑宇"]),
        ("1、芦彩霞，女，出生日期：1980年5月6日；", ["芦彩霞"]),
        ("病例2：伏建军，男，45岁，", ["伏建军"]),
        ("柯明远等5人：\n    你们反映的问题收悉。", ["柯明远"]),
        ("关于江晓梅政府信息公开申请的答复", ["江晓梅"]),
    ],
)
def test_context_cues(rule_detector, text, names):
    assert found(rule_detector, text, "PERSON") == names


@pytest.mark.parametrize(
    "text, context, names",
    [
        ("戚文博", ["姓名"], ["戚文博"]),
        (" 焦玉兰 ", ["户主姓名"], ["焦玉兰"]),
        ("房秀珍", ["值班人员"], ["房秀珍"]),
        ("济南某某有限公司", ["当事人名称"], []),
        ("职务", ["姓名"], []),
    ],
)
def test_roster_cells(rule_detector, text, context, names):
    assert found(rule_detector, text, "PERSON", context=context) == names


@pytest.mark.parametrize(
    "text",
    [
        "当事人未能提供进货查验记录。",
        "执法人员已对当事人进行批评教育。",
        "请机动车所有人自公告之日起30日内办理。",
        "课后服务坚持学生家长自愿原则。",
        "当事人名称：某某商贸有限公司",
        "序号｜姓名｜职务｜证件类型",
        "见证人：历下区某某街道办事处工作人员",
        "本局于2023年4月18日向当事人送达了处罚告知书。",
        "人大代表和政协委员姓名、联系方式不予公开。",
    ],
)
def test_no_name_in_ordinary_words(rule_detector, text):
    assert found(rule_detector, text, "PERSON") == []
