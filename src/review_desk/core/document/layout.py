"""How a read .docx looks: table grids (header rows, merged cells, borders) and paragraph and run
formatting (headings, alignment, spacing, bold / italic / underline, size), keyed by the segment
locators of :mod:`.wordml` so that a view can draw the document and still map every character
back to the segment offsets the findings use.

:func:`read_layout` reads the package a second time (the text reader stays as it is: layout is
only wanted by the desk) and reuses :class:`.wordml.WordPartReader` for the locators, so a cell
called ``tbl[1]/tr[2]/tc[3]`` here is exactly the cell of the segment ``tbl[1]/tr[2]/tc[3]/p[1]``.
Plain-text documents, and packages whose bytes changed since they were read, have no layout.

A vertically merged cell (``w:vMerge``) that still carries text of its own is kept as a cell of
its own (its text must stay visible and in reading order); only empty continuations are merged.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml import etree

from .content_types import CONTENT_TYPES_PART, ContentTypes, PartKind
from .model import Document, DocumentFormat, Segment, SegmentKind
from .namespaces import W_NAMESPACES, split_tag
from .package import Package
from .wordml import WordPartReader
from .xmlsafe import parse_part

_FALSE = frozenset({"0", "false", "off"})
_ALIGN = {"center": "center", "right": "right", "end": "right", "both": "justify", "distribute": "justify",
          "thaiDistribute": "justify", "left": "left", "start": "left"}
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "标题"})
_TEXT_TAGS = frozenset({"t", "delText", "instrText", "delInstrText"})
_TABLE_CELL = re.compile(r"tbl\[\d+\]/tr\[\d+\]/tc\[\d+\]")


@dataclass(frozen=True)
class RunStyle:
    """Character formatting of a range of a segment (``size`` in points, ``None``: not set)."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float | None = None


PLAIN = RunStyle()


@dataclass(frozen=True)
class ParagraphLayout:
    """A paragraph's alignment (``left`` / ``center`` / ``right`` / ``justify`` / ``None``), heading
    level (0: body text), spacing and first-line indent in points, and its formatted ranges
    ``((start, end, RunStyle), ...)`` in the segment's text (plain ranges are left out)."""

    alignment: str | None = None
    heading: int = 0
    space_before: float = 0.0
    space_after: float = 0.0
    first_line_indent: float = 0.0
    runs: tuple[tuple[int, int, RunStyle], ...] = ()


@dataclass(frozen=True)
class CellLayout:
    """One drawn cell: its grid position, its spans and the locator of the ``w:tc`` it shows."""

    row: int
    column: int
    row_span: int
    column_span: int
    locator: str


@dataclass(frozen=True)
class TableLayout:
    locator: str
    rows: int
    columns: int
    cells: tuple[CellLayout, ...]
    header_rows: int = 0
    borders: bool = True
    widths: tuple[float, ...] = ()  # relative column widths from w:tblGrid (empty: not given)

    def cell(self, locator: str) -> CellLayout | None:
        return next((c for c in self.cells if c.locator == locator), None)


@dataclass(frozen=True)
class DocumentLayout:
    """Layout of every paragraph and table, keyed by ``(part, locator)``."""

    paragraphs: Mapping[tuple[str, str], ParagraphLayout] = field(default_factory=dict)
    tables: Mapping[tuple[str, str], TableLayout] = field(default_factory=dict)

    def paragraph(self, segment: Segment) -> ParagraphLayout | None:
        return self.paragraphs.get((segment.part, segment.location))


def cell_path(location: str) -> list[str]:
    """The locators of the table cells (outermost first) a segment locator lies in:
    ``tbl[1]/tr[2]/tc[3]/p[1]`` -> ``["tbl[1]/tr[2]/tc[3]"]``."""
    return [location[: m.end()] for m in _TABLE_CELL.finditer(location)]


def table_of(cell: str) -> str:
    """``tbl[1]/tr[2]/tc[3]`` -> ``tbl[1]``."""
    return cell.rsplit("/", 2)[0]


# -- reading ----------------------------------------------------------------------------------


def _on(el: etree._Element | None, w: str) -> bool:
    return el is not None and el.get(f"{{{w}}}val", "true").lower() not in _FALSE


def _number(el: etree._Element | None, w: str, attr: str) -> float | None:
    if el is None:
        return None
    try:
        return float(el.get(f"{{{w}}}{attr}", ""))
    except ValueError:
        return None


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    heading: int = 0
    alignment: str | None = None
    run: RunStyle = PLAIN


def _run_style(rpr: etree._Element | None, w: str, base: RunStyle = PLAIN) -> RunStyle:
    if rpr is None:
        return base
    u = rpr.find(f"{{{w}}}u")
    size = _number(rpr.find(f"{{{w}}}sz"), w, "val")
    return RunStyle(
        bold=_on(rpr.find(f"{{{w}}}b"), w) if rpr.find(f"{{{w}}}b") is not None else base.bold,
        italic=_on(rpr.find(f"{{{w}}}i"), w) if rpr.find(f"{{{w}}}i") is not None else base.italic,
        underline=(u.get(f"{{{w}}}val", "single") != "none") if u is not None else base.underline,
        size=size / 2 if size else base.size,
    )


def _styles(package: Package, path: str) -> dict[str, _Style]:
    """Paragraph styles by id (name, heading level, alignment, run formatting), inheritance resolved."""
    if not package.has("word/styles.xml"):
        return {}
    root = parse_part(package.read("word/styles.xml"), "word/styles.xml", path)
    w = split_tag(root.tag)[0] or ""
    raw: dict[str, _Style] = {}
    for st in root.iter(f"{{{w}}}style"):
        sid = st.get(f"{{{w}}}styleId")
        if not sid:
            continue
        name_el, based = st.find(f"{{{w}}}name"), st.find(f"{{{w}}}basedOn")
        name = (name_el.get(f"{{{w}}}val", "") if name_el is not None else "").strip()
        ppr = st.find(f"{{{w}}}pPr")
        heading = 0
        m = _HEADING_NAME.match(name)
        if m:
            heading = int(m.group(1))
        elif name.lower() in _TITLE_NAMES:
            heading = 1
        elif ppr is not None and (level := _number(ppr.find(f"{{{w}}}outlineLvl"), w, "val")) is not None:
            heading = int(level) + 1 if level < 9 else 0
        jc = ppr.find(f"{{{w}}}jc") if ppr is not None else None
        raw[sid] = _Style(name, based.get(f"{{{w}}}val") if based is not None else None, heading,
                          _ALIGN.get(jc.get(f"{{{w}}}val", "")) if jc is not None else None,
                          _run_style(st.find(f"{{{w}}}rPr"), w))
    resolved: dict[str, _Style] = {}

    def resolve(sid: str, depth: int = 0) -> _Style:
        if sid in resolved:
            return resolved[sid]
        style = raw[sid]
        parent = raw.get(style.based_on or "")
        if parent is not None and style.based_on is not None and depth < 10 and style.based_on != sid:
            base = resolve(style.based_on, depth + 1)
            style = _Style(style.name, style.based_on, style.heading or base.heading,
                           style.alignment or base.alignment, _merge(base.run, style.run))
        resolved[sid] = style
        return style

    for sid in raw:
        resolve(sid)
    return resolved


def _merge(base: RunStyle, own: RunStyle) -> RunStyle:
    return RunStyle(base.bold or own.bold, base.italic or own.italic, base.underline or own.underline,
                    own.size or base.size)


class _PartLayout:
    def __init__(self, part: str, root: etree._Element, w: str, styles: Mapping[str, _Style]) -> None:
        self.part, self.root, self.w, self.styles = part, root, w, styles
        self.reader = WordPartReader(part, root, w)
        self.segments = {s.location: s for s in self.reader.read() if s.kind is SegmentKind.PARAGRAPH}

    def paragraphs(self) -> dict[tuple[str, str], ParagraphLayout]:
        w, paths = self.w, self.reader.paths
        node_style: dict[str, tuple[etree._Element, RunStyle]] = {}
        out: dict[tuple[str, str], ParagraphLayout] = {}
        for el, loc in self.reader.anchors.items():
            if el.tag != f"{{{w}}}p" or loc not in self.segments:
                continue
            ppr = el.find(f"{{{w}}}pPr")
            style = self.styles.get(self._val(ppr, "pStyle") or "", _Style())
            for r in el.iter(f"{{{w}}}r"):
                rs = _run_style(r.find(f"{{{w}}}rPr"), w, style.run)
                for child in r:
                    if isinstance(child.tag, str):
                        node_style[paths.path(child)] = (el, rs)
            out[(self.part, loc)] = self._paragraph(el, ppr, style, self.segments[loc], node_style)
        return out

    def _val(self, ppr: etree._Element | None, name: str) -> str | None:
        el = ppr.find(f"{{{self.w}}}{name}") if ppr is not None else None
        return el.get(f"{{{self.w}}}val") if el is not None else None

    def _paragraph(self, p: etree._Element, ppr: etree._Element | None, style: _Style, seg: Segment,
                   node_style: Mapping[str, tuple[etree._Element, RunStyle]]) -> ParagraphLayout:
        w = self.w
        level = self._val(ppr, "outlineLvl")
        heading = style.heading or (int(level) + 1 if level and level.isdigit() and int(level) < 9 else 0)
        spacing = ppr.find(f"{{{w}}}spacing") if ppr is not None else None
        ind = ppr.find(f"{{{w}}}ind") if ppr is not None else None
        indent = _number(ind, w, "firstLine") or 0.0
        chars = _number(ind, w, "firstLineChars")
        runs: list[tuple[int, int, RunStyle]] = []
        for piece in seg.pieces:
            owner, rs = node_style.get(piece.node, (p, style.run))
            if rs == PLAIN:
                continue
            if runs and runs[-1][1] == piece.start and runs[-1][2] == rs:
                runs[-1] = (runs[-1][0], piece.end, rs)
            else:
                runs.append((piece.start, piece.end, rs))
        return ParagraphLayout(
            alignment=_ALIGN.get(self._val(ppr, "jc") or "") or style.alignment,
            heading=heading,
            space_before=(_number(spacing, w, "before") or 0.0) / 20,
            space_after=(_number(spacing, w, "after") or 0.0) / 20,
            first_line_indent=chars * 0.12 if chars else indent / 20,  # 1/100 char at 12 pt; twips
            runs=tuple(runs),
        )

    def tables(self) -> dict[tuple[str, str], TableLayout]:
        w = self.w
        out = {}
        for el, loc in self.reader.anchors.items():
            if el.tag == f"{{{w}}}tbl":
                out[(self.part, loc)] = self._table(el, loc)
        return out

    def _owned(self, parent: etree._Element, local: str) -> list[etree._Element]:
        """``local`` elements under ``parent`` whose nearest table-structure ancestor is ``parent``."""
        stop = {f"{{{self.w}}}{n}" for n in ("tbl", "tr", "tc")}
        found = []
        for el in parent.iter(f"{{{self.w}}}{local}"):
            up = el.getparent()
            while up is not None and up is not parent and up.tag not in stop:
                up = up.getparent()
            if up is parent and el in self.reader.anchors:
                found.append(el)
        return found

    def _table(self, tbl: etree._Element, loc: str) -> TableLayout:
        w = self.w
        tblpr = tbl.find(f"{{{w}}}tblPr")
        grid = [(_number(c, w, "w") or 0.0) for c in tbl.findall(f"{{{w}}}tblGrid/{{{w}}}gridCol")]
        cells: list[CellLayout] = []
        origin: dict[int, int] = {}  # grid column -> index in cells of the cell merged downwards
        header_rows, counting_header = 0, True
        rows = self._owned(tbl, "tr")
        width = len(grid)
        for r, tr in enumerate(rows):
            trpr = tr.find(f"{{{w}}}trPr")
            if counting_header and trpr is not None and _on(trpr.find(f"{{{w}}}tblHeader"), w):
                header_rows += 1
            else:
                counting_header = False
            col = int(_number(trpr.find(f"{{{w}}}gridBefore") if trpr is not None else None, w, "val") or 0)
            for tc in self._owned(tr, "tc"):
                tcpr = tc.find(f"{{{w}}}tcPr")
                span = max(1, int(_number(tcpr.find(f"{{{w}}}gridSpan") if tcpr is not None else None, w, "val") or 1))
                vmerge = tcpr.find(f"{{{w}}}vMerge") if tcpr is not None else None
                merge = None if vmerge is None else vmerge.get(f"{{{w}}}val", "continue")
                empty = not any(t.text for t in tc.iter() if isinstance(t.tag, str) and split_tag(t.tag)[1] in _TEXT_TAGS)
                above = origin.get(col)
                if merge == "continue" and empty and above is not None and cells[above].column_span == span:
                    c = cells[above]
                    cells[above] = CellLayout(c.row, c.column, r - c.row + 1, c.column_span, c.locator)
                else:
                    cells.append(CellLayout(r, col, 1, span, self.reader.anchors[tc]))
                    for k in range(col, col + span):
                        origin.pop(k, None)
                    if merge is not None:
                        origin[col] = len(cells) - 1
                col += span
            width = max(width, col)
        borders = self._borders(tblpr)
        total = sum(grid)
        widths = tuple(g / total for g in grid) if total and len(grid) == width else ()
        return TableLayout(loc, len(rows), max(width, 1), tuple(cells), header_rows or (1 if len(rows) > 1 else 0),
                           borders, widths)

    def _borders(self, tblpr: etree._Element | None) -> bool:
        if tblpr is None:
            return False
        w = self.w
        sides = tblpr.find(f"{{{w}}}tblBorders")
        if sides is not None and len(sides):
            return any(s.get(f"{{{w}}}val", "single") not in ("nil", "none") for s in sides)
        style = self._val(tblpr, "tblStyle")
        return style is not None and style != "" and style.lower() not in ("tablenormal", "normaltable")


def layout_from_bytes(data: bytes, path: str, parts: set[str] | None = None) -> DocumentLayout:
    """The layout of the Word package ``data`` (only ``parts`` when given)."""
    package = Package(data, path)
    styles = _styles(package, path)
    paragraphs: dict[tuple[str, str], ParagraphLayout] = {}
    tables: dict[tuple[str, str], TableLayout] = {}
    types = ContentTypes.parse(package.read(CONTENT_TYPES_PART), path) if package.has(CONTENT_TYPES_PART) else None
    for name in package.names:
        if parts is not None and name not in parts:
            continue
        if (types.kind(name) if types is not None else None) is not PartKind.XML:  # by content type, not name
            continue
        root = parse_part(package.read(name), name, path)
        w = split_tag(root.tag)[0]
        if w not in W_NAMESPACES:
            continue
        part = _PartLayout(name, root, w, styles)
        paragraphs.update(part.paragraphs())
        tables.update(part.tables())
    return DocumentLayout(paragraphs, tables)


def read_layout(document: Document, data: bytes | None = None) -> DocumentLayout:
    """The layout of ``document`` (its file is read again unless ``data`` is given); empty for plain
    text, and for a file whose bytes are no longer the ones that were read."""
    if document.format is not DocumentFormat.DOCX:
        return DocumentLayout()
    if data is None:
        from . import DEFAULT_MAX_BYTES
        from .guard import load_bytes

        data = load_bytes(document.path, DEFAULT_MAX_BYTES)
    if hashlib.sha256(data).hexdigest() != document.sha256:
        return DocumentLayout()
    parts = {s.part for s in document.segments if s.kind is SegmentKind.PARAGRAPH}
    return layout_from_bytes(data, document.path, parts)
