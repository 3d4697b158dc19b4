"""Detector: config, thresholds, entity filter, long texts, detect_many, speed (chunking: test_chunking)."""

from __future__ import annotations


import pytest

from review_desk.core.detect.detector import DetectConfig, Detector, RawDetection

from .helpers import CARD_19, ID_A, ID_X

PARAGRAPH = (
    "山东省地方金融监督管理局关于印发《2018年政务公开工作实施方案》的通知。各市金融工作办公室："
    "现将方案印发给你们，请认真贯彻落实。当事人张某某，身份证号{id}，联系电话13812345678，"
    "邮箱zhangsan@163.com，开户行中国工商银行，账号{card}。请拨打12345咨询。"
)


def test_a_detection_carries_its_place_text_and_recognizer(detector):
    [d] = detector.detect("电话13812345678")
    assert isinstance(d, RawDetection)
    assert (d.type, d.start, d.end, d.text, d.recognizer) == ("PHONE_NUMBER", 2, 13, "13812345678", "PhoneRecognizer")


def test_entities_filter(analyzer):
    det = Detector(DetectConfig(entities=("CN_ID_CARD",)), analyzer=analyzer)
    found = det.detect(PARAGRAPH.format(id=ID_A, card=CARD_19))
    assert [d.type for d in found] == ["CN_ID_CARD"]


def test_threshold(analyzer):
    det = Detector(DetectConfig(score_threshold=0.3), analyzer=analyzer)
    assert [d.text for d in det.detect("会议于2018年10月19日召开")] == ["2018年10月19日"]
    strict = Detector(DetectConfig(score_threshold=0.8), analyzer=analyzer)
    assert [d.type for d in strict.detect("E12345678，13812345678")] == []
    assert [d.type for d in strict.detect("身份证号" + ID_A)] == ["CN_ID_CARD"]


def test_paragraph(detector):
    found = detector.detect(PARAGRAPH.format(id=ID_X, card=CARD_19))
    assert [d.type for d in found] == ["CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD"]


def test_empty_and_blank(detector):
    assert detector.detect("") == []
    assert detector.detect_many(["", "  \n", "机密★"]) == [[], [], [detector.detect("机密★")[0]]]
    assert detector.detect_many([]) == []


def test_detect_many_equals_detect(detector):
    texts = [PARAGRAPH.format(id=ID_A, card=CARD_19), "机密★5年", "", "1985年3月12日出生"]
    assert detector.detect_many(texts) == [detector.detect(t) for t in texts]


def test_long_text_offsets(analyzer):
    det = Detector(DetectConfig(), analyzer=analyzer, max_chunk=300)
    para = PARAGRAPH.format(id=ID_A, card=CARD_19)
    text = "\n".join([para] * 20)
    found = det.detect(text)
    assert len(found) == 20 * 4
    assert all(text[d.start : d.end] == d.text for d in found)
    assert [d.text for d in found if d.type == "CN_ID_CARD"] == [ID_A] * 20


def test_many_paragraphs_at_once(detector):
    """One result list per text, each as if the text were detected alone (speed: benchmarks/bench_scan.py)."""
    para = PARAGRAPH.format(id=ID_A, card=CARD_19)
    out = detector.detect_many([para] * (50_000 // len(para)))
    assert all(r == out[0] for r in out) and len(out[0]) == 4


def test_table_header_context(detector):
    header = ["序号", "姓名", "性别", "出生年月", "身份证号码", "准考证号"]
    row = "07｜毛某｜男｜1995.04｜370102900307123｜202384349472957"
    # without the header only the legacy ID is found: a real county code and date in a row of cells
    assert [(d.type, d.text) for d in detector.detect(row)] == [("CN_ID_CARD", "370102900307123")]
    found = detector.detect(row, context=header)
    assert [(d.type, d.text) for d in found] == [("DATE_OF_BIRTH", "1995.04"), ("CN_ID_CARD", "370102900307123")]
    assert detector.detect_many([row, row], contexts=[None, header])[1] == found
    with pytest.raises(ValueError):
        detector.detect_many([row], contexts=[])


def test_supported_types(analyzer):
    from .test_analyzer import OUR_TYPES

    assert Detector(DetectConfig(), analyzer=analyzer).supported_types() == OUR_TYPES
    det = Detector(DetectConfig(deny_list=(("张三", "PERSON"),)), analyzer=analyzer)
    assert det.supported_types() == OUR_TYPES | {"PERSON"}
    det = Detector(DetectConfig(entities=("CN_ID_CARD", "PERSON")), analyzer=analyzer)
    assert det.supported_types() == {"CN_ID_CARD"}


def test_pattern_pass_over_joined_texts_equals_text_by_text(detector, monkeypatch):
    """The pattern recognizers run once over all texts joined by line breaks; a match that runs
    over the break (内部资料 / 注意保存 allows whitespace between) is not used and the texts are
    matched on their own, so every text gets exactly what it gets alone."""
    texts = [
        "内部资料",
        "注意保存",
        "注意保存。内部资料 注意保存",
        f"身份证号{ID_A}",
        "",
        "13812345678",
        "机密★5年",
        "1985年3月12日出生",
        "邮箱zhang@163.com",
    ]
    alone = [detector.detect(t) for t in texts]
    assert alone[0] == alone[1] == [] and [d.text for d in alone[2]] == ["内部资料 注意保存"]
    calls = []
    original = type(detector)._pattern_results

    def spy(self, texts_, recognizers):
        calls.append(len(texts_))
        return original(self, texts_, recognizers)

    monkeypatch.setattr(type(detector), "_pattern_results", spy)
    assert detector.detect_many(texts) == alone
    assert calls == [len(texts) - 1]  # one pass for the whole batch (the empty text has no piece)
    contexts = [["出生年月"] if i % 2 else None for i in range(len(texts))]
    assert detector.detect_many(texts, contexts=contexts) == [
        detector.detect(t, context=c) for t, c in zip(texts, contexts)
    ]
