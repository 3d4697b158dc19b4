"""Background work for the GUI: reading and scanning never run on the GUI thread.

A :class:`ScanTask` runs ``core`` code on a worker thread and reports through Qt signals, which
are delivered on the GUI thread; it never touches widgets itself.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Signal


class TaskSignals(QObject):
    """Signals of one task; each carries the task's serial number so late results can be ignored."""

    progress = Signal(int, int, int)  # serial, done, total
    finished = Signal(int, object)  # serial, the ScanResult
    failed = Signal(int, str)  # serial, message


class ScanTask(QRunnable):
    """Read and scan one file with a detector obtained from ``get_detector`` (may load a model)."""

    def __init__(self, serial: int, path: str, get_detector: Callable[[], object]) -> None:
        super().__init__()
        self.serial = serial
        self.path = path
        self.get_detector = get_detector
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from review_desk.core.detect.scanner import Cancelled, scan_path

        try:
            result = scan_path(
                self.path,
                self.get_detector(),
                progress=lambda done, total: self.signals.progress.emit(self.serial, done, total),
                cancel=self._cancel.is_set,
            )
        except Cancelled:
            self.signals.failed.emit(self.serial, "cancelled")
            return
        except Exception as exc:  # reported in the window, never a crash of the worker
            self.signals.failed.emit(self.serial, f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(self.serial, result)
