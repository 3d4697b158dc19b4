"""Foreign names the model finds are kept: transliterated names (all characters from the
transliteration table) have no Chinese surname and used to be thrown away by the surname checks;
the fake model below stands in for the shipped one.  Words made of the same characters that do not
stand as a word (佩戴安|全帽) are not names."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.name_shape import is_transliterated
from review_desk.core.detect.ner.person import find_persons


def _model(text: str, span: str) -> list[str]:
    s = text.index(span)
    return [text[p.start : p.end] for p in find_persons(text, model_spans=[(s, s + len(span))])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("出席午宴的有前国务卿克里斯托弗、美国驻华大使尚慕杰。", "克里斯托弗"),
        ("俄罗斯外交部长普里马科夫等俄罗斯政府高级官员参加会谈。", "普里马科夫"),
        ("葡萄牙人奎罗斯的离开，应是球队最大的损失。", "奎罗斯"),
        ("据韦斯特伍表示，由于当时的合同尚未到期。", "韦斯特伍"),
    ],
)
def test_transliterated_model_names_are_kept(text: str, name: str) -> None:
    assert name in _model(text, name)


@pytest.mark.parametrize(
    ("text", "span"),
    [("驾驶人未佩戴安全头盔。", "佩戴安"), ("经营者在莫斯科路开设门店。", "莫斯科"), ("代表团访问了马德里。", "马德里")],
)
def test_transliteration_characters_inside_words_are_not_names(text: str, span: str) -> None:
    assert span not in _model(text, span)


def test_is_transliterated() -> None:
    assert is_transliterated("沃尔斯基") and is_transliterated("克林顿")
    assert not is_transliterated("王小明") and not is_transliterated("亨特")  # two characters: too weak alone


@pytest.mark.parametrize(
    ("text", "span"),
    [("已移交唐冶派出所处理。", "唐冶"), ("由王舍人街道办事处负责。", "王舍人"), ("送至柳埠卫生院。", "柳埠")],
)
def test_the_start_of_an_agency_name_is_not_a_name(text: str, span: str) -> None:
    assert span not in _model(text, span)
