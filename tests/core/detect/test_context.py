"""ChineseContextEnhancer: substring context on raw Chinese text (lemmas are empty here)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from review_desk.core.detect.context import ChineseContextEnhancer
from review_desk.core.detect.recognizers import DateOfBirthRecognizer, PassportRecognizer

DATE = "1985年3月12日"


def _analyze(analyzer, text, **kw):
    return analyzer.analyze(text=text, language="zh", return_decision_process=True, **kw)


def test_same_date_with_and_without_context(analyzer):
    without = [r for r in _analyze(analyzer, "会议于" + DATE + "召开", score_threshold=0) if r.entity_type == "DATE_OF_BIRTH"]
    with_ctx = [r for r in _analyze(analyzer, "张三" + DATE + "出生", score_threshold=0) if r.entity_type == "DATE_OF_BIRTH"]
    assert [r.score for r in without] == [0.3]
    assert len(with_ctx) == 1 and with_ctx[0].score >= 0.6
    assert with_ctx[0].analysis_explanation.supportive_context_word == "出生"
    assert with_ctx[0].recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY]


def test_threshold_drops_uncontexted_date(analyzer):
    assert _analyze(analyzer, "会议于" + DATE + "召开", score_threshold=0.5) == []


def test_lemma_enhancer_would_not_fire(analyzer):
    # The char pipeline really has empty lemmas: this is why the custom enhancer exists.
    artifacts = analyzer.nlp_engine.process_text("出生日期：" + DATE, "zh")
    assert set(artifacts.lemmas) == {""}
    assert isinstance(analyzer.context_aware_enhancer, ChineseContextEnhancer)


def _result(rec, start, end, score):
    return RecognizerResult(
        rec.supported_entities[0],
        start,
        end,
        score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id,
            RecognizerResult.RECOGNIZER_NAME_KEY: rec.name,
        },
    )


def test_window_is_configurable():
    rec = PassportRecognizer()
    text = "护照" + "。" * 10 + "E12345678"
    start = text.index("E")
    near = ChineseContextEnhancer(context_prefix_count=20)
    far = ChineseContextEnhancer(context_prefix_count=5)
    [r1] = near.enhance_using_context(text, [_result(rec, start, len(text), 0.5)], None, [rec])
    [r2] = far.enhance_using_context(text, [_result(rec, start, len(text), 0.5)], None, [rec])
    assert r1.score == 0.9
    assert r2.score == 0.5


def test_suffix_window_and_cap():
    rec = PassportRecognizer()
    text = "E12345678（护照）"
    [r] = ChineseContextEnhancer().enhance_using_context(text, [_result(rec, 0, 9, 0.8)], None, [rec])
    assert r.score == 1.0


def test_exclusions_and_nearest_only():
    rec = DateOfBirthRecognizer()
    enh = ChineseContextEnhancer()
    text = "事故发生于" + DATE
    [r] = enh.enhance_using_context(text, [_result(rec, 5, len(text), 0.3)], None, [rec])
    assert r.score == 0.3
    text = DATE + "出生，于2023年5月6日"
    a = _result(rec, 0, 10, 0.3)
    b = _result(rec, 14, 23, 0.3)
    enh.enhance_using_context(text, [a, b], None, [rec])
    assert a.score == 0.7 and b.score == 0.3


def test_external_context_words():
    rec = PassportRecognizer()
    [r] = ChineseContextEnhancer().enhance_using_context(
        "E12345678", [_result(rec, 0, 9, 0.5)], None, [rec], context=["护照号码"]
    )
    assert r.score == 0.9


def test_recognizer_without_context_is_untouched():
    from review_desk.core.detect.recognizers import ClassifiedMarkRecognizer

    rec = ClassifiedMarkRecognizer()
    [r] = ChineseContextEnhancer().enhance_using_context("机密★", [_result(rec, 0, 3, 0.95)], None, [rec])
    assert r.score == 0.95
