"""Bad inputs: every one is a DocumentError with the right code and a clear message, never a raw
exception, and the input file is left exactly as it was."""

from __future__ import annotations

import os
import random
import sys

import pytest
from docx_checks import refused
from docx_factory import docx_bytes, rezip

from review_desk.core.document import read_document
from review_desk.core.errors import DocumentError, ErrorCode

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole(*stream_names: str) -> bytes:
    """An OLE compound file header followed by directory entry names (UTF-16LE) and padding."""
    header = OLE + bytes(504)
    names = b"".join(n.encode("utf-16-le").ljust(64, b"\x00") + bytes(64) for n in stream_names)
    return header + names + bytes(1024)


def test_missing_file(tmp_path):
    refused(tmp_path / "nope.docx", ErrorCode.NOT_FOUND, "nope.docx", "does not exist")


def test_directory(tmp_path):
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    refused(folder, ErrorCode.NOT_A_FILE, "folder")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_named_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    refused(fifo, ErrorCode.NOT_A_FILE, "not a regular file")


@pytest.mark.parametrize("content", [b"", b"   \r\n\t ", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n", b"\xff\xfe"])
@pytest.mark.parametrize("name", ["empty.txt", "empty.docx"])
def test_empty_files(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    refused(path, ErrorCode.EMPTY_FILE, "empty")


def test_utf16_whitespace_only_text_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes("\ufeff \u3000\r\n".encode("utf-16-le"))
    refused(path, ErrorCode.EMPTY_FILE, "empty")


def test_too_large_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.docx"
    path.write_bytes(docx_bytes(["正文"]))
    err = refused(path, ErrorCode.TOO_LARGE, "limit", max_bytes=1000)
    assert "1,000" in err.message
    assert read_document(path).segments  # within the default limit it reads


def test_legacy_doc(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(_ole("Root Entry", "WordDocument", "1Table"))
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "Word 97-2003", ".doc", "save it as .docx")


def test_legacy_wps(tmp_path):
    path = tmp_path / "old.wps"
    path.write_bytes(_ole("Root Entry", "WordDocument"))
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "WPS", "save it as .docx")


def test_legacy_doc_renamed_to_docx(tmp_path):
    path = tmp_path / "renamed.docx"
    path.write_bytes(_ole("Root Entry", "WordDocument"))
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "Word 97-2003")


@pytest.mark.parametrize("name", ["secret.docx", "secret.doc", "secret.txt"])
def test_password_protected(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(_ole("Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    refused(path, ErrorCode.ENCRYPTED, "password-protected", "remove the password in Word")


def test_really_encrypted_docx(tmp_path):
    """A .docx encrypted the way Word does it (agile encryption, msoffcrypto-tool), not crafted bytes."""
    msoffcrypto = pytest.importorskip("msoffcrypto")
    import io

    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(docx_bytes(["申请人张三丰，电话13812345678。"]))).encrypt("口令123", encrypted)
    assert msoffcrypto.olefile.isOleFile(io.BytesIO(encrypted.getvalue()))
    path = tmp_path / "protected.docx"
    path.write_bytes(encrypted.getvalue())
    refused(path, ErrorCode.ENCRYPTED, "password-protected", "remove the password in Word")


def test_other_ole_file(tmp_path):
    path = tmp_path / "book.xls"
    path.write_bytes(_ole("Root Entry", "Workbook"))
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "not supported")


def test_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "PDF")


def test_pdf_named_docx(tmp_path):
    path = tmp_path / "scan.docx"
    path.write_bytes(b"%PDF-1.4\n%...")
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "PDF")


def test_rtf_named_doc(tmp_path):
    path = tmp_path / "letter.doc"
    path.write_bytes(b"{\\rtf1\\ansi hello}")
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "RTF")


def test_html_saved_as_doc(tmp_path):
    path = tmp_path / "web.doc"
    path.write_bytes(b"<html><body>hello</body></html>")
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, ".doc")


@pytest.mark.parametrize("name", ["notes.xyz", "noext", "data.csv"])
def test_unknown_extension(tmp_path, name):
    path = tmp_path / name
    path.write_text("张三 13800138000", encoding="utf-8")
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "not supported", ".docx")


def test_excel_workbook_zip(tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(rezip(docx_bytes(), replace={"word/document.xml": None, "xl/workbook.xml": b"<workbook/>"}))
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "Excel")


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("这不是一个 Word 文档", encoding="utf-8")
    refused(path, ErrorCode.CORRUPT, "not a zip")


def test_truncated_docx(tmp_path):
    data = docx_bytes(["正文"])
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, ErrorCode.CORRUPT, "damaged")


def test_zip_without_main_document(tmp_path):
    path = tmp_path / "nomain.docx"
    path.write_bytes(rezip(docx_bytes(["正文"]), replace={"word/document.xml": None}))
    refused(path, ErrorCode.CORRUPT, "not a Word document", "word/document.xml")


def test_main_part_that_is_not_wordprocessingml(tmp_path):
    path = tmp_path / "odd.docx"
    path.write_bytes(docx_bytes(document_xml=b"<root>hello</root>"))
    refused(path, ErrorCode.CORRUPT, "word/document.xml")


def test_bad_checksum_is_corrupt(tmp_path):
    data = bytearray(docx_bytes(["正文 张三"]))
    # flip a byte of the CRC stored for word/document.xml in its central directory entry
    pos = data.rfind(b"word/document.xml") - 46
    assert data[pos : pos + 4] == b"PK\x01\x02"
    data[pos + 16] ^= 0xFF
    path = tmp_path / "crc.docx"
    path.write_bytes(bytes(data))
    refused(path, ErrorCode.CORRUPT, "word/document.xml", "checksum")


def test_mutated_docx_never_raises_anything_but_document_error(tmp_path):
    data = docx_bytes(["正文 张三 13800138000"], headers={"default": ["页眉"]}, comments=[])
    rng = random.Random(1234)
    for number in range(60):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        path = tmp_path / f"m{number}.docx"
        path.write_bytes(bytes(mutated))
        try:
            read_document(path)
        except DocumentError as err:
            assert err.code in {ErrorCode.CORRUPT, ErrorCode.ZIP_BOMB, ErrorCode.UNSAFE_XML,
                                ErrorCode.ENCRYPTED, ErrorCode.UNSUPPORTED_FORMAT}, err


def test_core_package_does_not_import_qt():
    import subprocess

    code = "import sys, review_desk.core.document; print('PySide6' in sys.modules or 'shiboken6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_plain_zip_archive_named_txt(tmp_path):
    path = tmp_path / "archive.txt"
    path.write_bytes(rezip(docx_bytes(), replace={"word/document.xml": None}))
    refused(path, ErrorCode.UNSUPPORTED_FORMAT, "zip archive without a Word document")
