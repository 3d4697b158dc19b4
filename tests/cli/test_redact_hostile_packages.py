"""``review-desk redact`` and ``scan`` on crafted packages (issue 11): parts under odd names,
unsafe and undeclared entries, w:altChunk, Strict paragraphs in a Transitional body, invisible
characters between digits.  After ``redact`` no personal value survives in any byte of any part of
the written copy, and no unsafe entry reaches it; a damaged ``[Content_Types].xml`` fails at scan."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from docx_factory import REL_ALT_CHUNK, add_entries, docx_bytes, rename_parts
from redact_checks import leaks

from review_desk.cli import main
from review_desk.cli.exit_codes import EXIT_OK, EXIT_UNREADABLE

pytestmark = pytest.mark.model

ID = "11010519491231002X"
PHONE = "13812345678"
S = "http://purl.oclc.org/ooxml/wordprocessingml/main"


@pytest.fixture(autouse=True)
def _model_loaded(ner_model):
    """The model is loaded once per session; the command reuses it."""


def _odd_names() -> bytes:
    data = docx_bytes([f"身份证号{ID}。"], headers={"default": [f"电话{PHONE}"]}, footnotes=[f"手机{PHONE}"])
    return rename_parts(data, {"word/document.xml": "word/document.bin", "word/header1.xml": "word/header1.dat",
                               "word/footnotes.xml": "word/footnotes"})


def _unsafe() -> bytes:
    secret = f"<x>身份证号{ID}</x>".encode()
    return add_entries(docx_bytes([f"电话{PHONE}"]), {"../../evil.xml": secret, "/word/abs.xml": secret,
                                                      "word/notes.txt": secret})


def _alt_chunk() -> bytes:
    return docx_bytes(["正文。", '<w:altChunk r:id="rIdC1"/>'],
                      parts={"word/chunk.htm": f"<html><body><p>身份证号{ID}，电话{PHONE}</p></body></html>".encode()},
                      rels=[("rIdC1", REL_ALT_CHUNK, "chunk.htm", False)])


def _strict_mixed() -> bytes:
    return docx_bytes([f'<s:p xmlns:s="{S}"><s:r><s:t>身份证号{ID[:6]}</s:t></s:r><s:r><s:t>{ID[6:]}</s:t></s:r></s:p>',
                       f"电话{PHONE[:3]}\u200b{PHONE[3:]}"])


@pytest.mark.parametrize("build", [_odd_names, _unsafe, _alt_chunk, _strict_mixed])
def test_redact_leaves_nothing_in_any_part(capsys, tmp_path, build):
    source = tmp_path / f"{build.__name__}.docx"
    source.write_bytes(build())
    out = tmp_path / "out.docx"
    code = main(["redact", "--workers", "1", "--json", str(source), "-o", str(out)])
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK and report["residual_check"]["passed"], report
    assert leaks(out, [ID, PHONE]) == []
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert not [n for n in names if n.startswith("/") or ".." in n or n.endswith((".txt", ".htm"))]


def test_scan_refuses_a_damaged_content_types_part(capsys, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes([f"电话{PHONE}"]))) as zin, zipfile.ZipFile(buffer, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, b"<Types><Default" if name == "[Content_Types].xml" else zin.read(name))
    source = tmp_path / "ct.docx"
    source.write_bytes(buffer.getvalue())
    code = main(["scan", "--json", str(source)])
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_UNREADABLE and report["errors"][0]["code"] == "corrupt"
