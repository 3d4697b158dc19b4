"""The rules for tables: a cell under an address column, a cell of a person's row."""

from __future__ import annotations

import regex as re

from ...text import is_cjk
from .grammar import HOME_TAIL
from .divisions import dangling_area
from .parser import parse_address
from .owner import classify
from .scan import AddressScan


def rule_address_column(scan: AddressScan) -> None:
    """A table cell under an address column (家庭住址, 住宿地址, 注册地址): read from its first
    character; the column says whose address it is."""
    if scan.column is None:
        return
    text, gaz = scan.text, scan.gaz
    k = len(text) - len(text.lstrip())
    if k >= len(text) or not scan.free(k, k + 1):
        return
    n_area = dangling_area(text, k, gaz)
    if n_area:
        scan.add_location(k, k + n_area)
    k += n_area
    parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
    if scan.column == "CN_ADDRESS":
        parsed = _whole_home_cell(text, k, parsed)
    if parsed and parsed[1]:
        e = parsed[0]
        if scan.column == "PLACE":
            scan.add_address(k, e, "column+grammar")  # a place unless a house number is in it
            return
        if scan.column == "ORG_ADDRESS":
            kind = scan.column
        else:
            kind = classify(text, k, e, column=scan.column == "CN_ADDRESS")
        scan.add(kind, k, e, 0.85, "column+grammar")


#: A cell that reads as an address although the grammar cannot parse it: a place, road, estate or
#: building word and a number (兴城小区B13-10号, 大莹东方国际15楼C1274).
_CELL_ADDRESS = re.compile(r"(?:省|市|区|县|镇|乡|街道|路|街|道|巷|村|组|小区|苑|园|城|国际|广场|大厦|楼|栋|幢|座|单元|室|号).*\d|\d.*(?:号|室|栋|幢|单元|楼)")


def _whole_home_cell(text: str, k: int, parsed: tuple[int, bool] | None) -> tuple[int, bool] | None:
    """Under a home-address column the whole cell is the address: a parse that stops before the
    cell's end runs on over the names and numbers of an estate, building or flat
    (``…1389号华领国际B3``, ``…13幢a座1250室``); a cell the grammar cannot read at all is taken whole
    when it reads as an address (:data:`_CELL_ADDRESS`)."""
    end = len(text.rstrip())
    if parsed and parsed[1] and parsed[0] < end:
        tail = HOME_TAIL.match(text, parsed[0])
        return (end, True) if tail and tail.end() == end else parsed
    cell = text[k:end]
    if (not parsed or not parsed[1]) and end - k <= 40 and not any(ch in cell for ch in "，,。；;：:") and not re.search(r"\d{7}", cell):
        if _CELL_ADDRESS.search(cell):
            return end, True  # (no label, no ID or phone number in it)
    return parsed


_ROW_LINE = re.compile(r"[^\n\r]+")
_ROW_CELL = re.compile(r"[^\t\u3000｜| \n\r]+")
#: A cell that shows a table row is about a person: a gender, an ID number, an age.
_PERSON_CELL = re.compile(r"\s*(?:[男女]|\d{17}[\dXx]|\d{15}|\d{1,3}(?:周岁|岁))\s*")


def rule_person_row(scan: AddressScan) -> None:
    """A cell of a person's table row (a gender, ID or age cell beside it) that is an address on
    its own — ``马村镇清泉村2组``, ``某路12号3单元301室`` — is that person's home address."""
    text, gaz = scan.text, scan.gaz
    for line in _ROW_LINE.finditer(text):
        cells = list(_ROW_CELL.finditer(text, line.start(), line.end()))
        if len(cells) < 3 or not any(_PERSON_CELL.fullmatch(c.group(0)) for c in cells):
            continue
        for c in cells:
            k = c.start() + len(c.group(0)) - len(c.group(0).lstrip())
            end = c.start() + len(c.group(0).rstrip())
            if end - k < 5 or not is_cjk(text[k]) or not scan.free(k, end):
                continue
            parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
            if parsed and parsed[1] and parsed[0] == end:
                scan.add("CN_ADDRESS", k, end, 0.8, "row+grammar")
