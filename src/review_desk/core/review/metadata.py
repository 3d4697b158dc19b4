"""What identifies a document in the review log: its title and its 文号 (document number), both
taken from the first body paragraphs, with any personal data in them masked (the log never stores
raw personal data)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from review_desk.core.detect.finding import Finding
from review_desk.core.detect.text import CJK_CLASS
from review_desk.core.document import Document, Segment, SegmentKind
from review_desk.core.redact.masks import mask_value

_DOC_NUMBER = re.compile(rf"{CJK_CLASS}{{1,14}}\s*[〔\[［(（【]\s*\d{{4}}\s*[〕\]］)）】]\s*第?\s*\d{{1,5}}\s*号")
_TITLE_WORDS = re.compile(r"(?:通知|决定|决定书|公告|通告|意见|办法|批复|报告|函|答复|答复书|方案|规定|通报|纪要|告知书|公示|细则)$")
_HEAD_SEGMENTS = 15
_BODY_PARTS = ("word/document.xml", "text")


def _head(document: Document) -> list[Segment]:
    body = [s for s in document.segments if s.part in _BODY_PARTS and s.kind in (SegmentKind.PARAGRAPH, SegmentKind.TEXT)]
    return body[:_HEAD_SEGMENTS]


def masked_text(segment: Segment, findings: Sequence[Finding]) -> str:
    """The segment's text with every personal-data finding in it masked."""
    text = segment.text
    base = segment.offset if segment.part == "text" else 0
    spans = sorted(
        ((f.start - base, f.end - base, f) for f in findings
         if f.part == segment.part and f.location == segment.location and f.type != "ORGANIZATION"
         and f.type not in ("LOCATION", "ORG_ADDRESS", "CN_USCC", "CLASSIFIED_MARK")),
        key=lambda x: x[0], reverse=True,
    )
    last = len(text) + 1
    for start, end, f in spans:
        if end <= last and 0 <= start < end <= len(text):
            text = text[:start] + mask_value(f.type, text[start:end]) + text[end:]
            last = start
    return text


def document_number(document: Document) -> str | None:
    for seg in _head(document):
        m = _DOC_NUMBER.search(seg.text)
        if m:
            return re.sub(r"\s+", "", m.group(0))
    return None


def document_title(document: Document, findings: Sequence[Finding] = ()) -> str | None:
    """The title (a 关于… line, or a line ending in 通知 / 决定 / 答复书 …), personal data masked."""
    head = _head(document)
    candidates = [s for s in head if 4 <= len(s.text.strip()) <= 80 and not _DOC_NUMBER.search(s.text)]
    for seg in candidates:
        stripped = seg.text.strip()
        if stripped.startswith("关于") or _TITLE_WORDS.search(stripped):
            return masked_text(seg, findings).strip()
    return None
