"""Already de-identified names (张某某, 李某, 王某甲, 张×, 张*) are not personal data."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.person import is_pseudonym

from .conftest import found


@pytest.mark.parametrize("value", ["张某某", "李某", "王某甲", "张×", "张*", "侯**", "赵XX", "欧阳某"])
def test_is_pseudonym(value):
    assert is_pseudonym(value)


@pytest.mark.parametrize("value", ["张三丰", "李娜", "欧阳明月"])
def test_real_names_are_not_pseudonyms(value):
    assert not is_pseudonym(value)


@pytest.mark.parametrize(
    "text",
    [
        "当事人张某某，男，1980年出生。",
        "申请人：李某，联系电话略。",
        "信访人王某甲、王某乙反映。",
        "所有人：张×，检验有效期至2024年。",
        "01｜张*｜女｜370***********1234",
        "法定代表人：侯**",
    ],
)
def test_pseudonyms_not_reported(rule_detector, text):
    assert found(rule_detector, text, "PERSON") == []


def test_pseudonym_from_model_dropped(fake_nlp):
    from review_desk.core.detect.ner.person import refine_person_span

    text = "当事人张某某到场"
    assert refine_person_span(text, 3, 6) is None
