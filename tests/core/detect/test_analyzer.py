"""build_analyzer: explicit zh registry, blank char pipeline, and the NER seam."""

from __future__ import annotations

import pytest
import spacy
from presidio_analyzer import PatternRecognizer

from review_desk.core.detect.analyzer import NER_RECOGNIZER_NAME, build_analyzer
from review_desk.core.detect.detector import DetectConfig, Detector
from review_desk.core.detect.nlp import ChineseSpacyNlpEngine
from review_desk.core.detect.recognizers import PATTERN_RECOGNIZER_CLASSES

OUR_TYPES = {
    "CN_ID_CARD",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CN_BANK_CARD",
    "CN_USCC",
    "CN_PASSPORT",
    "CN_HK_MACAO_PERMIT",
    "CN_LICENSE_PLATE",
    "DATE_OF_BIRTH",
    "CLASSIFIED_MARK",
}


def test_only_our_recognizers(analyzer):
    recs = analyzer.registry.recognizers
    assert {type(r) for r in recs} == set(PATTERN_RECOGNIZER_CLASSES)
    assert {r.supported_language for r in recs} == {"zh"}
    assert analyzer.supported_languages == ["zh"]
    assert set(analyzer.get_supported_entities("zh")) == OUR_TYPES


def test_blank_pipeline_is_char_segmented(analyzer):
    engine = analyzer.nlp_engine
    assert isinstance(engine, ChineseSpacyNlpEngine)
    nlp = engine.spacy_language
    assert nlp.lang == "zh"
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "char"
    assert [t.text for t in nlp("身份证号")] == ["身", "份", "证", "号"]
    assert not engine.has_ner
    assert engine.get_supported_entities() == []


def test_engine_never_downloads(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("download attempted")

    monkeypatch.setattr(spacy.cli, "download", boom)
    monkeypatch.setattr(spacy, "load", boom)
    engine = ChineseSpacyNlpEngine()
    engine.load()
    assert engine.is_loaded()
    assert engine.get_supported_languages() == ["zh"]


def test_jieba_and_pkuseg_refused():
    from spacy.lang.zh import Segmenter

    nlp = spacy.blank("zh")
    nlp.tokenizer.segmenter = Segmenter.jieba
    with pytest.raises(ValueError):
        ChineseSpacyNlpEngine(nlp)


def _ruler_pipeline(patterns):
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)
    return nlp


def test_ner_seam_maps_entities():
    nlp = _ruler_pipeline(
        [
            {"label": "PER", "pattern": "张三"},
            {"label": "ORG", "pattern": "济南市市场监督管理局"},
            {"label": "GPE", "pattern": "济南市"},
            {"label": "WORK_OF_ART", "pattern": "红楼梦"},
        ]
    )
    analyzer = build_analyzer(nlp)
    assert NER_RECOGNIZER_NAME in {r.name for r in analyzer.registry.recognizers}
    det = Detector(DetectConfig(), analyzer=analyzer)
    found = det.detect("济南市市场监督管理局对张三（电话13812345678）读红楼梦一事")
    assert [(d.type, d.text) for d in found] == [
        ("ORGANIZATION", "济南市市场监督管理局"),
        ("PERSON", "张三"),
        ("PHONE_NUMBER", "13812345678"),
    ]
    assert found[1].recognizer == NER_RECOGNIZER_NAME


def test_ner_seam_custom_mapping():
    nlp = _ruler_pipeline([{"label": "NAME", "pattern": "李四"}])
    det = Detector(DetectConfig(), analyzer=build_analyzer(nlp, entity_mapping={"NAME": "PERSON"}, ner_score=0.7))
    [d] = det.detect("当事人李四")
    assert (d.type, d.text, d.score) == ("PERSON", "李四", 0.7)


def test_detect_many_batches_nlp(monkeypatch):
    nlp = _ruler_pipeline([{"label": "PER", "pattern": "张三"}])
    analyzer = build_analyzer(nlp)
    calls = []
    original = analyzer.nlp_engine.process_batch

    def spy(texts, language, **kw):
        calls.append(len(texts))
        return original(texts, language, **kw)

    monkeypatch.setattr(analyzer.nlp_engine, "process_batch", spy)
    monkeypatch.setattr(analyzer.nlp_engine, "process_text", lambda *a, **k: pytest.fail("per-text NLP"))
    det = Detector(DetectConfig(), analyzer=analyzer)
    out = det.detect_many(["张三", "", "无", "张三和张三"])
    assert calls == [3]  # one batch; the empty text is skipped
    assert [[d.text for d in r] for r in out] == [["张三"], [], [], ["张三", "张三"]]


def test_extra_recognizer_must_be_zh():
    rec = PatternRecognizer(supported_entity="X", deny_list=["x"], supported_language="en")
    with pytest.raises(ValueError):
        build_analyzer(extra_recognizers=[rec])


def test_nlp_artifacts_build_token_lists_only_when_read():
    """The per-token lists Presidio builds for every text are deferred: the recognizers here read
    only the entities; a recognizer that reads the lists still gets Presidio's values."""
    from review_desk.core.detect.nlp import LazyNlpArtifacts

    nlp = _ruler_pipeline([{"label": "PER", "pattern": "张三"}])
    engine = ChineseSpacyNlpEngine(nlp)
    [(_, art)] = list(engine.process_batch(["当事人张三。"], "zh"))
    assert isinstance(art, LazyNlpArtifacts)
    assert "lemmas" not in vars(art) and "keywords" not in vars(art)
    assert [(e.label_, e.text) for e in art.entities] == [("PERSON", "张三")] and art.scores == [0.85]
    assert art.tokens_indices == [0, 1, 2, 3, 4, 5]
    assert len(art.lemmas) == 6 and "。" not in art.keywords
    assert '"tokens"' in art.to_json()


def test_process_batch_hands_back_the_texts_as_presidio_does():
    """The texts come back as given (not rebuilt from the tokens), the same as Presidio's
    ``doc.text``, whitespace of every kind included; ``as_tuples`` keeps Presidio's behaviour."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    nlp = _ruler_pipeline([{"label": "PER", "pattern": "张三"}])
    engine = ChineseSpacyNlpEngine(nlp)
    texts = ["当事人张三。", "  两个 空格  ", "\t张三\n\n李四\u3000", "a  b", " ", ""]
    ours = list(engine.process_batch(texts, "zh", batch_size=4))
    theirs = list(SpacyNlpEngine.process_batch(engine, texts, "zh", batch_size=4))
    assert [t for t, _ in ours] == [t for t, _ in theirs] == texts
    assert [[e.text for e in a.entities] for _, a in ours] == [[e.text for e in a.entities] for _, a in theirs]
    [(text, _, ctx)] = list(engine.process_batch([("张三", 7)], "zh", as_tuples=True))
    assert (text, ctx) == ("张三", 7)
