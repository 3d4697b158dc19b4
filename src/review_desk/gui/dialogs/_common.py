"""Small helpers shared by the dialogs (labels that never interpret rich text, an error label)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1b7f3b"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows ``text`` literally (document text and error messages are never HTML)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, selectable, initially empty label for an error message."""
    label = plain_label("", parent)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while a key is derived (scrypt takes a noticeable moment)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
