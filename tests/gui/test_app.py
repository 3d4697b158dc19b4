"""The desk starts: in-process (window shown) and as the ``review-desk gui`` command."""

from __future__ import annotations

import os
import subprocess
import sys
import time

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
