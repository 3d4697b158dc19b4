"""Integrity of the sixth development set (tests/data/dev6): fast, no product imports.

dev6 was written before the address rules were changed for it and without reading them: personal
addresses in service notices, expropriation and relief rosters, 双公示, penalty decisions, 户籍 and
居住证 notices, rural and old-town forms, with agency, company, venue and project-site look-alikes.
These tests check that every gold span slices exactly out of the file, that no trap overlaps an
entity, that every occurrence of an annotated value is annotated, that the promised cases are there,
and that the generator reproduces the committed files byte for byte.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import gold_set

ROOT = Path(__file__).resolve().parent.parent
DEV6 = ROOT / "tests" / "data" / "dev6"
GOLD_FILES = sorted(DEV6.glob("*.gold.json"))
#: the house-level forms dev 6 promises, each in several addresses
FORMS = ("栋", "幢", "单元", "室", "号楼", "弄", "巷", "里", "组", "社", "屯", "胡同", "嘎查", "村民小组", "号院")
TRAPS = ("agency_address", "org_address", "event_venue", "project_site")


def load(gold_path: Path):
    return gold_set.load(DEV6, gold_path)


def all_gold():
    return [load(g) for g in GOLD_FILES]


def _entity_shape(e):
    if e["type"] == "CN_ADDRESS":  # the address without its label or punctuation
        assert not re.match(r"(住|现住|家住|居住|户籍|地址|[，。、：:（(\s｜])", e["text"]), e
        assert not re.search(r"[，。、：:）)\s｜]$", e["text"]), e


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_spans_slice_and_do_not_overlap(gold_path):
    gold_set.check_spans(*load(gold_path), _entity_shape)


def test_the_promised_cases_are_there():
    kinds, types, forms = Counter(), Counter(), Counter()
    no_prefix = 0
    for gold, _ in all_gold():
        types.update(e["type"] for e in gold["entities"])
        kinds.update(t["kind"] for t in gold["traps"])
        for e in gold["entities"]:
            if e["type"] == "CN_ADDRESS":
                forms.update(f for f in FORMS if f in e["text"])
                no_prefix += not re.search(r"[省市县区旗]", e["text"][:6])
    assert len(GOLD_FILES) == 30 and types["CN_ADDRESS"] >= 150 and types["PERSON"] >= 150
    assert all(forms[f] >= 3 for f in FORMS), forms
    assert no_prefix >= 40
    for k in TRAPS:
        assert kinds[k] >= 8, k
    allow = (DEV6 / "agency.txt").read_text(encoding="utf-8")
    assert "路" not in allow and "号" not in allow


def test_generator_reproduces_the_committed_files(tmp_path):
    gold_set.check_regenerates("tests.data.dev6_gen", DEV6, tmp_path)
