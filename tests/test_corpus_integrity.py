"""Integrity of the labelled development corpus (tests/data): fast, no product imports.

Checks that every gold span slices exactly out of the decoded file, that identifiers pass their
check algorithms (re-implemented here, independently of the generator), that the counts and the
variety the corpus promises are there, that every .docx opens and holds its gold values in the
named part, and that the generator reproduces the committed files.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from check_digits import id_check_char, luhn_ok, uscc_ok
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CORPUS = DATA / "corpus"
DOCX = DATA / "docx"

ENTITY_TYPES = {
    "CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC", "CN_PASSPORT",
    "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "DATE_OF_BIRTH", "CLASSIFIED_MARK", "PERSON", "CN_ADDRESS",
}
TRAP_KINDS = {
    "doc_number", "statute", "law_name", "amount", "event_date", "hotline", "agency_phone", "agency_name",
    "agency_address", "agency_email", "org_name", "case_number", "serial_number", "postcode", "page_number",
    "mark_lookalike", "official_name", "masked_value",
}
CODECS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gbk", "gb18030": "gb18030", "utf-16": "utf-16"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

GOLD_FILES = sorted(CORPUS.glob("*.gold.json"))


# ---------------------------------------------------------------------------------------------
# independent validators
# ---------------------------------------------------------------------------------------------

PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
             54, 61, 62, 63, 64, 65}


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def id_card_ok(v: str) -> bool:
    v = v.upper()
    if not v[:2].isdigit() or int(v[:2]) not in PROVINCES:
        return False
    if len(v) == 15:
        return v.isdigit() and valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
    if len(v) != 18 or not v[:17].isdigit():
        return False
    if not valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14])):
        return False
    return id_check_char(v[:17]) == v[17]


FW = str.maketrans("０１２３４５６７８９（）－＋　", "0123456789()-+ ")
CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def phone_ok(v: str) -> bool:
    s = v.translate(FW)
    s = re.sub(r"转\d+$", "", s)
    if re.fullmatch(r"(\+86[ -]?)?1[3-9]\d( ?\d{4} ?\d{4}|-\d{4}-\d{4})", s):
        return True
    return re.fullmatch(r"(0\d{2,3}[- ]?|\(0\d{2,3}\)|（0\d{2,3}）)\d{3,4} ?\d{4}", v.translate(
        str.maketrans("０１２３４５６７８９", "0123456789"))) is not None


def cn_day(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十")
        return (CN_NUM[a] if a else 1) * 10 + (CN_NUM[b] if b else 0)
    return CN_NUM[s]


def dob_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{4})(?:年|-|\.|/)(\d{1,2})(?:月|-|\.|/)?(?:(\d{1,2})日?)?", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3] or 1)
        return 1900 < y < 2024 and valid_date(y, mo, d)
    m = re.fullmatch(r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日", v)
    if m:
        y = int("".join(str(CN_NUM[c]) for c in m[1]))
        return valid_date(y, cn_day(m[2]), cn_day(m[3]))
    return False


PATTERNS = {
    "EMAIL_ADDRESS": r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}",
    "CN_PASSPORT": r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}",
    "CN_HK_MACAO_PERMIT": r"[CHMW]\d{8}",
    "CN_LICENSE_PLATE": r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]·?"
                        r"([A-HJ-NP-Z0-9]{5}|[DF]\d{5}|\d{5}[DF])|[鲁京][A-Z]\d{4}挂",
    "CLASSIFIED_MARK": r"(绝密|机密|秘密)★(\d+年|\d+个月|长期)|内部资料[ 　，,]?注意保存|内部明电|此件不公开",
}


def check_value(type_: str, text: str) -> bool:
    if type_ == "CN_ID_CARD":
        return id_card_ok(text)
    if type_ == "CN_USCC":
        return uscc_ok(text)
    if type_ == "CN_BANK_CARD":
        digits = text.replace(" ", "")
        return digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits)
    if type_ == "PHONE_NUMBER":
        return phone_ok(text)
    if type_ == "DATE_OF_BIRTH":
        return dob_ok(text)
    if type_ in PATTERNS:
        return re.fullmatch(PATTERNS[type_], text) is not None
    if type_ == "PERSON":
        return 2 <= len(text) <= 20 and text == text.strip()
    if type_ == "CN_ADDRESS":
        return re.search(r"\d+号", text) is not None and re.search(r"[市县区]", text) is not None
    return False


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def decoded(gold: dict) -> str:
    return (CORPUS / gold["file"]).read_bytes().decode(CODECS[gold["encoding"]], errors="strict")


# ---------------------------------------------------------------------------------------------
# text corpus
# ---------------------------------------------------------------------------------------------


def test_text_corpus_size_and_pairs():
    docs = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md") and p.name != "agency.txt")
    assert len(docs) >= 30
    assert len(GOLD_FILES) == len(docs)
    for p in docs:
        gold = CORPUS / (p.name.rsplit(".", 1)[0] + ".gold.json")
        assert gold.exists(), p.name
        assert load_gold(gold)["file"] == p.name
        assert re.fullmatch(r"\d{3}_[a-z_]+\.(txt|md)", p.name)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_spans_slice_exactly(gold_path: Path):
    gold = load_gold(gold_path)
    raw = (CORPUS / gold["file"]).read_bytes()
    enc = gold["encoding"]
    assert enc in CODECS
    if enc == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf")
    elif enc == "utf-16":
        assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    else:
        assert not raw.startswith(b"\xef\xbb\xbf")
    text = decoded(gold)
    assert 250 <= len(text) <= 4200
    if gold["newline"] == "crlf":
        assert text.count("\n") == text.count("\r\n") > 0
    else:
        assert "\r" not in text
    spans = []
    for e in gold["entities"]:
        assert e["type"] in ENTITY_TYPES
        assert text[e["start"]:e["end"]] == e["text"], e
        spans.append((e["start"], e["end"]))
    for tr in gold["traps"]:
        assert tr["kind"] in TRAP_KINDS
        assert text[tr["start"]:tr["end"]] == tr["text"], tr
        spans.append((tr["start"], tr["end"]))
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, f"overlapping spans at {s1}-{e1} and {s2}-{e2}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_entities_are_valid_values(gold_path: Path):
    gold = load_gold(gold_path)
    for e in gold["entities"]:
        assert check_value(e["type"], e["text"]), e
    for tr in gold["traps"]:
        # traps must not look like what they are not: serial numbers are no IDs or bank cards
        if tr["kind"] == "serial_number":
            digits = re.sub(r"\D", "", tr["text"])
            assert not id_card_ok(digits)
            assert not (16 <= len(digits) <= 19 and luhn_ok(digits))


def test_counts_per_type_and_encoding():
    ents, traps, encs = Counter(), Counter(), Counter()
    longest = 0
    marks_in = 0
    for path in GOLD_FILES:
        gold = load_gold(path)
        ents.update(e["type"] for e in gold["entities"])
        traps.update(t["kind"] for t in gold["traps"])
        encs[gold["encoding"]] += 1
        longest = max(longest, len(decoded(gold)))
        marks_in += any(e["type"] == "CLASSIFIED_MARK" for e in gold["entities"])
    for t in ("CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC"):
        assert ents[t] >= 20, (t, ents[t])
    for t in ("CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "DATE_OF_BIRTH", "CLASSIFIED_MARK"):
        assert ents[t] >= 10, (t, ents[t])
    assert ents["PERSON"] >= 50 and ents["CN_ADDRESS"] >= 10
    assert 400 <= sum(ents.values()) <= 800
    assert sum(traps.values()) >= 150
    for kind in ("doc_number", "statute", "law_name", "amount", "event_date", "hotline", "agency_phone",
                 "official_name", "case_number" if traps["case_number"] else "serial_number", "postcode",
                 "mark_lookalike", "masked_value"):
        assert traps[kind] >= 1, kind
    assert encs["gbk"] + encs["gb18030"] >= 3
    assert encs["utf-16"] >= 2 and encs["utf-8-sig"] >= 2
    assert longest >= 3500
    assert 3 <= marks_in < len(GOLD_FILES) / 2  # marks in some documents, not in most


def test_identifier_variety():
    ents = [e for p in GOLD_FILES for e in load_gold(p)["entities"]]
    ids = [e["text"] for e in ents if e["type"] == "CN_ID_CARD"]
    assert any(len(v) == 15 for v in ids)
    assert any(v.endswith("X") for v in ids) and any(v.endswith("x") for v in ids)
    phones = [e["text"] for e in ents if e["type"] == "PHONE_NUMBER"]
    for shape in (r"1\d{10}", r"1\d\d \d{4} \d{4}", r"1\d\d-\d{4}-\d{4}", r"\+86 .*", r"\+86-.*", r"[０-９]{11}",
                  r"0\d{2,3}-\d{7,8}", r"（0\d{2,3}）\d+", r"0\d{2,3} \d{4} \d{4}"):
        assert any(re.fullmatch(shape, v) for v in phones), shape
    cards = [e["text"] for e in ents if e["type"] == "CN_BANK_CARD"]
    assert any(" " in c for c in cards) and any(" " not in c for c in cards)
    plates = [e["text"] for e in ents if e["type"] == "CN_LICENSE_PLATE"]
    assert any("·" in p for p in plates) and any(p.endswith("挂") for p in plates)
    assert any(re.search(r"·[DF]\d{5}$", p) for p in plates)
    names = [e["text"] for e in ents if e["type"] == "PERSON"]
    assert any("·" in n for n in names) and any(len(n) == 2 for n in names)
    assert any(n[:2] in ("欧阳", "司马", "诸葛", "上官", "皇甫", "东方", "令狐", "夏侯", "公孙", "慕容") for n in names)
    assert any(n[0] in "逄亓訾禤綦仉笪冼" for n in names)
    emails = [e["text"] for e in ents if e["type"] == "EMAIL_ADDRESS"]
    assert any(re.fullmatch(r"[a-z]+\d{4}@\w+\.\w+", m) for m in emails)


def test_email_written_against_chinese_text():
    """At least some e-mails follow a CJK character with no space (the \\b pitfall, guide §5)."""
    hits = 0
    for path in GOLD_FILES:
        gold = load_gold(path)
        text = decoded(gold)
        for e in gold["entities"]:
            if e["type"] == "EMAIL_ADDRESS" and e["start"] > 0 and "\u4e00" <= text[e["start"] - 1] <= "\u9fff":
                hits += 1
    assert hits >= 3


def test_agency_allow_list():
    lines = (CORPUS / "agency.txt").read_text(encoding="utf-8").splitlines()
    entries = {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}
    assert len(entries) >= 20
    persons = set()
    for path in GOLD_FILES:
        gold = load_gold(path)
        for tr in gold["traps"]:
            if tr["kind"] in ("agency_phone", "official_name", "hotline", "agency_email"):
                assert tr["text"] in entries, tr
        persons.update(e["text"] for e in gold["entities"] if e["type"] in ("PERSON", "PHONE_NUMBER"))
    assert not persons & entries  # officials are never annotated as PERSON, personal numbers never allowed


# ---------------------------------------------------------------------------------------------
# .docx corpus
# ---------------------------------------------------------------------------------------------

DOCX_GOLD = json.loads((DOCX / "gold.json").read_text(encoding="utf-8")) if (DOCX / "gold.json").exists() else []


def part_strings(data: bytes) -> list[str]:
    """Joined w:t/w:delText/w:instrText text of each paragraph, every element text, every attribute."""
    root = etree.fromstring(data)
    out = []
    for p in root.iter(f"{W}p"):
        out.append("".join(el.text or "" for el in p.iter(f"{W}t", f"{W}delText", f"{W}instrText")))
    for el in root.iter(tag=etree.Element):
        if el.text:
            out.append(el.text)
        out.extend(el.attrib.values())
    return out


def xml_parts(z: zipfile.ZipFile) -> dict[str, list[str]]:
    return {n: part_strings(z.read(n)) for n in z.namelist() if n.endswith((".xml", ".rels"))}


def test_docx_count():
    singles = [g for g in DOCX_GOLD if g["file"] != "everything.docx"]
    assert len(singles) >= 15
    assert any(g["file"] == "everything.docx" for g in DOCX_GOLD)
    assert sorted(p.name for p in DOCX.glob("*.docx")) == sorted(g["file"] for g in DOCX_GOLD)


@pytest.mark.parametrize("entry", DOCX_GOLD, ids=lambda g: g["file"])
def test_docx_opens_and_holds_gold_values(entry: dict):
    import docx  # python-docx; imported here so the text tests need nothing but lxml

    path = DOCX / entry["file"]
    document = docx.Document(str(path))
    assert len(document.paragraphs) > 5
    with zipfile.ZipFile(path) as z:
        parts = xml_parts(z)
    assert entry["expect"]
    for exp in entry["expect"]:
        assert exp["type"] in ENTITY_TYPES
        assert check_value(exp["type"], exp["text"]), exp
        assert exp["part"] in parts, exp
        assert any(exp["text"] in s for s in parts[exp["part"]]), exp
    if entry["file"] != "everything.docx":
        # one place per file: a value is found only in the parts the gold names for it
        for exp in entry["expect"]:
            named = {e["part"] for e in entry["expect"] if e["text"] == exp["text"]}
            found = {n for n, strings in parts.items() if any(exp["text"] in s for s in strings)}
            assert found == named, (exp, found)


def test_docx_split_runs_are_really_split():
    entry = next(g for g in DOCX_GOLD if g["place"] == "body runs split")
    with zipfile.ZipFile(DOCX / entry["file"]) as z:
        raw = z.read("word/document.xml").decode("utf-8")
    idn = next(e["text"] for e in entry["expect"] if e["type"] == "CN_ID_CARD")
    assert idn not in raw
    assert raw.count("<w:r>") + raw.count("<w:r ") > 10


def test_docx_everything_covers_all_places():
    everything = next(g for g in DOCX_GOLD if g["file"] == "everything.docx")
    parts_needed = {e["part"] for g in DOCX_GOLD if g["file"] != "everything.docx" for e in g["expect"]}
    assert parts_needed <= {e["part"] for e in everything["expect"]}


@pytest.mark.parametrize("entry", DOCX_GOLD, ids=lambda g: g["file"])
def test_docx_package_is_consistent(entry: dict):
    """Every part has a content type, every internal relationship target exists, no dangling overrides."""
    ct = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    rel = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    with zipfile.ZipFile(DOCX / entry["file"]) as z:
        names = set(z.namelist())
        assert z.namelist()[0] == "[Content_Types].xml"
        types = etree.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(f"{ct}Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{ct}Override")}
        assert overrides <= names
        for n in names - {"[Content_Types].xml"}:
            assert n in overrides or n.rsplit(".", 1)[-1].lower() in defaults, n
        for n in names:
            if not n.endswith(".rels"):
                continue
            base = n.replace("_rels/", "").removesuffix(".rels")
            folder = base.rsplit("/", 1)[0] if "/" in base else ""
            for r in etree.fromstring(z.read(n)).iter(f"{rel}Relationship"):
                if r.get("TargetMode") == "External":
                    continue
                target = r.get("Target")
                parts = (target.lstrip("/") if target.startswith("/") else
                         "/".join(x for x in (folder + "/" + target).split("/") if x)).split("/")
                resolved: list[str] = []
                for seg in parts:
                    if seg == "..":
                        resolved.pop()
                    else:
                        resolved.append(seg)
                assert "/".join(resolved) in names, (n, target)
            for r in etree.fromstring(z.read(n)).iter(f"{rel}Relationship"):
                assert r.get("Id")
        for n in names:
            if n.endswith((".xml", ".rels")):
                etree.fromstring(z.read(n))  # well-formed


# ---------------------------------------------------------------------------------------------
# regeneration
# ---------------------------------------------------------------------------------------------


def test_regeneration_is_deterministic(tmp_path: Path):
    subprocess.run([sys.executable, "-m", "tests.data.corpus_gen", "--out", str(tmp_path), "--quiet"],
                   cwd=ROOT, check=True, timeout=120)
    fresh = sorted(p.name for p in (tmp_path / "corpus").iterdir())
    assert fresh == sorted(p.name for p in CORPUS.iterdir())
    for name in fresh:
        assert (tmp_path / "corpus" / name).read_bytes() == (CORPUS / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "docx").iterdir()) == sorted(p.name for p in DOCX.iterdir())
    assert (tmp_path / "docx" / "gold.json").read_bytes() == (DOCX / "gold.json").read_bytes()
    for path in DOCX.glob("*.docx"):
        with zipfile.ZipFile(path) as old, zipfile.ZipFile(tmp_path / "docx" / path.name) as new:
            assert old.namelist() == new.namelist(), path.name
            for n in old.namelist():
                assert old.read(n) == new.read(n), (path.name, n)
