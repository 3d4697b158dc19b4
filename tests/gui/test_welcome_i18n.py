"""The welcome page (signals, recent files) and the interface language (settings, translators)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

from review_desk.gui import i18n
from review_desk.gui.welcome import (
    EXISTS_ROLE,
    RECENT_KEY,
    WelcomePage,
    add_recent,
    recent_files,
    sample_path,
)

REPO = Path(__file__).resolve().parents[2]
TS_FILE = REPO / "resources" / "translations" / "review_desk_zh_CN.ts"
LRELEASE = REPO / ".venv" / "bin" / "pyside6-lrelease"


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def page(qtbot):
    widget = WelcomePage()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def restore_translators(qapp):
    """Leave the application's translators as this test found them (another test may have started
    the desk, which installs the stored language).  It reinstalls from the resources folder in
    effect at teardown, so tests change that folder only inside ``monkeypatch.context()``."""
    had = any(t.objectName() == i18n._TRANSLATOR_NAME for t in qapp.findChildren(QTranslator))
    yield
    i18n.install_translators(qapp, language="zh_CN" if had else "en")


def _docs(tmp_path, *names):
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text("正文", encoding="utf-8")
        paths.append(str(path))
    return paths


# -- welcome page ----------------------------------------------------------------------------------


def test_sample_button_emits_open_sample(qtbot, page):
    with qtbot.waitSignal(page.open_sample, timeout=1000):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    assert page.sample_button.isDefault()


def test_open_button_emits_open_file_requested(qtbot, page):
    with qtbot.waitSignal(page.open_file_requested, timeout=1000):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)


def test_keyboard_reaches_the_buttons(qtbot, page):
    page.setFocus()
    assert page.sample_button.hasFocus()  # focus proxy: the first thing a new user wants
    with qtbot.waitSignal(page.open_sample, timeout=1000):
        qtbot.keyClick(page.sample_button, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.open_file_requested, timeout=1000):
        qtbot.keyClick(page.open_button, Qt.Key.Key_Return)


def test_enter_in_recent_list_opens_the_current_file(qtbot, page, tmp_path):
    first, second = _docs(tmp_path, "甲.docx", "乙.txt")
    page.set_recent([first, second])
    assert page.recent_list.isVisible() and not page.empty_label.isVisible()
    assert page.recent_paths() == [first, second]
    page.recent_list.setFocus()
    page.recent_list.setCurrentRow(1)
    with qtbot.waitSignal(page.open_recent, timeout=1000) as blocker:
        qtbot.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert blocker.args == [second]


def test_double_click_in_recent_list_opens_the_file(qtbot, page, tmp_path):
    (doc,) = _docs(tmp_path, "notice.docx")
    page.set_recent([doc])
    rect = page.recent_list.visualItemRect(page.recent_list.item(0))
    viewport = page.recent_list.viewport()
    with qtbot.waitSignal(page.open_recent, timeout=1000) as blocker:
        # a real double click is press, release, press + double-click, release; QTest's mouseDClick
        # sends only the second half, so the first click comes separately
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [doc]


def test_missing_recent_files_are_greyed_and_do_not_open(qtbot, page, tmp_path):
    (present,) = _docs(tmp_path, "present.docx")
    missing = str(tmp_path / "gone.docx")
    page.set_recent([missing, present])
    item_missing, item_present = page.recent_list.item(0), page.recent_list.item(1)
    assert item_missing.data(EXISTS_ROLE) is False and item_present.data(EXISTS_ROLE) is True
    assert missing in item_missing.toolTip() and item_missing.toolTip() != item_present.toolTip()
    assert item_missing.foreground().color() != item_present.foreground().color()
    page.recent_list.setFocus()
    page.recent_list.setCurrentRow(0)
    with qtbot.assertNotEmitted(page.open_recent):
        qtbot.keyClick(page.recent_list, Qt.Key.Key_Return)


def test_recent_file_deleted_after_listing_is_greyed_on_activation(qtbot, page, tmp_path):
    (doc,) = _docs(tmp_path, "later-gone.docx")
    page.set_recent([doc])
    Path(doc).unlink()
    page.recent_list.setFocus()
    with qtbot.assertNotEmitted(page.open_recent):
        qtbot.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert page.recent_list.item(0).data(EXISTS_ROLE) is False


def test_empty_recent_list_shows_a_note(page):
    page.set_recent([])
    assert not page.recent_list.isVisible() and page.empty_label.isVisible()


def test_sample_path_is_the_bundled_sample():
    assert sample_path().is_file() and sample_path().name == "sample_notice.docx"


# -- recent files in QSettings ---------------------------------------------------------------------


def test_recent_files_empty_and_single_value(settings, tmp_path):
    assert recent_files(settings) == []
    settings.setValue(RECENT_KEY, str(tmp_path / "one.docx"))  # how INI files give back one entry
    assert recent_files(settings) == [str(tmp_path / "one.docx")]


def test_add_recent_puts_newest_first_and_dedupes(settings, tmp_path):
    a, b = str(tmp_path / "a.docx"), str(tmp_path / "b.docx")
    add_recent(settings, a)
    add_recent(settings, b)
    assert add_recent(settings, tmp_path / "sub" / ".." / "a.docx") == [a, b]
    assert recent_files(settings) == [a, b]
    settings.sync()
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert recent_files(reread) == [a, b]


def test_add_recent_limits_the_list(settings, tmp_path):
    paths = [str(tmp_path / f"{i}.docx") for i in range(12)]
    for path in paths:
        add_recent(settings, path)
    assert recent_files(settings) == paths[::-1][:8]
    assert add_recent(settings, paths[0], limit=3) == [paths[0], paths[11], paths[10]]


def test_add_recent_makes_paths_absolute(settings, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert add_recent(settings, "relative.docx") == [str(tmp_path / "relative.docx")]


# -- language setting and translators --------------------------------------------------------------


def test_language_defaults_to_chinese_and_is_stored(settings):
    assert set(i18n.LANGUAGES) == {"zh_CN", "en"}
    assert i18n.current_language(settings) == "zh_CN"
    i18n.set_language("en", settings)
    assert i18n.current_language(settings) == "en"
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value("ui/language") == "en"
    settings.setValue("ui/language", "fr")
    assert i18n.current_language(settings) == "zh_CN"
    with pytest.raises(ValueError):
        i18n.set_language("fr", settings)


def test_language_uses_the_application_settings_by_default(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    assert QSettings().value("ui/language") == "en"


@pytest.fixture(scope="module")
def zh_qm():
    """The compiled Chinese translation (built here if ``make translations`` has not run)."""
    qm = i18n.translation_file("zh_CN")
    if not qm.is_file():
        lrelease = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
        if lrelease is None:
            pytest.skip("pyside6-lrelease is not installed")
        subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(qm)], check=True, timeout=60)
    assert qm.is_file()
    return qm


def test_install_translators_chinese(restore_translators, qapp, zh_qm, settings):
    i18n.set_language("zh_CN", settings)
    assert i18n.install_translators(qapp, settings) == "zh_CN"
    translate = QCoreApplication.translate
    assert translate("WelcomePage", "Open the &sample draft") == "打开示例草稿(&S)"
    assert translate("MainWindow", "&Open…") == "打开(&O)…"
    assert translate("MainWindow", "Cancel") == "取消"
    assert translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own qtbase_zh_CN.qm
    page = WelcomePage()
    try:
        assert page.sample_button.text() == "打开示例草稿(&S)"
    finally:
        page.deleteLater()


def test_install_translators_again_replaces_the_earlier_ones(restore_translators, qapp, zh_qm):
    assert i18n.install_translators(qapp, language="zh_CN") == "zh_CN"
    assert i18n.install_translators(qapp, language="zh_CN") == "zh_CN"
    ours = [t for t in qapp.findChildren(QTranslator) if t.objectName() == i18n._TRANSLATOR_NAME]
    assert len(ours) == 2  # the desk's and Qt's, not four
    assert i18n.install_translators(qapp, language="en") == "en"
    assert QCoreApplication.translate("WelcomePage", "Open the &sample draft") == "Open the &sample draft"


def test_missing_qm_falls_back_to_english(restore_translators, qapp, tmp_path, monkeypatch):
    with monkeypatch.context() as patch:  # undone before restore_translators runs
        patch.setenv("REVIEW_DESK_RESOURCES", str(tmp_path))  # no translations/ there
        assert i18n.install_translators(qapp, language="zh_CN") == "en"
    assert QCoreApplication.translate("WelcomePage", "Open the &sample draft") == "Open the &sample draft"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_ts_file_is_complete_for_the_welcome_page():
    """Every string of the welcome page has a finished Chinese translation in the .ts."""
    from lxml import etree

    tree = etree.parse(str(TS_FILE))
    messages = tree.xpath("/TS/context[name='WelcomePage']/message")
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None and translation.text, message.findtext("source")
