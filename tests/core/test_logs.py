"""The log file: written in the data folder, rotating, and free of document text and personal values."""

from __future__ import annotations

import logging

import pytest

from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.logs import MAX_BYTES, configure_logging, log_path

SECRET = "张三丰 370102199003071231"


@pytest.fixture
def home(tmp_path):
    yield tmp_path
    configure_logging(None)  # drop the file handler again


def _flush() -> None:
    for handler in logging.getLogger("review_desk").handlers:
        handler.flush()


def test_the_log_file_is_in_the_data_folder_and_rotates(home):
    path = configure_logging(home)
    assert path == log_path(home) and path.parent == home / "logs"
    logging.getLogger("review_desk.core.test").info("scanned %d segments", 3)
    _flush()
    assert "INFO review_desk.core.test: scanned 3 segments" in path.read_text(encoding="utf-8")
    handler = next(h for h in logging.getLogger("review_desk").handlers if hasattr(h, "maxBytes"))
    assert handler.maxBytes == MAX_BYTES and handler.backupCount > 0


def test_an_exception_is_logged_by_type_and_place_not_by_its_message(home):
    path = configure_logging(home)
    try:
        raise ReviewDeskError(ErrorCode.EDIT_MISMATCH, f"expected {SECRET!r} at 5")
    except ReviewDeskError as exc:
        logging.getLogger("review_desk.cli").error("redact: unexpected error", exc_info=exc)
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "ReviewDeskError [edit_mismatch]" in text and "test_logs.py" in text
    assert "张三丰" not in text and "370102" not in text


def test_an_unwritable_folder_means_no_file_log_not_a_crash(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert configure_logging(blocker) is None
    logging.getLogger("review_desk.core.test").info("still works")
