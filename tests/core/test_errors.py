"""Every error code has a Chinese sentence for the desk and an exit code for the command line."""

from __future__ import annotations

import pytest

from review_desk.cli.exit_codes import EXIT_CODES, EXIT_INTERNAL, EXIT_UNREADABLE, EXIT_USAGE, exit_code
from review_desk.core.errors import Cancelled, DocumentError, ErrorCode, ReviewDeskError
from review_desk.core.names import ERRORS, UNEXPECTED_ERROR, error_text


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_code_has_a_chinese_sentence_and_an_exit_code(code):
    assert any("\u4e00" <= ch <= "\u9fff" for ch in ERRORS[code])
    assert code in EXIT_CODES and EXIT_CODES[code] != 0


def test_error_text_names_the_file_not_its_folder():
    error = DocumentError(ErrorCode.ENCRYPTED, "The file is password-protected.", "/secret/folder/案卷.docx")
    assert error_text(error) == ERRORS[ErrorCode.ENCRYPTED] + "（案卷.docx）"
    assert "folder" not in error_text(error) and "password" not in error_text(error)


def test_error_text_of_an_unexpected_exception_is_generic():
    assert error_text(KeyError("张三")) == UNEXPECTED_ERROR


def test_exit_code_follows_the_code_not_the_class():
    assert exit_code(DocumentError(ErrorCode.NOT_FOUND, "x")) == EXIT_UNREADABLE
    assert exit_code(ReviewDeskError(ErrorCode.INVALID, "x")) == EXIT_USAGE
    assert exit_code(ReviewDeskError(ErrorCode.RESOURCE_MISSING, "x")) == EXIT_INTERNAL


def test_cancelled_is_a_review_desk_error():
    assert Cancelled().code is ErrorCode.CANCELLED
    assert isinstance(Cancelled(), ReviewDeskError)


def test_a_code_given_as_text_is_checked():
    assert ReviewDeskError("output_exists", "x").code is ErrorCode.OUTPUT_EXISTS
    with pytest.raises(ValueError):
        ReviewDeskError("no_such_code", "x")


def test_core_errors_carry_their_own_code():
    from review_desk.core.legal import UnknownBasis, basis
    from review_desk.core.publish.stamp import Stamp, StampError

    with pytest.raises(UnknownBasis) as unknown:
        basis("art99")
    with pytest.raises(StampError) as stamp:
        Stamp("secret", "r")
    assert (unknown.value.code, stamp.value.code) == (ErrorCode.UNKNOWN_BASIS, ErrorCode.STAMP_FAILED)
