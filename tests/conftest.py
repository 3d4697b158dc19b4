"""Session-wide test setup.

* ``tests/support`` (shared builders such as ``docx_factory`` and ``docx_checks``) is importable by
  plain name from every test folder;
* ``analyzer`` / ``detector``: the real detection stack (with the shipped model), built once per
  session and shared by the detection, redaction and command-line tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SUPPORT = Path(__file__).parent / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))


@pytest.fixture(scope="session")
def analyzer():
    from review_desk.core.detect.analyzer import build_analyzer

    return build_analyzer()


@pytest.fixture(scope="session")
def detector(analyzer):
    from review_desk.core.detect.detector import DetectConfig, Detector

    return Detector(DetectConfig(), analyzer=analyzer)
