"""GUI test fixtures: a fake detector (no model), and a check that no dialog is left open."""

from __future__ import annotations

import os
import re

import pytest

from review_desk.core.detect.finding import RawDetection

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeDetector:
    """Finds 11-digit mobile numbers only; enough to drive the GUI without Presidio or a model."""

    pattern = re.compile(r"1[3-9]\d{9}")

    def detect_many(self, texts, *, contexts=None):
        return [
            [RawDetection("PHONE_NUMBER", m.start(), m.end(), 0.9, "FakeDetector", m.group())
             for m in self.pattern.finditer(text)]
            for text in texts
        ]


@pytest.fixture
def fake_detector():
    return FakeDetector()


@pytest.fixture(autouse=True)
def isolated_settings_and_home(tmp_path_factory, monkeypatch):
    """Every test gets its own desk home and its own QSettings file (never the user's)."""
    from PySide6.QtCore import QSettings

    base = tmp_path_factory.mktemp("gui-home")
    monkeypatch.setenv("REVIEW_DESK_HOME", str(base / "home"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "settings"))
    yield


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
