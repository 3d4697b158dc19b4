"""Column headers as context for table cells.

In a roster the word that makes a date a birth date (出生年月) or a 15-digit number an ID number
(身份证号码) stands once in the header row, not in each data row.  This module finds, for every
segment that is a table cell (a ``.docx`` cell paragraph) or a table row (a plain-text line with
cells separated by ``｜``, ``|``, tabs, ideographic or multiple spaces), the header cell above each
of its cells, so the scanner can give the detector that header as context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from review_desk.core.document.model import Segment, SegmentKind

from .ner.gazetteers import surnames
from .text import CJK

_SEPARATORS = ("｜", "|", "\t", "　")
_MULTISPACE = re.compile(r" {2,}")
_RULE = re.compile(r"^[\s|｜:：\-—=+]+$")  # markdown / ASCII table rules such as |---|---|
_DOCX_CELL = re.compile(r"^(?P<table>.*tbl\[\d+\])/tr\[(?P<row>\d+)\]/tc\[(?P<col>\d+)\]/p\[\d+\]$")
MIN_CELLS = 3
#: Joins several context words of one cell (column header, row label) in ``CellContext``.
CONTEXT_SEP = "\x1f"
_LABEL_MAX = 10


@dataclass(frozen=True)
class CellContext:
    """Header text for character ranges of one segment: ``((start, end, header), ...)``."""

    cells: tuple[tuple[int, int, str], ...]

    @property
    def words(self) -> list[str]:
        return [header for _, _, header in self.cells if header]

    def header_at(self, start: int, end: int) -> str | None:
        for cell_start, cell_end, header in self.cells:
            if cell_start <= start and end <= cell_end:
                return header
        return None


def split_cells(line: str, *, keep_empty: bool = False) -> list[tuple[int, int]]:
    """Character ranges of the cells of a text-table row (empty list when it is not a row).

    ``keep_empty``: with a tab separator, every tab starts a new cell, so an empty cell
    (``1\t张三\t\t签名``) keeps the columns after it aligned with the header; empty cells
    are then returned too (as empty ranges)."""
    single = False
    for sep in _SEPARATORS:
        if line.count(sep) >= MIN_CELLS - 1:
            single = keep_empty and sep == "\t"
            pattern = re.compile(re.escape(sep) + ("" if single else "+"))
            break
    else:
        if len(_MULTISPACE.findall(line.strip())) < MIN_CELLS - 1:
            return []
        pattern = _MULTISPACE
    cells, pos = [], 0
    for m in pattern.finditer(line):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, len(line)))
    filled = [(s, e) for s, e in cells if line[s:e].strip()]
    if len(filled) < MIN_CELLS:
        return []
    if single:
        while cells and not line[cells[-1][0] : cells[-1][1]].strip():
            cells.pop()  # trailing empty cells (a row ending in tabs) do not shift columns
        return cells
    return filled


_SPACED = re.compile(r"[^ ]+")
_CJK_WORD = re.compile(rf"^[{CJK}（）()]+$")


def spaced_cells(line: str) -> list[tuple[int, int]]:
    """Cells of a roster written with single spaces (``1 张三 男 某镇某村3组``): a line without
    any other separator and with at least three space-separated words (else an empty list).
    Such a line is a table row only under a header of the same shape (see :func:`_text_contexts`)."""
    if "  " in line.strip() or any(sep in line for sep in _SEPARATORS):
        return []
    cells = [(m.start(), m.end()) for m in _SPACED.finditer(line)]
    return cells if len(cells) >= MIN_CELLS else []


def _is_spaced_header(line: str, cells: list[tuple[int, int]]) -> bool:
    """A header written with single spaces: Chinese words only (姓名 家庭住址 金额（元）)."""
    return bool(cells) and all(_CJK_WORD.match(line[s:e]) for s, e in cells)


#: A header cell that says the rows are natural persons (姓名, 户主, 被执行人, 身份证号码 …) ...
PERSON_COLUMN = re.compile(r"姓名|户主|申请人|被执行人|当事人|权利人|被征收人|受助人|受援人|监护人|身份证|公民身份号码|自然人")
#: ... unless another says they are (or may be) organisations.
_ORG_COLUMN = re.compile(r"名称|信用代码|法定代表人|企业|单位|机构|公司")
_ADDRESS_COLUMN = re.compile(r"地址|住所|住址")
#: A column that locates a house or a building site (建房位置, 房屋坐落): a person's row's is a home.
_SITE_COLUMN = re.compile(r"位置|坐落")
#: The context word an address or site cell of a person's row gets: it matches :data:`PERSON_COLUMN`
#: (whose address it is) and is no name column (the cell is no name).
PERSON_ROW = "自然人住址"


def with_row_subject(header: list[str]) -> list[str]:
    """The header cells, each address column (地址, 住所) followed by the column that says its rows
    are natural persons (``地址\x1f被执行人``), so that the cell's address is read as a home; a site
    column (建房位置, 房屋坐落) is followed by :data:`PERSON_ROW` (its cells are no names)."""
    if any(_ORG_COLUMN.search(h) for h in header):
        return header
    subject = next((h for h in header if PERSON_COLUMN.search(h)), None)
    if subject is None:
        return header
    return [
        h + CONTEXT_SEP + subject if _ADDRESS_COLUMN.search(h) and h != subject
        else h + CONTEXT_SEP + PERSON_ROW if _SITE_COLUMN.search(h) and not PERSON_COLUMN.search(h)
        else h
        for h in header
    ]


#: A cell that says its row is a natural person's: the kind 自然人 / 个人, a gender, an ID number
#: (whole or masked) — in a table that mixes persons and companies (双公示: 类别 自然人 | 法人).
_PERSON_ROW_CELL = re.compile(r"自然人|个人|[男女]|\d{17}[\dXx]|\d{15}|\d{2,6}\*{4,}[\dXx*]{0,6}")


#: A party column that holds persons and organisations alike (行政相对人名称, 当事人, 被检查对象, 被处罚人).
_PARTY_COLUMN = re.compile(r"名称|姓名|相对人|当事人|对象|被处罚人|被许可人|被检查人|行为人|经营者")
#: A party cell that is a person's name: two to four Chinese characters, no organisation's ending.
_PERSON_PARTY = re.compile(rf"[{CJK}]{{2,4}}")
_ORG_LAST = frozenset("司厂店部社心院所局会行馆站场室队园处校团厅委办组户坊铺庄市城楼堂阁轩吧屋")
#: ... of which these end given names as well (张子轩, 王玉堂, 刘建城, 李文心): after a confident
#: surname and a two-character given name they end a person's name.
_NAME_LAST = frozenset("心园庄城楼堂阁轩")


def _person_party(cell: str) -> bool:
    """A party cell that is a person's name (:data:`_PERSON_PARTY`, no organisation's ending unless
    it is a given name's, :data:`_NAME_LAST`)."""
    if not _PERSON_PARTY.fullmatch(cell):
        return False
    if cell[-1] not in _ORG_LAST:
        return True
    names = surnames()
    return cell[-1] in _NAME_LAST and names.confident_at(cell, 0) and len(cell) - names.at(cell, 0) == 2


def _person_row(cells: Sequence[str], header: Sequence[str]) -> bool:
    """A cell of the row says it is a natural person's: the kind 自然人, a gender, an ID number, or a
    name (not an organisation's) under the party column."""
    if any(_PERSON_ROW_CELL.fullmatch(c.strip()) for c in cells):
        return True
    for cell, h in zip(cells, header):
        c = cell.strip()
        if _PARTY_COLUMN.search(h) and _person_party(c):
            return True
    return False


def with_row_person(cells: Sequence[str], header: list[str], row_header: Sequence[str] | None = None) -> list[str]:
    """The header of one row, each address column followed by :data:`PERSON_ROW` when another cell
    of the row says the row is a natural person's (``秦某 | 自然人 | 新华东路340号``, a person's name
    under 行政相对人名称), so that a bare street number there is read as that person's home, not as a
    company's seat.  ``row_header``: the headers of ``cells`` when ``header`` is not (a .docx cell's
    own header alone)."""
    if not _person_row(cells, header if row_header is None else row_header):
        return header
    return [
        h + CONTEXT_SEP + PERSON_ROW if (_ADDRESS_COLUMN.search(h) or _SITE_COLUMN.search(h)) and not PERSON_COLUMN.search(h) else h
        for h in header
    ]


def _is_header(line: str, cells: list[tuple[int, int]]) -> bool:
    return not any(ch.isdigit() for ch in line) and len(cells) >= MIN_CELLS


def _text_contexts(segments: Sequence[Segment]) -> dict[int, CellContext]:
    out: dict[int, CellContext] = {}
    header: list[str] | None = None
    aligned_header: list[str] = []
    spaced_header: list[str] | None = None
    for i, seg in enumerate(segments):
        if _RULE.match(seg.text):
            continue
        cells = split_cells(seg.text)
        if not cells:
            header = None  # the table ended
            spaced = spaced_cells(seg.text)
            if _is_spaced_header(seg.text, spaced):
                spaced_header = with_row_subject([seg.text[s:e] for s, e in spaced])
            elif spaced_header is not None and len(spaced) == len(spaced_header):
                row = with_row_person([seg.text[s:e] for s, e in spaced], spaced_header)
                out[i] = CellContext(tuple((s, e, h) for (s, e), h in zip(spaced, row)))
            else:
                spaced_header = None
            continue
        spaced_header = None
        if _is_header(seg.text, cells):
            header = with_row_subject([seg.text[s:e].strip() for s, e in cells])
            aligned_header = with_row_subject([seg.text[s:e].strip() for s, e in split_cells(seg.text, keep_empty=True)])
            continue
        if header is not None and len(header) == len(cells):
            row = with_row_person([seg.text[s:e] for s, e in cells], header)
            out[i] = CellContext(tuple((s, e, h) for (s, e), h in zip(cells, row)))
        elif header is not None and "\t" in seg.text:
            # A row with empty cells: align on single tabs.
            aligned = split_cells(seg.text, keep_empty=True)
            if aligned and len(aligned) <= len(aligned_header):
                out[i] = CellContext(
                    tuple((s, e, h) for (s, e), h in zip(aligned, aligned_header) if seg.text[s:e].strip())
                )
    return out


def _with_row_subjects(first_row: dict[tuple[str, str, str], str]) -> dict[tuple[str, str, str], str]:
    """Each ``.docx`` table's headers (keyed by part, table, column) through :func:`with_row_subject`."""
    tables: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for key in first_row:
        tables.setdefault(key[:2], []).append(key)
    out = {}
    for keys in tables.values():
        for key, header in zip(keys, with_row_subject([first_row[k] for k in keys])):
            out[key] = header
    return out


def _is_label(text: str) -> bool:
    t = text.strip().rstrip("：:")
    return 0 < len(t) <= _LABEL_MAX and not any(ch.isdigit() for ch in t)


def _docx_contexts(segments: Sequence[Segment]) -> dict[int, CellContext]:
    """Column headers (the table's first row) and, for a form laid out as label / value pairs
    (``姓名 | 徐敏``), the label cell to the left of a value cell."""
    first_row: dict[tuple[str, str, str], str] = {}
    cell_text: dict[tuple[str, str, str, str], str] = {}
    parsed: list[tuple[int, tuple[str, str, str]]] = []
    rows: dict[int, tuple[str, str, str, str]] = {}
    for i, seg in enumerate(segments):
        if seg.kind is not SegmentKind.PARAGRAPH:
            continue
        m = _DOCX_CELL.match(seg.location)
        if not m:
            continue
        key = (seg.part, m["table"], m["col"])
        ckey = (seg.part, m["table"], m["row"], m["col"])
        cell_text[ckey] = cell_text.get(ckey, "") + seg.text
        rows[i] = ckey
        if m["row"] == "1":
            first_row[key] = first_row.get(key, "") + seg.text
        else:
            parsed.append((i, key))
    headers = _with_row_subjects({k: h.strip() for k, h in first_row.items() if not any(ch.isdigit() for ch in h)})
    row_cells: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for (part, table, row, col), text in sorted(cell_text.items(), key=lambda kv: (kv[0][:3], int(kv[0][3]))):
        row_cells.setdefault((part, table, row), []).append((text, headers.get((part, table, col), "")))
    out = {}
    for i, key in parsed:
        header = headers.get(key, "")
        if header:
            cells = row_cells[rows[i][:3]]
            header = with_row_person([t for t, _ in cells], [header], [h for _, h in cells])[0]
            out[i] = CellContext(((0, len(segments[i].text), header),))
    for i, (part, table, row, col) in rows.items():
        if col == "1":
            continue
        label = cell_text.get((part, table, row, str(int(col) - 1)), "")
        if not _is_label(label) or _is_label(segments[i].text) and row == "1" and not _value_row(cell_text, part, table):
            continue
        words = [label.strip()]
        if (_ADDRESS_COLUMN.search(label) or _SITE_COLUMN.search(label)) and _persons_form(cell_text, part, table):
            words.append(PERSON_ROW)  # 住所 | 某路12号 in a form with 姓名 / 身份证号码: the person's home
        if i in out:
            words.insert(0, out[i].cells[0][2])
        out[i] = CellContext(((0, len(segments[i].text), CONTEXT_SEP.join(words)),))
    return out


def _persons_form(cell_text: dict[tuple[str, str, str, str], str], part: str, table: str) -> bool:
    """A label / value form about a natural person: a label says so (姓名, 身份证号码) and none says
    it is an organisation's (名称, 统一社会信用代码, 法定代表人)."""
    labels = [t.strip() for (p, tb, _r, _c), t in cell_text.items() if p == part and tb == table and _is_label(t)]
    return any(PERSON_COLUMN.search(t) for t in labels) and not any(_ORG_COLUMN.search(t) for t in labels)


def _value_row(cell_text: dict[tuple[str, str, str, str], str], part: str, table: str) -> bool:
    """Whether the table is a label / value form: its first column holds labels in every row
    and the second column holds at least one value with a digit (an ID, a date, a phone)."""
    first = [t for (p, tb, _r, c), t in cell_text.items() if p == part and tb == table and c == "1"]
    second = [t for (p, tb, _r, c), t in cell_text.items() if p == part and tb == table and c == "2"]
    return len(first) >= 2 and all(_is_label(t) for t in first) and any(
        any(ch.isdigit() for ch in t) for t in second
    )


def header_contexts(segments: Sequence[Segment], plain_text: bool) -> dict[int, CellContext]:
    """For each table-cell segment index, the header text of its cells."""
    return _text_contexts(segments) if plain_text else _docx_contexts(segments)
