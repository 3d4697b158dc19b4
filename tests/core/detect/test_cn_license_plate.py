"""CN_LICENSE_PLATE: ordinary, new-energy and trailer plates; not words such as 鲁金监发."""

from __future__ import annotations

import pytest

from .helpers import spans

T = "CN_LICENSE_PLATE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("车牌号鲁A12345的车辆", "鲁A12345"),
        ("鲁A·12345", "鲁A·12345"),
        ("鲁A 12345", "鲁A 12345"),
        ("驾驶京B7K291小型轿车", "京B7K291"),
        ("鲁Q·7K291", "鲁Q·7K291"),
        ("新能源车鲁AD12345", "鲁AD12345"),
        ("鲁A·D12345", "鲁A·D12345"),
        ("鲁AFA1234", "鲁AFA1234"),
        ("粤B12345D大型新能源车", "粤B12345D"),
        ("挂车鲁A1234挂", "鲁A1234挂"),
        ("鲁A1234警", "鲁A1234警"),
        ("鲁A1234学", "鲁A1234学"),
        ("沪C12345", "沪C12345"),
        ("号牌为苏E１２３４５", "苏E１２３４５"),
    ],
)
def test_found(detector, text, expected):
    assert spans(detector, text, T) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "鲁金监发〔2018〕21号",
        "国发〔2016〕55号",
        "鲁政办字〔2018〕1号",
        "京ICP备12345678号",
        "粤B2-20090059",
        "鲁A123456",  # 6 characters that are not a new-energy layout
        "鲁A1234",  # too short
        "鲁AB",
        "鲁ABCDE",  # no digit
        "鲁I12345",  # I and O are not used
        "鲁a12345",
        "鲁A12345678",
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []
