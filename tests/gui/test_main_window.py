"""The main window opens a document in the background (window first, analysis after) and lists
its findings; unreadable files are reported, not raised; the layout is remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThreadPool

from review_desk.gui.main_window import MainWindow
from review_desk.gui.welcome import recent_files


def make_window(qtbot, detector, tmp_path):
    window = MainWindow(lambda: detector, pool=QThreadPool(), home=tmp_path / "home")
    qtbot.addWidget(window)
    window.show()
    return window


def test_open_text_file_lists_findings(qtbot, qtmodeltester, tmp_path, fake_detector):
    path = tmp_path / "notice.txt"
    path.write_text("联系人：张三，电话13800138000。\n备用手机13912345678。\n", encoding="utf-8")
    window = make_window(qtbot, fake_detector, tmp_path)
    assert window.stack.currentWidget() is window.welcome
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=10_000)
    assert window.model.rowCount() == 2
    assert [f.text for f in window.draft.findings] == ["13800138000", "13912345678"]
    assert "13800138000" in window.view.toPlainText()
    assert window.current_fid() == window.draft.findings[0].id  # the first undecided is selected
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.proxy)


def test_unreadable_file_is_reported_not_raised(qtbot, tmp_path, fake_detector):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    window = make_window(qtbot, fake_detector, tmp_path)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.result is not None, timeout=10_000)
    assert window.model.rowCount() == 0 and window.draft is None
    assert ".doc" in window.statusBar().currentMessage()


def test_clicking_a_highlight_selects_its_finding(qtbot, tmp_path, fake_detector):
    path = tmp_path / "notice.txt"
    path.write_text("第一行无内容。\n电话13800138000，手机13912345678。\n", encoding="utf-8")
    window = make_window(qtbot, fake_detector, tmp_path)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=10_000)
    second = window.draft.findings[1]
    start, _end = window.view.view_span(second)
    assert window.view.finding_at(start + 2) == second.id
    window.view.finding_clicked.emit(second.id)
    assert window.current_fid() == second.id


def test_layout_and_recent_files_are_remembered(qtbot, tmp_path, fake_detector):
    path = tmp_path / "notice.txt"
    path.write_text("电话13800138000。\n", encoding="utf-8")
    window = make_window(qtbot, fake_detector, tmp_path)
    window.resize(700, 500)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=10_000)
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = make_window(qtbot, fake_detector, tmp_path)
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert recent_files(QSettings())[0] == str(path)
    assert again.welcome.recent_list.count() == 1
