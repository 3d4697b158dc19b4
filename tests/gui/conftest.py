"""GUI test fixtures: a fake detector (no model), and a check that no dialog is left open."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class FakeDetection:
    type: str
    start: int
    end: int
    score: float
    recognizer: str
    text: str


class FakeDetector:
    """Finds 11-digit mobile numbers only; enough to drive the GUI without Presidio or a model."""

    pattern = re.compile(r"1[3-9]\d{9}")

    def detect_many(self, texts, *, contexts=None):
        return [
            [FakeDetection("PHONE_NUMBER", m.start(), m.end(), 0.9, "FakeDetector", m.group())
             for m in self.pattern.finditer(text)]
            for text in texts
        ]


@pytest.fixture
def fake_detector():
    return FakeDetector()


@pytest.fixture(autouse=True)
def no_dialog_left_open(request):
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication, QDialog

    open_dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for w in open_dialogs:
        w.close()
    assert not open_dialogs, f"test left dialogs open: {open_dialogs}"
