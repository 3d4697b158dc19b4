"""The desk's register setting: stored in QSettings, overridden by REVIEW_DESK_DATABASE_URL, and used
when the desk opens its log (a desk on a register keeps no log in its data folder)."""

from __future__ import annotations

import pytest

from review_desk.gui.register_setting import register_url, set_register_url


def test_the_stored_url_and_the_environment(monkeypatch):
    assert register_url() is None  # no setting: the desk's own log
    set_register_url("  postgresql://desk@db.example/register ")
    assert register_url() == "postgresql://desk@db.example/register"
    monkeypatch.setenv("REVIEW_DESK_DATABASE_URL", "postgresql://other@db2.example/register")
    assert register_url() == "postgresql://other@db2.example/register"
    monkeypatch.delenv("REVIEW_DESK_DATABASE_URL")
    set_register_url("")
    assert register_url() is None


@pytest.mark.postgres
def test_the_desk_opens_the_stored_register(qtbot, pg_register, tmp_path, fake_detector):
    from PySide6.QtCore import QThreadPool

    from review_desk.gui.main_window import MainWindow

    set_register_url(pg_register.url)
    window = MainWindow(lambda: fake_detector, pool=QThreadPool(), home=tmp_path / "desk")
    qtbot.addWidget(window)
    assert window.desk.log.location.startswith("postgresql://")
    assert not (tmp_path / "desk" / "audit.sqlite3").exists()


def test_the_file_menu_asks_for_the_register(qtbot, tmp_path, fake_detector):
    from PySide6.QtCore import QThreadPool

    from review_desk.gui.main_window import MainWindow
    from review_desk.gui.register_setting import stored_register_url

    window = MainWindow(lambda: fake_detector, pool=QThreadPool(), home=tmp_path / "desk")
    qtbot.addWidget(window)
    assert window.desk.database is None  # the desk's own log, opened before the setting changes
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                  if a.text().replace("&", "").startswith("Shared register"))
    action.trigger()
    dialog = window.register_dialog
    assert dialog.isVisible() and dialog.textValue() == ""
    dialog.setTextValue("postgresql://desk@db.example/register")
    dialog.accept()
    assert stored_register_url() == "postgresql://desk@db.example/register"
    assert "starts again" in window.statusBar().currentMessage()
    assert window.desk.database is None  # this session keeps the log it opened with (nothing connects)
