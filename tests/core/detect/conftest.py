"""Shared fixtures: one analyzer and one detector for the whole session (building costs ~1 s)."""

from __future__ import annotations

import pytest

from review_desk.core.detect.analyzer import build_analyzer
from review_desk.core.detect.detector import DetectConfig, Detector


@pytest.fixture(scope="session")
def analyzer():
    return build_analyzer()


@pytest.fixture(scope="session")
def detector(analyzer):
    return Detector(DetectConfig(), analyzer=analyzer)

