"""Integrity of the eighth development set (tests/data/dev8): fast, no product imports.

dev8 was written before the name rules were changed for it and without reading them: private persons'
names in government prose — press releases, supervision bulletins, meeting minutes, proposal replies,
信访 replies, court and arbitration 送达公告 — after role and kinship nouns with no punctuation (村民…,
其母亲…, 其子…, 选房户…), written straight onto a title (…董事长, …同志, …代表, …委员), rare
single-character and compound surnames, names that are ordinary words, Japanese / Korean / Western
names and Uyghur / Mongolian / Tibetan names with and without ``·``; look-alikes: officials, agencies,
places, titles standing alone, typhoon names, statutes, pseudonyms, ordinary words.  These tests check
that every gold span slices exactly out of the file, that no trap overlaps an entity, that every
occurrence of an annotated value is annotated, that the promised cases are there, and that the
generator reproduces the committed files byte for byte.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import gold_set

ROOT = Path(__file__).resolve().parent.parent
DEV8 = ROOT / "tests" / "data" / "dev8"
GOLD_FILES = sorted(DEV8.glob("*.gold.json"))
TRAPS = ("official_name", "agency_name", "place_name", "role_word", "typhoon_name", "statute", "pseudonym",
         "common_word")
KIN = r"(村民|居民|母亲|妻子|其子|之妻|其妻|女儿|女婿|儿子|弟弟|堂弟|邻居|爱人|信访人|来信人|申请人|选房户|被征收人|工人|包工头|渔民|脱贫户|老党员|个体工商户|负责人|法定代表人|董事长|首席代表|企业家|代表|投资人)$"
TITLE = r"(同志|代表|委员|老师|医生|大夫|教授|律师|董事长|总经理|经理|厂长|先生|女士|老人|大姐|博士)"


def load(gold_path: Path):
    return gold_set.load(DEV8, gold_path)


def all_gold():
    return [load(g) for g in GOLD_FILES]


def _entity_shape(e):
    if e["type"] == "PERSON":  # the name only: no title, no punctuation, never a pseudonym
        assert re.fullmatch(r"[\u4e00-\u9fff·]{2,14}", e["text"]) and not e["text"].endswith("某"), e
        assert not re.search(TITLE + "$", e["text"]), e


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_spans_slice_and_do_not_overlap(gold_path):
    gold_set.check_spans(*load(gold_path), _entity_shape)


def test_the_promised_cases_are_there():
    kinds, types, cases = Counter(), Counter(), Counter()
    for gold, text in all_gold():
        types.update(e["type"] for e in gold["entities"])
        kinds.update(t["kind"] for t in gold["traps"])
        for e in gold["entities"]:
            if e["type"] != "PERSON":
                continue
            before, after = text[max(0, e["start"] - 5):e["start"]], text[e["end"]:e["end"] + 3]
            cases["dot"] += "·" in e["text"]
            cases["kin"] += bool(re.search(KIN, before))
            cases["title"] += bool(re.match(TITLE, after))
            cases["in_sentence"] += not re.search(r"[：:\n]$|^$", before)
    assert len(GOLD_FILES) == 25 and types["PERSON"] >= 180
    for k, n in {"dot": 8, "kin": 50, "title": 30, "in_sentence": 150}.items():
        assert cases[k] >= n, (k, cases)
    for k in TRAPS:
        assert kinds[k] >= 3, k
    gold_set.check_no_person_allowed(DEV8, all_gold())


def test_generator_reproduces_the_committed_files(tmp_path):
    gold_set.check_regenerates("tests.data.dev8_gen", DEV8, tmp_path)
