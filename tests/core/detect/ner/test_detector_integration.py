"""Detector integration: types, actions, allow list, NER switch, the fake model seam."""

from __future__ import annotations

from review_desk.core.detect.detector import DetectConfig, Detector
from review_desk.core.detect.finding import Action
from review_desk.core.detect.ner import NER_TYPES
from review_desk.core.detect.policy import INFORMATIONAL_TYPES, default_action

from .conftest import found


def test_supported_types(rule_detector, analyzer):
    assert NER_TYPES <= rule_detector.supported_types()
    assert NER_TYPES == {"PERSON", "CN_ADDRESS", "ORGANIZATION", "LOCATION", "ORG_ADDRESS"}
    off = Detector(DetectConfig(ner=False), analyzer=analyzer)
    assert not (NER_TYPES & off.supported_types())
    only = Detector(DetectConfig(ner=True, entities=("PERSON",)), analyzer=analyzer)
    assert only.supported_types() == {"PERSON"}
    assert [d.type for d in only.detect("申请人：柏文涛，住址：济南市历下区和平路47号1号楼1单元101室")] == ["PERSON"]


def test_default_detector_has_ner_types():
    assert NER_TYPES <= Detector().supported_types()


def test_ner_off_finds_no_names(analyzer):
    det = Detector(DetectConfig(ner=False), analyzer=analyzer)
    assert found(det, "申请人：柏文涛", "PERSON") == []


def test_policy():
    assert "ORG_ADDRESS" in INFORMATIONAL_TYPES
    for t in ("ORGANIZATION", "LOCATION", "ORG_ADDRESS"):
        assert default_action(t) is Action.KEEP
    assert default_action("PERSON") is Action.REDACT
    assert default_action("CN_ADDRESS") is Action.REDACT


def test_allow_listed_official_not_reported(analyzer):
    det = Detector(DetectConfig(ner=True, allow_list=("韩雪松",)), analyzer=analyzer)
    text = "联系人：韩雪松，电话：0531-86989145。申请人：柏文涛。"
    assert found(det, text, "PERSON") == ["柏文涛"]


def test_fake_model_entities_refined(fake_model_detector):
    text = "济南市历下区市场监督管理局收到冯秋实的申请，联系人韩冬青，由郑雪松同志办理。"
    dets = fake_model_detector.detect(text)
    assert [d.text for d in dets if d.type == "PERSON"] == ["冯秋实", "韩冬青", "郑雪松"]
    assert [d.text for d in dets if d.type == "ORGANIZATION"] == ["济南市历下区市场监督管理局"]


def test_detect_many_batches(fake_model_detector):
    out = fake_model_detector.detect_many(["冯秋实到场。", "", "申请人：柏文涛"])
    assert [[d.text for d in r if d.type == "PERSON"] for r in out] == [["冯秋实"], [], ["柏文涛"]]


def test_score_threshold_applies_to_names_addresses_and_places(analyzer):
    text = "申请人：柏文涛，住址：济南市历下区和平路47号1号楼1单元101室。经查，向左思远表示同意。检查范围：济南市历下区、张店区。"
    low = Detector(DetectConfig(ner=True), analyzer=analyzer)
    high = Detector(DetectConfig(ner=True, score_threshold=0.8), analyzer=analyzer)
    top = Detector(DetectConfig(ner=True, score_threshold=0.95), analyzer=analyzer)
    scored = {(d.type, d.text): d.score for d in low.detect(text)}
    assert scored[("PERSON", "柏文涛")] >= 0.8 and scored[("PERSON", "左思远")] < 0.8
    assert scored[("LOCATION", "济南市历下区")] < 0.8
    kept = {(d.type, d.text) for d in high.detect(text)}
    assert ("PERSON", "柏文涛") in kept and ("CN_ADDRESS", "济南市历下区和平路47号1号楼1单元101室") in kept
    assert ("PERSON", "左思远") not in kept and ("LOCATION", "济南市历下区") not in kept
    assert all(d.score >= 0.8 for d in high.detect(text))
    assert not any(d.type in NER_TYPES for d in top.detect(text))
