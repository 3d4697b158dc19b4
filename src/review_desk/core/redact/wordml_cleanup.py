"""In-part clean-ups of WordprocessingML for publication (the Document Inspector's work, done on
the XML): comment anchors, tracked changes, hidden runs, custom-XML markup, revision-session ids,
remaining author attributes, and the settings that carry personal traces.

Every function takes a parsed part root and the part's main namespace ``w`` and returns how many
things it changed, so that the sanitizer can report them.  ``w:webHidden`` text (TOC page numbers:
hidden on the web, printed on paper) is not hidden text and stays.
"""

from __future__ import annotations

from lxml import etree

from review_desk.core.document.namespaces import split_tag

_COMMENT_ANCHORS = ("commentRangeStart", "commentRangeEnd")
_DELETIONS = ("del", "moveFrom")
_INSERTIONS = ("ins", "moveTo")
_MARKER_PARENTS = frozenset({"rPr", "pPr", "trPr", "tcPr", "numPr"})
_REVISION_ONLY = (
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
    "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
    "customXmlMoveToRangeEnd", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblGridChange",
    "trPrChange", "tcPrChange", "tblPrExChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "delText", "delInstrText",
)
_RUN_CONTENT_KEEP = frozenset({"fldChar", "instrText"})
_TEXT_CHILDREN = frozenset({"t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym"})


def _q(w: str, local: str) -> str:
    return f"{{{w}}}{local}"


def _detach(el: etree._Element) -> None:
    """Remove ``el`` keeping the tail text (whitespace in pretty-printed parts)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _unwrap(el: etree._Element) -> None:
    """Replace ``el`` by its children (accepting an insertion keeps its runs)."""
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    for offset, child in enumerate([c for c in el if _local(c) not in ("customXmlPr",)]):
        parent.insert(index + offset, child)
    _detach(el)


def _local(el: etree._Element) -> str:
    return split_tag(el.tag)[1] if isinstance(el.tag, str) else ""


def _attached(el: etree._Element, root: etree._Element) -> bool:
    """Whether ``el`` is still inside ``root`` (not in a subtree an earlier step removed)."""
    return el is root or any(a is root for a in el.iterancestors())


def _is_empty_run(run: etree._Element) -> bool:
    return all(_local(c) == "rPr" for c in run)


def _mark_properties(paragraph: etree._Element, w: str) -> etree._Element | None:
    """The paragraph mark's run properties (``w:pPr/w:rPr``)."""
    return paragraph.find(f"{_q(w, 'pPr')}/{_q(w, 'rPr')}")


def _join_next(paragraph: etree._Element, w: str) -> None:
    """Join ``paragraph`` to the following one, as Word does when a paragraph mark goes (the
    following paragraph's properties stay).  One ending a section, a cell or the body stays."""
    following = paragraph.getnext()
    ppr = paragraph.find(_q(w, "pPr"))
    if following is None or following.tag != _q(w, "p") or (ppr is not None and ppr.find(_q(w, "sectPr")) is not None):
        return
    target_ppr = following.find(_q(w, "pPr"))
    index = 0 if target_ppr is None else following.index(target_ppr) + 1
    for offset, child in enumerate([c for c in paragraph if c is not ppr]):
        following.insert(index + offset, child)
    _detach(paragraph)


def remove_comment_markup(root: etree._Element, w: str) -> int:
    """Comment ranges and references; a run left with only its properties goes too."""
    count = 0
    for local in _COMMENT_ANCHORS:
        for el in list(root.iter(_q(w, local))):
            _detach(el)
    for ref in list(root.iter(_q(w, "commentReference"))):
        run = ref.getparent()
        _detach(ref)
        count += 1
        if run is not None and _local(run) == "r" and _is_empty_run(run):
            _detach(run)
    return count


def accept_revisions(root: etree._Element, w: str) -> tuple[int, int, int]:
    """Accept every tracked change: ``(insertions kept, deletions dropped, other revision marks)``."""
    deleted = inserted = other = 0
    deleted_marks = []  # paragraphs whose mark was deleted: joined to the next one at the end
    for el in list(root.iter(*(_q(w, n) for n in _DELETIONS))):
        parent = el.getparent()
        if parent is None or not _attached(parent, root):
            continue  # inside something already removed (a deleted row, a moved-away range)
        parent_local = _local(parent)
        if parent_local == "trPr":  # a deleted table row (a table left without rows goes too)
            row = parent.getparent()
            table = next(row.iterancestors(_q(w, "tbl")), None) if row is not None else None
            if row is not None and row.getparent() is not None:
                _detach(row)
            if table is not None and next(table.iter(_q(w, "tr")), None) is None:
                _detach(table)
        else:
            if parent_local == "rPr" and _local(parent.getparent()) == "pPr":
                deleted_marks.append(parent.getparent().getparent())
            _detach(el)
        deleted += 1
    for el in list(root.iter(*(_q(w, n) for n in _INSERTIONS))):
        if not _attached(el, root):
            continue
        if _local(el.getparent()) in _MARKER_PARENTS:
            _detach(el)
        else:
            _unwrap(el)
        inserted += 1
    for el in list(root.iter(*(_q(w, n) for n in _REVISION_ONLY))):
        if el is not root and _attached(el, root):
            _detach(el)
            other += 1
    for paragraph in reversed(deleted_marks):
        if paragraph is not None and _attached(paragraph, root):
            _join_next(paragraph, w)
    return inserted, deleted, other


def remove_unreferenced_notes(notes: etree._Element, w: str, kind: str, referenced: set[str]) -> int:
    """Footnotes or endnotes (``kind``) that no reference points at (it was in deleted text): never
    shown, still in the file.  Separator notes stay."""
    count = 0
    for note in list(notes.iter(_q(w, kind))):
        if note.get(_q(w, "type"), "normal") == "normal" and note.get(_q(w, "id")) not in referenced:
            _detach(note)
            count += 1
    return count


def hidden_character_styles(styles_root: etree._Element | None, w: str) -> frozenset[str]:
    """Ids of styles whose run properties (directly or through ``basedOn``) hide text."""
    if styles_root is None:
        return frozenset()
    based_on: dict[str, str] = {}
    hides: dict[str, bool] = {}
    for style in styles_root.iter(_q(w, "style")):
        sid = style.get(_q(w, "styleId"))
        if not sid:
            continue
        base = style.find(_q(w, "basedOn"))
        if base is not None and base.get(_q(w, "val")):
            based_on[sid] = base.get(_q(w, "val"), "")
        rpr = style.find(_q(w, "rPr"))
        if rpr is not None:
            vanish = rpr.find(_q(w, "vanish"))
            if vanish is not None:
                hides[sid] = _on(vanish, w)

    def resolve(sid: str, depth: int = 0) -> bool:
        if sid in hides:
            return hides[sid]
        parent = based_on.get(sid)
        return parent is not None and parent != "" and depth < 32 and resolve(parent, depth + 1)

    return frozenset(sid for sid in set(hides) | set(based_on) if resolve(sid))


def _on(el: etree._Element | None, w: str) -> bool:
    return el is not None and el.get(_q(w, "val"), "true").lower() not in ("0", "false", "off")


def _hides(rpr: etree._Element | None, paragraph: etree._Element | None, w: str, styles: frozenset[str]) -> bool:
    """Whether run properties ``rpr`` (of a run or a paragraph mark in ``paragraph``) hide text.

    Direct ``w:vanish`` / ``w:specVanish`` decide on their own (``w:vanish w:val="0"`` shows the
    text again); otherwise the character style and the paragraph style do.  ``w:vanish`` is a
    toggle property: set by both style levels it cancels out.
    """
    if rpr is not None and (_on(rpr.find(_q(w, "vanish")), w) or _on(rpr.find(_q(w, "specVanish")), w)):
        return True
    if not styles or (rpr is not None and rpr.find(_q(w, "vanish")) is not None):
        return False
    run_style = rpr.find(_q(w, "rStyle")) if rpr is not None else None
    para_style = paragraph.find(f"{_q(w, 'pPr')}/{_q(w, 'pStyle')}") if paragraph is not None else None
    by_run = run_style is not None and run_style.get(_q(w, "val")) in styles
    by_paragraph = para_style is not None and para_style.get(_q(w, "val")) in styles
    return by_run != by_paragraph


def remove_hidden_runs(root: etree._Element, w: str, hidden_styles: frozenset[str] = frozenset()) -> int:
    """Remove runs hidden by ``w:vanish`` / ``w:specVanish`` (directly or by character or paragraph
    style).  A hidden run that is part of a field's structure keeps its field characters; only its
    text goes.  A paragraph with a hidden mark left without content is joined to the next one.
    """
    count = 0
    for run in list(root.iter(_q(w, "r"))):
        if run.getparent() is None:
            continue
        if not _hides(run.find(_q(w, "rPr")), next(run.iterancestors(_q(w, "p")), None), w, hidden_styles):
            continue
        if not any(_local(c) in _TEXT_CHILDREN for c in run):
            continue  # nothing to see (style separators, field characters)
        if any(_local(c) in _RUN_CONTENT_KEEP for c in run):
            for child in [c for c in run if _local(c) in _TEXT_CHILDREN]:
                _detach(child)
        else:
            _detach(run)
        count += 1
    for paragraph in reversed(list(root.iter(_q(w, "p")))):
        if _shows_nothing(paragraph) and _hides(_mark_properties(paragraph, w), paragraph, w, hidden_styles):
            _join_next(paragraph, w)
    return count


_NOTHING_TO_SHOW = frozenset({"pPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd"})


def _shows_nothing(paragraph: etree._Element) -> bool:
    return all(_local(c) in _NOTHING_TO_SHOW or (_local(c) == "r" and _is_empty_run(c)) for c in paragraph)


def remove_custom_xml_markup(root: etree._Element, w: str) -> int:
    """Unwrap ``w:customXml`` elements (their content stays) and drop data bindings."""
    count = 0
    for el in list(root.iter(_q(w, "customXml"))):
        if el.getparent() is not None:
            _unwrap(el)
            count += 1
    for el in list(root.iter(_q(w, "dataBinding"))):
        _detach(el)
        count += 1
    return count


def remove_rsids(root: etree._Element, w: str) -> int:
    """Remove every ``w:rsid*`` attribute and the ``w:rsids`` table; returns attributes removed."""
    count = 0
    for el in root.iter(tag=etree.Element):
        for attr in [a for a in el.attrib if a.startswith(f"{{{w}}}rsid")]:
            del el.attrib[attr]
            count += 1
    for el in list(root.iter(_q(w, "rsids"))):
        _detach(el)
    return count


def replace_authors(root: etree._Element, w: str, agency: str) -> int:
    """Remaining ``w:author`` attributes become ``agency``; initials and user ids (``people.xml``'s
    ``w15:presenceInfo/@w15:userId``, often an e-mail address) are cleared."""
    count = 0
    for el in root.iter(tag=etree.Element):
        for attr in list(el.attrib):
            ns, local = split_tag(attr)
            if local == "author" and el.get(attr) != agency:
                el.set(attr, agency)
                count += 1
            elif local in ("initials", "userId") and el.get(attr):
                el.set(attr, "")
                count += 1
    return count


def remove_children(root: etree._Element, w: str, *locals_: str) -> int:
    count = 0
    for local in locals_:
        for el in list(root.iter(_q(w, local))):
            _detach(el)
            count += 1
    return count


_SETTINGS_HEAD = ("writeProtection", "view", "zoom")


def mark_remove_personal_information(settings: etree._Element, w: str) -> None:
    """Ask Word to strip personal information on every later save (Trust Center setting)."""
    if settings.find(_q(w, "removePersonalInformation")) is not None:
        return
    index = 0
    for position, child in enumerate(settings):
        if _local(child) in _SETTINGS_HEAD:
            index = position + 1
    flag = etree.Element(_q(w, "removePersonalInformation"))
    flag.tail = settings[0].tail if len(settings) else None
    settings.insert(index, flag)
    if settings.find(_q(w, "removeDateAndTime")) is None:
        stamp = etree.Element(_q(w, "removeDateAndTime"))
        stamp.tail = flag.tail
        settings.insert(index + 1, stamp)
