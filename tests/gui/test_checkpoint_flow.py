"""Checkpoints from the desk's audit-log dialog (gui/flows/checkpoint.py), on the desk's SQLite log:
export the signed checkpoint to a file, verify the log against it, and see a rolled-back data folder
and a file that is not a checkpoint refused in Chinese."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox

from review_desk.core.audit.checkpoint_file import read_kept_checkpoint
from review_desk.core.names import ERRORS
from review_desk.core.errors import ErrorCode
from review_desk.gui.dialogs import AuditLogDialog
from review_desk.gui.main_window import MainWindow

PASS = "correct-horse-battery"


class NoDetector:
    def detect_many(self, texts, *, contexts=None):
        return [[] for _ in texts]


def _window(qtbot, home) -> MainWindow:
    w = MainWindow(lambda: NoDetector(), pool=QThreadPool(), home=home)
    qtbot.addWidget(w)
    w.show()
    return w


def _wait_for(qtbot, window, kind):
    qtbot.waitUntil(lambda: window.busy_task is None and isinstance(window.active_dialog, kind), timeout=15_000)
    dialog = window.active_dialog
    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
    dialog.reject()
    return text


@pytest.fixture
def window(qtbot, tmp_path):
    w = _window(qtbot, tmp_path / "home")
    w.desk.add_reviewer("王审查", "办公室", PASS)
    w.identity = w.desk.identity("王审查", PASS)
    reviewer, key = w.desk.unlock("王审查", PASS)
    for n in range(2):
        w.desk.log.append("decision", {"document": f"doc-{n}"}, reviewer.fingerprint, key)
    yield w
    w.close()


def test_the_audit_log_dialog_exports_a_checkpoint_and_verifies_against_it(qtbot, window, tmp_path):
    window.show_audit_log()
    viewer = window.active_dialog
    assert isinstance(viewer, AuditLogDialog) and viewer.checkpoint_button.isEnabled()
    viewer.checkpoint_button.click()  # the save dialog of the flow
    assert isinstance(window.active_dialog, QFileDialog)
    window.active_dialog.reject()
    viewer.against_button.click()  # the open dialog of the flow
    assert isinstance(window.active_dialog, QFileDialog)
    window.active_dialog.reject()
    viewer.reject()

    kept = tmp_path / "kept.json"
    window.checkpoint_flow.export_to(str(kept))
    text = _wait_for(qtbot, window, QMessageBox)
    checkpoint = read_kept_checkpoint(kept)
    assert checkpoint.tree_size == 3 and checkpoint.signer.name == "王审查"
    assert str(kept) in text and "王审查" in text

    reviewer, key = window.desk.unlock("王审查", PASS)
    window.desk.log.append("decision", {"document": "later"}, reviewer.fingerprint, key)
    window.checkpoint_flow.verify_against(str(kept))
    _wait_for(qtbot, window, QMessageBox)
    result = window.checkpoint_flow.last_result
    assert result.extension.ok and result.extension.log_size == 4 and result.extension.checkpoint_size == 3
    assert getattr(window, "last_error", None) is None


def test_a_rolled_back_data_folder_fails_against_the_kept_checkpoint(qtbot, window, tmp_path):
    old = tmp_path / "old-copy"
    shutil.copytree(window.home, old)  # the data folder at 3 entries
    reviewer, key = window.desk.unlock("王审查", PASS)
    window.desk.log.append("decision", {"document": "signed off later"}, reviewer.fingerprint, key)
    kept = tmp_path / "kept.json"
    window.checkpoint_flow.export_to(str(kept))
    _wait_for(qtbot, window, QMessageBox)
    assert read_kept_checkpoint(kept).tree_size == 4

    restored = _window(qtbot, old)  # the desk restarted on the older copy
    try:
        assert restored.desk.log.__len__() == 3
        restored.checkpoint_flow.verify_against(str(kept))
        text = _wait_for(qtbot, restored, QMessageBox)
        result = restored.checkpoint_flow.last_result
        assert result.verification.ok and not result.extension.ok
        assert result.extension.code == ErrorCode.LOG_ROLLED_BACK.value
        assert ERRORS[ErrorCode.LOG_ROLLED_BACK] in text and ERRORS[ErrorCode.LOG_ROLLED_BACK] in restored.last_error
    finally:
        restored.close()


def test_a_file_that_is_not_a_checkpoint_is_refused_in_chinese(qtbot, window, tmp_path):
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"format": "something else"}', encoding="utf-8")
    window.checkpoint_flow.verify_against(str(bogus))
    _wait_for(qtbot, window, QMessageBox)
    assert getattr(window, "last_error", None) is not None and ERRORS[ErrorCode.CHECKPOINT_INVALID] in window.last_error
    assert window.checkpoint_flow.last_result is None


def test_the_dialog_shows_the_warning_of_a_register_desk_without_its_head_file(qtbot, window, monkeypatch):
    from dataclasses import replace

    from review_desk.core.audit.verify import NO_HEAD_WARNING
    from review_desk.gui.dialogs import audit_log

    real = audit_log.verify_desk
    monkeypatch.setattr(audit_log, "verify_desk", lambda home, database: replace(real(home, database),
                                                                                  warnings=(NO_HEAD_WARNING,)))
    viewer = AuditLogDialog(window.desk, window)
    qtbot.addWidget(viewer)
    assert viewer.verification.ok and "no head file for the register" in viewer.status_label.text()
    assert audit_log.WARNING_COLOUR in viewer.status_label.styleSheet()
    monkeypatch.setattr(audit_log, "verify_desk", real)
    viewer.refresh()
    assert "head file" not in viewer.status_label.text()
