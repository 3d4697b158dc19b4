"""The minimal main window opens a document in the background and lists its findings."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from review_desk.gui.main_window import MainWindow


def make_window(qtbot, detector):
    window = MainWindow(lambda: detector, pool=QThreadPool())
    qtbot.addWidget(window)
    window.show()
    return window


def test_open_text_file_lists_findings(qtbot, qtmodeltester, tmp_path, fake_detector):
    path = tmp_path / "notice.txt"
    path.write_text("联系人：张三，电话13800138000。\n备用手机13912345678。\n", encoding="utf-8")
    window = make_window(qtbot, fake_detector)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.result is not None, timeout=10_000)
    assert window.model.rowCount() == 2
    assert [window.model.finding(r).text for r in range(2)] == ["13800138000", "13912345678"]
    assert "13800138000" in window.text_view.toPlainText()
    qtmodeltester.check(window.model)


def test_unreadable_file_is_reported_not_raised(qtbot, tmp_path, fake_detector):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    window = make_window(qtbot, fake_detector)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.result is not None, timeout=10_000)
    assert window.model.rowCount() == 0
    assert "Cannot read" in window.statusBar().currentMessage()
