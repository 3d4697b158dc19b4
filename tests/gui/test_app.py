"""The desk starts: in-process (window shown) and as the ``review-desk gui`` command."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from review_desk.gui import app as app_module
from review_desk.gui.main_window import MainWindow


def test_start_shows_main_window(qtbot, fake_detector):
    window = app_module.start([], detector=fake_detector)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.isVisible()


def test_gui_command_starts_runs_and_exits_cleanly(tmp_path):
    """``review-desk gui`` shows the window, runs its event loop until the quit hook closes it
    (``REVIEW_DESK_QUIT_AFTER_MS``, the installer's smoke test uses it too) and exits with status 0;
    a crash at start-up or at exit fails the test whatever the machine's speed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               REVIEW_DESK_HOME=str(tmp_path / "home"), REVIEW_DESK_QUIT_AFTER_MS="500")
    done = subprocess.run([sys.executable, "-m", "review_desk", "gui"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "home" / "logs" / "review-desk.log").read_text(encoding="utf-8")
    assert "desk started" in log and "desk closed: exit status 0" in log


def test_an_unexpected_error_is_logged_and_told_in_chinese(qapp, tmp_path, monkeypatch):
    from review_desk.core.logs import configure_logging
    from review_desk.core.names import UNEXPECTED_ERROR

    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # both restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = configure_logging(tmp_path)
    try:
        app_module.install_excepthook(path)
        try:
            raise KeyError("张三丰")
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        configure_logging(None)
    assert shown == [f"{UNEXPECTED_ERROR}\n{path}"]
    log = path.read_text(encoding="utf-8")
    assert "CRITICAL review_desk.gui.app: unexpected error" in log and "KeyError" in log
    assert "张三丰" not in log


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


class _SlowLoader:
    """A detector factory like the lazy model loader: the first call blocks for a while."""

    def __init__(self, detector, seconds: float) -> None:
        import threading

        self.detector, self.seconds = detector, seconds
        self.thread = threading.Thread(target=self, daemon=True)
        self.joined = False

    def __call__(self):
        time.sleep(self.seconds)
        return self.detector

    def join(self, timeout=None):
        self.thread.join(timeout)
        self.joined = True


def test_shutdown_waits_for_background_work(qtbot, fake_detector, tmp_path):
    """Closing while the model loads and a scan waits for it: nothing of the desk still runs on
    another thread when shutdown returns (a pool thread re-entering a finalised interpreter was
    the segmentation fault at exit)."""
    from PySide6.QtCore import QThreadPool

    from review_desk.core.paths import resource

    pool = QThreadPool()
    loader = _SlowLoader(fake_detector, 1.5)
    window = MainWindow(loader, pool=pool, home=tmp_path / "home")
    window.show()
    loader.thread.start()
    window.open_file(str(resource("samples", "sample_notice.docx")))
    assert pool.activeThreadCount() == 1  # the scan waits for the detector
    app_module.shutdown(window, destroy_app=False)
    assert pool.activeThreadCount() == 0 and loader.joined and not loader.thread.is_alive()


@pytest.mark.model
@pytest.mark.parametrize("quit_after_ms", [300, 2500])
def test_desk_closed_while_loading_or_scanning_exits_cleanly(tmp_path, quit_after_ms):
    """`review-desk gui --sample` closed during the model load or the scan: exit 0, no traceback
    (the offline bundle's smoke test does the same ten times)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), REVIEW_DESK_HOME=str(tmp_path / "desk"),
               REVIEW_DESK_QUIT_AFTER_MS=str(quit_after_ms))
    proc = subprocess.run([sys.executable, "-m", "review_desk", "gui", "--sample"], env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "RuntimeError" not in proc.stderr, proc.stderr[-2000:]
