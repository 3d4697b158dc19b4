"""The desk starts: in-process (window shown) and as the ``review-desk gui`` command."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from review_desk.gui import app as app_module
from review_desk.gui.main_window import MainWindow


def test_start_shows_main_window(qtbot, fake_detector):
    window = app_module.start([], detector=fake_detector)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.isVisible()


def test_gui_command_starts_and_keeps_running(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "review_desk", "gui"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4)
        assert proc.poll() is None, f"the desk exited early: {proc.communicate()[1]}"
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


@pytest.mark.model
def test_sample_is_analysed_with_the_real_model_while_it_loads(qtbot, tmp_path):
    """The window, the model loading in the background and the first scan, all at once."""
    window = app_module.start([], sample=True, home=tmp_path / "home")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.draft is not None or window.result is not None, timeout=120_000)
    assert window.draft is not None, window.statusBar().currentMessage()
    types = {f.type for f in window.draft.findings}
    assert {"PERSON", "CN_ID_CARD", "PHONE_NUMBER", "CN_ADDRESS"} <= types
    window.close()
