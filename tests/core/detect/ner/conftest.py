"""Shared fixtures for the name/address rules.

* ``rule_detector``: NER rules on a blank pipeline (no model; fast);
* ``fake_model_detector``: a blank pipeline plus an entity_ruler standing in for the model;
* ``ner_model`` / ``model_detector`` (the real model) live in ``tests/conftest.py``.
"""

from __future__ import annotations

import pytest
import spacy

from review_desk.core.detect.analyzer import build_analyzer
from review_desk.core.detect.detector import DetectConfig, Detector

FAKE_PATTERNS = [
    {"label": "PERSON", "pattern": "冯秋实"},
    {"label": "PERSON", "pattern": "联系人韩冬青"},  # a model span that swallowed its cue
    {"label": "PERSON", "pattern": "郑雪松同志"},  # ... and one that swallowed a title
    {"label": "ORG", "pattern": "济南市历下区市场监督管理局"},
    {"label": "LOC", "pattern": "王府井"},
    {"label": "LOC", "pattern": "济南市历下区"},
    {"label": "ADDRESS", "pattern": "历城区花园路101号7号楼"},  # stops short of 单元/室
]


@pytest.fixture(scope="session")
def rule_detector():
    return Detector(DetectConfig(ner=True), analyzer=build_analyzer())


@pytest.fixture(scope="session")
def fake_nlp():
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(FAKE_PATTERNS)
    return nlp


@pytest.fixture(scope="session")
def fake_model_detector(fake_nlp):
    return Detector(DetectConfig(), analyzer=build_analyzer(fake_nlp, ner_recognizer=False))


def found(detector: Detector, text: str, entity_type: str, context=None) -> list[str]:
    return [d.text for d in detector.detect(text, context=context) if d.type == entity_type]
