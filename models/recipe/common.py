"""Shared helpers for the zh_review_ner recipe (paths, label maps, Doc building)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

RECIPE_DIR = Path(__file__).resolve().parent
REPO_ROOT = RECIPE_DIR.parent.parent
LABELS = ("PERSON", "LOC", "ORG", "ADDRESS")


def data_dir() -> Path:
    env = os.environ.get("NER_DATA_DIR")
    if env:
        return Path(env).resolve()
    return (REPO_ROOT / ".." / "shared" / "ner-data").resolve()


_NLP = None


def blank_nlp():
    global _NLP
    if _NLP is None:
        _NLP = spacy.blank("zh")  # default segmenter: char
        assert _NLP.tokenizer.segmenter == "char"
    return _NLP


def make_doc(text: str, spans: list[tuple[int, int, str]]) -> Doc | None:
    """Build a Doc with entity spans given as character offsets. Overlaps are resolved
    by keeping the longer/earlier span; spans that do not align are dropped."""
    nlp = blank_nlp()
    doc = nlp.make_doc(text)
    ents = []
    used = set()
    for s, e, lab in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        # trim whitespace at span edges
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        span = doc.char_span(s, e, label=lab, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        idx = set(range(span.start, span.end))
        if idx & used:
            continue
        used |= idx
        ents.append(span)
    doc.ents = sorted(ents, key=lambda sp: sp.start)
    return doc


def tags_to_spans(tags: list[str], labmap: dict[str, str | None]) -> list[tuple[int, int, str]]:
    """Char-level BIO / BIOES / BMES tags -> (start, end, mapped_label) spans."""
    spans = []
    cur = None  # [start, raw_label]
    def close(i):
        nonlocal cur
        if cur is not None:
            lab = labmap.get(cur[1])
            if lab:
                spans.append((cur[0], i, lab))
        cur = None
    for i, t in enumerate(tags):
        if t in ("O", "", None):
            close(i)
            continue
        if "-" not in t:
            close(i)
            continue
        pre, lab = t.split("-", 1)
        if pre in ("B", "S"):
            close(i)
            cur = [i, lab]
            if pre == "S":
                close(i + 1)
        elif pre in ("I", "M", "E"):
            if cur is None or cur[1] != lab:
                close(i)
                cur = [i, lab]
            if pre == "E":
                close(i + 1)
    close(len(tags))
    return spans


def read_char_conll(path: Path, strip_suffix_digit: bool = False):
    """Yield (chars, tags) sentences from a 'char<space|tab>tag' file with blank-line separators."""
    chars, tags = [], []
    with open(path, encoding="utf-8-sig") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if chars:
                    yield chars, tags
                chars, tags = [], []
                continue
            parts = re.split(r"[ \t]+", line)
            if len(parts) < 2:
                # a whitespace character as the token
                if line and line[0].isspace() and len(parts) >= 1:
                    chars.append(" ")
                    tags.append("O")
                continue
            ch, tag = parts[0], parts[-1]
            if strip_suffix_digit and len(ch) >= 2 and ch[-1].isdigit():
                ch = ch[:-1]
            if len(ch) != 1:
                # keep alignment one char per tag: use the first char, tag the rest O
                for k, c in enumerate(ch):
                    chars.append(c)
                    tags.append(tag if k == 0 else ("I" + tag[1:] if tag[:1] in "BIMES" and "-" in tag else "O"))
                continue
            chars.append(ch)
            tags.append(tag)
    if chars:
        yield chars, tags


def save_docs(docs, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    n = 0
    for d in docs:
        if d is not None and len(d):
            db.add(d)
            n += 1
    db.to_disk(path)
    return n
