"""Integrity of the fifth development set (tests/data/dev5): fast, no product imports.

dev5 was written before the rules were changed for the gaps issue 17 left open (Japanese names in
kanji, rare surnames and word-like given names in context, names glued to titles, home addresses
written flat in a sentence) and their look-alikes (a project's 建设位置, a company's 住所, statute
fragments and 文号, an office's landline after 联系人, titles standing alone).  These tests check that
every gold span slices exactly out of the file, that no trap overlaps an entity, that every occurrence
of an annotated value is annotated, that the promised cases are there, and that the generator
reproduces the committed files byte for byte.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import gold_set

ROOT = Path(__file__).resolve().parent.parent
DEV5 = ROOT / "tests" / "data" / "dev5"
GOLD_FILES = sorted(DEV5.glob("*.gold.json"))
TITLES = ("同志", "先生", "女士", "代表", "委员", "老师", "医生", "教授", "博士", "局长", "主任", "科长")


def load(gold_path: Path):
    return gold_set.load(DEV5, gold_path)


def all_gold():
    return [load(g) for g in GOLD_FILES]


def _entity_shape(e):
    if e["type"] == "PERSON":  # the name without its title
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,6}", e["text"]) and not e["text"].endswith(TITLES), e


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_spans_slice_and_do_not_overlap(gold_path):
    gold_set.check_spans(*load(gold_path), _entity_shape)


def test_the_promised_cases_are_there():
    glued, kinds, types = Counter(), Counter(), Counter()
    for gold, text in all_gold():
        types.update(e["type"] for e in gold["entities"])
        kinds.update(t["kind"] for t in gold["traps"])
        for s in gold["entities"] + [t for t in gold["traps"] if t["kind"] == "official_name"]:
            after = text[s["end"]:s["end"] + 3]
            glued.update(t for t in TITLES if after.startswith(t) or after.startswith("副" + t))
    assert len(GOLD_FILES) == 24 and types["PERSON"] >= 100 and types["CN_ADDRESS"] >= 20
    assert sum(glued.values()) >= 35 and len(glued) >= 10
    for k in ("statute", "doc_number", "org_address", "project_site", "role_word", "agency_phone", "official_name"):
        assert kinds[k] >= 4, k
    allow = (DEV5 / "agency.txt").read_text(encoding="utf-8")
    officials = {t["text"] for gold, _ in all_gold() for t in gold["traps"] if t["kind"] == "official_name"}
    assert all(o in allow.splitlines() for o in officials) and "0531" not in allow


def test_generator_reproduces_the_committed_files(tmp_path):
    gold_set.check_regenerates("tests.data.dev5_gen", DEV5, tmp_path)
