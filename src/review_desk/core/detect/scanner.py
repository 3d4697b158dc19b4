"""Scan a read document: run the detector over every segment and turn detections into findings.

This is the seam between ``core.document`` (segments with offsets) and ``core.detect`` (entity
spans in plain strings).  It batches segments through the detector, maps offsets back into the
segment (or, for plain text, into the whole decoded text), drops detections in the pre-revision
view of a paragraph that do not touch deleted text (they already appear in the live view), and
attaches the default policy's suggested action.

A second pass propagates names: every PERSON text (two characters or more) found anywhere in the
document is searched for in every segment (every part: body, comments, headers, properties …)
and each occurrence not already covered by a finding is added (:mod:`.ner.propagation`).  Before
that, a name found by the rules corrects the model-only spans it overlaps in other segments (a
model PERSON with other bounds, a model place / organisation cutting through the name).
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Protocol, Sequence

from review_desk.core.detect.budget import Deadline, TimeLimitExceeded, scan_seconds
from review_desk.core.detect.finding import Finding
from review_desk.core.detect.ner.propagation import MODEL_RECOGNIZER, names_to_propagate, propagate, superseded
from review_desk.core.detect.policy import INFORMATIONAL_TYPES, default_action
from review_desk.core.detect.tables import CONTEXT_SEP, header_contexts
from review_desk.core.document.model import Document, DocumentFormat, Segment, SegmentKind
from review_desk.core.errors import Cancelled

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

#: Characters handed to the detector at a time (progress and cancel are checked between batches);
#: a detector may ask for more through a ``preferred_batch_chars`` attribute (the parallel one does).
BATCH_CHARS = 16_000


#: Segments that hold instructions or identifiers, not prose: informational findings there
#: (a field code ``PAGE`` read as an organisation, comment initials as a place) are noise.
#: Segments where an organisation or a place is never a finding worth showing: field codes (PAGE,
#: MERGEFIELD), authors' initials, and metadata values (docProps app.xml's Company and HeadingPairs,
#: customXml items: the issuing body, "Title", a citation style) — personal data there is still reported.
_NO_INFORMATIONAL_KINDS = frozenset(
    {SegmentKind.FIELD_CODE, SegmentKind.AUTHOR, SegmentKind.PROPERTY, SegmentKind.CUSTOM_XML}
)


class SegmentDetector(Protocol):
    """What the scanner needs from a detector (the real one or a test fake)."""

    def detect_many(self, texts: Sequence[str], *, contexts=None) -> list[list]:  # RawDetection lists
        ...


@dataclass(frozen=True)
class ScanResult:
    """The findings of one document (or the errors that kept it from being read)."""

    path: str
    sha256: str | None
    findings: tuple[Finding, ...] = ()
    errors: tuple[dict[str, str], ...] = ()
    char_count: int = 0
    document: Document | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        """The JSON contract shape of ``scan --json`` (one object per input file)."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "findings": [f.to_dict() for f in self.findings],
            "errors": list(self.errors),
        }


def _touches_deleted_text(segment: Segment, start: int, end: int) -> bool:
    return any(p.deleted for p in segment.pieces_for(start, end))


def _findings_for(segment: Segment, detections: list, plain_text: bool, shift_in_segment: int) -> list[Finding]:
    shift = segment.offset if plain_text else 0
    out = []
    for d in detections:
        start, end = d.start + shift_in_segment, d.end + shift_in_segment
        if segment.kind is SegmentKind.DELETED and not _touches_deleted_text(segment, start, end):
            continue
        out.append(
            Finding(
                type=d.type,
                text=segment.text[start:end],
                start=start + shift,
                end=end + shift,
                part=segment.part,
                location=segment.location,
                score=float(d.score),
                action=default_action(d.type),
                recognizer=d.recognizer,
            )
        )
    return out


@dataclass(frozen=True)
class _Unit:
    """A piece of one segment given to the detector: the whole segment, or one table cell."""

    segment: int
    offset: int
    text: str
    context: tuple[str, ...] | None


_NAME_FIELD = re.compile(
    r"(?i)(?:creator|lastModifiedBy|Manager|author|drafter|editor|reviewer|signer|owner|contact|handler|person|"
    r"username|user_?name|\bname\b)"
)
#: Context given to a metadata value that names a person (the detector reads 姓名 as a name column).
NAME_CONTEXT = "姓名"


def _metadata_contexts(segments: Sequence[Segment]) -> dict[int, tuple[str, ...]]:
    """Context for metadata values: comment / revision authors and author-like properties are
    names; a custom property or document variable gets its name (``承办人``, ``OA_Drafter``) and
    a customXml value its element path (``申请人/text()``) as context."""
    out: dict[int, tuple[str, ...]] = {}
    names: dict[str, str] = {}
    for i, seg in enumerate(segments):
        loc = seg.location
        if seg.kind is SegmentKind.AUTHOR:
            if not loc.endswith(("@w:initials", "@w15:providerId")):
                out[i] = (NAME_CONTEXT,)
        elif seg.kind in (SegmentKind.PROPERTY, SegmentKind.DOC_VARIABLE):
            prefix, _, leaf = loc.rpartition("/")
            if leaf in ("@name", "@w:name"):
                names[prefix] = seg.text
                continue
            words = []
            label = names.get(prefix)
            if label:
                words.append(label)
            if _NAME_FIELD.search(leaf) or (label and _NAME_FIELD.search(label)):
                words.append(NAME_CONTEXT)
            if words:
                out[i] = tuple(words)
        elif seg.kind is SegmentKind.CUSTOM_XML:
            if "\\u" in loc:  # ASCII locators escape non-ASCII element names
                try:
                    loc = loc.encode("ascii", "backslashreplace").decode("unicode_escape")
                except UnicodeDecodeError:
                    pass
            words = [loc]
            if _NAME_FIELD.search(loc):
                words.append(NAME_CONTEXT)
            out[i] = tuple(words)
    return out


def _units(segments: Sequence[Segment], plain_text: bool) -> list[_Unit]:
    contexts = header_contexts(segments, plain_text)
    metadata = {} if plain_text else _metadata_contexts(segments)
    units = []
    for i, seg in enumerate(segments):
        cells = contexts.get(i)
        if cells is None:
            units.append(_Unit(i, 0, seg.text, metadata.get(i)))
            continue
        for start, end, header in cells.cells:
            words = tuple(w for w in header.split(CONTEXT_SEP) if w) if header else ()
            units.append(_Unit(i, start, seg.text[start:end], words or None))
    return units


def _may_mention(text: str, heads: frozenset[str]) -> bool:
    """Whether some two characters of ``text`` begin one of the names (one pass over the text,
    instead of one search per name: 10,000 table cells x 400 names were 4 million searches)."""
    return any(text[i : i + 2] in heads for i in range(len(text) - 1))


def _detect_units(detector: SegmentDetector, units: Sequence[_Unit]) -> list[list]:
    texts = [u.text for u in units]
    if any(u.context for u in units):
        return detector.detect_many(texts, contexts=[list(u.context) if u.context else None for u in units])
    return detector.detect_many(texts)


def _batches(units: Sequence[_Unit], batch_chars: int):
    batch: list[_Unit] = []
    size = 0
    for unit in units:
        batch.append(unit)
        size += len(unit.text)
        if size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def scan_document(
    document: Document,
    detector: SegmentDetector,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    time_limit: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> list[Finding]:
    """All findings of ``document`` in reading order.

    Table cells (``.docx`` cells, rows of plain-text tables) are detected one cell at a time with
    their column header as context (see :mod:`.tables`).  ``progress(done, total)`` is called after
    each batch (counted in characters); ``cancel()`` is polled between batches and stops the scan
    with :class:`Cancelled`.  ``time_limit``: the scan's budget in seconds (default
    :func:`.budget.scan_seconds`), checked between batches: past it the scan stops with
    :class:`.budget.TimeLimitExceeded` (``time_limit``).
    """
    segments = document.segments
    plain_text = document.format is DocumentFormat.TEXT
    units = _units(segments, plain_text)
    total = sum(len(u.text) for u in units)
    deadline = Deadline(scan_seconds() if time_limit is None else time_limit, document.path, clock)
    done = 0
    per_unit: list[list] = []
    for batch in _batches(units, getattr(detector, "preferred_batch_chars", BATCH_CHARS)):
        if cancel is not None and cancel():
            raise Cancelled()
        deadline.check(done, total)
        per_unit.extend(list(d) for d in _detect_units(detector, batch))
        done += sum(len(u.text) for u in batch)
        if progress is not None:
            progress(done, total)
    _drop_closing_agency_lines(units, per_unit)
    # Second pass: a name found once is found wherever it occurs in the document.
    names = names_to_propagate(d.text for dets in per_unit for d in dets if d.type == "PERSON")
    rule_names = names_to_propagate(
        d.text for dets in per_unit for d in dets if d.type == "PERSON" and d.recognizer != MODEL_RECOGNIZER
    )
    if names:
        heads = frozenset(n[:2] for n in names)  # every name has two characters or more
        for unit, dets in zip(units, per_unit):
            if not _may_mention(unit.text, heads):
                continue  # no name starts anywhere here: nothing to correct or add
            deadline.check(done, total)
            # a name the rules found elsewhere corrects the model's spans here
            for d in superseded(unit.text, rule_names, dets):
                dets.remove(d)
            added = propagate(unit.text, names, dets, rule_names)
            if added:
                dets.extend(added)
                dets.sort(key=lambda d: (d.start, d.end))
    findings: list[Finding] = []
    for unit, detections in zip(units, per_unit):
        segment = segments[unit.segment]
        if segment.kind in _NO_INFORMATIONAL_KINDS:
            detections = [d for d in detections if d.type not in INFORMATIONAL_TYPES]
        findings.extend(_findings_for(segment, detections, plain_text, unit.offset))
    log.info("scanned %d segments: %d findings", len(segments), len(findings))
    return findings


def _drop_closing_agency_lines(units: Sequence[_Unit], per_unit: list[list]) -> None:
    """A paragraph that is only ``联系电话：<landline>`` after the notice's text, its contact or
    its address is the agency's number (:func:`.recognizers.agency_contact.closing_phone_line`);
    the paragraph before it is what tells, so this is judged here, over the whole document."""
    # imported here: the recognizers' package loads Presidio, which the desk starts without
    from review_desk.core.detect.recognizers.agency_contact import closing_phone_line
    from review_desk.core.detect.recognizers.phone import is_mobile

    previous = ""
    for unit, dets in zip(units, per_unit):
        if unit.context is not None or not unit.text.strip():
            continue  # table cells and empty paragraphs are not paragraphs of the text
        landlines = [d for d in dets if d.type == "PHONE_NUMBER" and not is_mobile(d.text)]
        if landlines and closing_phone_line(unit.text, previous):
            for d in landlines:
                dets.remove(d)
        previous = unit.text


def scan_path(path: str, detector: SegmentDetector, **kwargs) -> ScanResult:
    """Read and scan one file; a file that cannot be read gives a result with ``errors``."""
    from review_desk.core.document import read_document
    from review_desk.core.errors import DocumentError

    try:
        document = read_document(path)
    except DocumentError as exc:
        return ScanResult(path=str(path), sha256=_sha256_or_none(path), errors=(exc.to_dict(),))
    try:
        findings = scan_document(document, detector, **kwargs)
    except TimeLimitExceeded as exc:  # the file's result says so; the other files are still scanned
        return ScanResult(path=str(path), sha256=document.sha256, errors=(exc.to_dict(),),
                          char_count=document.char_count)
    return ScanResult(
        path=str(path),
        sha256=document.sha256,
        findings=tuple(findings),
        char_count=document.char_count,
        document=document,
    )


def _sha256_or_none(path: str) -> str | None:
    """Hash of an unreadable input's bytes when it is a readable file at all (else ``None``)."""
    import hashlib

    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
