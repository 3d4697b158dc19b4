"""Hostile packages: zip bombs (ratio, total, entry count, lying headers) and XML entity attacks."""

from __future__ import annotations

import io
import struct
import zipfile

from docx_factory import docx_bytes, rezip
from docx_checks import refused

from review_desk.core.document import read_document
from review_desk.core.errors import ErrorCode

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE cp [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>&xxe;</dc:creator></cp:coreProperties>"""


def _patch_sizes(data: bytes, name: str, *, declared: int, local: bool = True) -> bytes:
    """Set the uncompressed size of entry ``name`` in its central (and local) header."""
    out = bytearray(data)
    raw = name.encode()
    central = out.rfind(raw) - 46
    assert out[central : central + 4] == b"PK\x01\x02"
    struct.pack_into("<I", out, central + 24, declared)
    if local:
        offset = struct.unpack_from("<I", out, central + 42)[0]
        assert out[offset : offset + 4] == b"PK\x03\x04"
        struct.pack_into("<I", out, offset + 22, declared)
    return bytes(out)


def test_high_compression_ratio_entry_is_a_zip_bomb(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(rezip(docx_bytes(["正文"]), replace={"word/media/zeros.bin": bytes(60 * 1024 * 1024)}))
    assert path.stat().st_size < 1024 * 1024
    refused(path, ErrorCode.ZIP_BOMB, "zip bomb", "word/media/zeros.bin", "times")


def test_total_declared_size_over_the_limit_is_a_zip_bomb(tmp_path):
    data = docx_bytes(["正文"])
    data = _patch_sizes(data, "word/styles.xml", declared=150 * 1024 * 1024, local=False)
    data = _patch_sizes(data, "word/stylesWithEffects.xml", declared=150 * 1024 * 1024, local=False)
    path = tmp_path / "total.docx"
    path.write_bytes(data)
    refused(path, ErrorCode.ZIP_BOMB, "zip bomb", "MiB")


def test_too_many_entries_is_a_zip_bomb(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'/>")
        for i in range(10_001):
            zf.writestr(f"x/{i}", b"")
    path = tmp_path / "many.docx"
    path.write_bytes(buf.getvalue())
    refused(path, ErrorCode.ZIP_BOMB, "entries", "10000")


def test_header_lying_about_its_size_is_a_zip_bomb(tmp_path):
    spaces = b"<x>" + b" " * (8 * 1024 * 1024) + b"</x>"
    data = rezip(docx_bytes(["正文"]), replace={"customXml/item9.xml": spaces})
    path = tmp_path / "liar.docx"
    path.write_bytes(_patch_sizes(data, "customXml/item9.xml", declared=1000))
    refused(path, ErrorCode.ZIP_BOMB, "customXml/item9.xml", "declares")


def test_damaged_entry_longer_than_declared_is_corrupt_not_a_bomb(tmp_path):
    data = docx_bytes(["正文 张三"])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        size = zf.getinfo("word/document.xml").file_size
    path = tmp_path / "short.docx"
    path.write_bytes(_patch_sizes(data, "word/document.xml", declared=size - 10))
    refused(path, ErrorCode.CORRUPT, "word/document.xml")


def test_billion_laughs_is_refused(tmp_path):
    """Refused before any entity is expanded (how fast: benchmarks/bench_hostile.py)."""
    path = tmp_path / "laughs.docx"
    path.write_bytes(docx_bytes(document_xml=BILLION_LAUGHS))
    refused(path, ErrorCode.UNSAFE_XML, "word/document.xml", "entity")


def test_external_entity_in_any_part_is_refused(tmp_path):
    path = tmp_path / "xxe.docx"
    path.write_bytes(rezip(docx_bytes(["正文"]), replace={"docProps/core.xml": XXE}))
    refused(path, ErrorCode.UNSAFE_XML, "docProps/core.xml")


def test_doctype_in_utf16_part_is_refused(tmp_path):
    xml = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]>'
           '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    path = tmp_path / "utf16.docx"
    path.write_bytes(rezip(docx_bytes(["正文"]), replace={"word/header9.xml": xml.encode("utf-16")}))
    refused(path, ErrorCode.UNSAFE_XML, "word/header9.xml")


def test_malformed_xml_is_corrupt_naming_the_part(tmp_path):
    path = tmp_path / "malformed.docx"
    bad = b'<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p></w:hdr>'
    path.write_bytes(rezip(docx_bytes(["正文"]), replace={"word/header1.xml": bad}))
    refused(path, ErrorCode.CORRUPT, "word/header1.xml", "not well-formed")


def test_excessively_deep_xml_is_corrupt(tmp_path):
    deep = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + b"<w:sdt>" * 400 + b"</w:sdt>" * 400 + b"</w:body></w:document>")
    path = tmp_path / "deep.docx"
    path.write_bytes(docx_bytes(document_xml=deep))
    refused(path, ErrorCode.CORRUPT, "word/document.xml")


def test_deep_but_legal_nesting_reads(tmp_path):
    deep = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + b"<w:sdt><w:sdtContent>" * 120 + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
            + b"</w:sdtContent></w:sdt>" * 120 + b"</w:body></w:document>")
    path = tmp_path / "deep_ok.docx"
    path.write_bytes(docx_bytes(document_xml=deep))
    assert [s.text for s in read_document(path).segments if s.part == "word/document.xml"] == ["deep"]


def _patch_central(data: bytes, name: str, offset: int, value: int) -> bytes:
    out = bytearray(data)
    central = out.rfind(name.encode()) - 46
    assert out[central : central + 4] == b"PK\x01\x02"
    struct.pack_into("<H", out, central + offset, value)
    return bytes(out)


def test_encrypted_zip_entry_is_refused(tmp_path):
    path = tmp_path / "zipcrypto.docx"
    path.write_bytes(_patch_central(docx_bytes(["正文"]), "word/document.xml", 8, 0x1))
    refused(path, ErrorCode.ENCRYPTED, "word/document.xml", "password")


def test_unknown_compression_method_is_corrupt(tmp_path):
    path = tmp_path / "bzip.docx"
    path.write_bytes(_patch_central(docx_bytes(["正文"]), "word/document.xml", 10, 12))
    refused(path, ErrorCode.CORRUPT, "word/document.xml", "compression method")
