"""Parts by content type and relationship, never by file name; the publishable allowlist.

Each test crafts a package an attacker or a careless tool could produce, reads it, redacts every
personal value with the engine, and then looks byte-wise into every entry of the written copy
(nested packages included): no value survives, and nothing unsafe or unread reaches the output.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from docx_factory import REL, add_entries, docx_bytes, rename_parts, rezip
from redact_checks import finding_for, leaks

from review_desk.core.document import read_document
from review_desk.core.errors import DocumentError, ErrorCode
from review_desk.core.redact import RedactionPolicy, load_policy
from review_desk.core.redact.engine import Redaction, redact_document
from review_desk.core.redact.policy import Operation

ID = "11010519491231002X"
PHONE = "13812345678"
NAME_IN_HEADER = "13912345678"
NOTE_PHONE = "15912345678"


@pytest.fixture(scope="module")
def policy() -> RedactionPolicy:
    return load_policy("default")


def _redact_all(doc, values_by_type: dict[str, str], out, policy):
    redactions = []
    for entity_type, value in values_by_type.items():
        for seg in doc.segments:
            if value in seg.text:
                redactions.append(Redaction(finding_for(doc, value, entity_type, part=seg.part), Operation.REDACT))
                break
        else:
            raise AssertionError(f"{value} was not read")
    return redact_document(doc, redactions, out, policy, agency="某某局")


def _names(path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def test_parts_stored_under_odd_names_are_read_redacted_and_checked(tmp_path, policy):
    data = docx_bytes([f"身份证号{ID}。"], headers={"default": [f"电话{NAME_IN_HEADER}"]},
                      footnotes=[f"联系人手机{NOTE_PHONE}"])
    data = rename_parts(data, {"word/document.xml": "word/document.bin", "word/header1.xml": "word/header1.dat",
                               "word/footnotes.xml": "word/footnotes"})
    source = tmp_path / "odd.docx"
    source.write_bytes(data)
    doc = read_document(source)
    assert {"word/document.bin", "word/header1.dat", "word/footnotes"} <= {s.part for s in doc.segments}
    out = tmp_path / "out.docx"
    report = _redact_all(doc, {"CN_ID_CARD": ID, "PHONE_NUMBER": NAME_IN_HEADER, "PERSON": NOTE_PHONE}, out, policy)
    assert report.residual.passed
    assert leaks(out, [ID, NAME_IN_HEADER, NOTE_PHONE]) == []
    assert "word/document.bin" in _names(out)


def test_residual_check_reads_parts_by_content_not_name(tmp_path, policy):
    """A value the redactions missed in an oddly named part is caught (fail closed)."""
    data = rename_parts(docx_bytes([f"电话{PHONE}"], headers={"default": [f"又见{PHONE}"]}),
                        {"word/header1.xml": "word/header1.dat"})
    source = tmp_path / "odd.docx"
    source.write_bytes(data)
    doc = read_document(source)
    body = finding_for(doc, PHONE, "PHONE_NUMBER", part="word/document.xml")
    from review_desk.core.redact.residual import residual_check

    # The sweep finds the header occurrence too; check the net under it directly.
    written = read_document(source)
    with zipfile.ZipFile(source) as archive:
        parts = [(n, archive.read(n)) for n in archive.namelist()]
    result = residual_check(written, [("PHONE_NUMBER", PHONE)], (), parts)
    assert any("header1.dat" in r.where for r in result.residues)
    report = redact_document(doc, [Redaction(body, Operation.REDACT)], tmp_path / "out.docx", policy)
    assert report.residual.passed and leaks(tmp_path / "out.docx", [PHONE]) == []


def test_unsafe_undeclared_and_unknown_entries_never_reach_the_output(tmp_path, policy):
    secret = f"张三丰{PHONE}".encode()
    data = add_entries(
        docx_bytes([f"电话{PHONE}"]),
        {"../../evil.xml": b"<x>" + secret + b"</x>", "/word/abs.xml": b"<x>" + secret + b"</x>",
         "word/..\\back.xml": secret, "word/notes.txt": secret, "word/page.htm": b"<html>" + secret + b"</html>",
         "word/blob.weird": secret},
        defaults={"htm": "text/html"}, overrides={"word/blob.weird": "application/x-anything"},
    )
    source = tmp_path / "hostile.docx"
    source.write_bytes(data)
    doc = read_document(source)
    assert any("../../evil.xml" in n for n in doc.notes)
    assert any("word/notes.txt" in n and "no declared content type" in n for n in doc.notes)
    out = tmp_path / "out.docx"
    report = _redact_all(doc, {"PHONE_NUMBER": PHONE}, out, policy)
    names = _names(out)
    assert not [n for n in names if n.startswith("/") or ".." in n or "\\" in n]
    assert not {"word/notes.txt", "word/page.htm", "word/blob.weird"} & set(names)
    actions = {a.code: a.count for a in report.sanitize}
    assert actions["unsafe_entries"] == 3 and actions["undeclared_parts"] == 1 and actions["unknown_parts"] == 2
    assert leaks(out, [PHONE, "张三丰"]) == []


def test_allowlist_applies_without_the_sanitizer(tmp_path, policy):
    data = add_entries(docx_bytes(["正文"]), {"word/notes.txt": b"13812345678", "/word/x.xml": b"<x/>"})
    source = tmp_path / "s.docx"
    source.write_bytes(data)
    report = redact_document(read_document(source), [], tmp_path / "out.docx", policy, sanitize=False)
    assert {a.code for a in report.sanitize} == {"unsafe_entries", "undeclared_parts"}
    assert "word/notes.txt" not in _names(tmp_path / "out.docx")


def test_case_insensitive_duplicate_part_names_are_corrupt(tmp_path):
    data = add_entries(docx_bytes(["正文"]), {"Word/Document.xml": b"<x/>"})
    source = tmp_path / "dup.docx"
    source.write_bytes(data)
    with pytest.raises(DocumentError) as info:
        read_document(source)
    assert info.value.code is ErrorCode.CORRUPT


@pytest.mark.parametrize("content_types", [b"<Types", b"<NotTypes xmlns='urn:x'/>", None])
def test_damaged_content_types_fail_at_scan(tmp_path, content_types):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes(["正文"]))) as zin, zipfile.ZipFile(buffer, "w") as zout:
        for name in zin.namelist():
            if name == "[Content_Types].xml":
                if content_types is not None:
                    zout.writestr(name, content_types)
            else:
                zout.writestr(name, zin.read(name))
    source = tmp_path / "ct.docx"
    source.write_bytes(buffer.getvalue())
    with pytest.raises(DocumentError) as info:
        read_document(source)
    assert info.value.code is ErrorCode.CORRUPT and "Content_Types" in info.value.message


def test_main_part_declared_as_binary_is_corrupt(tmp_path):
    data = rename_parts(docx_bytes(["正文"]), {"word/document.xml": "word/document.bin"})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml").replace(b"wordprocessingml.document.main+xml",
                                                            b"wordprocessingml.printerSettings")
    data = rezip(data, replace={"[Content_Types].xml": types})
    source = tmp_path / "bin.docx"
    source.write_bytes(data)
    with pytest.raises(DocumentError) as info:
        read_document(source)
    assert info.value.code is ErrorCode.CORRUPT


def test_nested_package_is_searched_by_the_residual_check(tmp_path):
    from review_desk.core.redact.residual import residual_check

    inner = docx_bytes([f"附件：联系电话{PHONE}"])
    data = docx_bytes(["正文"], parts={"word/embeddings/sheet.xlsx": inner},
                      rels=[("rIdE", f"{REL}/package", "embeddings/sheet.xlsx", False)])
    source = tmp_path / "nested.docx"
    source.write_bytes(data)
    doc = read_document(source)
    with zipfile.ZipFile(source) as archive:
        parts = [(n, archive.read(n)) for n in archive.namelist()]
    result = residual_check(doc, [("PHONE_NUMBER", PHONE)], (), parts)
    assert [r.where for r in result.residues] == ["word/embeddings/sheet.xlsx!word/document.xml (all text)"]
    assert leaks(source, [PHONE])  # the test's own byte-wise look sees it too
