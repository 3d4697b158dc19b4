"""PHONE_NUMBER: mobiles and landlines in every spelling; hotlines and other numbers are not phones."""

from __future__ import annotations

import pytest

from .helpers import FULLWIDTH_DIGITS, ID_A, spans

T = "PHONE_NUMBER"
M = "13812345678"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (M, M),
        ("联系电话" + M + "。", M),
        ("手机号码：138 1234 5678，", "138 1234 5678"),
        ("手机138-1234-5678", "138-1234-5678"),
        ("联系方式+86 138 1234 5678。", "+86 138 1234 5678"),
        ("联系方式+86-13812345678。", "+86-13812345678"),
        ("(+86)13812345678", "(+86)13812345678"),
        ("电话86-13812345678", "86-13812345678"),
        ("电话0086 13812345678", "0086 13812345678"),
        ("电话" + M.translate(FULLWIDTH_DIGITS) + "联系", M.translate(FULLWIDTH_DIGITS)),
        ("张三" + "19912345678" + "住", "19912345678"),
        (M + "为其手机号", M),
        ("电话0531-86123456。", "0531-86123456"),
        ("联系电话：0531—86123456；", "0531—86123456"),
        ("电话(0531)86123456", "(0531)86123456"),
        ("电话（0531）86123456", "（0531）86123456"),
        ("电话（０５３１）８６１２３４５６", "（０５３１）８６１２３４５６"),
        ("电话0531 8612 3456，", "0531 8612 3456"),
        ("电话0531-8612 3456，", "0531-8612 3456"),
        ("电话010-62345678", "010-62345678"),
        ("电话0631-5123456", "0631-5123456"),  # 7-digit local number
        ("电话0531-86123456转123。", "0531-86123456转123"),
        ("家庭电话053186123456", "053186123456"),  # unseparated: needs context
    ],
)
def test_found(detector, text, expected):
    assert spans(detector, text, T) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "请拨打12345热线",
        "消费者投诉举报专线12315",
        "报警请拨打110，火警119，急救120，交通事故122",
        "客服电话95588",
        "服务热线400-123-4567",
        "服务热线800-810-8888",
        "4001234567",
        "编号1234567890",  # 10 digits
        "流水号2023051612345",
        "12812345678",  # 1[3-9] only
        "138123456789",  # 12 digits
        "A13812345678",
        "身份证号" + ID_A,
        "鲁金监发〔2018〕21号",
        "罚款人民币1,234,567.89元",
        "罚款50000元",
        "第十五条",
        "编号053186123456",  # unseparated landline shape without context
        "0531-12345",  # local hotline
        "手机138****5678",  # masked
        "发票号码053186123456",  # 号码 is not phone context
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []


def test_mobile_inside_email_is_the_email(detector):
    found = detector.detect("邮箱13812345678@139.com")
    assert [(d.type, d.text) for d in found] == [("EMAIL_ADDRESS", "13812345678@139.com")]
