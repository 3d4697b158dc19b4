"""Writing the de-identified copy: decisions -> edits -> (sanitized) package -> residual check.

:func:`redact_document` is the one entry point for the command line, the review workflow and the
GUI.  It never touches the input file; the output is written to a temporary sibling, read back and
checked, and only then renamed into place — a failed check leaves no output at all.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Protocol, Sequence

from review_desk.core import atomic
from review_desk.core.detect.finding import Finding
from review_desk.core.detect.normalize import without_invisible
from review_desk.core.document import DEFAULT_MAX_BYTES, Document, DocumentFormat, TextLimits, read_document
from review_desk.core.document.guard import load_bytes
from review_desk.core.document.model import Segment
from review_desk.core.document.package import Package
from review_desk.core.document.text_reader import decode_text
from review_desk.core.errors import DocumentError, ErrorCode, ReviewDeskError

from .alt_chunks import chunk_parts, convert_alt_chunks
from .cut_paragraphs import cut_paragraphs
from .edits import EditMismatch, SegmentEdit, apply_node_edits, apply_text_edits, merge_segment_edits, node_edits
from .masks import mask_value
from .package_editor import PackageEditor
from .policy import Operation, RedactionPolicy
from .residual import ResidualResult, residual_check
from .sanitize import SanitizeAction, Sanitizer, enforce_allowlist

log = logging.getLogger(__name__)

_MAIN_PART = "word/document.xml"
_BOMS = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
#: Extra room for an output that grew (removal marks are longer than the values they replace).
_OUTPUT_SLACK = 2


class Marker(Protocol):
    """What marks the copy as it is written (the disclosure stamp of :mod:`review_desk.core.publish`,
    which sits above this package and passes itself in)."""

    def mark_docx(self, editor: PackageEditor, main_part: str) -> str:
        """Mark the main part of a .docx being written; returns where the mark went."""
        ...

    def mark_text(self, text: str) -> str:
        """The text with the mark."""
        ...


class RedactError(ReviewDeskError):
    """The de-identified copy could not be written (nothing was left behind); ``code`` says why."""


class OutputRefused(RedactError):
    """The output path is unusable (the input itself, an existing file without ``force``)."""


@dataclass(frozen=True)
class Redaction:
    """A decided finding: what happens to it in the published copy, and on what legal basis."""

    finding: Finding
    operation: Operation
    basis: str | None = None


@dataclass(frozen=True)
class Applied:
    finding: Finding
    operation: Operation
    basis: str | None
    replacement: str

    def to_dict(self) -> dict[str, object]:
        f = self.finding
        return {"id": f.id, "type": f.type, "preview": mask_value(f.type, f.text), "part": f.part,
                "location": f.location, "operation": self.operation.value, "basis": self.basis,
                "replacement": self.replacement}


@dataclass(frozen=True)
class RedactionReport:
    input_path: str
    output_path: str
    sha256_in: str
    sha256_out: str
    policy: str
    applied: tuple[Applied, ...]
    kept: int
    sanitize: tuple[SanitizeAction, ...]
    residual: ResidualResult
    classified: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = field(default=())
    stamp: str | None = None  # where the disclosure attribute line was placed (publish only)

    @property
    def publishable(self) -> bool:
        return self.residual.passed and not self.classified

    def to_dict(self) -> dict[str, object]:
        return {
            "input": self.input_path, "output": self.output_path, "sha256_in": self.sha256_in,
            "sha256_out": self.sha256_out, "policy": self.policy,
            "redacted": [a.to_dict() for a in self.applied], "kept": self.kept,
            "sanitized": [a.to_dict() for a in self.sanitize], "residual_check": self.residual.to_dict(),
            "classified_marks": [{"id": f.id, "text": f.text, "part": f.part, "location": f.location}
                                 for f in self.classified],
            "publishable": self.publishable, "notes": list(self.notes), "stamp": self.stamp,
        }


def suggested_redactions(findings: Sequence[Finding], policy: RedactionPolicy) -> list[Redaction]:
    """The policy's suggestion for every finding (personal data redacted or masked, rest kept; a
    finding the detector already marked keep or block stays as it is)."""
    return [Redaction(f, policy.suggestion(f), None) for f in findings]


def _check_output(document: Document, output: Path, force: bool, protected: Sequence[Path]) -> None:
    try:
        atomic.check_destination(output, inputs=(document.path,), protected=protected, force=force)
    except atomic.OutputError as exc:
        raise OutputRefused(exc.code, exc.message, exc.path) from None


def _edits(document: Document, redactions: Sequence[Redaction], policy: RedactionPolicy) -> tuple[list[SegmentEdit], list[Applied]]:
    edits, applied = [], []
    order = {(s.part, s.location): n for n, s in enumerate(document.segments)}  # reading order
    people = sorted((r.finding for r in redactions if r.finding.type == "PERSON" and r.operation is Operation.MASK),
                    key=lambda f: (order.get((f.part, f.location), len(order)), f.start))
    names = policy.pseudonyms(without_invisible(f.text) for f in people)
    for r in redactions:
        text = r.finding.text
        # Invisible characters inside the value (138\u200b1234…) are covered by the replacement too.
        replacement = policy.replacement(r.finding.type, without_invisible(text), r.operation, r.basis, names)
        if replacement is None:
            continue
        f = r.finding
        edits.append(SegmentEdit(f.part, f.location, f.start, f.end, replacement, f.type, text))
        applied.append(Applied(f, r.operation, r.basis or (policy.removal_basis if r.operation is Operation.REDACT else None), replacement))
    edits = _no_value_in_kept_parts(edits)
    return edits + _other_occurrences(document, redactions, edits), applied


#: The longest visible part of a partial mask searched for other values (an address's county).
_KEPT_MAX = 12


def _no_value_in_kept_parts(edits: list[SegmentEdit]) -> list[SegmentEdit]:
    """A replacement that keeps the start of its value (an address cut back to its county:
    ``达拉特旗***``) must not bring back another redacted value inside the kept part (a name
    ``达拉特`` found elsewhere): that value gets its own replacement there as well."""
    by_value = {e.value: e.replacement for e in edits if len(e.value) >= 2}
    out = []
    for e in edits:
        rep = e.replacement
        if len(rep) >= 2 and rep[:2] == e.value[:2]:
            kept = rep[: min(len(rep), _KEPT_MAX)]
            for n in range(len(kept), 1, -1):
                for i in range(len(kept) - n + 1):
                    sub = kept[i : i + n]
                    other = by_value.get(sub)
                    if sub != e.value and other is not None and sub in rep and sub not in other:
                        rep = rep.replace(sub, other)
        out.append(e if rep == e.replacement else replace(e, replacement=rep))
    return out


#: Shorter values are not swept (a two-character name may be part of other words).
_SWEEP_MIN = 3


def _other_occurrences(document: Document, redactions: Sequence[Redaction], edits: list[SegmentEdit]) -> list[SegmentEdit]:
    """Every other occurrence of a redacted value gets the same replacement (the detector found the
    value in one place; it is personal data wherever it stands), unless it lies inside a finding
    that was kept and is longer (a kept place name inside it, 松林村 in 松林村六组, or the same text
    kept elsewhere as an organisation, does not protect it: for the same text, removal wins).  Two-character values are left to the detector and the residual check."""
    covered: dict[tuple[str, str], _Marks] = {}
    for e in edits:
        covered.setdefault((e.part, e.location), _Marks()).add(e.start, e.end)
    kept: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in redactions:
        if r.operation is Operation.KEEP:
            kept.setdefault((r.finding.part, r.finding.location), []).append((r.finding.start, r.finding.end))
    extra: list[SegmentEdit] = []
    for e in {(e.value, e.entity_type): e for e in edits if len(e.value) >= _SWEEP_MIN}.values():
        for seg, start in document.occurrences(e.value):
            end = start + len(e.value)
            key = (seg.part, seg.location)
            if key in covered and covered[key].hit(start, end):
                continue  # already edited here
            if any(s <= start and end <= t and t - s > end - start for s, t in kept.get(key, [])):
                continue  # inside a longer value that was kept (a firm's name): excused, as in the check
            extra.append(SegmentEdit(seg.part, seg.location, start, end, e.replacement, e.entity_type, e.value))
            covered.setdefault(key, _Marks()).add(start, end)
    return extra


class _Marks:
    """Which characters of one segment are already edited (linear however many edits it gets)."""

    def __init__(self) -> None:
        self.bits = bytearray()

    def hit(self, start: int, end: int) -> bool:
        return self.bits.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        if end > len(self.bits):
            self.bits.extend(bytes(end - len(self.bits)))
        self.bits[start:end] = b"\x01" * (end - start)


def _main_part(editor: PackageEditor) -> str:
    for _el, kind, target, external in editor.targets(""):
        if kind == "officeDocument" and not external and editor.has(target):
            return target
    return _MAIN_PART


def _cut_segments(document: Document, edits: list[SegmentEdit], skip: set[str]) -> dict[str, list[Segment]]:
    """Per part, the segments whose every character but white space a cut (an empty replacement) took."""
    cuts: dict[tuple[str, str], list[SegmentEdit]] = {}
    for edit in edits:
        if edit.replacement == "" and edit.part not in skip:
            cuts.setdefault((edit.part, edit.location), []).append(edit)
    out: dict[str, list[Segment]] = {}
    for segment in document.segments:
        spans = cuts.get((segment.part, segment.location))
        if spans and not apply_text_edits(segment.text, spans).strip():
            out.setdefault(segment.part, []).append(segment)
    return out


def _write_docx(document: Document, data: bytes, edits: list[SegmentEdit], policy: RedactionPolicy,
                sanitize: bool, agency: str | None, temporary: Path, stamp: Marker | None) -> tuple[list[SanitizeAction], str | None]:
    segments = {(s.part, s.location): s for s in document.segments}
    editor = PackageEditor(data, document.path)
    chunks = set(chunk_parts(editor))
    by_part: dict[str, list] = {}
    chunk_edits: dict[str, list[SegmentEdit]] = {}
    for edit in edits:
        segment = segments.get((edit.part, edit.location))
        if segment is None or segment.text[edit.start : edit.end] != edit.value:
            raise RedactError(ErrorCode.UNKNOWN_LOCATION, f"A finding does not match the text at {edit.part} {edit.location}; "
                              "the findings do not belong to this file (analyse it again).", document.path)
        if edit.part in chunks:
            chunk_edits.setdefault(edit.part, []).append(edit)
        else:
            by_part.setdefault(edit.part, []).extend(node_edits(segment, edit))
    try:
        for part, part_edits in by_part.items():
            apply_node_edits(editor.tree(part), part_edits)
        for part, cut in _cut_segments(document, edits, chunks).items():
            cut_paragraphs(editor.tree(part), cut)
    except EditMismatch as exc:
        raise RedactError(ErrorCode.EDIT_MISMATCH, f"The document's text does not match what was analysed ({exc}); "
                          "analyse it again.", document.path) from exc
    actions: list[SanitizeAction] = []
    converted, dropped = convert_alt_chunks(editor, document, chunk_edits)
    if converted:
        actions.append(SanitizeAction("alt_chunks_converted", converted, f"Converted {converted} embedded "
                                      "chunk(s) (w:altChunk) into plain paragraphs, redacted like the rest."))
    if dropped:
        actions.append(SanitizeAction("alt_chunks_removed", dropped, f"Removed {dropped} embedded chunk(s) "
                                      "(w:altChunk) in a format that is not read (RTF or unknown)."))
    actions += enforce_allowlist(editor)
    if sanitize:
        options = policy.sanitize if agency is None else replace(policy.sanitize, agency=agency)
        actions += Sanitizer(editor, options, _main_part(editor)).run()
    placed = None
    if stamp is not None:
        placed = stamp.mark_docx(editor, _main_part(editor))
    with open(temporary, "xb") as fh:
        editor.write(fh)
    return actions, placed


def _write_text(document: Document, data: bytes, edits: list[SegmentEdit], temporary: Path, stamp: Marker | None) -> str | None:
    text, encoding = decode_text(data, document.path)
    bom = next((b for b in _BOMS if data.startswith(b)), b"")  # keep the byte-order mark the file had
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        if text[edit.start : edit.end] != edit.value:
            raise RedactError(ErrorCode.EDIT_MISMATCH, "The document's text does not match what was analysed; "
                              "analyse it again.", document.path)
    text = apply_text_edits(text, edits)
    placed = None
    if stamp is not None:
        placed, text = "in the text", stamp.mark_text(text)
    with open(temporary, "xb") as fh:
        codec = "utf-8" if encoding in (None, "utf-8-sig") else encoding
        fh.write(bom + text.encode(codec))
    return placed


def redact_document(
    document: Document,
    redactions: Sequence[Redaction],
    output: str | os.PathLike[str],
    policy: RedactionPolicy,
    *,
    sanitize: bool | None = None,
    agency: str | None = None,
    force: bool = False,
    protected: Sequence[str | os.PathLike[str]] = (),
    progress: Callable[[str], None] | None = None,
    stamp: Marker | None = None,
    before_commit: Callable[[RedactionReport], None] | None = None,
) -> RedactionReport:
    """Write the de-identified (and, by default, sanitized) copy of ``document`` to ``output``.

    Raises :class:`RedactError` (nothing written) when the output path is unusable, the input
    changed since it was read, the sanitizer refuses the file, or the residual check finds a
    redacted value in the written file.  ``protected``: folders no output may be written into
    (the desk's data folder; see :func:`review_desk.core.atomic.check_destination`).

    ``stamp`` (a :class:`Marker`: the publish step's :class:`review_desk.core.publish.Stamp`) marks the disclosure attribute on the copy;
    ``before_commit(report)`` runs after the check and before the copy takes its final name (the
    publish step logs the output's hash there: if it fails, nothing is written).
    """
    out = Path(output)
    _check_output(document, out, force, [Path(p) for p in protected])
    data = load_bytes(document.path, DEFAULT_MAX_BYTES)
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise RedactError(ErrorCode.INPUT_CHANGED, f"The file {document.path} changed after it was analysed; "
                          "analyse it again.", document.path)
    edits, applied = _edits(document, redactions, policy)
    values = [(e.entity_type, e.value) for e in edits]  # every value, also those merged into another
    edits = merge_segment_edits(edits)
    do_sanitize = policy.sanitize.enabled if sanitize is None else sanitize
    atomic.clean_stale(out)  # a copy left half-written by a killed process is never used
    temporary = atomic.temporary_sibling(out)
    try:
        actions: list[SanitizeAction] = []
        if document.format is DocumentFormat.DOCX:
            actions, placed = _write_docx(document, data, edits, policy, do_sanitize, agency, temporary, stamp)
        else:
            placed = _write_text(document, data, edits, temporary, stamp)
        if progress:
            progress("checking")
        written = read_document(temporary, max_bytes=DEFAULT_MAX_BYTES * _OUTPUT_SLACK,
                                limits=TextLimits.from_env().scaled(_OUTPUT_SLACK))
        parts: list[tuple[str, bytes]] = []
        if written.format is DocumentFormat.DOCX:
            package = Package(temporary.read_bytes(), str(temporary))
            parts = [(name, package.read(name)) for name in package.names + package.unsafe]
        kept = [r.finding.text for r in redactions if r.operation is Operation.KEEP]
        residual = residual_check(written, values, kept, parts)
        if not residual.passed:
            where = "; ".join(f"{r.entity_type} {r.preview} in {r.where}" for r in residual.residues[:5])
            raise ResidualFound(residual, f"The residual check found {len(residual.residues)} redacted value(s) "
                                f"still in the output ({where}); no output was written.", str(out))
        classified = tuple(r.finding for r in redactions if r.finding.type == "CLASSIFIED_MARK")
        kept_count = sum(1 for r in redactions if r.operation is Operation.KEEP)
        report = RedactionReport(
            input_path=document.path, output_path=str(out), sha256_in=document.sha256,
            sha256_out=written.sha256, policy=policy.name, applied=tuple(applied), kept=kept_count,
            sanitize=tuple(actions), residual=residual, classified=classified,
            notes=document.notes if not do_sanitize else (), stamp=placed,
        )
        if before_commit is not None:
            before_commit(report)
        atomic.commit(temporary, out)
        log.info("de-identified copy written: %d values replaced, %d kept, %d sanitizer actions, residual check "
                 "passed", len(applied), kept_count, len(actions))
    except DocumentError as exc:
        atomic.discard(temporary)
        raise RedactError(ErrorCode.OUTPUT_UNREADABLE, f"The written copy could not be read back ({exc.message}); "
                          "no output was written.", str(out)) from exc
    except OSError as exc:
        atomic.discard(temporary)
        raise RedactError(ErrorCode.WRITE_FAILED, f"Cannot write {out}: {exc.strerror or exc}; no output was written.",
                          str(out)) from exc
    except BaseException:
        atomic.discard(temporary)
        raise
    return report


class ResidualFound(RedactError):
    def __init__(self, residual: ResidualResult, message: str, path: str | None = None) -> None:
        super().__init__(ErrorCode.RESIDUAL_FOUND, message, path)
        self.residual = residual
