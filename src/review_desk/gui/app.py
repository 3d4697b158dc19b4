"""Start the desk: the QApplication, the bundled font, and a detector loaded lazily off the GUI thread."""

from __future__ import annotations

import sys
import threading
from typing import Sequence

from PySide6.QtWidgets import QApplication

from review_desk.gui.fonts import install_bundled_font
from review_desk.gui.main_window import MainWindow


class LazyDetector:
    """Builds the real detector on first use (in a worker thread), once per process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._detector = None

    def __call__(self):
        with self._lock:
            if self._detector is None:
                from review_desk.core.detect.detector import Detector

                self._detector = Detector()
            return self._detector


def start(files: Sequence[str] = ()) -> MainWindow:
    """Create the application (if needed) and show the main window, opening ``files[0]``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ReviewDesk")
    app.setApplicationName("Review Desk")
    install_bundled_font(app)
    window = MainWindow(LazyDetector())
    window.show()
    if files:
        window.open_file(files[0])
    return window


def run_app(files: Sequence[str] = ()) -> int:
    """The ``review-desk gui`` entry point: show the window and run the event loop."""
    window = start(files)
    status = QApplication.instance().exec()
    del window
    return status
