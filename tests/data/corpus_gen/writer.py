"""Write the text corpus: encode each document, write its gold JSON, verify every span.

Offsets in the gold files are code points into the text decoded with the named codec, with the
byte-order mark removed (``utf-8-sig`` and ``utf-16`` decoders do that) and line endings kept as
they are in the file (some GBK/GB18030 documents use CRLF: ``\\r`` counts as one code point).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from .catalog import DOCS, DocSpec
from .identities import id_is_valid, luhn_is_valid, uscc_is_valid
from .templates.common import Ctx
from .textspan import Fragment, Span

CODECS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gbk", "gb18030": "gb18030", "utf-16": "utf-16"}


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":  # explicit little-endian with BOM, independent of the machine
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(CODECS[encoding], errors="strict")


def decode(data: bytes, encoding: str) -> str:
    return data.decode(CODECS[encoding], errors="strict")


def to_crlf(frag: Fragment) -> Fragment:
    text = frag.text
    spans = []
    for s in frag.spans:
        assert "\n" not in s.text, s
        shift = text.count("\n", 0, s.start)
        spans.append(Span(s.cat, s.label, s.start + shift, s.end + shift, s.text))
    return Fragment(text.replace("\n", "\r\n"), spans)


def build(spec: DocSpec) -> Fragment:
    ctx = Ctx(f"doc{spec.number:03d}")
    frag = spec.build(ctx)
    if spec.newline == "\r\n":
        frag = to_crlf(frag)
    return frag


MOBILE_RE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
DIGITS_RE = re.compile(r"(?<![0-9A-Za-z])[0-9]{15,19}[0-9Xx]?(?![0-9A-Za-z])")


def verify(spec: DocSpec, text: str, frag: Fragment) -> None:
    """Every span slices exactly; no overlaps; no unannotated personal identifier left in the text."""
    ents = [s for s in frag.spans if s.cat == "entity"]
    traps = [s for s in frag.spans if s.cat == "trap"]
    for s in frag.spans:
        assert text[s.start:s.end] == s.text, (spec.filename, s)
        assert s.text == s.text.strip(), (spec.filename, s)
    spans = sorted(ents + traps, key=lambda s: (s.start, s.end))
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start, (spec.filename, "overlap", a, b)
    covered = [(s.start, s.end) for s in ents]

    def is_covered(i: int, j: int) -> bool:
        return any(a <= i and j <= b for a, b in covered)

    # every occurrence of an entity's text must be annotated (catches names/numbers left in by hand)
    for s in ents:
        if s.label == "CLASSIFIED_MARK":
            continue
        for m in re.finditer(re.escape(s.text), text):
            assert is_covered(m.start(), m.end()), (spec.filename, "unannotated repeat", s.text, m.start())
    for m in MOBILE_RE.finditer(text):
        assert is_covered(m.start(), m.end()), (spec.filename, "unannotated mobile", m.group())
    for m in DIGITS_RE.finditer(text):
        v = m.group()
        if id_is_valid(v) or (v.isdigit() and 16 <= len(v) <= 19 and luhn_is_valid(v)):
            assert is_covered(m.start(), m.end()), (spec.filename, "unannotated identifier", v)
    for s in ents:
        compact = re.sub(r"[\s\-]", "", s.text)
        if s.label == "CN_ID_CARD":
            assert id_is_valid(s.text), (spec.filename, s)
        elif s.label == "CN_USCC":
            assert uscc_is_valid(s.text), (spec.filename, s)
        elif s.label == "CN_BANK_CARD":
            assert luhn_is_valid(compact) and 16 <= len(compact) <= 19, (spec.filename, s)


def gold_json(spec: DocSpec, frag: Fragment) -> str:
    def row(s: Span, key: str) -> dict:
        return {key: s.label, "start": s.start, "end": s.end, "text": s.text}

    doc = {
        "file": spec.filename,
        "encoding": spec.encoding,
        "newline": "crlf" if spec.newline == "\r\n" else "lf",
        "genre": spec.genre,
        "entities": [row(s, "type") for s in sorted(frag.spans, key=lambda s: s.start) if s.cat == "entity"],
        "traps": [row(s, "kind") for s in sorted(frag.spans, key=lambda s: s.start) if s.cat == "trap"],
    }
    return dump_rows(doc)


def dump_rows(obj) -> str:
    """JSON with one line per list item (readable diffs; still plain JSON)."""

    def enc(v) -> str:
        return json.dumps(v, ensure_ascii=False)

    def block(d: dict, indent: str) -> str:
        lines = []
        for k, v in d.items():
            if isinstance(v, list):
                if not v:
                    lines.append(f'{indent} {enc(k)}: []')
                    continue
                items = ",\n".join(f"{indent}  {enc(x)}" for x in v)
                lines.append(f'{indent} {enc(k)}: [\n{items}\n{indent} ]')
            else:
                lines.append(f"{indent} {enc(k)}: {enc(v)}")
        return indent + "{\n" + ",\n".join(lines) + "\n" + indent + "}"

    if isinstance(obj, list):
        return "[\n" + ",\n".join(block(d, " ") for d in obj) + "\n]\n"
    return block(obj, "") + "\n"


AGENCY_HEADER = """\
# Review Desk evaluation allow list (generated by tests/data/corpus_gen; do not edit by hand).
# One entry per line, exactly as written in the corpus documents; lines starting with # are comments.
# Entries are public: agencies' own switchboards and mailboxes, public service hotlines, and the
# names of officials who sign documents or act as the agency's contact person.  A finding whose
# text equals an entry is a false positive.  All numbers and names here are invented.
"""


def write_corpus(out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    stats = {"entities": Counter(), "traps": Counter(), "encodings": Counter(), "files": []}
    allow: dict[str, set[str]] = {"agency_phone": set(), "agency_email": set(), "hotline": set(), "official_name": set()}
    for spec in DOCS:
        frag = build(spec)
        data = encode(frag.text, spec.encoding)
        text = decode(data, spec.encoding)
        assert text == frag.text
        verify(spec, text, frag)
        (out / spec.filename).write_bytes(data)
        (out / spec.filename.rsplit(".", 1)[0]).with_suffix(".gold.json").write_bytes(
            gold_json(spec, frag).encode("utf-8"))
        for s in frag.spans:
            stats["entities" if s.cat == "entity" else "traps"][s.label] += 1
            if s.cat == "trap" and s.label in allow:
                allow[s.label].add(s.text)
        stats["encodings"][spec.encoding] += 1
        stats["files"].append((spec.filename, len(text), sum(1 for s in frag.spans if s.cat == "entity"),
                               sum(1 for s in frag.spans if s.cat == "trap")))
    titles = {"agency_phone": "agency switchboards and fax numbers", "agency_email": "agency public mailboxes",
              "hotline": "public service hotlines", "official_name": "officials (public office holders)"}
    lines = [AGENCY_HEADER]
    for key, title in titles.items():
        lines.append(f"\n# {title}\n")
        lines.extend(f"{v}\n" for v in sorted(allow[key]))
    (out / "agency.txt").write_bytes("".join(lines).encode("utf-8"))
    return stats
