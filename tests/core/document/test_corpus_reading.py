"""The reader against the shared corpus in tests/data (skipped where the corpus is absent):
every .docx gold value is found in its named part, every text gold span slices out of a segment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_desk.core.document import read_document

DATA = Path(__file__).resolve().parents[2] / "data"
DOCX_GOLD = DATA / "docx" / "gold.json"
TEXT_GOLDS = sorted((DATA / "corpus").glob("*.gold.json"))


def test_the_committed_corpus_is_there():
    assert DOCX_GOLD.is_file() and TEXT_GOLDS, "tests/data/docx and tests/data/corpus are committed"


def test_docx_corpus_values_are_found_in_their_parts():
    missing = []
    for item in json.loads(DOCX_GOLD.read_text(encoding="utf-8")):
        doc = read_document(DOCX_GOLD.parent / item["file"])
        for expect in item["expect"]:
            if not any(s.part == expect["part"] and expect["text"] in s.text for s in doc.segments):
                missing.append((item["file"], expect["part"], expect["text"]))
    assert not missing


@pytest.mark.parametrize("gold_path", TEXT_GOLDS, ids=[p.name.split(".")[0] for p in TEXT_GOLDS])
def test_text_corpus_spans_slice_out_of_line_segments(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = read_document(gold_path.parent / gold["file"])
    for span in gold["entities"] + gold["traps"]:
        seg = next(s for s in doc.segments if s.offset <= span["start"] < s.offset + len(s.text))
        assert seg.text[span["start"] - seg.offset : span["end"] - seg.offset] == span["text"]
