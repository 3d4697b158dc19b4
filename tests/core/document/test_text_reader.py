"""Plain-text files: encoding detection, line segments and code-point offsets."""

from __future__ import annotations

import hashlib

import pytest
from docx_checks import refused

from review_desk.core.document import DocumentFormat, SegmentKind, read_document
from review_desk.core.errors import ErrorCode

TEXT = "关于张三的通知\n联系电话：13800138000\n\n身份证号 110101199003077777 地址：济南市"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"), "utf-32-le"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb2312"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf16le", "utf16be", "gbk", "gb2312"],
)
def test_encodings_are_detected_and_decoded(tmp_path, encoded, encoding):
    path = tmp_path / "notice.txt"
    path.write_bytes(encoded)
    doc = read_document(path)
    assert doc.format is DocumentFormat.TEXT
    assert doc.encoding == encoding
    assert doc.sha256 == hashlib.sha256(encoded).hexdigest()
    assert [s.text for s in doc.segments] == ["关于张三的通知", "联系电话：13800138000", "身份证号 110101199003077777 地址：济南市"]
    for seg in doc.segments:
        assert seg.kind is SegmentKind.TEXT
        assert seg.part == "text"
        assert TEXT[seg.offset : seg.offset + len(seg.text)] == seg.text


def test_gb18030_four_byte_characters(tmp_path):
    text = "生僻字𠀀与欧元€，电话13800138000"
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gb18030"))
    doc = read_document(path)
    assert doc.encoding == "gb18030"
    assert doc.segments[0].text == text


def test_line_locations_offsets_and_pieces_with_crlf_and_blank_lines(tmp_path):
    text = "第一行\r\n\r\n  第三行 𠀀\r第四行\n"
    path = tmp_path / "lines.md"
    path.write_bytes(text.encode("utf-8"))
    doc = read_document(path)
    assert [(s.location, s.text, s.offset) for s in doc.segments] == [
        ("line 1", "第一行", 0),
        ("line 3", "  第三行 𠀀", 7),
        ("line 4", "第四行", 15),
    ]
    for seg in doc.segments:
        assert text[seg.offset : seg.offset + len(seg.text)] == seg.text
        (piece,) = seg.pieces
        assert (piece.start, piece.end, piece.node) == (0, len(seg.text), seg.location)


def test_offsets_exclude_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "甲\n乙".encode("utf-8"))
    doc = read_document(path)
    assert [(s.text, s.offset) for s in doc.segments] == [("甲", 0), ("乙", 2)]


def test_binary_garbage_is_an_encoding_error(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 8)
    refused(path, ErrorCode.ENCODING, "binary")


def test_undecodable_bytes_are_an_encoding_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc \x80\xff\x80\xff \x81\x7f")
    refused(path, ErrorCode.ENCODING, "UTF-8", "GB18030")


def test_control_characters_are_an_encoding_error(tmp_path):
    path = tmp_path / "ctrl.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05\x06abc\x07\x08\x0e\x0f")
    refused(path, ErrorCode.ENCODING, "binary")


def test_bad_bom_payload_is_an_encoding_error(tmp_path):
    path = tmp_path / "badbom.txt"
    path.write_bytes(b"\xef\xbb\xbf\xff\xfe\xfd")
    refused(path, ErrorCode.ENCODING, "utf-8-sig")


def test_docx_renamed_to_txt_is_read_as_docx(tmp_path):
    from docx_factory import docx_bytes

    path = tmp_path / "renamed.txt"
    path.write_bytes(docx_bytes(["正文 张三"]))
    doc = read_document(path)
    assert doc.format is DocumentFormat.DOCX
    assert doc.segments[0].text == "正文 张三"
