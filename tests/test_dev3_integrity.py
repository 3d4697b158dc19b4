"""Integrity of the third development set (tests/data/dev3): fast, no product imports.

dev3 was written independently of the detector to measure home addresses (CN_ADDRESS) and names of
private persons (PERSON) in unseen government-document wording. These tests check that every gold
span slices exactly out of the decoded file, that no trap overlaps an entity, that identifiers pass
their check algorithms (re-implemented here, independently of the generator), that every occurrence of
an annotated value is annotated, that the promised counts and variety are there, and that the
generator reproduces the committed files byte for byte.
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
from check_digits import id_check_ok, luhn_ok

ROOT = Path(__file__).resolve().parent.parent
DEV3 = ROOT / "tests" / "data" / "dev3"
GOLD_FILES = sorted(DEV3.glob("*.gold.json"))

ENTITY_TYPES = {"PERSON", "CN_ADDRESS", "CN_ID_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH"}
TRAP_KINDS = {
    "pseudonym", "place_name", "org_address", "org_name", "official_name", "agency_phone", "agency_name",
    "agency_address", "doc_number", "statute", "amount", "event_date", "event_name", "hotline", "case_number",
    "serial_number", "masked_value",
}
CODECS = {"utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"}
PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
             "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}
ADDRESS_CUES = ["住址", "现住", "家住", "户籍地", "户籍所在地", "经常居住地", "居住于", "送达地址为", "通讯地址",
                "原住", "安置房位于", "坐落", "坐落于", "住"]
CN_NUM = "一二三四五六七八九十〇"


def load(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (DEV3 / gold["file"]).read_bytes()
    return gold, raw, raw.decode(gold["encoding"])  # strict: a file that does not decode fails here


def id_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v) or v[:2] not in PROVINCES:
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_check_ok(v)


def dob_ok(v: str) -> bool:
    m = re.fullmatch(r"(19|20)(\d\d)(?:年(\d{1,2})月(\d{1,2})日|[-.](\d\d)[-.](\d\d))", v)
    if not m:
        return False
    y = int(m.group(1) + m.group(2))
    mo, d = (int(m.group(3)), int(m.group(4))) if m.group(3) else (int(m.group(5)), int(m.group(6)))
    try:
        return dt.date(y, mo, d) < dt.date(2025, 1, 1)
    except ValueError:
        return False


CHECKS = {
    "CN_ID_CARD": id_ok,
    "DATE_OF_BIRTH": dob_ok,
    "PHONE_NUMBER": lambda v: bool(re.fullmatch(r"1[3-9]\d[ -]?\d{4}[ -]?\d{4}", v)),
    "PERSON": lambda v: bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,4}", v))
    and not v.endswith(("某", "同志", "先生", "女士", "老人")),
    "CN_ADDRESS": lambda v: len(v) >= 5 and v == v.strip()
    and not re.match(r"(住|位于|家住|现住|居住|地址|坐落|[，。、：:（(])", v)
    and not re.search(r"[，。、；：:（）()]$", v)
    and bool(re.search(r"[省市区县镇乡村街道路巷弄号组社队屯苑园栋楼室院]", v)),
}


def all_gold():
    return [load(g) for g in GOLD_FILES]


def test_thirty_documents_and_allow_list():
    assert len(GOLD_FILES) == 30
    txt = sorted(p.name for p in DEV3.glob("*.txt") if p.name != "agency.txt")
    assert txt == sorted(json.loads(g.read_text(encoding="utf-8"))["file"] for g in GOLD_FILES)
    assert (DEV3 / "agency.txt").is_file() and (DEV3 / "README.md").is_file()


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_spans_slice_and_validate(gold_path):
    gold, raw, text = load(gold_path)
    assert set(gold) == {"file", "encoding", "newline", "genre", "entities", "traps"}
    assert gold["encoding"] in CODECS and gold["newline"] in {"lf", "crlf"}
    if gold["encoding"] == "utf-16":
        assert raw[:2] == b"\xff\xfe"
    if gold["encoding"] == "utf-8-sig":
        assert raw[:3] == b"\xef\xbb\xbf"
    if gold["newline"] == "crlf":
        assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    else:
        assert "\r" not in text
    assert 1500 <= len(text) <= 3500
    for s in gold["entities"]:
        assert s["type"] in ENTITY_TYPES, s
        assert text[s["start"]:s["end"]] == s["text"], s
        assert CHECKS[s["type"]](s["text"]), s
    for s in gold["traps"]:
        assert s["kind"] in TRAP_KINDS, s
        assert text[s["start"]:s["end"]] == s["text"], s
        if s["kind"] == "serial_number" and re.fullmatch(r"\d{16,19}", s["text"]):
            assert not luhn_ok(s["text"]), s  # a certificate number must not pass as a bank card by accident


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_no_overlaps(gold_path):
    gold, _, _ = load(gold_path)
    ents = sorted(gold["entities"], key=lambda s: s["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)
    for t in gold["traps"]:
        for e in ents:
            assert t["end"] <= e["start"] or e["end"] <= t["start"], ("trap overlaps entity", t, e)


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
    # every mobile-looking or ID-looking digit run is labelled or trapped
    spans = gold["entities"] + gold["traps"]
    for m in re.finditer(r"(?<!\d)(1[3-9]\d{9}|\d{17}[\dX])(?!\d)", text):
        assert any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans), m.group()


def test_allow_list_holds_officials_and_agency_numbers():
    allow = {ln.strip() for ln in (DEV3 / "agency.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")}
    persons = set()
    for gold, _, _ in all_gold():
        persons |= {e["text"] for e in gold["entities"] if e["type"] == "PERSON"}
        for t in gold["traps"]:
            if t["kind"] in ("official_name", "agency_phone", "hotline"):
                assert t["text"] in allow, t
    assert not persons & allow


def test_counts_lengths_and_encodings():
    types, kinds, encodings, newlines, lengths = Counter(), Counter(), Counter(), Counter(), []
    for gold, _, text in all_gold():
        encodings[gold["encoding"]] += 1
        newlines[gold["newline"]] += 1
        lengths.append(len(text))
        types.update(e["type"] for e in gold["entities"])
        kinds.update(t["kind"] for t in gold["traps"])
    assert types["CN_ADDRESS"] >= 250 and types["PERSON"] >= 400
    for t in ("CN_ID_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH"):
        assert types[t] >= 10, t
    assert 2000 <= sum(lengths) / len(lengths) <= 3000
    for k in ("official_name", "org_address", "org_name", "agency_name", "agency_address", "place_name",
              "doc_number", "statute", "amount", "event_date", "hotline", "pseudonym", "masked_value", "case_number"):
        assert kinds[k] >= 1, k
    assert kinds["official_name"] >= 30 and kinds["org_address"] >= 10 and kinds["pseudonym"] >= 10
    assert encodings["utf-8"] >= 20 and encodings["gbk"] >= 1 and encodings["gb18030"] >= 1
    assert encodings["utf-16"] >= 1 and encodings["utf-8-sig"] >= 1 and newlines["crlf"] >= 2


def test_name_variety():
    names, suffixes, listed = set(), Counter(), 0
    for gold, _, text in all_gold():
        for e in gold["entities"]:
            if e["type"] != "PERSON":
                continue
            names.add(e["text"])
            after = text[e["end"]:e["end"] + 2]
            for suf in ("同志", "先生", "女士", "老人", "之子", "之妻"):
                if after.startswith(suf):
                    suffixes[suf] += 1
            listed += after.startswith("、")
    assert len(names) >= 300
    assert sum("·" in n for n in names) >= 10
    assert sum(n[:2] in {"欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "公孙", "令狐", "慕容", "尉迟", "夏侯", "端木",
                         "司徒", "宇文"} for n in names) >= 3
    assert sum(n[0] in "逄亓訾禤仉佘眭禚厍郗邬芮褚冼阚蔺蒯闵鞠栾滕隗晏揭谯" for n in names) >= 10
    assert sum(len(n) == 2 for n in names) >= 40
    assert sum(len(n) == 4 and "·" not in n for n in names) >= 20
    for suf in ("同志", "先生", "女士", "老人", "之子"):
        assert suffixes[suf] >= 1, suf
    assert listed >= 50


def test_address_variety():
    addrs, cues, in_parens = [], Counter(), 0
    for gold, _, text in all_gold():
        for e in gold["entities"]:
            if e["type"] != "CN_ADDRESS":
                continue
            a = e["text"]
            addrs.append(a)
            before = text[max(0, e["start"] - 6):e["start"]].rstrip("：:")
            for cue in ADDRESS_CUES:
                if before.endswith(cue):
                    cues[cue] += 1
                    break
            in_parens += text[e["start"] - 1:e["start"]] in "（(" or before.endswith(("（住", "(住"))
    assert len(set(addrs)) >= 250
    for cue in ADDRESS_CUES:
        assert cues[cue] >= 1, cue
    assert in_parens >= 20
    count = lambda pattern: sum(1 for a in addrs if re.search(pattern, a))
    assert count(r"村") >= 100
    assert count(r"室|单元") >= 60
    assert count(r"弄") >= 5 and count(r"支弄") >= 2
    assert count(r"屯") >= 15
    assert count(rf"[{CN_NUM}\d]+社") >= 5 and count(rf"[{CN_NUM}\d]+队") >= 5
    assert count(r"自然村") >= 5 and count(r"号院") >= 3
    assert count(rf"[{CN_NUM}]+(组|号|单元|室|社|队)") >= 30
    assert count(r" ") >= 8
    assert count(r"\d+-\d+(-\d+)?$") >= 15
    assert count(r"(旁|对面|附近|东侧|边)$") >= 5
    assert count(r"^(\S+省|北京市|上海市|重庆市|广西|新疆)") >= 40
    assert count(r"^[^省]*$") >= 300


def test_regeneration_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, "-m", "tests.data.dev3_gen", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    made = {p.name for p in tmp_path.iterdir()}
    committed = {p.name for p in DEV3.iterdir()} - {"README.md"}
    assert made == committed
    for name in sorted(made):
        assert (tmp_path / name).read_bytes() == (DEV3 / name).read_bytes(), name
