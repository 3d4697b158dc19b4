"""Start the desk: the QApplication, translations (zh_CN by default), the bundled font, the main
window, and a detector loaded lazily off the GUI thread (the window appears before the model);
and stop it in order (:func:`shutdown`): background work first, then the window, then Qt, and
only then Python's own teardown."""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from review_desk.core.names import UNEXPECTED_ERROR
from review_desk.gui.fonts import install_bundled_font
from review_desk.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def install_excepthook(log_file: Path | None) -> None:
    """Unexpected errors are logged with their traceback and never end the desk: one raised on the
    GUI thread (a slot) also tells the reviewer, in Chinese, that details are in the log file."""

    def on_gui_thread(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        log.critical("unexpected error", exc_info=(etype, value, tb))
        if QApplication.instance() is not None:
            where = f"\n{log_file}" if log_file is not None else ""
            QMessageBox.critical(QApplication.activeWindow(), "审查台", UNEXPECTED_ERROR + where)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else "?"
        log.critical("unexpected error in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback))

    sys.excepthook = on_gui_thread
    threading.excepthook = on_thread


class LazyDetector:
    """Builds the real detector on first use (in a worker thread), once per process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._detector = None
        self._loader: threading.Thread | None = None

    def __call__(self):
        with self._lock:
            if self._detector is None:
                from review_desk.core.detect.detector import Detector

                self._detector = Detector()
            return self._detector

    def warm_up(self) -> None:
        """Load the model in the background now, so the first document is analysed sooner."""
        self._loader = threading.Thread(target=self, name="model-loader", daemon=True)
        self._loader.start()

    def join(self, timeout: float | None = None) -> None:
        """Wait for the background load (spaCy cannot be interrupted half-way through a load)."""
        if self._loader is not None:
            self._loader.join(timeout)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        # high-DPI: Qt 6 scales by the screen's factor; keep fractional factors (125 %, 150 %) exact
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
        app.setOrganizationName("ReviewDesk")
        app.setApplicationName("Review Desk")
        from review_desk.gui.i18n import install_translators

        install_translators(app)
        install_bundled_font(app)
        from PySide6.QtGui import QIcon

        from review_desk.core.paths import resource

        icon = resource("icons", "review_desk.png")
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
    return app


def start(files: Sequence[str] = (), *, sample: bool = False, home: Path | None = None,
          detector=None) -> MainWindow:
    """Create the application (if needed) and show the main window, opening ``files[0]`` (or the
    bundled sample draft)."""
    application()
    lazy = detector or LazyDetector()
    window = MainWindow(lazy, home=home)
    window.show()
    if isinstance(lazy, LazyDetector):
        lazy.warm_up()
    if files:
        window.open_file(files[0])
    elif sample:
        window.open_sample()
    return window


def run_app(files: Sequence[str] = (), *, sample: bool = False, verbose: bool = False) -> int:
    """The ``review-desk gui`` entry point: show the window and run the event loop.

    ``REVIEW_DESK_QUIT_AFTER_MS=N`` closes the window N ms after the event loop starts (the
    installer's smoke test starts the built bundle offscreen this way and expects exit status 0).
    """
    from review_desk.core.home import data_home
    from review_desk.core.logs import configure_logging

    install_excepthook(configure_logging(data_home(), verbose=verbose))
    log.info("desk started")
    window = start(files, sample=sample)
    quit_after = os.environ.get("REVIEW_DESK_QUIT_AFTER_MS", "").strip()
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), window.close)
    status = QApplication.instance().exec()
    shutdown(window)
    log.info("desk closed: exit status %d", status)
    return status


#: How long closing waits for background work (a scan stops at its next batch; a model load
#: cannot be interrupted and takes a few seconds on a slow machine).
SHUTDOWN_WAIT_S = 60


def shutdown(window: MainWindow, wait_s: float = SHUTDOWN_WAIT_S, *, destroy_app: bool = True) -> None:
    """Stop the desk in an order that cannot crash.

    A scan, publish or export still running on a pool thread when Python tears itself down
    re-enters the interpreter (to emit its signal) after it is gone — a segmentation fault at exit
    (1 in 4 closes of the bundle right after opening the sample).  So: cancel the scan, wait for the
    pool's tasks and for the model-loading thread, delete the window while the application exists,
    then destroy the application itself (``destroy_app``), all before the interpreter exits.
    """
    window.close()  # idempotent: cancels the scan, closes the review desk's log
    window.pool.waitForDone(int(wait_s * 1000))
    join = getattr(window.get_detector, "join", None)
    if callable(join):
        join(wait_s)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    app = QApplication.instance()
    if destroy_app and app is not None:
        app.shutdown()
