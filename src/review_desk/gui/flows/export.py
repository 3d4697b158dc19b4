"""Exporting the PDF review log (for auditors): a save dialog, then the export in the background,
signed by the reviewer and recorded in the log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ExportFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def choose(self) -> None:
        window = self.window
        dialog = QFileDialog(window, QCoreApplication.translate("ExportFlow", "Export the review log"),
                             str(Path.home() / "审查记录.pdf"), "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: window.with_identity(lambda: self.export_to(path)))
        window.show_dialog(dialog)

    def export_to(self, path: str, review_id: str | None = None) -> None:
        window = self.window
        home, identity = window.home, window.identity
        database = window.desk.database

        def work():
            from review_desk.core.review import ReviewDesk

            with ReviewDesk(home, database) as desk:  # this thread's own connection to the log
                desk.export_log(path, identity, review_id=review_id, force=True)  # the dialog asked before replacing
                return path

        window.run_in_background(work, lambda p: window.statusBar().showMessage(
            QCoreApplication.translate("ExportFlow", "Review log exported to {0}.").format(p)))
