"""The main window: open a document, see its text and the findings the detector suggests."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
)

from review_desk.gui.findings_model import FindingsModel
from review_desk.gui.tasks import ScanTask

OPEN_FILTER = "Documents (*.docx *.txt *.md);;All files (*)"


class MainWindow(QMainWindow):
    """Document text on the left, findings on the right; scanning runs in the background."""

    def __init__(self, get_detector: Callable[[], object], pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.get_detector = get_detector
        self.pool = pool or QThreadPool.globalInstance()
        self.task: ScanTask | None = None
        self._serial = 0
        self.result = None
        self.setWindowTitle(self.tr("Review Desk"))
        self.setAcceptDrops(True)

        self.text_view = QPlainTextEdit(readOnly=True)
        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text_view)
        splitter.addWidget(self.table)
        self.setCentralWidget(splitter)

        self.progress = QProgressBar(maximumWidth=220, visible=False)
        self.cancel_button = QPushButton(self.tr("Cancel"), visible=False)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        open_action = QAction(self.tr("&Open…"), self, shortcut=QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_file)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.table.selectionModel().currentRowChanged.connect(self._show_finding)
        self.resize(1200, 760)
        self.statusBar().showMessage(self.tr("Open a .docx, .txt or .md document to review."))

    # opening -----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open document"), str(Path.home()), OPEN_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.cancel_scan()
        self.result = None
        self.model.set_findings(())
        self.text_view.clear()
        self.setWindowTitle(self.tr("Review Desk") + f" — {Path(path).name}")
        self.statusBar().showMessage(self.tr("Analysing {0}…").format(Path(path).name))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._serial += 1
        self.task = ScanTask(self._serial, path, self.get_detector)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        self.pool.start(self.task)
        QSettings().setValue("recent/last", path)

    def cancel_scan(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._end_busy()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_file(urls[0])

    # results -----------------------------------------------------------------------------------
    def _on_progress(self, serial: int, done: int, total: int) -> None:
        if serial != self._serial:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, serial: int, result) -> None:
        if serial != self._serial or self.task is None:
            return  # a cancelled or superseded scan finishing late
        self.task = None
        self._end_busy()
        self.result = result
        if result.errors:
            self.statusBar().showMessage(self.tr("Cannot read this file: {0}").format(result.errors[0]["message"]))
            return
        self.text_view.setPlainText(
            "\n\n".join(f"[{s.part} {s.location}]\n{s.text}" for s in result.document.segments)
        )
        self.model.set_findings(result.findings)
        self.table.resizeColumnsToContents()
        self.statusBar().showMessage(self.tr("{0} findings").format(len(result.findings)))

    def _on_failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self.task = None
        self._end_busy()
        if message != "cancelled":
            self.statusBar().showMessage(self.tr("Analysis failed: {0}").format(message))

    def _end_busy(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _show_finding(self, current, _previous) -> None:
        if not current.isValid():
            return
        f = self.model.finding(current.row())
        self.statusBar().showMessage(f"{f.type} · {f.recognizer} · {f.score:.2f} · {f.part} {f.location}")
