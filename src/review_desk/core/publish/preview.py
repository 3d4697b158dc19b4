"""The publication preview: the document exactly as it will be published, before publishing.

:func:`preview_publication` runs the one redaction pipeline (:func:`review_desk.core.redact.redact_document`:
masks and removals per decision, the sweep of other occurrences, the sanitizer, the disclosure
stamp, the residual check) into a private temporary folder, reads the result back as a
:class:`Document` with its layout, and deletes the file.  So the desk's before / after view and the
publish dialog's list of what the sanitizer removes are the real output, not an imitation of it.
A preview that would fail (a residual value found, an embedded object refused) raises the same
error publishing would raise.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from review_desk.core.detect.finding import Finding
from review_desk.core.document import DEFAULT_MAX_BYTES, Document, read_document
from review_desk.core.document.layout import DocumentLayout, read_layout

from review_desk.core.redact import Applied, Operation, Redaction, RedactionPolicy, redact_document
from review_desk.core.redact.sanitize import SanitizeAction

from .stamp import Stamp

PREVIEW_REVIEW_ID = "preview"


@dataclass(frozen=True)
class PublicationPreview:
    """The published copy as read back (``path``: the original's), its layout, what was replaced,
    what the sanitizer removed and where the disclosure stamp went."""

    document: Document
    layout: DocumentLayout
    applied: tuple[Applied, ...]
    sanitize: tuple[SanitizeAction, ...]
    stamp: str | None


class _Decision(Protocol):
    @property
    def action(self) -> str: ...
    @property
    def basis(self) -> str | None: ...


_OPERATIONS = frozenset(op.value for op in Operation)


def redactions_for(findings: Sequence[Finding], decisions: Mapping[str, _Decision],
                   policy: RedactionPolicy) -> list[Redaction]:
    """One :class:`Redaction` per finding: its decision (an object with ``action`` and ``basis``)
    where there is one, else the policy's suggestion (what an undecided finding would get)."""
    out = []
    for f in findings:
        d = decisions.get(f.id)
        if d is not None and d.action in _OPERATIONS:
            out.append(Redaction(f, Operation(d.action), d.basis))
        elif d is not None:  # a classification mark's block / not_a_mark leaves its text as it is
            out.append(Redaction(f, Operation.KEEP, d.basis))
        else:
            out.append(Redaction(f, policy.suggestion(f), None))
    return out


def preview_publication(document: Document, redactions: Sequence[Redaction], policy: RedactionPolicy, *,
                        attribute: str = "public", review_id: str | None = None) -> PublicationPreview:
    """What publishing ``document`` with ``redactions`` would write (stamped with ``attribute``)."""
    stamp = Stamp(attribute, review_id or PREVIEW_REVIEW_ID)
    with tempfile.TemporaryDirectory(prefix="review-desk-preview-") as folder:
        out = Path(folder) / ("preview" + Path(document.path).suffix.lower())
        report = redact_document(document, redactions, out, policy, stamp=stamp)
        data = out.read_bytes()
        published = read_document(out, max_bytes=max(DEFAULT_MAX_BYTES, len(data)))
        layout = read_layout(published, data)
    return PublicationPreview(replace(published, path=document.path), layout, report.applied, report.sanitize,
                              report.stamp)
