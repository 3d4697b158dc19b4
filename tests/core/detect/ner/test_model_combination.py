"""How model PERSON spans are combined with the rules (no real model needed: spans are given
to :func:`find_persons` directly).  All names are invented."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.person import find_persons


def _names(text, spans):
    return [text[s.start : s.end] for s in find_persons(text, model_spans=spans)]


def _span(text, sub):
    i = text.index(sub)
    return (i, i + len(sub))


@pytest.mark.parametrize(
    "text, model, expected",
    [
        # the model's span is trimmed: a cue swallowed, a verb character swallowed
        ("现场联系人韩冬青到场", "联系人韩冬青", ["韩冬青"]),
        ("当天温晓波打电话来说明情况", "温晓波打", ["温晓波"]),
        ("当天温波打电话来说明情况", "温波打", ["温波"]),
        # a model-only name without any cue is kept when its shape is a name
        ("会后冯秋实留下整理材料", "冯秋实", ["冯秋实"]),
        ("会后阿依古丽·吐尔逊留下整理材料", "阿依古丽·吐尔逊", ["阿依古丽·吐尔逊"]),
        # pseudonyms, places, words and organisation words are dropped
        ("会后冯某某留下整理材料", "冯某某", []),
        ("途经张店区沙河", "张店", []),
        ("途经王府井商城", "王府", []),
        ("经过高度重视", "高度", []),
        ("山东师范大学", "范大学", []),
    ],
)
def test_model_spans_refined_and_filtered(text, model, expected):
    assert _names(text, [_span(text, model)]) == expected


def test_rule_boundaries_win_over_the_model():
    text = "申请人：柏文涛，男。"
    # the model's span is one character short; the cue rule's span is kept, the model's dropped
    assert _names(text, [_span(text, "柏文")]) == ["柏文涛"]


def test_rare_surname_model_name_needs_a_boundary():
    text = "申请书中员工作量统计"  # 员 is a rare surname, but here part of words
    assert _names(text, [_span(text, "员工作")]) == []


@pytest.mark.parametrize(
    "text, model, expected",
    [
        ("据鲁金监发〔2023〕5号文件", "鲁金监", []),  # a document number
        ("编号：LSJ-2024-0001", "LSJ", []),  # Latin letters of a serial number
        ("序号\t姓名\t列入原因\t备注", "列入原", []),  # a header row
        ("途经黄安镇", "黄安镇", []),  # a place with its suffix
        ("局长熊晓召集会议", "熊晓召", ["熊晓"]),  # the model took the verb's first character
        ("致尉迟光辉受伤", "尉迟光", ["尉迟光辉"]),  # the model stopped one character short
    ],
)
def test_model_only_spans_checked(text, model, expected):
    assert _names(text, [_span(text, model)]) == expected


class _D:
    def __init__(self, type_, start, end, recognizer):
        self.type, self.start, self.end, self.recognizer = type_, start, end, recognizer


def test_rule_names_supersede_model_spans():
    from review_desk.core.detect.ner.propagation import MODEL_RECOGNIZER, superseded

    text = "其中林俊熙户因其子已就业。山田花子（护照姓名略）。王府井大街。"
    cut = _D("LOCATION", text.index("中林"), text.index("中林") + 2, MODEL_RECOGNIZER)
    junk = _D("ORGANIZATION", text.index("山田"), text.index("山田") + 7, MODEL_RECOGNIZER)
    word = _D("LOCATION", text.index("王府井"), text.index("王府井") + 3, MODEL_RECOGNIZER)
    rule = _D("LOCATION", text.index("中林"), text.index("中林") + 2, "ChineseAddressRules")
    out = superseded(text, ["林俊熙", "山田花子", "王府"], [cut, junk, word, rule])
    assert out == [cut, junk]


def test_model_person_with_other_bounds_is_superseded():
    from review_desk.core.detect.ner.propagation import MODEL_RECOGNIZER, superseded

    text = "致陆华受伤。"
    wrong = _D("PERSON", 1, 4, MODEL_RECOGNIZER)
    assert superseded(text, ["陆华"], [wrong]) == [wrong]


def test_model_org_swallowing_a_rule_name_is_dropped():
    import spacy

    from review_desk.core.detect.analyzer import build_analyzer
    from review_desk.core.detect.detector import DetectConfig, Detector

    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "ORG", "pattern": "申请人柏文涛"}, {"label": "PERSON", "pattern": "冯秋实"}]
    )
    det = Detector(DetectConfig(), analyzer=build_analyzer(nlp, ner_recognizer=False))
    dets = det.detect("申请人柏文涛，男。冯秋实到场。")
    assert [(d.type, d.text, d.recognizer) for d in dets if d.type in ("PERSON", "ORGANIZATION")] == [
        ("PERSON", "柏文涛", "ChineseNameRules"),
        ("PERSON", "冯秋实", "ChineseNerModel"),
    ]


def test_model_only_name_inside_a_city_word_is_dropped():
    text = "泰安仁和医院管理有限公司"
    assert _names(text, [_span(text, "泰安仁")]) == []


def test_model_dotted_span_wins_only_when_inside_the_rule_span():
    text = "；\n股东玛丽亚·彼得罗娃，认缴出资略"
    # the model's span starts inside the cue 股东: the rule's trimmed span is kept
    assert _names(text, [_span(text, "东玛丽亚·彼得罗娃")]) == ["玛丽亚·彼得罗娃"]


def test_model_given_names_ending_in_mountain_characters_are_kept():
    text = "会上王近山介绍了情况"
    assert _names(text, [_span(text, "王近山")]) == ["王近山"]
