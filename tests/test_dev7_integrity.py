"""Integrity of the seventh development set (tests/data/dev7): fast, no product imports.

dev7 was written before the name rules were changed for it and without reading them: private persons'
names in roster rows with no label (full-width spaces, tabs, ``｜``, runs of spaces), right after a role
or kinship noun (市民…反映, 项目经理…（手机…）, 监护人…所持, 被征收人…, 侄子…), after list markers, with
rare single-character and compound surnames, names that are ordinary words, names written onto a title,
foreign and minority names, and the owner's name inside a sole proprietor's shop name; look-alikes:
officials, agency names, places that look like names, public figures.  These tests check that every
gold span slices exactly out of the file, that no trap overlaps an entity, that every occurrence of an
annotated value is annotated, that the promised cases are there, and that the generator reproduces the
committed files byte for byte.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import gold_set

ROOT = Path(__file__).resolve().parent.parent
DEV7 = ROOT / "tests" / "data" / "dev7"
GOLD_FILES = sorted(DEV7.glob("*.gold.json"))
TRAPS = ("official_name", "agency_name", "place_name", "public_figure")
SHOP = re.compile(r"(日用品经营部|五金店|副食品商店|小吃店|汽车修理部|农资经营部|服装店|建材经营部|理发店|百货超市)")


def load(gold_path: Path):
    return gold_set.load(DEV7, gold_path)


def all_gold():
    return [load(g) for g in GOLD_FILES]


def _entity_shape(e):
    if e["type"] == "PERSON":  # the name only: no title, no punctuation, never a pseudonym
        assert re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", e["text"]) and not e["text"].endswith("某"), e
        assert not re.search(r"(同志|先生|女士|老人|师傅|局长|经理)$", e["text"]), e


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
            before, after = text[max(0, e["start"] - 4):e["start"]], text[e["end"]:e["end"] + 6]
            cases["dot"] += "·" in e["text"]
            cases["roster"] += bool(re.search(r"[\t｜　]$|  $", before) or re.match(r"[\t｜　]|  ", after))
            cases["kin"] += bool(re.search(r"(侄子|叔叔|之子|其父|儿媳|监护人|被征收人|项目经理|市民)$", before))
            cases["marker"] += bool(re.search(r"（\d+）$", before))
            cases["title"] += bool(re.match(r"(同志|老人|师傅|大娘)", after))
            cases["shop"] += bool(SHOP.match(after))
    assert len(GOLD_FILES) == 26 and types["PERSON"] >= 200
    for k, n in {"dot": 8, "roster": 60, "kin": 8, "marker": 8, "title": 4, "shop": 12}.items():
        assert cases[k] >= n, (k, cases)
    for k in TRAPS:
        assert kinds[k] >= 3, k
    gold_set.check_no_person_allowed(DEV7, all_gold())


def test_generator_reproduces_the_committed_files(tmp_path):
    gold_set.check_regenerates("tests.data.dev7_gen", DEV7, tmp_path)
