"""EMAIL_ADDRESS: only the address, never the Chinese word before it or punctuation after it."""

from __future__ import annotations

import pytest

from .helpers import spans

T = "EMAIL_ADDRESS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("邮箱zhangsan@163.com", "zhangsan@163.com"),
        ("电子邮箱：zhangsan@163.com。", "zhangsan@163.com"),
        ("邮箱:li.si_88@mail.example.com.cn，电话", "li.si_88@mail.example.com.cn"),
        ("联系邮箱（wangwu1985@qq.com）", "wangwu1985@qq.com"),
        ("ｚｈａｏ＠１６３．ｃｏｍ联系", "ｚｈａｏ＠１６３．ｃｏｍ"),
        ("zhang+tag@example.org", "zhang+tag@example.org"),
        ("发送至a-b.c@sub-domain.example.cn；", "a-b.c@sub-domain.example.cn"),
        ("请发邮件至zhangsan@163.com.", "zhangsan@163.com"),
    ],
)
def test_found(detector, text, expected):
    assert spans(detector, text, T) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "邮箱zhangsan@localhost",
        "@163.com",
        "zhangsan@",
        "张三@李四",
        "a..b@163.com",
        "网址www.gov.cn",
        "发送至a-b.c@sub-domain.gov.cn；",  # a government mailbox is not personal (issue 17)
        "鲁金监发〔2018〕21号",
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []
