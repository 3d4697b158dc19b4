"""Masked forms per type (guide §3) and the guarantee that a mask never contains its value."""

from __future__ import annotations

import pytest

from review_desk.core.redact.masks import label_for, mask_significant, mask_value

CASES = [
    ("PERSON", "张三", {}, "张*"),
    ("PERSON", "张小明", {}, "张**"),
    ("PERSON", "欧阳修文", {}, "欧阳**"),
    ("PERSON", "张小明", {"style": "mou"}, "张某某"),
    ("PERSON", "张三", {"style": "mou"}, "张某"),
    ("PERSON", "阿依古丽·买买提", {}, "阿***·***"),
    ("PERSON", "张三", {"style": "label"}, "〔姓名〕"),
    ("PHONE_NUMBER", "13812345678", {}, "138****5678"),
    ("PHONE_NUMBER", "138 1234 5678", {}, "138 **** 5678"),
    ("PHONE_NUMBER", "138-1234-5678", {}, "138-****-5678"),
    ("PHONE_NUMBER", "+86 13812345678", {}, "+86 138****5678"),
    ("PHONE_NUMBER", "（0531）88886666", {}, "（0531）****6666"),
    ("PHONE_NUMBER", "0531-8888666", {}, "0531-***8666"),
    ("PHONE_NUMBER", "010-88886666", {}, "010-****6666"),
    ("CN_ID_CARD", "37070219721031809X", {}, "370702********809X"),
    ("CN_ID_CARD", "37070219721031809X", {"keep_start": 4, "keep_end": 4}, "3707**********809X"),
    ("CN_BANK_CARD", "6222 0212 3456 7890", {}, "**** **** **** 7890"),
    ("EMAIL_ADDRESS", "xumin1984@hotmail.com", {}, "x***@hotmail.com"),
    ("EMAIL_ADDRESS", "mailto:xumin1984@hotmail.com", {}, "mailto:x***@hotmail.com"),
    ("CN_ADDRESS", "山东省济南市历下区泉城路街道阳光小区3号楼2单元501室", {}, "山东省济南市历下区泉城路街道***"),
    ("CN_ADDRESS", "济南市章丘区明水街道东山村56号", {}, "济南市章丘区明水街道***"),
    ("CN_ADDRESS", "山东省青岛市市南区闽江路257号16号楼6单元2002室", {}, "山东省青岛市市南区***"),
    ("DATE_OF_BIRTH", "1985年3月12日", {}, "1985年*月**日"),
    ("DATE_OF_BIRTH", "一九八五年三月十二日", {}, "一九八五年*月**日"),
    ("DATE_OF_BIRTH", "1985-03-12", {}, "1985-**-**"),
    ("CN_LICENSE_PLATE", "鲁A·12345", {}, "鲁A·***45"),
    ("CN_PASSPORT", "E12345678", {}, "E******78"),
    ("CN_HK_MACAO_PERMIT", "C12345678", {}, "C******78"),
]


@pytest.mark.parametrize("entity_type,value,options,expected", CASES)
def test_masked_form(entity_type, value, options, expected):
    assert mask_value(entity_type, value, options) == expected


@pytest.mark.parametrize("entity_type,value,options,expected", CASES)
def test_mask_never_contains_the_value(entity_type, value, options, expected):
    masked = mask_value(entity_type, value, options)
    assert value not in masked and masked != value


def test_separators_keep_their_places():
    assert mask_significant("1234-5678 90", 2, 2) == "12**-**** 90"


def test_keep_counts_larger_than_the_value_still_mask_something():
    assert mask_significant("1234", 6, 4) == "12**"
    assert "*" in mask_value("CN_PASSPORT", "E12", {"keep_start": 5, "keep_end": 5})


def test_address_without_a_known_division_is_hidden_entirely():
    assert mask_value("CN_ADDRESS", "泉城路100号") == "***"


def test_unknown_type_is_fully_masked_and_label_names_the_type():
    assert mask_value("SOMETHING_NEW", "ab12") == "****"
    assert label_for("CN_ID_CARD") == "〔身份证号码〕"
    assert label_for("SOMETHING_NEW") == "〔已遮盖〕"
