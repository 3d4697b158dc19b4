"""Integrity of the HELD-OUT evaluation set (tests/data/heldout): fast, no product imports.

The held-out set measures generalisation: rules and models must never be tuned on it.  These tests
only check that the set is what it claims to be: every gold span slices exactly out of the decoded
file, identifiers pass their check algorithms (re-implemented here, independently of the
generator), every occurrence of an entity's text is annotated, the promised counts and variety are
there, the allow list is consistent, the set shares no identities with the development corpus, and
the generator (tests/data/heldout_gen) reproduces the committed files byte for byte.
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
from check_digits import id_check_ok, luhn_ok, uscc_ok

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "heldout"
DEV_CORPUS = ROOT / "tests" / "data" / "corpus"

ENTITY_TYPES = {
    "PERSON", "CN_ADDRESS", "CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC",
    "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "DATE_OF_BIRTH", "CLASSIFIED_MARK",
}
TRAP_KINDS = {
    "pseudonym", "place_name", "jurisdiction", "org_address", "org_name", "public_figure", "official_name",
    "doc_number", "statute", "law_name", "amount", "event_date", "hotline", "agency_phone", "agency_email",
    "agency_name", "case_number", "serial_number", "masked_value", "mark_lookalike", "postcode",
}
CODECS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gbk", "gb18030": "gb18030", "utf-16": "utf-16"}

GOLD_FILES = sorted(HELDOUT.glob("*.gold.json"))


# ---------------------------------------------------------------------------------------------
# independent validators
# ---------------------------------------------------------------------------------------------

PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
             54, 61, 62, 63, 64, 65}
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
FW = str.maketrans("０１２３４５６７８９（）", "0123456789()")


def real_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def id_card_ok(v: str) -> bool:
    if not v[:2].isdigit() or int(v[:2]) not in PROVINCES:
        return False
    if len(v) == 15:
        return v.isdigit() and real_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
    if len(v) != 18 or not v[:17].isdigit() or not real_date(int(v[6:10]), int(v[10:12]), int(v[12:14])):
        return False
    return id_check_ok(v)


def phone_ok(v: str) -> bool:
    s = v.translate(FW)
    if re.fullmatch(r"(\+86[ -]?)?1[3-9]\d( ?\d{4} ?\d{4}|-\d{4}-\d{4}|\d{8})", s):
        return True
    return re.fullmatch(r"(0\d{2,3}[- ]|\(0\d{2,3}\))[2-8]\d{6,7}", s) is not None


def cn_number(s: str) -> int:
    if "十" not in s:
        return CN_DIGIT[s]
    a, b = s.split("十")
    return (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)


def dob_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{4})(?:年|-|\.)(\d{1,2})(?:(?:月|-|\.)(\d{1,2})日?|月)?", v)
    if m:
        y = int(m[1])
        return 1900 < y < 2010 and real_date(y, int(m[2]), int(m[3] or 1))
    m = re.fullmatch(r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日", v)
    if m:
        return real_date(int("".join(str(CN_DIGIT[c]) for c in m[1])), cn_number(m[2]), cn_number(m[3]))
    return False


PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?"
                      r"([DF][0-9]{5}|[0-9A-HJ-NP-Z]{4}挂|[0-9A-HJ-NP-Z]{5})")
CHECKS = {
    "CN_ID_CARD": id_card_ok,
    "CN_BANK_CARD": lambda v: re.fullmatch(r"\d{16,19}", v.replace(" ", "")) is not None and luhn_ok(v.replace(" ", "")),
    "CN_USCC": uscc_ok,
    "PHONE_NUMBER": phone_ok,
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[A-Za-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) is not None,
    "CN_PASSPORT": lambda v: re.fullmatch(r"E(\d{8}|[A-HJ-NP-Z]\d{7})", v) is not None,
    "CN_HK_MACAO_PERMIT": lambda v: re.fullmatch(r"[CHM]\d{8}", v) is not None,
    "CN_LICENSE_PLATE": lambda v: PLATE_RE.fullmatch(v) is not None,
    "DATE_OF_BIRTH": dob_ok,
    "CLASSIFIED_MARK": lambda v: v in {"绝密★长期", "机密★1年", "机密★5年", "秘密★6个月", "秘密★1年", "内部明电",
                                       "此件不公开", "内部资料 注意保存", "内部资料　注意保存"},
    "PERSON": lambda v: re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}(·[\u4e00-\u9fff]{1,6})+", v) is not None,
    "CN_ADDRESS": lambda v: re.search(r"(号|室|组|社|单元|\d{3,4})$", v) is not None and re.search(r"[省市区县镇乡]", v) is not None,
}


# ---------------------------------------------------------------------------------------------
# loading
# ---------------------------------------------------------------------------------------------

def load(gold_path: Path) -> tuple[dict, str, bytes]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (HELDOUT / gold["file"]).read_bytes()
    return gold, raw.decode(CODECS[gold["encoding"]]), raw


@pytest.fixture(scope="module")
def docs() -> list[tuple[dict, str, bytes]]:
    return [load(p) for p in GOLD_FILES]


def ids(paths):
    return [p.name.split(".")[0] for p in paths]


# ---------------------------------------------------------------------------------------------
# per-document checks
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_spans_slice_exactly_and_do_not_overlap(gold_path: Path) -> None:
    gold, text, raw = load(gold_path)
    assert gold_path.name == gold["file"].rsplit(".", 1)[0] + ".gold.json"
    assert re.fullmatch(r"\d{3}_[a-z_]+\.txt", gold["file"])
    assert 400 <= len(text) <= 3000, len(text)
    spans = []
    for e in gold["entities"]:
        assert e["type"] in ENTITY_TYPES
        assert text[e["start"]:e["end"]] == e["text"], e
        spans.append((e["start"], e["end"], e["text"]))
    for t in gold["traps"]:
        assert t["kind"] in TRAP_KINDS
        assert text[t["start"]:t["end"]] == t["text"], t
        spans.append((t["start"], t["end"], t["text"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert b[0] >= a[1], f"overlap {a} / {b}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_encoding_and_line_ends_as_declared(gold_path: Path) -> None:
    gold, text, raw = load(gold_path)
    assert raw.startswith(b"\xef\xbb\xbf") == (gold["encoding"] == "utf-8-sig")
    assert "\ufeff" not in text
    if gold["newline"] == "crlf":
        assert text.count("\n") == text.count("\r\n") > 0
    else:
        assert "\r" not in text


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_identifiers_pass_their_checks(gold_path: Path) -> None:
    gold, text, _ = load(gold_path)
    for e in gold["entities"]:
        assert CHECKS[e["type"]](e["text"]), e


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_every_occurrence_of_an_entity_is_annotated(gold_path: Path) -> None:
    gold, text, _ = load(gold_path)
    ents = [(e["start"], e["end"]) for e in gold["entities"]]
    for e in gold["entities"]:
        for m in re.finditer(re.escape(e["text"]), text):
            assert any(s <= m.start() and m.end() <= t for s, t in ents), \
                f"{e['type']} {e['text']!r} occurs un-annotated at {m.start()}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_no_stray_personal_numbers(gold_path: Path) -> None:
    """Every mobile-looking number, valid ID number and Luhn-valid card number is an entity."""
    gold, text, _ = load(gold_path)
    ents = [(e["start"], e["end"]) for e in gold["entities"]]

    def covered(m: re.Match) -> bool:
        return any(s <= m.start() and m.end() <= t for s, t in ents)
    plain = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    for m in re.finditer(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9])", plain):
        assert covered(m), m.group()
    for m in re.finditer(r"(?<![0-9])\d{17}[0-9Xx](?![0-9])", plain):
        assert not id_card_ok(m.group()) or covered(m), m.group()
    for m in re.finditer(r"(?<![0-9])\d{16,19}(?![0-9])", plain):
        assert not luhn_ok(m.group()) or covered(m), m.group()


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_traps_are_not_entities(gold_path: Path) -> None:
    gold, _, _ = load(gold_path)
    entity_texts = {e["text"] for e in gold["entities"]}
    for t in gold["traps"]:
        assert t["text"] not in entity_texts, t


# ---------------------------------------------------------------------------------------------
# whole-set checks
# ---------------------------------------------------------------------------------------------

def test_size_encodings_and_genres(docs) -> None:
    assert len(docs) >= 20
    enc = Counter(g["encoding"] for g, _, _ in docs)
    assert enc["gbk"] >= 2 and enc["utf-8-sig"] >= 1 and enc["utf-8"] >= 15
    assert len({g["genre"] for g, _, _ in docs}) >= 20
    txt = sorted(p.name for p in HELDOUT.glob("*.txt") if p.name != "agency.txt")
    assert txt == sorted(g["file"] for g, _, _ in docs)


def test_counts_per_type(docs) -> None:
    c = Counter(e["type"] for g, _, _ in docs for e in g["entities"])
    assert c["PERSON"] >= 300
    assert c["CN_ADDRESS"] >= 60
    for t in ("CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_LICENSE_PLATE", "DATE_OF_BIRTH",
              "CN_USCC", "CN_PASSPORT", "CN_HK_MACAO_PERMIT"):
        assert c[t] >= 10, (t, c[t])
    assert c["CLASSIFIED_MARK"] >= 3
    phones = [e["text"] for g, _, _ in docs for e in g["entities"] if e["type"] == "PHONE_NUMBER"]
    landlines = [p for p in phones if p.translate(FW)[0] in "0("]
    assert len(landlines) >= 10
    spellings = {"space": r"1\d\d \d{4} \d{4}", "dash": r"1\d\d-\d{4}-\d{4}", "plus86": r"\+86.*",
                 "fullwidth": r"１[０-９]{10}", "plain": r"1\d{10}"}
    for name, rx in spellings.items():
        assert any(re.fullmatch(rx, p) for p in phones), name
    assert any(len(e["text"]) == 15 for g, _, _ in docs for e in g["entities"] if e["type"] == "CN_ID_CARD")
    assert any(" " in e["text"] for g, _, _ in docs for e in g["entities"] if e["type"] == "CN_BANK_CARD")


def test_trap_kinds(docs) -> None:
    c = Counter(t["kind"] for g, _, _ in docs for t in g["traps"])
    for kind in ("pseudonym", "place_name", "jurisdiction", "org_address", "org_name", "public_figure",
                 "official_name", "doc_number", "statute", "amount", "event_date", "hotline", "agency_phone",
                 "case_number", "serial_number", "masked_value"):
        assert c[kind] >= 3, (kind, c[kind])
    texts = {t["text"] for g, _, _ in docs for t in g["traps"]}
    for must in ("张某某", "李某", "王某甲", "赵××", "张店区", "李沧区", "周村区", "王府井", "中山路", "黄河路", "马家村",
                 "习近平新时代中国特色社会主义思想"):
        assert any(must in t for t in texts), must


def test_name_variety(docs) -> None:
    names = {e["text"] for g, _, _ in docs for e in g["entities"] if e["type"] == "PERSON"}
    compound = ("欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "端木", "公孙")
    rare = "逄亓訾禤仉佘眭禚厍郗鞠郝邸冼阚"
    assert sum(n[:2] in compound for n in names) >= 10
    assert sum(n[0] in rare for n in names) >= 15
    assert sum("·" in n for n in names) >= 5
    assert sum(len(n) == 2 for n in names) >= 30
    assert {"王芳", "李强"} <= names
    assert any(n in names for n in ("扎西·多吉", "次仁卓嘎", "旦增平措"))


def test_allow_list(docs) -> None:
    lines = (HELDOUT / "agency.txt").read_text(encoding="utf-8").splitlines()
    allow = {ln for ln in lines if ln and not ln.startswith("#")}
    for g, _, _ in docs:
        for e in g["entities"]:
            assert e["text"] not in allow, e
        for t in g["traps"]:
            if t["kind"] in ("official_name", "agency_phone", "agency_email", "hotline"):
                assert t["text"] in allow, t
    person_names = {e["text"] for g, _, _ in docs for e in g["entities"] if e["type"] == "PERSON"}
    officials = {t["text"] for g, _, _ in docs for t in g["traps"] if t["kind"] == "official_name"}
    assert not any(a in b or b in a for a in officials for b in person_names)


def test_independent_of_development_corpus(docs) -> None:
    dev = list(DEV_CORPUS.glob("*.gold.json"))
    assert dev, f"the development corpus {DEV_CORPUS} is committed"
    dev_texts: dict[str, set[str]] = {}
    for p in dev:
        for e in json.loads(p.read_text(encoding="utf-8"))["entities"]:
            dev_texts.setdefault(e["type"], set()).add(e["text"])
    mine: dict[str, set[str]] = {}
    for g, _, _ in docs:
        for e in g["entities"]:
            mine.setdefault(e["type"], set()).add(e["text"])
    for t in ("CN_ADDRESS", "CN_ID_CARD", "PHONE_NUMBER", "CN_BANK_CARD", "EMAIL_ADDRESS", "CN_USCC"):
        assert not mine.get(t, set()) & dev_texts.get(t, set()), t
    # names are drawn from different pools; allow a handful of chance collisions
    assert len(mine["PERSON"] & dev_texts.get("PERSON", set())) <= 5


def test_generator_reproduces_committed_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "tests.data.heldout_gen", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    committed = {p.name: p.read_bytes() for p in HELDOUT.iterdir()
                 if p.is_file() and p.name != ".gitattributes"}
    fresh = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert sorted(fresh) == sorted(committed)
    for name in fresh:
        assert fresh[name] == committed[name], f"{name} differs: regenerate with python -m tests.data.heldout_gen"
