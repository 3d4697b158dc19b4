"""Tests with the real NER model (skipped when models/zh_review_ner is absent)."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.model import load_ner_pipeline

from .conftest import found

pytestmark = pytest.mark.model


def test_model_is_loaded_once(ner_model):
    assert load_ner_pipeline() is ner_model
    assert {"PERSON", "LOC", "ORG", "ADDRESS"} <= set(ner_model.get_pipe("ner").labels)


def test_model_names_and_addresses(model_detector):
    text = "信访人：柏文涛，男，住济南市历城区华山路8号3号楼1单元101室，反映其邻居卫东升噪音扰民问题。"
    assert "柏文涛" in found(model_detector, text, "PERSON")
    assert found(model_detector, text, "CN_ADDRESS") == ["济南市历城区华山路8号3号楼1单元101室"]


def test_model_keeps_org_as_information(model_detector):
    dets = model_detector.detect("济南市历下区市场监督管理局对某某餐饮管理有限公司作出处罚。")
    assert not [d for d in dets if d.type in ("PERSON", "CN_ADDRESS")]
