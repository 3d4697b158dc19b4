"""Integrity of the fourth development set (tests/data/dev4): fast, no product imports.

dev4 was written for issue 17 before any rule was changed for it and without reading the rules: the
genres where detection failed on documents nobody wrote rules for (relief and subsidy rosters with
full, legacy and embedded ID numbers, 双公示 lists, proposal replies with 抄送 lines, court and
arbitration service notices with minority and foreign names, officials' 任前公示, commendation lists,
school, medical and traffic notices, a policy interpretation quoting classification marks).  These
tests check that every gold span slices exactly out of the decoded file, that no trap overlaps an
entity, that identifiers pass their check algorithms (the shared oracle tests/support/check_digits.py), that every occurrence of an annotated value is annotated, that the promised forms are
there (legacy and embedded IDs, agency numbers and mailboxes left off the allow list), and that the
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
from check_digits import id_check_ok, uscc_ok

ROOT = Path(__file__).resolve().parent.parent
DEV4 = ROOT / "tests" / "data" / "dev4"
GOLD_FILES = sorted(DEV4.glob("*.gold.json"))

ENTITY_TYPES = {"PERSON", "CN_ADDRESS", "CN_ID_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH", "CN_LICENSE_PLATE",
                "CN_USCC", "CLASSIFIED_MARK", "EMAIL_ADDRESS"}
TRAP_KINDS = {
    "official_name", "official_data", "agency_name", "org_name", "agency_phone", "hotline", "agency_email",
    "org_address", "agency_address", "doc_number", "case_number", "statute", "event_date", "amount",
    "serial_number", "place_name", "masked_value", "mark_lookalike",
}
CODECS = {"utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"}
PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
             "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}


def load(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (DEV4 / gold["file"]).read_bytes()
    return gold, raw, raw.decode(gold["encoding"])


def real_date(y: int, m: int, d: int) -> bool:
    try:
        return dt.date(y, m, d) < dt.date(2026, 12, 31)
    except ValueError:
        return False


def id_ok(v: str) -> bool:
    if re.fullmatch(r"\d{15}", v):  # legacy: region + yymmdd + sequence, no check character
        return v[:2] in PROVINCES and real_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
    if not re.fullmatch(r"\d{17}[\dX]", v) or v[:2] not in PROVINCES:
        return False
    return real_date(int(v[6:10]), int(v[10:12]), int(v[12:14])) and id_check_ok(v)


def dob_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{4})(?:年(\d{1,2})月(\d{1,2})日|-(\d\d)-(\d\d))", v)
    if not m:
        return False
    y = int(m.group(1))
    mo, d = (int(m.group(2)), int(m.group(3))) if m.group(2) else (int(m.group(4)), int(m.group(5)))
    return real_date(y, mo, d)


CHECKS = {
    "CN_ID_CARD": id_ok,
    "CN_USCC": uscc_ok,
    "DATE_OF_BIRTH": dob_ok,
    "PHONE_NUMBER": lambda v: bool(re.fullmatch(r"1[3-9]\d[ -]?\d{4}[ -]?\d{4}", v)),
    "CN_LICENSE_PLATE": lambda v: bool(re.fullmatch(r"[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新][A-Z]·?[0-9A-Z]{5,6}", v)),
    "CLASSIFIED_MARK": lambda v: bool(re.fullmatch(r"(绝密|机密|秘密)★\d+(年|个月)", v)),
    "EMAIL_ADDRESS": lambda v: bool(re.fullmatch(r"[\w.]+@[\w.]+\.[a-z]+", v)) and ".gov.cn" not in v,
    "PERSON": lambda v: bool(re.fullmatch(r"[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}", v))
    and not v.endswith(("某", "同志", "先生", "女士", "老人")),
    "CN_ADDRESS": lambda v: len(v) >= 5 and v == v.strip()
    and not re.match(r"(住|位于|家住|现住|居住|地址|坐落|[，。、：:（(])", v)
    and not re.search(r"[，。、；：:（）()]$", v)
    and bool(re.search(r"[省市区县镇乡村街道路号组楼室]", v)),
}


def all_gold():
    return [load(g) for g in GOLD_FILES]


def test_thirty_documents_and_allow_list():
    assert len(GOLD_FILES) == 30
    txt = sorted(p.name for p in DEV4.glob("*.txt") if p.name != "agency.txt")
    assert txt == sorted(json.loads(g.read_text(encoding="utf-8"))["file"] for g in GOLD_FILES)
    assert (DEV4 / "agency.txt").is_file() and (DEV4 / "README.md").is_file()


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_spans_slice_and_validate(gold_path):
    gold, raw, text = load(gold_path)
    assert set(gold) == {"file", "encoding", "newline", "genre", "entities", "traps"}
    assert gold["encoding"] in CODECS and gold["newline"] in {"lf", "crlf"}
    if gold["encoding"] == "utf-8-sig":
        assert raw[:3] == b"\xef\xbb\xbf"
    if gold["newline"] == "crlf":
        assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    else:
        assert "\r" not in text
    for s in gold["entities"]:
        assert s["type"] in ENTITY_TYPES, s
        assert text[s["start"]:s["end"]] == s["text"], s
        assert CHECKS[s["type"]](s["text"]), s
    for s in gold["traps"]:
        assert s["kind"] in TRAP_KINDS, s
        assert text[s["start"]:s["end"]] == s["text"], s
    ents = sorted(gold["entities"], key=lambda s: s["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)
    for t in gold["traps"]:
        for e in ents:
            assert t["end"] <= e["start"] or e["end"] <= t["start"], (t, e)
    for e in ents:  # every occurrence of an annotated value is annotated
        i = text.find(e["text"])
        while i >= 0:
            assert any(s["start"] <= i and i + len(e["text"]) <= s["end"] for s in ents), (e, i)
            i = text.find(e["text"], i + 1)
    spans = gold["entities"] + gold["traps"]  # every mobile- or ID-looking run is labelled or trapped
    for m in re.finditer(r"(?<!\d)(1[3-9]\d{9}|\d{17}[\dX])(?!\d)", text):
        assert any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans), m.group()
    for m in re.finditer(r"(?<!\d)\d{15}(?!\d)", text):  # so is every 15-digit run
        assert any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans), m.group()


def test_allow_list_holds_only_officials():
    allow = {ln.strip() for ln in (DEV4 / "agency.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")}
    persons, officials = set(), set()
    for gold, _, _ in all_gold():
        persons |= {e["text"] for e in gold["entities"] if e["type"] == "PERSON"}
        officials |= {t["text"] for t in gold["traps"] if t["kind"] == "official_name"}
        for t in gold["traps"]:  # agency numbers and mailboxes are for the detector to judge
            if t["kind"] in ("agency_phone", "hotline", "agency_email"):
                assert t["text"] not in allow, t
    assert officials <= allow and not persons & allow


def embedded(text: str, e: dict) -> bool:
    before, after = text[e["start"] - 1:e["start"]], text[e["end"]:e["end"] + 1]
    return bool(re.fullmatch(r"[0-9A-Za-z]", before) or re.fullmatch(r"[0-9A-Za-z]", after))


def test_counts_and_forms():
    types, kinds, encodings, newlines = Counter(), Counter(), Counter(), Counter()
    legacy = lead_letter = plus_two = 0
    for gold, _, text in all_gold():
        encodings[gold["encoding"]] += 1
        newlines[gold["newline"]] += 1
        types.update(e["type"] for e in gold["entities"])
        kinds.update(t["kind"] for t in gold["traps"])
        for e in gold["entities"]:
            if e["type"] != "CN_ID_CARD":
                continue
            legacy += len(e["text"]) == 15
            if embedded(text, e):
                lead_letter += text[e["start"] - 1] in "GT"
                plus_two += bool(re.match(r"\d\d(?!\d)", text[e["end"]:e["end"] + 3]))
    assert types["PERSON"] >= 350 and types["CN_ADDRESS"] >= 100 and types["CN_ID_CARD"] >= 120
    assert types["CN_LICENSE_PLATE"] >= 20 and types["PHONE_NUMBER"] >= 10 and types["DATE_OF_BIRTH"] >= 5
    assert types["CLASSIFIED_MARK"] >= 1 and types["CN_USCC"] >= 10
    assert legacy >= 20 and lead_letter >= 25 and plus_two >= 15
    for k in ("agency_phone", "hotline", "agency_email", "org_address", "mark_lookalike", "serial_number",
              "official_name", "official_data", "masked_value", "case_number"):
        assert kinds[k] >= 1, k
    assert kinds["agency_phone"] >= 30 and kinds["agency_email"] >= 5 and kinds["mark_lookalike"] >= 8
    assert encodings["utf-8"] >= 20 and encodings["gbk"] >= 1 and encodings["gb18030"] >= 1
    assert encodings["utf-8-sig"] >= 1 and newlines["crlf"] >= 2


def test_name_variety():
    names, seps = set(), Counter()
    for gold, _, text in all_gold():
        for e in gold["entities"]:
            if e["type"] != "PERSON":
                continue
            names.add(e["text"])
            seps[text[e["end"]:e["end"] + 1]] += 1
    assert len(names) >= 330
    assert sum("·" in n for n in names) >= 10  # Uyghur, Mongolian and Western names with the middle dot
    assert sum(re.fullmatch(r"(阿依古丽|古丽娜尔|帕提古丽|迪丽努尔|米娜瓦尔|祖丽皮亚|热依拉|吐逊古丽|阿依努尔|布帕塔木|努尔比亚|海尼古丽|"
                            r"买买提|吐尔逊|热合曼|阿不都热依木|艾力|努尔|麦麦提|依明|玉素甫|卡德尔|阿迪力|托合提|艾尔肯|库尔班|阿布力孜|肉孜|赛买提|阿卜杜拉)"
                            r"[\u4e00-\u9fff]{2,6}", n) is not None for n in names) >= 2  # Uyghur without the dot
    assert sum(n[:2] in {"山本", "田中", "佐藤", "铃木", "高桥", "渡边", "伊藤", "中村", "小林", "松本", "井上", "木村", "清水",
                         "森田", "石川", "前田", "藤原", "冈田"} for n in names) >= 2
    for sep in ("\t", "\u3000", "｜", "、"):
        assert seps[sep] >= 10, sep


def test_regeneration_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, "-m", "tests.data.dev4_gen", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    made = {p.name for p in tmp_path.iterdir()}
    committed = {p.name for p in DEV4.iterdir()} - {"README.md"}
    assert made == committed
    for name in sorted(made):
        assert (tmp_path / name).read_bytes() == (DEV4 / name).read_bytes(), name
