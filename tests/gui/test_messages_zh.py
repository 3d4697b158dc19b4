"""No English reaches the Chinese desk: every error code, sign-off blocker and sanitizer action is
shown as a Chinese sentence (the core's English message never), also for a file that cannot be read."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.names import error_text
from review_desk.core.review.rules import Blocker
from review_desk.gui.messages import SANITIZE, blocker_text, code_text, sanitize_text
from tests.gui.test_main_window import make_window

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "review_desk_zh_CN.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
ENGLISH = re.compile(r"[A-Za-z]{4,}")
MESSAGE = "The file is damaged beyond repair"
BLOCKERS = {
    "undecided": {"count": 2, "total": 5, "type": "PERSON", "preview": "张*"},
    "needs_basis": {"attribute": "不予公开"}, "needs_reason": {"attribute": "不予公开"},
    "classification_mark": {"preview": "机密★"}, "kept_without_exemption": {"type": "PHONE_NUMBER", "preview": "138****"},
    "not_owner": {}, "already_signed": {}, "bad_attribute": {"attribute": "x"},
}


@pytest.fixture
def chinese(qapp, tmp_path):
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "zh.qm"
    subprocess.run([str(LRELEASE), "-silent", str(TS), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


#: Words that are names, not English sentences (file formats, shortcuts, technical terms).
NAMES = re.compile(r"\.?(docx|docm|txt|Word|Ctrl|Shift|rsid|EXIF|XML|PDF|SHA)\b", re.IGNORECASE)


def chinese_only(text: str, allowed: str = "") -> bool:
    rest = NAMES.sub("", text.replace(allowed, ""))
    return bool(re.search(r"[\u4e00-\u9fff]", text)) and not ENGLISH.search(rest)


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_is_a_chinese_sentence(code):
    error = ReviewDeskError(code, MESSAGE, "/tmp/draft.docx")
    assert chinese_only(error_text(error), "draft.docx") and MESSAGE not in error_text(error)
    assert chinese_only(code_text(code.value, "/tmp/draft.docx"), "draft.docx")


def test_unknown_codes_and_foreign_errors_are_still_chinese():
    assert chinese_only(code_text("no_such_code")) and chinese_only(error_text(RuntimeError("boom")))


def test_every_blocker_and_sanitizer_action_is_chinese(chinese):
    for code, params in BLOCKERS.items():
        assert chinese_only(blocker_text(Blocker(code, "English text", **params))), code
    for code in SANITIZE:
        assert chinese_only(sanitize_text(code, 3)), code


def test_an_unreadable_file_is_reported_in_chinese(qtbot, tmp_path, fake_detector, chinese):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    window = make_window(qtbot, fake_detector, tmp_path)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.result is not None, timeout=60_000)
    message = window.statusBar().currentMessage()
    assert "old.doc" in message and chinese_only(message, "old.doc")
