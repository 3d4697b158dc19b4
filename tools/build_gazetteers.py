"""Compile the word lists under ``resources/gazetteers/`` from the source data (a build-time tool,
not part of the installed package).

Run once by a developer (the compiled lists are committed; the app never reads the sources)::

    python tools/build_gazetteers.py SOURCE_ROOT [OUT_DIR]
    NER_DATA_DIR=SOURCE_ROOT python tools/build_gazetteers.py

``SOURCE_ROOT`` (the argument, else ``NER_DATA_DIR``) holds ``chinese_names_corpus/`` and
``admin_divisions_modood/``; ``OUT_DIR`` defaults to this checkout's ``resources/gazetteers``.
Sources and licences: see ``resources/gazetteers/README.md``.  The xlsx is parsed with zipfile +
lxml (no openpyxl).
"""

from __future__ import annotations

import csv
import os
import sys
import zipfile
from pathlib import Path

from lxml import etree

from review_desk.core.detect.text import is_cjk

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_ENV = "NER_DATA_DIR"

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "皇甫", "司徒", "东方", "夏侯", "慕容", "尉迟",
                     "公孙", "令狐", "长孙", "宇文", "西门", "端木", "独孤", "南宫", "呼延", "轩辕",
                     "澹台", "申屠", "闻人", "万俟", "司空", "太史", "钟离", "百里", "东郭", "仲孙")  # fmt: skip
RARE_SURNAMES = ("逄", "亓", "訾", "禤", "仉", "佘", "眭", "禚", "厍", "郗", "笪", "逯", "綦", "栾", "隋",
                 "宫", "鞠", "牟", "冼", "缪", "谯", "阚", "郜", "闫", "覃", "蔺", "昝", "粟", "揭", "庹",
                 "雍", "璩", "缑", "宓", "扈", "麴", "屠", "芮", "邰", "嵇", "晁", "濮", "荀", "郦", "庾", "蒯",
                 "隗", "雒", "竺", "邴", "郏", "佴", "仵", "昝", "寇", "靳", "蒙", "邬", "豆", "訾")  # fmt: skip


#: Frequency given to the compound and rare surnames above (>= gazetteers.CONFIDENT_FREQ).
BOOSTED_FREQ = 20


def read_xlsx_rows(path: Path) -> list[list[str | None]]:
    """Rows of the first worksheet (shared strings resolved)."""
    with zipfile.ZipFile(path) as z:
        shared: list[str] = []
        if "xl/sharedStrings.xml" in z.namelist():
            root = etree.fromstring(z.read("xl/sharedStrings.xml"))
            shared = ["".join(si.itertext()) for si in root.findall("m:si", _NS)]
        sheet = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows: list[list[str | None]] = []
    for row in sheet.iter(f"{{{_NS['m']}}}row"):
        values: list[str | None] = []
        for cell in row.findall("m:c", _NS):
            v = cell.find("m:v", _NS)
            if v is None:
                inline = cell.find("m:is", _NS)
                values.append("".join(inline.itertext()) if inline is not None else None)
            elif cell.get("t") == "s":
                values.append(shared[int(v.text)])
            else:
                values.append(v.text)
        rows.append(values)
    return rows


def build_surnames(source: Path) -> list[tuple[str, int]]:
    xlsx = source / "chinese_names_corpus" / "Chinese_Names_Corpus" / "Chinese_Family_Name（1k）.xlsx"
    freq: dict[str, int] = {}
    for row in read_xlsx_rows(xlsx)[1:]:
        if not row or not row[0]:
            continue
        name = row[0].strip()
        try:
            tf = int(float(row[1])) if len(row) > 1 and row[1] else 1
        except ValueError:
            tf = 1
        if name and all(is_cjk(ch) for ch in name):
            freq[name] = max(freq.get(name, 0), tf)
    # Compound and known rare surnames count as "confident" surnames (see gazetteers.CONFIDENT_FREQ)
    # although the corpus frequency of rare ones is tiny.
    for name in COMPOUND_SURNAMES + RARE_SURNAMES:
        freq[name] = max(freq.get(name, 0), BOOSTED_FREQ)
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


def _csv_names(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [row["name"].strip() for row in csv.DictReader(fh) if row.get("name")]


def build_divisions(source: Path) -> dict[str, list[str]]:
    base = source / "admin_divisions_modood"
    skip = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    out = {}
    for kind in ("provinces", "cities", "areas", "streets"):
        names = [n for n in _csv_names(base / f"{kind}.csv") if n not in skip]
        out[kind] = sorted(set(names))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    given = argv[0] if argv else os.environ.get(SOURCE_ENV)
    if not given:
        sys.stderr.write(f"usage: build_gazetteers.py SOURCE_ROOT [OUT_DIR] (or set {SOURCE_ENV})\n")
        return 2
    source = Path(given)
    out = Path(argv[1]) if len(argv) > 1 else REPO_ROOT / "resources" / "gazetteers"
    out.mkdir(parents=True, exist_ok=True)
    lines = [f"{name}\t{tf}" for name, tf in build_surnames(source)]
    (out / "surnames.txt").write_text(
        "# surname<TAB>frequency (Chinese_Family_Name 1k, Apache-2.0; + compound/rare additions)\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    for kind, names in build_divisions(source).items():
        (out / f"{kind}.txt").write_text(
            f"# {kind} of the PRC, 2023 (modood/Administrative-divisions-of-China, WTFPL)\n"
            + "\n".join(names) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
