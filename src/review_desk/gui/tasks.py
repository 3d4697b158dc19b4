"""Background work for the GUI: reading, scanning, publishing and exporting never run on the GUI
thread.

Tasks run ``core`` code on a worker thread and report through Qt signals, which are delivered on
the GUI thread; they never touch widgets.  Each carries a serial number so that a late result of a
cancelled or superseded task can be ignored.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from review_desk.core.errors import ReviewDeskError
from review_desk.core.names import error_text

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int, int)  # serial, done, total
    finished = Signal(int, object)  # serial, result
    failed = Signal(int, str)  # serial, message


def _message(exc: BaseException) -> str:
    """The reviewer's sentence for ``exc``; an unexpected error is logged with its traceback."""
    if not isinstance(exc, ReviewDeskError):
        log.error("unexpected error in a background task", exc_info=exc)
    return error_text(exc)


class ScanTask(QRunnable):
    """Read and scan one file with a detector obtained from ``get_detector`` (may load a model)."""

    def __init__(self, serial: int, path: str, get_detector: Callable[[], object]) -> None:
        super().__init__()
        self.serial = serial
        self.path = path
        self.get_detector = get_detector
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.layout = None  # the document's layout (tables, formatting), read after the scan

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            # the detector first: it imports spaCy under the loader's lock, so this thread never
            # imports it at the same time as the model-loading thread (concurrent imports break)
            detector = self.get_detector()
            from review_desk.core.detect.scanner import Cancelled, scan_path
        except Exception as exc:  # noqa: BLE001 - reported in the window
            self.signals.failed.emit(self.serial, _message(exc))
            return
        try:
            result = scan_path(
                self.path,
                detector,
                progress=lambda done, total: self.signals.progress.emit(self.serial, done, total),
                cancel=self._cancel.is_set,
            )
        except Cancelled:
            self.signals.failed.emit(self.serial, "cancelled")
            return
        except Exception as exc:  # noqa: BLE001 - reported in the window, never a crash of the worker
            self.signals.failed.emit(self.serial, _message(exc))
            return
        if result.document is not None:
            from review_desk.core.document.layout import read_layout
            from review_desk.core.errors import ReviewDeskError

            try:
                self.layout = read_layout(result.document)
            except ReviewDeskError:  # the file changed or vanished since: shown as plain paragraphs
                self.layout = None
        self.signals.finished.emit(self.serial, result)


class CallTask(QRunnable):
    """Run ``work()`` on a worker thread; its result or error message comes back as a signal."""

    def __init__(self, serial: int, work: Callable[[], object]) -> None:
        super().__init__()
        self.serial = serial
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - shown to the reviewer
            self.signals.failed.emit(self.serial, _message(exc))
            return
        self.signals.finished.emit(self.serial, result)
