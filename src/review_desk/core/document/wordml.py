"""Segments of one WordprocessingML part (document, header, footer, notes, comments, glossary,
settings ...): every paragraph, its pre-revision view, its field codes, and attribute text.

Paragraph locators are structural and 1-based, one step per container::

    p[12]                              12th body paragraph (paragraphs inside w:sdt, w:customXml
                                       and similar wrappers count in their container)
    tbl[1]/tr[2]/tc[3]/p[1]            a table cell; nested tables continue the path
    p[4]/txbx[1]/p[1]                  a text box (wps:txbx) anchored in paragraph 4
    p[4]/vml-txbx[1]/p[1]              the VML (v:textbox) copy of a text box
    footnote[2]/p[1]  comment[3]/p[1]  endnote[1]/p[1]  docPart[1]/p[1]
    p[12]/deleted                      the DELETED view of p[12]
    p[12]/field[1]                     the code of the 1st field in p[12]

Strict (``purl.oclc.org``) and Transitional WordprocessingML are one text model: elements of
either namespace are read alike, also when both are mixed in one part.

Attribute segments use the locators of :mod:`.attributes` anchored at these paragraphs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lxml import etree

from .attributes import AttributeScanner
from .model import Segment, SegmentKind
from .namespaces import M_NAMESPACES, W_NAMESPACES, split_tag
from .nodepaths import NodePaths
from .paragraphs import collect_paragraph
from .pieces import Atom, build_segment

_CONTAINERS = frozenset({"tbl", "tr", "tc", "footnote", "endnote", "comment", "docPart"})
_TEXT_ELEMENTS = frozenset({"t", "delText", "instrText", "delInstrText"})
_NOT_TEXT = frozenset({"fldData"})  # base64 field data, not words


def _join(base: str, step: str) -> str:
    return f"{base}/{step}" if base else step


class WordPartReader:
    """Reads one parsed part whose root is in the WordprocessingML namespace ``w``."""

    def __init__(self, part: str, root: etree._Element, w: str) -> None:
        self.part = part
        self.root = root
        self.w = w
        self.paths = NodePaths()
        self.anchors: dict[etree._Element, str] = {}
        self.segments: list[Segment] = []

    def read(self) -> list[Segment]:
        self._blocks(self.root, "", Counter())
        scanner = AttributeScanner(self.part, self.paths, self.anchors, self._consumed_text)
        self.segments.extend(scanner.scan(self.root))
        return self.segments

    def _consumed_text(self, ns: str | None, local: str) -> bool:
        """Whether the text of an element is read by the paragraph reader (or is not text)."""
        if ns in W_NAMESPACES:
            return local in _TEXT_ELEMENTS or local in _NOT_TEXT
        return ns in M_NAMESPACES and local == "t"

    # -- block structure ----------------------------------------------------------------------

    def _blocks(self, children: Iterable[etree._Element], loc: str, counts: Counter[str]) -> None:
        """Paragraphs and containers among ``children``; other elements are walked through.

        One Python frame per XML level (XML depth is at most 256), so recursion stays bounded.
        """
        for el in children:
            if not isinstance(el.tag, str):
                continue
            ns, local = split_tag(el.tag)
            if ns in W_NAMESPACES and local == "p":
                counts["p"] += 1
                self._paragraph(el, _join(loc, f"p[{counts['p']}]"))
            elif ns in W_NAMESPACES and local in _CONTAINERS:
                counts[local] += 1
                inner = _join(loc, f"{local}[{counts[local]}]")
                self.anchors[el] = inner
                self._blocks(el, inner, Counter())
            elif (ns in W_NAMESPACES and local in _TEXT_ELEMENTS) or (ns in M_NAMESPACES and local == "t"):
                self._stray_text(el, loc, counts)
            else:
                self._blocks(el, loc, counts)

    def _stray_text(self, el: etree._Element, loc: str, counts: Counter[str]) -> None:
        """A text element outside any paragraph (invalid, but its text must not be lost)."""
        counts["text"] += 1
        seg = build_segment(
            self.part,
            _join(loc, f"text[{counts['text']}]"),
            SegmentKind.OTHER_XML,
            [Atom(el.text or "", self.paths.path(el))],
        )
        if seg is not None:
            self.segments.append(seg)

    # -- paragraphs ---------------------------------------------------------------------------

    def _emit(self, loc: str, kind: SegmentKind, atoms: list[Atom]) -> None:
        seg = build_segment(self.part, loc, kind, atoms)
        if seg is not None:
            self.segments.append(seg)

    def _paragraph(self, p: etree._Element, loc: str) -> None:
        self.anchors[p] = loc
        content = collect_paragraph(p, self.w, self.paths)
        self._emit(loc, SegmentKind.PARAGRAPH, [a for a in content.atoms if not a.deleted])
        if content.has_deleted_text:
            self._emit(f"{loc}/deleted", SegmentKind.DELETED, [a for a in content.atoms if not a.inserted])
        for number, code in enumerate(content.fields, start=1):
            self._emit(f"{loc}/field[{number}]", SegmentKind.FIELD_CODE, code.atoms)
        if content.nested:
            self._nested(content.nested, loc)

    def _nested(self, nested: list[etree._Element], loc: str) -> None:
        """Text boxes and stray blocks inside paragraph ``loc``: their own paragraphs."""
        boxes: Counter[str] = Counter()
        nested_counts: Counter[str] = Counter()
        for el in nested:
            if split_tag(el.tag)[1] == "txbxContent":
                parent = el.getparent()
                is_vml = parent is not None and split_tag(parent.tag)[1] == "textbox"
                step = "vml-txbx" if is_vml else "txbx"
                boxes[step] += 1
                box_loc = f"{loc}/{step}[{boxes[step]}]"
                self.anchors[el] = box_loc
                self._blocks(el, box_loc, Counter())
            else:
                self._blocks([el], loc, nested_counts)
