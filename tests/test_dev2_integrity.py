"""Integrity of the second development corpus (tests/data/dev2): fast, no product imports.

Every gold span slices exactly out of the decoded file, identifiers pass their check algorithms
(re-implemented here, independently of the generator), every occurrence of an annotated value is
annotated, the promised counts and variety are there, and the generator reproduces the files byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from check_digits import id_check_ok, uscc_ok
from check_digits import luhn_ok as oracle_luhn_ok

ROOT = Path(__file__).resolve().parent.parent
DEV2 = ROOT / "tests" / "data" / "dev2"
GOLD_FILES = sorted(DEV2.glob("*.gold.json"))

ENTITY_TYPES = {
    "PERSON", "CN_ADDRESS", "CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC", "CN_PASSPORT",
    "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "DATE_OF_BIRTH", "CLASSIFIED_MARK",
}
TRAP_KINDS = {
    "pseudonym", "place_name", "jurisdiction", "org_address", "org_name", "public_figure", "official_name",
    "agency_phone", "agency_email", "agency_name", "agency_address", "doc_number", "statute", "amount",
    "event_date", "hotline", "case_number", "serial_number", "postcode", "masked_value", "mark_lookalike",
}
PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
             "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}


def load(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (DEV2 / gold["file"]).read_bytes()
    return gold, raw, raw.decode(gold["encoding"])


def id_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v) or v[:2] not in PROVINCES:
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_check_ok(v)


def card_ok(v: str) -> bool:
    d = v.replace(" ", "")
    return re.fullmatch(r"\d{16,19}", d) is not None and oracle_luhn_ok(d)


CHECKS = {
    "CN_ID_CARD": id_ok,
    "CN_USCC": uscc_ok,
    "CN_BANK_CARD": card_ok,
    "PHONE_NUMBER": lambda v: bool(
        re.fullmatch(r"(\+86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}", v)
        or re.fullmatch(r"(0\d{2,3}[- ]|[(（]0\d{2,3}[)）])\d{7,8}", v)),
    "EMAIL_ADDRESS": lambda v: bool(re.fullmatch(r"[A-Za-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+", v)),
    "CN_LICENSE_PLATE": lambda v: bool(re.fullmatch(r"[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新]"
                                                    r"[A-HJ-NP-Z]·?([DF]\d{5}|[0-9A-HJ-NP-Z]{5})", v)),
    "CN_PASSPORT": lambda v: bool(re.fullmatch(r"E(\d{8}|[A-HJ-NP-Z]\d{7})", v)),
    "CN_HK_MACAO_PERMIT": lambda v: bool(re.fullmatch(r"[CHM]\d{8}", v)),
    "DATE_OF_BIRTH": lambda v: bool(re.fullmatch(r"(19|20)\d\d(年\d{1,2}月\d{1,2}日|[-.]\d\d[-.]\d\d)", v)),
    "PERSON": lambda v: bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", v)) and not v.endswith("某"),
    "CN_ADDRESS": lambda v: bool(re.search(r"(号|室|\d{3,4})$", v)) and len(v) >= 10,
}


def test_enough_documents():
    assert len(GOLD_FILES) >= 24
    assert len(list(DEV2.glob("*.txt"))) - 1 == len(GOLD_FILES)  # agency.txt


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_spans_slice_and_validate(gold_path):
    gold, raw, text = load(gold_path)
    assert set(gold) == {"file", "encoding", "newline", "genre", "entities", "traps"}
    assert 400 <= len(text) <= 3000
    if gold["encoding"] == "utf-16":
        assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    if gold["newline"] == "crlf":
        assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    else:
        assert "\r" not in text
    for s in gold["entities"]:
        assert s["type"] in ENTITY_TYPES
        assert text[s["start"]:s["end"]] == s["text"], s
        check = CHECKS.get(s["type"])
        assert check is None or check(s["text"]), s
    for s in gold["traps"]:
        assert s["kind"] in TRAP_KINDS
        assert text[s["start"]:s["end"]] == s["text"], s
    ents = sorted(gold["entities"], key=lambda s: s["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)


def _covered(text, spans, value):
    i = text.find(value)
    while i >= 0:
        if not any(s["start"] <= i and i + len(value) <= s["end"] for s in spans):
            return False
        i = text.find(value, i + 1)
    return True


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_every_occurrence_annotated(gold_path):
    gold, _, text = load(gold_path)
    for e in gold["entities"]:
        assert _covered(text, gold["entities"], e["text"]), e
    officials = [t for t in gold["traps"] if t["kind"] == "official_name"]
    for o in officials:
        assert _covered(text, officials, o["text"]), o
    persons = {e["text"] for e in gold["entities"] if e["type"] == "PERSON"}
    assert not persons & {o["text"] for o in officials}


def test_allow_list_holds_officials_and_agency_numbers():
    allow = {ln.strip() for ln in (DEV2 / "agency.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")}
    persons = set()
    for g in GOLD_FILES:
        gold, _, _ = load(g)
        persons |= {e["text"] for e in gold["entities"] if e["type"] == "PERSON"}
        for t in gold["traps"]:
            if t["kind"] in ("official_name", "agency_phone", "agency_email", "hotline"):
                assert t["text"] in allow, t
    assert not persons & allow


def test_counts_and_variety():
    types, kinds, encodings, names, addresses = Counter(), Counter(), Counter(), set(), set()
    for g in GOLD_FILES:
        gold, _, _ = load(g)
        encodings[gold["encoding"]] += 1
        for e in gold["entities"]:
            types[e["type"]] += 1
            if e["type"] == "PERSON":
                names.add(e["text"])
            if e["type"] == "CN_ADDRESS":
                addresses.add(e["text"])
        for t in gold["traps"]:
            kinds[t["kind"]] += 1
    assert types["PERSON"] >= 350 and len(names) >= 250
    assert types["CN_ADDRESS"] >= 100
    for t in ["CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC", "CN_PASSPORT",
              "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "DATE_OF_BIRTH"]:
        assert types[t] >= 10, t
    assert encodings["gbk"] >= 2 and encodings["utf-16"] >= 1 and encodings["utf-8"] >= 20
    for k in ["pseudonym", "place_name", "jurisdiction", "org_address", "org_name", "public_figure", "official_name",
              "agency_phone", "agency_email"]:
        assert kinds[k] >= 1, k
    # name and address variety
    assert any("·" in n for n in names)
    assert any(n[:2] in {"欧阳", "端木", "令狐", "慕容", "闻人", "赫连"} for n in names) or \
        sum(1 for n in names if len(n) == 4 and "·" not in n) >= 5
    assert sum(1 for n in names if n[0] in "逄亓訾禤仉佘眭禚厍郗闫邬芮褚") >= 10
    assert sum(1 for n in names if len(n) == 2) >= 20
    assert sum(1 for a in addresses if "村" in a) >= 25
    assert sum(1 for a in addresses if "室" in a or "单元" in a) >= 40
    assert any("弄" in a for a in addresses) and any(re.search(r"\d+-\d+-\d+$", a) for a in addresses)


def test_regeneration_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, "-m", "tests.data.dev2_gen", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    made = {p.name for p in tmp_path.iterdir()}
    committed = {p.name for p in DEV2.iterdir()} - {"README.md"}
    assert made == committed
    for name in made:
        assert (tmp_path / name).read_bytes() == (DEV2 / name).read_bytes(), name
