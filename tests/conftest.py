"""Session-wide test setup.

* ``tests/support`` (shared builders such as ``docx_factory`` and ``docx_checks``) is importable by
  plain name from every test folder;
* ``analyzer`` / ``detector``: the recognizers on a blank pipeline (no model; fast);
* ``ner_model`` / ``model_detector``: the real model (``models/zh_review_ner``), loaded ONCE per
  session and shared by the detection, redaction and command-line tests; tests using them are
  marked ``model``; the model is committed, so a missing or broken model fails them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

SUPPORT = Path(__file__).parent / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))
# No test writes to the user's real data folder (keys, audit log, the log file).
os.environ.setdefault("REVIEW_DESK_HOME", tempfile.mkdtemp(prefix="review-desk-tests-"))


@pytest.fixture(scope="session")
def analyzer():
    from review_desk.core.detect.analyzer import build_analyzer

    return build_analyzer()


@pytest.fixture(scope="session")
def detector(analyzer):
    from review_desk.core.detect.detector import DetectConfig, Detector

    return Detector(DetectConfig(), analyzer=analyzer)


@pytest.fixture(scope="session")
def ner_model():
    from review_desk.core.detect.ner.model import load_ner_pipeline

    nlp = load_ner_pipeline()
    assert nlp is not None, "models/zh_review_ner is committed: it must load (check the checkout or Git LFS)"
    return nlp


@pytest.fixture(scope="session")
def model_detector(ner_model):
    from review_desk.core.detect.analyzer import build_analyzer
    from review_desk.core.detect.detector import DetectConfig, Detector

    return Detector(DetectConfig(), analyzer=build_analyzer(ner_model, ner_recognizer=False))
