"""The Qt-free core of Review Desk: documents, detection, and (later) redaction, review, audit.

Nothing under this package may import PySide6 or ``review_desk.gui``; an import-linter contract
and ``tests/core/test_qt_free.py`` enforce it.
"""
