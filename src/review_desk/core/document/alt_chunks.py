"""``w:altChunk`` targets: documents Word merges into the text when it opens the file.

An alternative-format chunk is a part related to a WordprocessingML part by a relationship of type
``…/aFChunk`` and placed by ``<w:altChunk r:id="…"/>``.  Word shows its content as ordinary text,
so the reader reads it and the published copy converts it into ordinary paragraphs (see
:mod:`review_desk.core.redact.alt_chunks`).  What it holds is decided by its declared content type
(by its bytes when the type says nothing useful):

* a WordprocessingML package (``.docx``): its paragraphs, read by the .docx reader itself;
* HTML / XHTML (``.htm``, ``.html``): the text of each block element (``p``, ``div``, ``li``,
  ``td``, headings …), scripts and styles left out;
* MHTML (``message/rfc822``, ``.mht``): its HTML body (or plain-text body);
* plain text: one paragraph per line.

Anything else (RTF, unknown) is not read: the published copy drops it and says so.  Each text
paragraph becomes a PARAGRAPH segment of the chunk part located ``altChunk/p[n]``, whose single
piece has no XML node behind it (the writer rebuilds the paragraph from the redacted text).
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass

from lxml import etree, html

from .content_types import ContentTypes, base_type
from .model import Segment, SegmentKind, TextPiece
from .relationships import relationships, resolve_target, type_suffix

ALT_CHUNK_REL = "aFChunk"
LOCATION_PREFIX = "altChunk/p["
MAX_NESTING = 2
_BLOCKS = frozenset({"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
                     "blockquote", "dt", "dd", "caption", "title", "address", "section", "article"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MHT_TYPES = frozenset({"message/rfc822", "multipart/related"})
_TEXT_TYPES = frozenset({"text/plain"})
_DOCX_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
    "application/vnd.ms-word.document.macroenabled.12",
})


@dataclass(frozen=True)
class ChunkRead:
    """The paragraphs read from one chunk, or why it was not read."""

    paragraphs: tuple[str, ...]
    readable: bool
    why: str = ""


def alt_chunk_targets(names: list[str], types: ContentTypes, tree) -> list[str]:
    """The internal targets of ``aFChunk`` relationships of every XML part (``tree(name)`` parses)."""
    found: list[str] = []
    for name in names:
        if not name.endswith(".rels") or types.of(name) is None:
            continue
        folder = name.rsplit("/_rels/", 1)[0] if "/_rels/" in name else ""
        source = (f"{folder}/" if folder else "") + name.rsplit("/", 1)[-1][: -len(".rels")]
        for rel in relationships(tree(name)):
            if type_suffix(rel.type) == ALT_CHUNK_REL and not rel.external:
                target = resolve_target(source, rel.target)
                if target not in found:
                    found.append(target)
    return found


_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")


def _decode_html(data: bytes) -> str:
    """HTML bytes as text: a BOM or valid UTF-8 first, then the declared charset, then GB18030."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return data.decode("gb18030", "replace")


def _html_paragraphs(data: bytes) -> list[str]:
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    text = _XML_DECL.sub("", _decode_html(data))
    if not text.strip():
        return []
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.LxmlError, ValueError):
        return []
    for bad in root.xpath("//script|//style|//head/meta"):
        bad.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(el) -> None:
        if not isinstance(el.tag, str):
            if el.tail:
                current.append(el.tail)
            return
        block = el.tag.lower() in _BLOCKS or el.tag.lower() == "br"
        if block:
            flush()
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    walk(root)
    flush()
    return lines


def _mht_paragraphs(data: bytes) -> list[str] | None:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    html_body = plain_body = None
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            payload = b""
        kind = part.get_content_type()
        if kind in _HTML_TYPES and html_body is None:
            html_body = payload
        elif kind == "text/plain" and plain_body is None:
            plain_body = payload.decode(part.get_content_charset() or "utf-8", "replace")
    if html_body is not None:
        return _html_paragraphs(html_body)
    if plain_body is not None:
        return [line.strip() for line in plain_body.splitlines() if line.strip()]
    return None


def _text_paragraphs(data: bytes, path: str) -> list[str]:
    from .text_reader import decode_text

    text, _encoding = decode_text(data, path)
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_chunk(data: bytes, content_type: str | None, path: str, depth: int, read_docx) -> ChunkRead:
    """The paragraphs of one chunk; ``read_docx(data, depth)`` reads a nested Word package."""
    kind = base_type(content_type or "")
    head = data.lstrip()[:64].lower()
    if kind in _DOCX_TYPES or (not kind.startswith(("text/", "message/")) and data.startswith(b"PK\x03\x04")):
        if depth >= MAX_NESTING:
            return ChunkRead((), False, "it is a Word document nested too deeply")
        segments = read_docx(data, depth + 1)
        return ChunkRead(tuple(s.text for s in segments if s.kind is SegmentKind.PARAGRAPH), True)
    if kind in _HTML_TYPES or (kind in ("", "application/octet-stream") and head.startswith((b"<!doctype html", b"<html"))):
        return ChunkRead(tuple(_html_paragraphs(data)), True)
    if kind in _MHT_TYPES or head.startswith(b"mime-version:"):
        found = _mht_paragraphs(data)
        if found is None:
            return ChunkRead((), False, "it is a web archive without an HTML or text body")
        return ChunkRead(tuple(found), True)
    if kind in _TEXT_TYPES:
        return ChunkRead(tuple(_text_paragraphs(data, path)), True)
    what = "RTF" if kind in ("application/rtf", "text/rtf") or head.startswith(b"{\\rtf") else repr(kind or "unknown")
    return ChunkRead((), False, f"its format ({what}) is not read")


def chunk_segments(part: str, chunk: ChunkRead) -> list[Segment]:
    out = []
    for number, text in enumerate(chunk.paragraphs, start=1):
        piece = TextPiece(start=0, end=len(text), node="")
        out.append(Segment(part, f"{LOCATION_PREFIX}{number}]", SegmentKind.PARAGRAPH, text, (piece,)))
    return out
