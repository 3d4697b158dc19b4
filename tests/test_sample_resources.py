"""The bundled sample draft: present, readable, invented-but-valid identifiers, reproducible."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from check_digits import id_check_ok, luhn_ok
from review_desk.core.document import DocumentFormat, SegmentKind, read_document
from review_desk.core.paths import resource

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE = SAMPLES / "sample_notice.docx"


@pytest.fixture(scope="module")
def sample_doc():
    return read_document(SAMPLE)


def _all_text(doc) -> str:
    return "\n".join(segment.text for segment in doc.segments)


def test_sample_exists_where_the_desk_looks():
    assert SAMPLE.is_file()
    assert resource("samples", "sample_notice.docx").resolve() == SAMPLE.resolve()
    assert (SAMPLES / "README.md").is_file()


def test_sample_reads_as_a_word_document(sample_doc):
    assert sample_doc.format is DocumentFormat.DOCX
    text = _all_text(sample_doc)
    for expected in ("济南市历下区市场监督管理局", "历下市监罚〔2026〕18号", "《中华人民共和国行政处罚法》第二十八条",
                     "罚款人民币5000元", "12315", "抄送：", "2026年3月5日印发"):
        assert expected in text


def test_sample_id_numbers_pass_the_gb11643_check(sample_doc):
    ids = set(re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", _all_text(sample_doc)))
    assert len(ids) == 2  # the party and the agent
    assert all(id_check_ok(i) for i in ids), ids
    assert any(i.startswith("370102") for i in ids)  # 济南市历下区


def test_sample_bank_card_passes_luhn(sample_doc):
    cards = re.findall(r"账号：(\d{16,19})", _all_text(sample_doc))
    assert cards and all(luhn_ok(c) for c in cards)


def test_sample_hides_data_in_the_usual_places(sample_doc):
    kinds = {segment.kind for segment in sample_doc.segments}
    assert {SegmentKind.DELETED, SegmentKind.AUTHOR, SegmentKind.PROPERTY} <= kinds
    parts = {segment.part for segment in sample_doc.segments}
    assert {"word/header1.xml", "word/footer1.xml", "word/comments.xml", "docProps/core.xml"} <= parts
    with zipfile.ZipFile(SAMPLE) as package:
        document_xml = package.read("word/document.xml").decode()
        core_xml = package.read("docProps/core.xml").decode()
    assert "<w:ins " in document_xml and "<w:del " in document_xml and "<w:tbl>" in document_xml
    assert 'w:eastAsia="仿宋_GB2312"' in document_xml and 'w:firstLineChars="200"' in document_xml
    assert "<dc:creator>王志刚</dc:creator>" in core_xml


def test_make_sample_is_deterministic(tmp_path):
    subprocess.run([sys.executable, str(SAMPLES / "make_sample.py"), str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    rebuilt = tmp_path / "sample_notice.docx"
    assert rebuilt.read_bytes() == SAMPLE.read_bytes(), (
        "resources/samples/sample_notice.docx is stale: run resources/samples/make_sample.py and commit it")
