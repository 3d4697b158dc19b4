"""Build .docx fixtures for tests: python-docx makes the base package, then parts are edited as XML.

Typical use::

    from docx_factory import make_docx, p, r, table, textbox_paragraph

    path = make_docx(tmp_path, body=[
        "a plain paragraph",
        p(r("138"), r("0013", bold=True), r("8000")),
        table([["name", "phone"], ["张三", "13800138000"]]),
    ], headers={"default": ["header text"]}, comments=[comment("reviewer", "note")])

Body items (and header / footer / note / comment content) are either plain strings (one simple
paragraph each) or WordprocessingML snippets made with the helpers below (``p``, ``r``, ``table``,
``ins``, ``delete``, ``field`` ...).  Snippets may use the prefixes of :data:`NS`; they are parsed
inside a wrapper declaring them all.  :func:`make_docx` writes ``tmp_path / name`` and returns it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import docx
from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
}
NS_DECLS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
W = NS["w"]
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_HYPERLINK = f"{REL}/hyperlink"
REL_IMAGE = f"{REL}/image"
REL_OLE = f"{REL}/oleObject"
REL_CHART = f"{REL}/chart"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_ALT_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
#: The types Word declares for w:altChunk targets.
_CHUNK_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "htm": "text/html", "html": "text/html", "txt": "text/plain", "mht": "message/rfc822",
                "rtf": "application/rtf"}
WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# -- run and paragraph snippets ---------------------------------------------------------------


def _t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


def r(text: str = "", *, bold: bool = False, italic: bool = False, color: str | None = None,
      hidden: str | None = None, size: int | None = None, rpr_extra: str = "") -> str:
    """A run.  ``hidden``: ``"vanish"``, ``"specVanish"`` or ``"webHidden"``."""
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if color:
        props += f'<w:color w:val="{color}"/>'
    if size:
        props += f'<w:sz w:val="{size}"/>'
    if hidden:
        props += f"<w:{hidden}/>"
    props += rpr_extra
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_t(text) if text else ''}</w:r>"


def tab() -> str:
    return "<w:r><w:tab/></w:r>"


def br() -> str:
    return "<w:r><w:br/></w:r>"


def p(*content: str, style: str | None = None) -> str:
    """A paragraph; plain strings become runs, snippets (starting with ``<``) are kept."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    inner = "".join(c if c.startswith("<") else r(c) for c in content)
    return f"<w:p>{ppr}{inner}</w:p>"


def _block(item: str) -> str:
    return item if item.startswith("<") else p(item)


def table(rows: Sequence[Sequence[str | Sequence[str]]]) -> str:
    """A table; a cell is a string (one paragraph / one snippet) or a list of block items."""
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid/>']
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            items = [cell] if isinstance(cell, str) else list(cell)
            out.append("<w:tc>" + "".join(_block(i) for i in items) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# -- revisions, fields, controls ----------------------------------------------------------------

_DATE = 'w:date="2024-03-01T10:00:00Z"'


def ins(*runs: str, author: str = "Inserter", rid: int = 101) -> str:
    return f'<w:ins w:id="{rid}" w:author={quoteattr(author)} {_DATE}>{"".join(runs)}</w:ins>'


def delete(text: str, *, author: str = "Deleter", rid: int = 102) -> str:
    """A tracked deletion of ``text`` (``w:del`` / ``w:delText``)."""
    return f'<w:del w:id="{rid}" w:author={quoteattr(author)} {_DATE}><w:r>{_t(text, "w:delText")}</w:r></w:del>'


def move_from(text: str, *, author: str = "Mover", rid: int = 103) -> str:
    return f'<w:moveFrom w:id="{rid}" w:author={quoteattr(author)} {_DATE}>{r(text)}</w:moveFrom>'


def move_to(text: str, *, author: str = "Mover", rid: int = 104) -> str:
    return f'<w:moveTo w:id="{rid}" w:author={quoteattr(author)} {_DATE}>{r(text)}</w:moveTo>'


def format_change(text: str, *, author: str = "Formatter", rid: int = 105) -> str:
    """A run whose formatting change is tracked (``w:rPrChange/@w:author``)."""
    change = f'<w:rPrChange w:id="{rid}" w:author={quoteattr(author)} {_DATE}><w:rPr/></w:rPrChange>'
    return r(text, bold=True, rpr_extra=change)


def field(instr: str | Sequence[str], result: str) -> str:
    """A complex field: begin, ``w:instrText`` run(s), separate, result run, end."""
    parts = [instr] if isinstance(instr, str) else list(instr)
    code = "".join(f"<w:r>{_t(part, 'w:instrText')}</w:r>" for part in parts)
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + code
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def fld_simple(instr: str, result: str) -> str:
    return f"<w:fldSimple w:instr={quoteattr(instr)}>{r(result)}</w:fldSimple>"


def hyperlink(rid: str, text: str, *, tooltip: str | None = None) -> str:
    tip = f" w:tooltip={quoteattr(tooltip)}" if tooltip else ""
    return f'<w:hyperlink r:id="{rid}"{tip}>{r(text)}</w:hyperlink>'


def bookmark(name: str, text: str, *, bid: int = 7) -> str:
    return (f'<w:bookmarkStart w:id="{bid}" w:name={quoteattr(name)}/>{r(text)}'
            f'<w:bookmarkEnd w:id="{bid}"/>')


def sdt(content: str, *, tag: str | None = None, alias: str | None = None, xpath: str | None = None,
        placeholder: str | None = None, block: bool = True) -> str:
    """A content control around ``content`` (block: paragraphs; inline: runs)."""
    props = ""
    if alias:
        props += f"<w:alias w:val={quoteattr(alias)}/>"
    if tag:
        props += f"<w:tag w:val={quoteattr(tag)}/>"
    props += '<w:id w:val="42"/>'
    if placeholder:
        props += f"<w:placeholder><w:docPart w:val={quoteattr(placeholder)}/></w:placeholder>"
    if xpath:
        props += (f"<w:dataBinding w:prefixMappings=\"xmlns:ns0='urn:example'\" w:xpath={quoteattr(xpath)}"
                  ' w:storeItemID="{11111111-2222-3333-4444-555555555555}"/>')
    inner = _block(content) if block else (content if content.startswith("<") else r(content))
    return f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


# -- drawings --------------------------------------------------------------------------------


def textbox_paragraph(before: str, box_text: str, after: str = "") -> str:
    """A paragraph holding a text box as Word writes it: ``wps:txbx`` with a VML fallback copy."""
    box = f"<w:txbxContent>{p(box_text)}</w:txbxContent>"
    return (
        f"<w:p>{r(before)}<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1"'
        ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1828800" cy="457200"/><wp:wrapNone/><wp:docPr id="11" name="Text Box 11"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shape id="Text Box 11" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:144pt;height:36pt">'
        f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        f"{r(after) if after else ''}</w:p>"
    )


def image_paragraph(rid: str, *, descr: str = "", title: str = "", pic_descr: str = "") -> str:
    """An inline picture with ``wp:docPr`` ``@descr`` / ``@title`` and ``pic:cNvPr/@descr``."""
    attrs = (f" descr={quoteattr(descr)}" if descr else "") + (f" title={quoteattr(title)}" if title else "")
    pic_attrs = f" descr={quoteattr(pic_descr)}" if pic_descr else ""
    return (
        '<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="952500" cy="952500"/><wp:docPr id="21" name="Picture 21"{attrs}/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.jpeg"{pic_attrs}/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )


def vml_image_paragraph(rid: str, *, alt: str = "", title: str = "") -> str:
    """A legacy VML picture: ``v:shape/@alt`` and ``v:imagedata/@o:title``."""
    return (
        f'<w:p><w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" alt={quoteattr(alt)}'
        ' style="width:10pt;height:10pt">'
        f'<v:imagedata r:id="{rid}" o:title={quoteattr(title)}/></v:shape></w:pict></w:r></w:p>'
    )


def comment(author: str, text: str, *, initials: str = "", cid: int | None = None) -> dict[str, object]:
    """A comment for :func:`make_docx`'s ``comments``."""
    return {"author": author, "initials": initials, "text": text, "id": cid}


# -- package assembly -----------------------------------------------------------------------------


def _parse_blocks(items: Iterable[str]) -> list[etree._Element]:
    wrapper = etree.fromstring(f"<w:body {NS_DECLS}>{''.join(_block(i) for i in items)}</w:body>".encode())
    return list(wrapper)


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _part_xml(root_tag: str, items: Iterable[str], attrs: str = "") -> bytes:
    root = etree.fromstring(f"<{root_tag} {NS_DECLS}{attrs}/>".encode())
    root.extend(_parse_blocks(items))
    return _xml(root)


class _Package:
    """The parts of a package being edited, with helpers for relationships and content types."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            self.parts: dict[str, bytes] = {n: zf.read(n) for n in zf.namelist()}
        self._next_rid = 900

    def root(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def put(self, name: str, data: bytes | str, content_type: str | None = None) -> None:
        self.parts[name] = data.encode() if isinstance(data, str) else data
        if content_type:
            ct = self.root("[Content_Types].xml")
            etree.SubElement(ct, f"{{{CT}}}Override", PartName=f"/{name}", ContentType=content_type)
            self.parts["[Content_Types].xml"] = _xml(ct)

    def default_type(self, extension: str, content_type: str) -> None:
        ct = self.root("[Content_Types].xml")
        if not any(d.get("Extension") == extension for d in ct):
            etree.SubElement(ct, f"{{{CT}}}Default", Extension=extension, ContentType=content_type)
            self.parts["[Content_Types].xml"] = _xml(ct)

    def relate(self, source: str, rel_type: str, target: str, *, rid: str | None = None,
               external: bool = False) -> str:
        folder, _, base = source.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if rels_name in self.parts:
            rels = self.root(rels_name)
        else:
            rels = etree.Element(f"{{{PKG_RELS}}}Relationships", nsmap={None: PKG_RELS})
        if rid is None:
            self._next_rid += 1
            rid = f"rId{self._next_rid}"
        rel = etree.SubElement(rels, f"{{{PKG_RELS}}}Relationship", Id=rid, Type=rel_type, Target=target)
        if external:
            rel.set("TargetMode", "External")
        self.parts[rels_name] = _xml(rels)
        return rid

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            order = ["[Content_Types].xml"] + [n for n in self.parts if n != "[Content_Types].xml"]
            for name in order:
                zf.writestr(name, self.parts[name])
        return out.getvalue()


def _base_docx() -> bytes:
    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def _notes_xml(kind: str, notes: Sequence[str | Sequence[str]]) -> bytes:
    tag = f"w:{kind}"
    ref = "<w:r><w:footnoteRef/></w:r>" if kind == "footnote" else "<w:r><w:endnoteRef/></w:r>"
    items = [
        f'<{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></{tag}>',
        f'<{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></{tag}>',
    ]
    for number, note in enumerate(notes, start=1):
        blocks = [note] if isinstance(note, str) else list(note)
        body = "".join(p(ref, b) if not b.startswith("<") else b for b in blocks)
        items.append(f'<{tag} w:id="{number}">{body}</{tag}>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {NS_DECLS}>{"".join(items)}</w:{kind}s>'.encode()


def _comments_xml(comments: Sequence[Mapping[str, object]]) -> bytes:
    items = []
    for number, c in enumerate(comments):
        cid = c.get("id") if c.get("id") is not None else number
        initials = f" w:initials={quoteattr(str(c['initials']))}" if c.get("initials") else ""
        text = str(c["text"])
        items.append(
            f'<w:comment w:id="{cid}" w:author={quoteattr(str(c["author"]))} {_DATE}{initials}>'
            f"{p('<w:r><w:annotationRef/></w:r>', text)}</w:comment>"
        )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS_DECLS}>{"".join(items)}</w:comments>'.encode()


def _people_xml(people: Sequence[tuple[str, str]]) -> bytes:
    persons = "".join(
        f'<w15:person w15:author={quoteattr(author)}><w15:presenceInfo w15:providerId="AD"'
        f" w15:userId={quoteattr(user)}/></w15:person>"
        for author, user in people
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people {NS_DECLS}>{persons}</w15:people>'.encode()


def _set_core(pkg: _Package, core: Mapping[str, str]) -> None:
    root = pkg.root("docProps/core.xml")
    for qname, value in core.items():
        prefix, _, local = qname.partition(":")
        tag = f"{{{root.nsmap[prefix]}}}{local}"
        el = root.find(tag)
        if el is None:
            el = etree.SubElement(root, tag)
        el.text = value
    pkg.parts["docProps/core.xml"] = _xml(root)


def _set_app(pkg: _Package, app: Mapping[str, str]) -> None:
    root = pkg.root("docProps/app.xml")
    ns = root.nsmap[None]
    for local, value in app.items():
        el = root.find(f"{{{ns}}}{local}")
        if el is None:
            el = etree.SubElement(root, f"{{{ns}}}{local}")
        el.text = value
    pkg.parts["docProps/app.xml"] = _xml(root)


def _custom_xml(custom: Mapping[str, str]) -> bytes:
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(custom.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{props}</Properties>"
    ).encode()


def _set_settings(pkg: _Package, doc_vars: Mapping[str, str], even_headers: bool) -> None:
    root = pkg.root("word/settings.xml")
    if doc_vars:
        dv = etree.SubElement(root, f"{{{W}}}docVars")
        for name, value in doc_vars.items():
            etree.SubElement(dv, f"{{{W}}}docVar", {f"{{{W}}}name": name, f"{{{W}}}val": value})
    if even_headers:
        root.insert(0, etree.Element(f"{{{W}}}evenAndOddHeaders"))
    pkg.parts["word/settings.xml"] = _xml(root)


def docx_bytes(  # noqa: C901 - one branch per kind of hiding place
    body: Sequence[str] = (),
    *,
    headers: Mapping[str, Sequence[str]] | None = None,
    footers: Mapping[str, Sequence[str]] | None = None,
    footnotes: Sequence[str | Sequence[str]] = (),
    endnotes: Sequence[str | Sequence[str]] = (),
    comments: Sequence[Mapping[str, object]] = (),
    people: Sequence[tuple[str, str]] = (),
    core: Mapping[str, str] | None = None,
    app: Mapping[str, str] | None = None,
    custom: Mapping[str, str] | None = None,
    custom_xml: Sequence[str | bytes] = (),
    doc_vars: Mapping[str, str] | None = None,
    hyperlinks: Mapping[str, str] | None = None,
    rels: Sequence[tuple[str, str, str, bool]] = (),
    parts: Mapping[str, bytes | str] | None = None,
    document_xml: bytes | str | None = None,
) -> bytes:
    """The bytes of a .docx built from a python-docx base; see :func:`make_docx`."""
    pkg = _Package(_base_docx())
    main = "word/document.xml"
    sect_refs = []
    for kind, spec in (("header", headers or {}), ("footer", footers or {})):
        for number, (hf_type, items) in enumerate(spec.items(), start=1):
            name = f"word/{kind}{number}.xml"
            root_tag = "w:hdr" if kind == "header" else "w:ftr"
            pkg.put(name, _part_xml(root_tag, items), f"{WML_CT}.{kind}+xml")
            rid = pkg.relate(main, f"{REL}/{kind}", f"{kind}{number}.xml")
            sect_refs.append(f'<w:{kind}Reference w:type="{hf_type}" r:id="{rid}"/>')
    if footnotes:
        pkg.put("word/footnotes.xml", _notes_xml("footnote", footnotes), f"{WML_CT}.footnotes+xml")
        pkg.relate(main, f"{REL}/footnotes", "footnotes.xml")
    if endnotes:
        pkg.put("word/endnotes.xml", _notes_xml("endnote", endnotes), f"{WML_CT}.endnotes+xml")
        pkg.relate(main, f"{REL}/endnotes", "endnotes.xml")
    if comments:
        pkg.put("word/comments.xml", _comments_xml(comments), f"{WML_CT}.comments+xml")
        pkg.relate(main, f"{REL}/comments", "comments.xml")
    if people:
        pkg.put("word/people.xml", _people_xml(people), "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml")
        pkg.relate(main, "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml")
    for rid, target in (hyperlinks or {}).items():
        pkg.relate(main, REL_HYPERLINK, target, rid=rid, external=True)
    for rid, rel_type, target, external in rels:
        pkg.relate(main, rel_type, target, rid=rid, external=external)
    if core:
        _set_core(pkg, core)
    if app:
        _set_app(pkg, app)
    if custom:
        pkg.put("docProps/custom.xml", _custom_xml(custom),
                "application/vnd.openxmlformats-officedocument.custom-properties+xml")
        pkg.relate("", f"{REL}/custom-properties", "docProps/custom.xml")
    for number, item in enumerate(custom_xml, start=2):
        pkg.put(f"customXml/item{number}.xml", item)
        pkg.relate(main, f"{REL}/customXml", f"../customXml/item{number}.xml")
    if doc_vars or (headers and "even" in headers):
        _set_settings(pkg, doc_vars or {}, bool(headers and "even" in headers))
    for name, data in (parts or {}).items():
        ext = name.rsplit(".", 1)[-1].lower()
        if ext == "bin":
            pkg.default_type(ext, "application/vnd.openxmlformats-officedocument.oleObject")
        elif ext in ("jpg", "jpeg", "png"):
            pkg.default_type(ext, f"image/{'jpeg' if ext == 'jpg' else ext}")
        elif ext == "xlsx":
            pkg.default_type(ext, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        elif ext in _CHUNK_TYPES:
            pkg.default_type(ext, _CHUNK_TYPES[ext])
        pkg.put(name, data)

    if document_xml is not None:
        pkg.put(main, document_xml)
    else:
        root = pkg.root(main)
        body_el = root.find(f"{{{W}}}body")
        sect = body_el.find(f"{{{W}}}sectPr")
        for block in _parse_blocks(body):
            sect.addprevious(block)
        for ref in reversed(sect_refs):
            sect.insert(0, etree.fromstring(f"<w:x {NS_DECLS}>{ref}</w:x>".encode())[0])
        if headers and "first" in headers:
            etree.SubElement(sect, f"{{{W}}}titlePg")
        pkg.parts[main] = _xml(root)
    return pkg.to_bytes()


def make_docx(tmp_path: Path, body: Sequence[str] = (), *, name: str = "sample.docx", **parts: object) -> Path:
    """Write a .docx to ``tmp_path / name`` and return its path.

    ``body``: block items (strings or snippets).  Keyword arguments (all optional):

    * ``headers`` / ``footers``: ``{"default" | "first" | "even": [block items]}``, one part each
      (``word/header1.xml`` ...), referenced from the section properties;
    * ``footnotes`` / ``endnotes``: notes, each a string or a list of block items;
    * ``comments``: :func:`comment` dicts; ``people``: ``[(author, userId)]`` for ``word/people.xml``;
    * ``core``: ``{"dc:creator": ..., "cp:lastModifiedBy": ...}``; ``app``: ``{"Company": ...}``;
      ``custom``: ``{name: value}`` (``docProps/custom.xml``);
    * ``custom_xml``: XML texts stored as ``customXml/item2.xml``, ``item3.xml`` ...;
    * ``doc_vars``: ``{name: value}`` in ``word/settings.xml``;
    * ``hyperlinks``: ``{rId: external target}`` in ``word/_rels/document.xml.rels``;
    * ``rels``: ``[(rId, type, target, external)]`` more relationships of the main part;
    * ``parts``: ``{part name: bytes}`` added as they are (media, embeddings, charts ...);
    * ``document_xml``: replaces ``word/document.xml`` entirely (hostile or broken inputs).
    """
    path = Path(tmp_path) / name
    path.write_bytes(docx_bytes(body, **parts))  # type: ignore[arg-type]
    return path


def rezip(source: bytes, *, replace: Mapping[str, bytes | None] | None = None) -> bytes:
    """A copy of the zip ``source`` with parts replaced (``None``: removed)."""
    replace = dict(replace or {})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in replace:
                data = replace.pop(info.filename)
                if data is not None:
                    zout.writestr(info.filename, data)
            else:
                zout.writestr(info.filename, zin.read(info.filename))
        for name, data in replace.items():
            if data is not None:
                zout.writestr(name, data)
    return out.getvalue()


def jpeg_with_exif(*, gps: bool = True) -> bytes:
    """A minimal JPEG whose APP1 segment holds EXIF data (with a GPS IFD pointer if ``gps``)."""
    entries = [(0x010F, 2, 4, b"Cam\x00")]  # Make
    if gps:
        entries.append((0x8825, 4, 1, (26).to_bytes(4, "little")))
    ifd = len(entries).to_bytes(2, "little")
    for tag, typ, count, value in entries:
        ifd += tag.to_bytes(2, "little") + typ.to_bytes(2, "little") + count.to_bytes(4, "little") + value.ljust(4, b"\x00")
    tiff = b"II*\x00" + (8).to_bytes(4, "little") + ifd + b"\x00\x00\x00\x00"
    app1 = b"Exif\x00\x00" + tiff
    return b"\xff\xd8" + b"\xff\xe1" + (len(app1) + 2).to_bytes(2, "big") + app1 + b"\xff\xd9"


# -- one document with text in every hiding place of guide §6 ---------------------------------------

# (segment kind value, part, text) that a reader must find in :func:`make_every_place_docx`.
EVERY_PLACE: tuple[tuple[str, str, str], ...] = (
    ("paragraph", "word/document.xml", "正文 13800138000"),
    ("paragraph", "word/document.xml", "表格 张三"),
    ("paragraph", "word/document.xml", "嵌套表格 李四"),
    ("paragraph", "word/document.xml", "隐藏 110101199003077777"),
    ("paragraph", "word/document.xml", "文本框 王五"),
    ("paragraph", "word/document.xml", "控件内容 赵六"),
    ("paragraph", "word/document.xml", "插入 孙七"),
    ("deleted", "word/document.xml", "删除 13912345678"),
    ("field_code", "word/document.xml", "MERGEFIELD 周八"),
    ("field_code", "word/document.xml", "mailto:fld@example.com"),
    ("author", "word/document.xml", "修订人 吴九"),
    ("hyperlink", "word/document.xml", "提示 郑十"),
    ("alt_text", "word/document.xml", "照片 冯一"),
    ("content_control", "word/document.xml", "tag_陈二"),
    ("bookmark", "word/document.xml", "书签_褚三"),
    ("paragraph", "word/header1.xml", "页眉 卫四"),
    ("paragraph", "word/footer1.xml", "页脚 蒋五"),
    ("paragraph", "word/footnotes.xml", "脚注 沈六"),
    ("paragraph", "word/endnotes.xml", "尾注 韩七"),
    ("paragraph", "word/comments.xml", "批注 杨八"),
    ("author", "word/comments.xml", "批注人 朱九"),
    ("author", "word/people.xml", "people 秦十"),
    ("doc_variable", "word/settings.xml", "变量 尤一"),
    ("hyperlink", "word/_rels/document.xml.rels", "mailto:rel@example.com"),
    ("property", "docProps/core.xml", "作者 许二"),
    ("property", "docProps/app.xml", "单位 何三"),
    ("property", "docProps/custom.xml", "自定义 吕四"),
    ("custom_xml", "customXml/item2.xml", "数据 施五"),
)


def make_every_place_docx(tmp_path: Path, name: str = "every_place.docx") -> Path:
    """A .docx with one marked text in each place of :data:`EVERY_PLACE` (plus an EXIF image)."""
    return make_docx(
        tmp_path,
        [
            "正文 13800138000",
            table([["表格 张三", [table([["嵌套表格 李四"]])]]]),
            p(r("可见 "), r("隐藏 110101199003077777", hidden="vanish")),
            textbox_paragraph("锚点", "文本框 王五"),
            sdt("控件内容 赵六", tag="tag_陈二"),
            p(ins(r("插入 孙七"), author="修订人 吴九"), delete("删除 13912345678")),
            p(field(" MERGEFIELD 周八 ", "结果"), fld_simple(' HYPERLINK "mailto:fld@example.com" ', "链接")),
            p(hyperlink("rId800", "链接文字", tooltip="提示 郑十"), bookmark("书签_褚三", "书签文字")),
            image_paragraph("rId801", descr="照片 冯一"),
        ],
        name=name,
        headers={"default": ["页眉 卫四"]},
        footers={"default": ["页脚 蒋五"]},
        footnotes=["脚注 沈六"],
        endnotes=["尾注 韩七"],
        comments=[comment("批注人 朱九", "批注 杨八")],
        people=[("people 秦十", "user")],
        doc_vars={"var": "变量 尤一"},
        hyperlinks={"rId800": "mailto:rel@example.com"},
        rels=[("rId801", REL_IMAGE, "media/image1.jpeg", False)],
        parts={"word/media/image1.jpeg": jpeg_with_exif()},
        core={"dc:creator": "作者 许二"},
        app={"Company": "单位 何三"},
        custom={"name": "自定义 吕四"},
        custom_xml=["<data><v>数据 施五</v></data>"],
    )


def rename_parts(source: bytes, renames: Mapping[str, str]) -> bytes:
    """A copy of the package ``source`` whose parts ``renames`` (old -> new name) are stored under new
    names, with every relationship target and the content types following (an ``Override`` carries
    the part's type, so ``word/document.bin`` is still the main document)."""
    import posixpath

    with zipfile.ZipFile(io.BytesIO(source)) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    types = etree.fromstring(parts["[Content_Types].xml"])
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types if d.get("Extension")}
    overrides = {o.get("PartName").lstrip("/"): o for o in types if o.get("PartName")}
    for old, new in renames.items():
        override = overrides.get(old)
        if override is None:
            override = etree.SubElement(types, f"{{{CT}}}Override",
                                        ContentType=defaults[old.rsplit(".", 1)[1].lower()])
        override.set("PartName", "/" + new)
    out: dict[str, bytes] = {}
    for name, data in parts.items():
        if name.endswith(".rels"):
            folder = posixpath.dirname(posixpath.dirname(name))
            source_part = posixpath.join(folder, posixpath.basename(name)[: -len(".rels")])
            source_part = renames.get(source_part, source_part)
            rels = etree.fromstring(data)
            for rel in rels:
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(folder, rel.get("Target"))).lstrip("/")
                if target in renames:
                    rel.set("Target", posixpath.relpath(renames[target], folder or "."))
            data = _xml(rels)
            s_folder, s_base = posixpath.split(source_part)
            name = posixpath.join(s_folder, "_rels", s_base + ".rels") if s_base else name
        out[renames.get(name, name)] = data
    out["[Content_Types].xml"] = _xml(types)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in out.items():
            zout.writestr(name, data)
    return buffer.getvalue()


def add_entries(source: bytes, entries: Mapping[str, bytes], *, defaults: Mapping[str, str] | None = None,
                overrides: Mapping[str, str] | None = None) -> bytes:
    """A copy of ``source`` with raw zip entries added under any name (``../x``, ``/word/x`` …) and
    optional content-type ``Default`` / ``Override`` entries."""
    with zipfile.ZipFile(io.BytesIO(source)) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    types = etree.fromstring(parts["[Content_Types].xml"])
    for ext, content_type in (defaults or {}).items():
        etree.SubElement(types, f"{{{CT}}}Default", Extension=ext, ContentType=content_type)
    for name, content_type in (overrides or {}).items():
        etree.SubElement(types, f"{{{CT}}}Override", PartName="/" + name, ContentType=content_type)
    parts["[Content_Types].xml"] = _xml(types)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
        for name, data in entries.items():
            zout.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()
