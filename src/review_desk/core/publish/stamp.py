"""The disclosure-attribute stamp (公开属性) on the published copy (公开属性源头认定).

A line such as ``公开方式：主动公开`` goes directly above the 版记 (the 抄送 / 印发 block at the end of
an official document), or at the end of the body when there is none.  In a .docx the line takes the
body text's font (paragraph and first run properties of the most common long body paragraph) but is
set like the 版记 (GB/T 9704: one character in, no first-line indent) and kept on the 版记's page
(keep-with-next, keep-lines); the attribute and review id (never a person's name) are also written
as custom document properties.
An existing 公开方式 line is replaced in place rather than duplicated.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

from review_desk.core.document.namespaces import split_tag
from review_desk.core.errors import ErrorCode, MessageError
from review_desk.core.legal import ATTRIBUTE_BY_CODE
from review_desk.core.names import ATTRIBUTES

from .custom_properties import set_custom_properties

if TYPE_CHECKING:
    from review_desk.core.redact.package_editor import PackageEditor

LABEL = "公开方式"
#: The custom properties the stamp itself sets (``Stamp.properties`` may not use these names).
RESERVED_PROPERTIES = (LABEL, "ReviewDeskAttribute", "ReviewDeskReview")

#: How many trailing non-empty blocks (or lines) may hold the 版记.
_TAIL = 6
#: A representative body paragraph has more characters than this (titles and dates have fewer).
_BODY_MIN_CHARS = 20
_SPACE = re.compile(r"\s+")  # \s covers the ideographic space U+3000
_BANJI_START = ("抄送", "抄报", "分送")
_EXISTING = re.compile(r"^\s*公开方式\s*[：:]")
_NOTE = re.compile(r"^\s*[（(]\s*此件[^）)]{1,8}[）)]\s*$")  # an existing 附注 such as （此件公开发布）
#: The 成文日期 line under which the 附注 goes (Arabic or Chinese numerals).
_DATE = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                   r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")
STYLES = ("banji", "annotation")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Copied body properties that must not travel to the stamp line (numbering, section breaks,
#: frames, outline levels, tracked changes, hidden text).
_DROP = frozenset({"numPr", "sectPr", "framePr", "outlineLvl", "pPrChange", "rPrChange", "ins", "del",
                   "moveFrom", "moveTo", "vanish", "specVanish", "webHidden"})


class StampError(MessageError):
    """The stamp cannot be made (unknown attribute, bad property, unusable document part)."""

    error_code = ErrorCode.STAMP_FAILED


@dataclass(frozen=True)
class Stamp:
    """What to mark on the published copy: the disclosure attribute and the review it came from."""

    attribute: str  # "public" | "on-request" | "withheld"
    review_id: str
    properties: Mapping[str, str] = field(default_factory=dict)  # extra custom properties
    style: str = "banji"  # banji: 公开方式 line above the 版记; annotation: 附注 （此件公开发布） under the 成文日期

    def __post_init__(self) -> None:
        if self.attribute not in ATTRIBUTES:
            raise StampError(f"unknown disclosure attribute {self.attribute!r}; "
                             f"expected one of {', '.join(ATTRIBUTES)}")
        if not isinstance(self.review_id, str) or not self.review_id.strip():
            raise StampError("a stamp needs the id of the review it comes from")
        for name, value in self.properties.items():
            if not isinstance(name, str) or not name.strip() or not isinstance(value, str):
                raise StampError(f"custom property {name!r}: names and values must be text")
            if name in RESERVED_PROPERTIES:
                raise StampError(f"custom property {name!r} is set by the stamp itself")
        texts = [self.review_id, *self.properties, *self.properties.values()]
        if any(_XML_ILLEGAL.search(t) for t in texts):
            raise StampError("the review id and custom properties may not contain control characters")
        if self.style not in STYLES:
            raise StampError(f"unknown stamp style {self.style!r}; expected one of {', '.join(STYLES)}")
        object.__setattr__(self, "properties", dict(self.properties))  # a copy: later changes do not leak in

    @property
    def label(self) -> str:
        """The Chinese attribute: 主动公开 / 依申请公开 / 不予公开."""
        return ATTRIBUTES[self.attribute]

    @property
    def line(self) -> str:
        """``公开方式：主动公开``, or in the annotation style the 附注 ``（此件公开发布）``."""
        if self.style == "annotation":
            return ATTRIBUTE_BY_CODE[self.attribute].annotation
        return f"{LABEL}：{self.label}"

    def mark_docx(self, editor: PackageEditor, main_part: str) -> str:
        """Stamp ``main_part`` of the package being written (see :func:`stamp_docx`)."""
        return stamp_docx(editor, main_part, self)

    def mark_text(self, text: str) -> str:
        """``text`` with the stamp line (see :func:`stamp_text`)."""
        return stamp_text(text, self)

    def custom_properties(self) -> dict[str, str]:
        return {LABEL: self.label, "ReviewDeskAttribute": self.attribute,
                "ReviewDeskReview": self.review_id, **self.properties}


def banji_keyword(text: str) -> str | None:
    """The keyword (抄送 / 抄报 / 分送 / 印发) when ``text`` is a 版记 line, else None."""
    compact = _SPACE.sub("", text)
    for word in _BANJI_START:
        if compact.startswith(word):
            return word
    return "印发" if compact.endswith("印发") else None


# -- plain text ----------------------------------------------------------------------------------


def stamp_text(text: str, stamp: Stamp) -> str:
    """``text`` with ``stamp.line`` replacing an existing 公开方式 line, else inserted above the first
    版记 line among the last lines, else after the last non-blank line (newline style kept)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    pieces = re.split(r"(\r?\n)", text)
    lines = [[pieces[i], pieces[i + 1] if i + 1 < len(pieces) else ""] for i in range(0, len(pieces), 2)]
    if lines[-1] == ["", ""]:
        lines.pop()  # the text ended with a newline (or was empty)
    existing = [entry for entry in lines if _EXISTING.match(entry[0])]
    if stamp.style == "annotation":
        notes = [entry for entry in lines if _NOTE.match(entry[0])]
        dates = [i for i, (content, _sep) in enumerate(lines) if _DATE.match(content)]
        if notes:
            notes[0][0] = "　　" + stamp.line
            return "".join(a + b for a, b in lines)
        if dates:
            lines.insert(dates[-1] + 1, ["　　" + stamp.line, lines[dates[-1]][1] or newline])
            return "".join(a + b for a, b in lines)
    if existing:  # the first keeps its place, later duplicates go
        existing[0][0] = stamp.line
        lines = [entry for entry in lines if all(entry is not e for e in existing[1:])]
        return "".join(a + b for a, b in lines)
    filled = [i for i, (content, _sep) in enumerate(lines) if content.strip()]
    at = next((i for i in filled[-_TAIL:] if banji_keyword(lines[i][0])), None)
    if at is not None:
        lines.insert(at, [stamp.line, newline])
    elif filled:  # after the last non-blank line, which hands its line ending on to the stamp
        last = filled[-1]
        ending = lines[last][1]
        lines[last][1] = ending or newline
        lines.insert(last + 1, [stamp.line, ending])
    else:
        lines.insert(0, [stamp.line, newline if lines else ""])
    return "".join(a + b for a, b in lines)


# -- WordprocessingML -----------------------------------------------------------------------------


def stamp_docx(editor: PackageEditor, main_part: str, stamp: Stamp) -> str:
    """Put ``stamp.line`` into ``main_part``'s body and set the custom properties; returns where the
    line went, in English (``"above the 版记 (抄送) block"``, ``"at the end of the body"`` or
    ``"in place of the existing 公开方式 line"``)."""
    root = editor.tree(main_part)
    w = split_tag(root.tag)[0] or ""
    body = root.find(f"{{{w}}}body")
    if body is None:
        raise StampError(f"{main_part} has no document body")
    where = (_annotate_body(body, w, stamp.line) if stamp.style == "annotation" else None) \
        or _stamp_body(body, w, stamp.line)
    try:
        set_custom_properties(editor, stamp.custom_properties())
    except ValueError as exc:
        raise StampError(str(exc)) from exc
    return where


def _stamp_body(body: etree._Element, w: str, line: str) -> str:
    existing = [p for p in body.iter(f"{{{w}}}p") if _EXISTING.match(_text(p, w))]
    if existing:  # the first one keeps its place and paragraph properties; its text is replaced
        first, rpr = existing[0], _first_run_props(existing[0], w)
        for child in list(first):
            if child.tag != f"{{{w}}}pPr":
                first.remove(child)
        first.append(_run(w, line, rpr))
        for duplicate in existing[1:]:
            if duplicate.getparent() is body:
                body.remove(duplicate)
        return f"in place of the existing {LABEL} line"
    blocks = [el for el in body if isinstance(el.tag, str) and split_tag(el.tag)[1] != "sectPr"]
    filled = [b for b in blocks if _text(b, w).strip()]
    ppr, rpr = _body_style(blocks, w)
    new = _paragraph(w, line, ppr, rpr)
    for block in filled[-_TAIL:]:
        banji = next((p for p in _paragraphs(block, w) if banji_keyword(_text(p, w))), None)
        if banji is not None:
            _keep_with_banji(new, banji, w)
            block.addprevious(new)
            return f"above the 版记 ({banji_keyword(_text(banji, w))}) block"
    if blocks:
        blocks[-1].addnext(new)
    else:
        body.insert(0, new)
    return "at the end of the body"


#: pPr children that come after w:ind in the schema's sequence (w:ind is inserted before the first).
_AFTER_IND = ("contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
              "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def _keep_with_banji(p: etree._Element, banji: etree._Element, w: str) -> None:
    """Typeset the stamp line like the 版记's first line (GB/T 9704: 抄送 one character in from each
    side, no first-line indent) and keep it on the 版记's page (keep-with-next, keep-lines)."""
    ppr = p.find(f"{{{w}}}pPr")
    if ppr is None:
        ppr = etree.Element(f"{{{w}}}pPr")
        p.insert(0, ppr)
    at = 1 if len(ppr) and split_tag(ppr[0].tag)[1] == "pStyle" else 0
    for name in ("keepLines", "keepNext"):  # inserted in reverse: keepNext, keepLines after pStyle
        for old in ppr.findall(f"{{{w}}}{name}"):
            ppr.remove(old)
        ppr.insert(at, etree.Element(f"{{{w}}}{name}"))
    model = banji.find(f"{{{w}}}pPr/{{{w}}}ind")
    if model is not None:
        ind = copy.deepcopy(model)
    else:
        ind = etree.Element(f"{{{w}}}ind")
        for name, value in (("leftChars", "100"), ("left", "0"), ("rightChars", "100"), ("right", "0"),
                            ("firstLineChars", "0"), ("firstLine", "0")):
            ind.set(f"{{{w}}}{name}", value)
    for old in ppr.findall(f"{{{w}}}ind"):
        ppr.remove(old)
    later = next((c for c in ppr if isinstance(c.tag, str) and split_tag(c.tag)[1] in _AFTER_IND), None)
    if later is not None:
        later.addprevious(ind)
    else:
        ppr.append(ind)


def _annotate_body(body: etree._Element, w: str, line: str) -> str | None:
    """The 附注 (GB/T 9704: under the 成文日期, 居左空二字, in brackets) in place of an existing one or
    after the last date line; None when the body has no 成文日期 (the caller then uses the 版记 place)."""
    note = next((p for p in body.iter(f"{{{w}}}p") if _NOTE.match(_text(p, w))), None)
    if note is not None:
        rpr = _first_run_props(note, w)
        for child in list(note):
            if child.tag != f"{{{w}}}pPr":
                note.remove(child)
        note.append(_run(w, line, rpr))
        return "in place of the existing 附注"
    dates = [b for b in body if b.tag == f"{{{w}}}p" and _DATE.match(_text(b, w))]
    if not dates:
        return None
    blocks = [el for el in body if isinstance(el.tag, str) and split_tag(el.tag)[1] != "sectPr"]
    ppr, rpr = _body_style(blocks, w)
    new = _paragraph(w, line, ppr, rpr)
    ppr_new = new.find(f"{{{w}}}pPr")
    if ppr_new is None:
        ppr_new = etree.Element(f"{{{w}}}pPr")
        new.insert(0, ppr_new)
    for old in ppr_new.findall(f"{{{w}}}jc") + ppr_new.findall(f"{{{w}}}ind"):
        ppr_new.remove(old)
    ind = etree.Element(f"{{{w}}}ind")
    for name, value in (("leftChars", "0"), ("left", "0"), ("firstLineChars", "200")):
        ind.set(f"{{{w}}}{name}", value)
    later = next((c for c in ppr_new if isinstance(c.tag, str) and split_tag(c.tag)[1] in _AFTER_IND), None)
    if later is not None:
        later.addprevious(ind)
    else:
        ppr_new.append(ind)
    dates[-1].addnext(new)
    return "under the 成文日期 (附注)"


def _paragraphs(block: etree._Element, w: str) -> list[etree._Element]:
    return [block] if block.tag == f"{{{w}}}p" else list(block.iter(f"{{{w}}}p"))


def _text(el: etree._Element, w: str) -> str:
    """The visible text of a paragraph or block (w:t only: no deleted text, no field codes)."""
    return "".join(t.text or "" for t in el.iter(f"{{{w}}}t"))


def _body_style(blocks: list[etree._Element], w: str) -> tuple[etree._Element | None, etree._Element | None]:
    """pPr and first text run's rPr of a representative body paragraph: the most common pPr among
    top-level paragraphs of more than ``_BODY_MIN_CHARS`` characters (centred or right-aligned
    ones — titles, signatures, dates — only when nothing else qualifies)."""
    paragraphs = [b for b in blocks if b.tag == f"{{{w}}}p" and not banji_keyword(_text(b, w))]
    for require_long, skip_aligned in ((True, True), (True, False), (False, True), (False, False)):
        chosen = [p for p in paragraphs
                  if len(_SPACE.sub("", _text(p, w))) > (_BODY_MIN_CHARS if require_long else 0)
                  and not (skip_aligned and _aligned(p, w))]
        if chosen:
            break
    else:
        return None, None
    keys = [_key(p.find(f"{{{w}}}pPr")) for p in chosen]
    common = Counter(keys).most_common(1)[0][0]
    model = chosen[keys.index(common)]
    return model.find(f"{{{w}}}pPr"), _first_run_props(model, w)


def _aligned(p: etree._Element, w: str) -> bool:
    jc = p.find(f"{{{w}}}pPr/{{{w}}}jc")
    return jc is not None and jc.get(f"{{{w}}}val") in ("center", "right", "end")


def _key(ppr: etree._Element | None) -> bytes:
    return b"" if ppr is None else etree.tostring(_clean(ppr))


def _first_run_props(p: etree._Element, w: str) -> etree._Element | None:
    for run in p.iter(f"{{{w}}}r"):
        if run.find(f"{{{w}}}t") is not None:
            return run.find(f"{{{w}}}rPr")
    return None


def _clean(props: etree._Element) -> etree._Element:
    """A deep copy of ``props`` without the elements of ``_DROP``."""
    props = copy.deepcopy(props)
    for el in list(props.iter(tag=etree.Element)):
        if el is not props and split_tag(el.tag)[1] in _DROP and el.getparent() is not None:
            el.getparent().remove(el)
    return props


def _paragraph(w: str, line: str, ppr: etree._Element | None, rpr: etree._Element | None) -> etree._Element:
    p = etree.Element(f"{{{w}}}p")
    if ppr is not None:
        p.append(_clean(ppr))
    p.append(_run(w, line, rpr))
    return p


def _run(w: str, text: str, rpr: etree._Element | None) -> etree._Element:
    run = etree.Element(f"{{{w}}}r")
    if rpr is not None:
        run.append(_clean(rpr))
    etree.SubElement(run, f"{{{w}}}t").text = text
    return run
