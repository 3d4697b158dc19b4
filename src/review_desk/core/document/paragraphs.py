"""The text of one ``w:p``: its runs in document order, deletions, field codes and nested blocks.

:func:`collect_paragraph` walks a paragraph's content (through ``w:r``, ``w:ins``, ``w:hyperlink``,
``w:sdtContent``, ``w:smartTag``, ``w:fldSimple``, ``mc:AlternateContent`` ...) and returns:

* ``atoms``: every ``w:t`` / ``w:delText`` / ``m:t`` as its own atom, ``w:tab`` / ``w:ptab`` -> ``\\t``,
  ``w:br`` / ``w:cr`` -> ``\\n``, ``w:noBreakHyphen`` -> ``-`` (synthetic atoms), flagged hidden
  (run has ``w:vanish`` / ``w:specVanish`` / ``w:webHidden``), deleted (``w:del``, ``w:moveFrom``,
  ``w:delText``) or inserted (``w:ins``, ``w:moveTo``);
* ``fields``: the code of each field (``w:instrText`` between ``fldChar`` begin and separate,
  ``w:fldSimple/@w:instr``); the field *result* stays in ``atoms``;
* ``nested``: ``w:txbxContent`` (text boxes: the ``wps:txbx`` and the VML ``v:textbox`` copy) and
  stray ``w:p`` / ``w:tbl`` elements, whose paragraphs are segments of their own and are not part of
  this paragraph's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .namespaces import M_NAMESPACES, W_NAMESPACES, split_tag
from .nodepaths import NodePaths
from .pieces import Atom

_FALSE = frozenset({"0", "false", "off"})
_HIDDEN_PROPS = ("vanish", "specVanish", "webHidden")
# Property containers: they carry revision marks and formatting, never text.
_SKIP = frozenset({"pPr", "rPr", "sdtPr", "sdtEndPr", "tblPr", "trPr", "tcPr", "sectPr", "customXmlPr"})
_SYNTHETIC = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


@dataclass
class FieldCode:
    """The code of one field: ``w:instrText`` atoms, or the ``w:fldSimple/@w:instr`` attribute."""

    atoms: list[Atom] = field(default_factory=list)
    in_code: bool = True


@dataclass
class ParagraphContent:
    atoms: list[Atom] = field(default_factory=list)
    fields: list[FieldCode] = field(default_factory=list)
    nested: list[etree._Element] = field(default_factory=list)

    @property
    def has_deleted_text(self) -> bool:
        return any(a.deleted and not a.synthetic and a.text for a in self.atoms)


def _on(el: etree._Element | None, w: str) -> bool:
    return el is not None and el.get(f"{{{w}}}val", "true").lower() not in _FALSE


_RPR_TAGS = {w: f"{{{w}}}rPr" for w in W_NAMESPACES}


def run_is_hidden(run: etree._Element, w: str) -> bool:
    """Whether a run's own properties hide it (``w:vanish``, ``w:specVanish``, ``w:webHidden``).

    ``w:rPr`` is looked for among the run's children directly (not with ``find``, whose path
    parsing costs more than the rest of reading a run when a paragraph holds 100,000 of them).
    """
    rpr_tag = _RPR_TAGS.get(w) or f"{{{w}}}rPr"
    for child in run:
        if child.tag == rpr_tag:
            return any(_on(child.find(f"{{{w}}}{name}"), w) for name in _HIDDEN_PROPS)
    return False


class _Collector:
    def __init__(self, w: str, paths: NodePaths) -> None:
        self.w = w
        self.paths = paths
        self.out = ParagraphContent()
        self.open_fields: list[FieldCode] = []

    def add(self, el: etree._Element, text: str | None, *, synthetic: bool = False, attr: str | None = None,
            hidden: bool, deleted: bool, inserted: bool) -> None:
        if text:
            self.out.atoms.append(
                Atom(text, self.paths.path(el), attr, synthetic, hidden, deleted, inserted and not deleted)
            )

    def field_char(self, el: etree._Element) -> None:
        kind = el.get(f"{{{split_tag(el.tag)[0]}}}fldCharType")
        if kind == "begin":
            code = FieldCode()
            self.out.fields.append(code)
            self.open_fields.append(code)
        elif kind == "separate" and self.open_fields:
            self.open_fields[-1].in_code = False
        elif kind == "end" and self.open_fields:
            self.open_fields.pop()

    def field_code(self, el: etree._Element, *, hidden: bool, deleted: bool) -> None:
        if not self.open_fields or not self.open_fields[-1].in_code:
            # Code without a begin in this paragraph (the field began earlier): its own field.
            code = FieldCode()
            self.out.fields.append(code)
            self.open_fields.append(code)
        if el.text:
            self.open_fields[-1].atoms.append(
                Atom(el.text, self.paths.path(el), hidden=hidden, deleted=deleted)
            )

    def walk(self, parent: etree._Element, hidden: bool, deleted: bool, inserted: bool) -> None:  # noqa: C901 - one branch per WordprocessingML element kind; to split
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            ns, local = split_tag(tag)
            if ns in M_NAMESPACES:
                if local == "t":
                    self.add(child, child.text, hidden=hidden, deleted=deleted, inserted=inserted)
                elif local == "r":
                    self.walk(child, hidden or run_is_hidden(child, self.w), deleted, inserted)
                else:
                    self.walk(child, hidden, deleted, inserted)
                continue
            if ns not in W_NAMESPACES:
                self.walk(child, hidden, deleted, inserted)
                continue
            w = ns  # Strict and Transitional elements may be mixed in one part: one text model
            if local in _SKIP:
                continue
            if local == "r":
                self.walk(child, hidden or run_is_hidden(child, w), deleted, inserted)
            elif local == "t":
                self.add(child, child.text, hidden=hidden, deleted=deleted, inserted=inserted)
            elif local == "delText":
                self.add(child, child.text, hidden=hidden, deleted=True, inserted=inserted)
            elif local in _SYNTHETIC:
                self.add(child, _SYNTHETIC[local], synthetic=True, hidden=hidden, deleted=deleted, inserted=inserted)
            elif local in ("instrText", "delInstrText"):
                self.field_code(child, hidden=hidden, deleted=deleted or local == "delInstrText")
            elif local == "fldChar":
                self.field_char(child)
            elif local == "fldSimple":
                instr = f"{{{w}}}instr"
                code = FieldCode(in_code=False)
                if child.get(instr):
                    code.atoms.append(Atom(child.get(instr, ""), self.paths.path(child), instr, deleted=deleted))
                self.out.fields.append(code)
                self.walk(child, hidden, deleted, inserted)
            elif local in ("del", "moveFrom"):
                self.walk(child, hidden, True, inserted)
            elif local in ("ins", "moveTo"):
                self.walk(child, hidden, deleted, True)
            elif local in ("txbxContent", "p", "tbl"):
                self.out.nested.append(child)
            else:
                self.walk(child, hidden, deleted, inserted)


def collect_paragraph(p: etree._Element, w: str, paths: NodePaths) -> ParagraphContent:
    """Atoms, field codes and nested blocks of paragraph ``p`` (``w`` is the part's main namespace)."""
    collector = _Collector(w, paths)
    collector.walk(p, False, False, False)
    return collector.out
