"""Guard against the Qt for Python build that crashed the desk: PySide6-Essentials 6.12.0 on
Python 3.11 drops a reference to None on every call of a method returning void, so a long session
(or a 100,000-character document's highlights) ends in "Fatal Python error: none_dealloc".
pyproject.toml pins 6.11.3; this test fails if a future pin brings the bug back."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument


def test_void_calls_keep_none_alive(qapp):
    document = QTextDocument()
    document.setPlainText("审查台" * 30)
    cursor = QTextCursor(document)
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(500):
        cursor.setPosition(5)
        fmt.setFontWeight(700)
    assert sys.getrefcount(None) - before > -100, "this PySide6 build loses references to None"
