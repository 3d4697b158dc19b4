"""Checkpoints kept outside the desk, from the audit-log dialog: exporting the log's signed
checkpoint to a file (signed by the reviewer when the log has none at its size), and checking that
the log still extends a checkpoint kept earlier (an RFC 6962 consistency proof: a rolled-back,
truncated or rewritten log fails).  The same core calls as ``log checkpoint --export`` and
``log verify --against``; the work runs in the background, on the thread's own connection to the
log; every failure reaches the reviewer as the Chinese sentence of its error code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from review_desk.core.errors import ErrorCode

from ..messages import code_text

if TYPE_CHECKING:
    from review_desk.core.audit import Verification
    from review_desk.core.audit.checkpoint_file import KeptCheckpoint
    from review_desk.core.audit.extension import Extension

    from ..main_window import MainWindow

FILTER = "JSON (*.json)"


@dataclass(frozen=True)
class AgainstResult:
    """What checking the log against a kept checkpoint found: the log's own verification, and
    (when the log verifies) whether it extends the checkpoint."""

    kept: KeptCheckpoint
    verification: Verification
    extension: Extension | None


class CheckpointFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last_result: AgainstResult | None = None
        self.last_message = ""

    # -- export -----------------------------------------------------------------------------------
    def choose_export(self) -> None:
        window = self.window
        dialog = QFileDialog(window, QCoreApplication.translate("CheckpointFlow", "Export a checkpoint of the review log"),
                             str(Path.home() / "审查记录检查点.json"), FILTER)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: window.with_identity(lambda: self.export_to(path)))
        window.show_dialog(dialog)

    def export_to(self, path: str) -> None:
        window = self.window
        home, identity, database = window.home, window.identity, window.desk.database

        def work():
            from review_desk.core.review import ReviewDesk

            with ReviewDesk(home, database) as desk:  # this thread's own connection to the log
                return desk.export_checkpoint(path, identity, force=True)  # the dialog asked before replacing

        def done(kept) -> None:
            self._inform(QCoreApplication.translate("CheckpointFlow", "Checkpoint exported to {0}: {1} entries, root {2}…, signed by {3}. Keep it away "
                             "from this computer; later, “Verify against checkpoint…” proves the log was not "
                             "rolled back or rewritten since.").format(path, kept.tree_size, kept.root[:16],
                                                                      kept.signer.name))

        window.run_in_background(work, done)

    # -- verify against ---------------------------------------------------------------------------
    def choose_verify(self) -> None:
        window = self.window
        dialog = QFileDialog(window, QCoreApplication.translate("CheckpointFlow", "Verify the review log against a kept checkpoint"), str(Path.home()),
                             FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.verify_against)
        window.show_dialog(dialog)

    def verify_against(self, path: str) -> None:
        window = self.window
        home, database = window.home, window.desk.database

        def work() -> AgainstResult:
            from review_desk.core.audit.checkpoint_file import read_kept_checkpoint
            from review_desk.core.audit.extension import check_extends
            from review_desk.core.review import ReviewDesk
            from review_desk.core.review.integrity import verify_desk

            kept = read_kept_checkpoint(path)  # a file that is not a valid checkpoint: its error
            verification = verify_desk(home, database)
            if not verification.ok:
                return AgainstResult(kept, verification, None)
            with ReviewDesk(home, database) as desk:
                return AgainstResult(kept, verification, check_extends(desk.log, kept))

        window.run_in_background(work, lambda result: self._show(path, result))

    def _show(self, path: str, result: AgainstResult) -> None:
        self.last_result = result
        kept, v, ext = result.kept, result.verification, result.extension
        if ext is None:
            code = v.code if v.code in {c.value for c in ErrorCode} else ErrorCode.TAMPERED.value
            self._warn(QCoreApplication.translate("CheckpointFlow", "Not checked against the checkpoint: the log itself does not verify. {0}").format(
                code_text(code)))
        elif not ext.ok:
            self._warn(QCoreApplication.translate("CheckpointFlow", "The log does NOT extend the kept checkpoint {0}: {1}").format(
                Path(path).name, code_text(ext.code)))
        else:
            self._inform(QCoreApplication.translate("CheckpointFlow", "The log extends the kept checkpoint: {0} entries signed by {1} at {2}; the log now "
                             "holds {3} entries and the consistency proof verifies.").format(
                kept.tree_size, kept.signer.name, kept.time, ext.log_size))

    # -- messages ---------------------------------------------------------------------------------
    def _inform(self, message: str) -> None:
        self.last_message = message
        window = self.window
        window.statusBar().showMessage(message)
        window.show_dialog(QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("CheckpointFlow", "Checkpoint"), message,
                                       QMessageBox.StandardButton.Ok, window))

    def _warn(self, message: str) -> None:
        self.last_message = message
        self.window.show_error(message)
