"""Plain data for the review log PDF (审查记录): what the workflow code fills in.

Every value is already in its final form: previews are masked (``张*``, ``138****5678``),
times are ISO 8601 strings, and enumerations are the workflow's stable codes
(see :mod:`review_desk.core.names` for their Chinese names).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReviewerRow:
    """One person who signed (or is to sign) a review; ``role`` is "reviewer" or "countersigner"."""

    name: str
    unit: str
    fingerprint: str
    role: str
    signed_at: str | None


@dataclass(frozen=True)
class DecisionRow:
    """One decision on one finding; ``action`` is "redact", "mask" or "keep".

    ``preview`` is already masked.  ``suggested``: the action is the one the tool suggested;
    ``manual``: the reviewer marked the text by hand (not a detector finding).
    """

    finding_id: str
    type: str
    where: str
    preview: str
    action: str
    basis: str | None
    basis_label: str | None
    note: str | None
    decided_by: str
    decided_at: str
    suggested: bool
    manual: bool


@dataclass(frozen=True)
class PublicationRow:
    """One copy written by ``publish``: its file name and SHA-256, the sanitizer's steps and the
    residual check (``"passed"`` or what it found); ``archive``: an internal copy, not a publication."""

    at: str
    by: str
    output_name: str
    sha256_out: str
    attribute: str | None
    stamp: str | None
    sanitized: tuple[str, ...]
    residual: str | None
    archive: bool = False


@dataclass(frozen=True)
class SignatureRow:
    """One signed act in the log (``role``: reviewer | countersigner | approver | revoker | publisher)
    and exactly what was checked of it (None: not checked, or not applicable):

    ``verified``: its Ed25519 signature verifies under the signer's key as registered in the log;
    ``registered_seq``: the log entry that registered the signer's key (0: none did), which must
    come before ``seq``; ``decisions_match``: the decision-set hash it signs is that of the recorded
    decisions (None for acts that sign no decision set: revoking, publishing); ``anomalies``: the
    workflow anomalies that concern it, as ``(code, log entry)`` (codes of :mod:`review_desk.core.names`
    ``ANOMALIES``)."""

    role: str
    name: str
    fingerprint: str
    at: str
    seq: int
    verified: bool | None
    registered_seq: int | None = None
    decisions_match: bool | None = None
    anomalies: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ItemReport:
    """One reviewed document.

    ``status``: "open" | "signed" | "countersigned" | "published" | "revoked";
    ``attribute``: "public" | "on-request" | "withheld" (主动公开 / 依申请公开 / 不予公开) or None.
    """

    review_id: str
    file_name: str
    title: str | None
    doc_number: str | None
    sha256_in: str
    sha256_out: str | None
    status: str
    started_at: str
    signed_at: str | None
    published_at: str | None
    attribute: str | None
    attribute_basis: str | None
    attribute_basis_label: str | None
    attribute_reason: str | None
    reviewers: tuple[ReviewerRow, ...]
    decisions: tuple[DecisionRow, ...]
    policy: str | None = None
    publications: tuple[PublicationRow, ...] = ()
    signatures: tuple[SignatureRow, ...] = ()
    supersedes: str | None = None  # the revoked review this one replaces
    superseded_by: str | None = None
    revoked_at: str | None = None
    revoked_by: str | None = None
    revoke_reason: str | None = None
    tampered: bool = False  # touched by the first bad entry of a failed log check
    record: tuple[tuple[str, str], ...] = ()  # the 审查单 fields given at sign-off (拟稿单位, 公开范围 …)
    summary: bool = False  # 摘要公开: the reviewer signed it for publication as a summary
    kind: str | None = None  # the document kind (core/review/kinds.py DocumentKind value)
    kind_overridden: bool = False  # the reviewer chose the kind (review start --kind)
    deadline_rule: str | None = None  # names.DEADLINE_RULES code
    due: str | None = None  # ISO date of the publication deadline
    due_estimated: bool = False  # counted past the holiday calendar
    missing: tuple[str, ...] = ()  # the required fields the document leaves out (names.REQUIRED_FIELDS codes)


@dataclass(frozen=True)
class VerificationSummary:
    """The result of checking the append-only review log (hash chain and checkpoint), and the latest
    signed checkpoint (an auditor compares it with the checkpoints kept outside the desk)."""

    ok: bool
    entries: int
    problem: str | None
    checkpoint_size: int | None
    checkpoint_root: str | None
    checked_at: str
    first_bad_seq: int | None = None
    checkpoint_time: str | None = None
    checkpoint_signer: str | None = None  # "name（fingerprint）"


@dataclass(frozen=True)
class ReviewLogReport:
    """Everything the PDF shows: the period, the log check and the reviewed items."""

    generated_at: str
    period_from: str | None
    period_to: str | None
    items: tuple[ItemReport, ...]
    verification: VerificationSummary
    agency: str | None = None
    exporter: str | None = None  # who exported it (unsigned unless ``exporter_signed``)
    exporter_signed: bool = False
    timezone: str = "Asia/Shanghai"
    export_id: str | None = None  # recorded with the PDF's SHA-256 in the log (log verify-pdf)
