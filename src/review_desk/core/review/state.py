"""The state of every review, rebuilt by replaying the audit log (the log is the only record; there
is no second table that could disagree with it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from review_desk.core.audit import Entry
from review_desk.core.detect.finding import Action, Finding

from . import events as ev


_PLAIN_MAX = 80  # characters of a non-personal value kept in plain words


@dataclass(frozen=True)
class FindingRecord:
    id: str
    type: str
    part: str
    location: str
    start: int
    end: int
    preview: str
    value_hash: str
    score: int  # thousandths
    recognizer: str
    suggested: str  # redact | mask | keep
    manual: bool = False
    added_by: str | None = None
    added_at: str | None = None
    column: str | None = None  # the header of the table column it stands in, when it is in a table

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "type": self.type, "part": self.part, "location": self.location,
                "start": self.start, "end": self.end, "preview": self.preview, "value_hash": self.value_hash,
                "score": self.score, "recognizer": self.recognizer, "suggested": self.suggested,
                "manual": self.manual, **({"column": self.column} if self.column else {})}

    @classmethod
    def from_dict(cls, data: dict, added_by: str | None = None, added_at: str | None = None) -> "FindingRecord":
        return cls(data["id"], data["type"], data["part"], data["location"], int(data["start"]), int(data["end"]),
                   data["preview"], data["value_hash"], int(data.get("score", 0)), data.get("recognizer", ""),
                   data.get("suggested", "redact"), bool(data.get("manual", False)), added_by, added_at,
                   data.get("column"))

    @classmethod
    def of(cls, f: Finding, suggested: str, value_hash: str = "", manual: bool = False) -> "FindingRecord":
        """The record of a finding: its place, a masked preview, never its text."""
        from review_desk.core.detect.policy import BLOCKING_TYPES, PERSONAL_DATA_TYPES
        from review_desk.core.redact.masks import mask_value

        # personal data only ever as a masked preview; organisations, places and marks in plain words
        preview = mask_value(f.type, f.text) if f.type in PERSONAL_DATA_TYPES else f.text[:_PLAIN_MAX]
        if f.type in BLOCKING_TYPES:
            suggested = "block"  # 阻止公开（需定密审查）
        return cls(f.id, f.type, f.part, f.location, f.start, f.end, preview, value_hash,
                   int(round(f.score * 1000)), f.recognizer, suggested, manual)

    def finding(self, text: str) -> Finding:
        action = Action.BLOCK if self.type == "CLASSIFIED_MARK" else (
            Action.KEEP if self.suggested == Action.KEEP else Action.REDACT)
        return Finding(self.type, text, self.start, self.end, self.part, self.location, self.score / 1000,
                       action, self.recognizer)


@dataclass(frozen=True)
class Decision:
    finding_id: str
    action: str
    basis: str | None
    note: str | None
    suggested: bool
    by: str
    at: str
    seq: int


@dataclass(frozen=True)
class Signature:
    fingerprint: str
    at: str
    digest: str
    attribute: str | None = None
    basis: str | None = None
    reason: str | None = None
    seq: int = 0
    record: dict | None = None  # the 审查单 fields given at sign-off (drafting_unit, handler, opinion, scope …)
    summary: bool = False  # 摘要公开: the reviewer recorded that the item is published as a summary


@dataclass(frozen=True)
class Publication:
    at: str
    by: str
    sha256_out: str
    output_name: str
    stamp: str | None
    seq: int = 0
    attribute: str | None = None
    sanitized: tuple[str, ...] = ()
    residual: str | None = None  # "passed" or what the residual check found
    archive: bool = False  # an internal archive copy of a withheld document, not a publication


@dataclass(frozen=True)
class Revocation:
    """A signed 撤销 of a review: its decisions no longer stand; a new review may supersede it."""

    fingerprint: str
    at: str
    reason: str
    seq: int = 0


@dataclass(frozen=True)
class Anomaly:
    """Something in the log that the workflow never writes: the review it concerns cannot be
    published and ``log verify`` fails (codes: :mod:`.integrity`)."""

    code: str
    seq: int
    review_id: str
    message: str


DECISION_AFTER_SIGNOFF = "decision_after_signoff"
DECISIONS_NOT_SIGNED = "decisions_not_signed"
DUPLICATE_REVIEW = "duplicate_review"


@dataclass
class ReviewState:
    review_id: str
    sha256: str
    file_name: str
    format: str
    title: str | None
    doc_number: str | None
    policy: str
    reviewer: str  # fingerprint of the reviewer who started it
    started_at: str
    findings: dict[str, FindingRecord] = field(default_factory=dict)
    decisions: dict[str, Decision] = field(default_factory=dict)
    signature: Signature | None = None
    countersignature: Signature | None = None
    approval: Signature | None = None  # 批准, when the policy asks for it
    publications: list[Publication] = field(default_factory=list)
    last_event_at: str = ""
    anomalies: list[Anomaly] = field(default_factory=list)
    supersedes: str | None = None  # the revoked review this one replaces
    superseded_by: str | None = None
    revocation: Revocation | None = None
    kind: dict | None = None  # the document kind and its deadline (core/review/kinds.py KindInfo.to_dict)
    seqs: set[int] = field(default_factory=set)  # the log entries that touch this review

    @property
    def undecided(self) -> list[FindingRecord]:
        return [f for fid, f in self.findings.items() if fid not in self.decisions]

    @property
    def status(self) -> str:
        if self.revocation:
            return "revoked"
        if any(not p.archive for p in self.publications):
            return "published"
        if self.approval:
            return "approved"
        if self.countersignature:
            return "countersigned"
        if self.signature:
            return "signed"
        return "open"

    @property
    def is_open(self) -> bool:
        return self.signature is None and self.revocation is None

    def decision_rows(self) -> dict[str, dict[str, object]]:
        return {fid: {"action": d.action, "basis": d.basis} for fid, d in self.decisions.items()}

    def decisions_digest(self) -> str:
        """The digest a sign-off signs: SHA-256 of the canonical decision set (:func:`.events.decisions_digest`)."""
        return ev.decisions_digest(self.decision_rows())


def replay(entries: Iterable[Entry]) -> dict[str, ReviewState]:
    """Every review in the log, in the order they were started.

    What the workflow never writes is not applied but kept as an :class:`Anomaly` of the review:
    a second ``review_started`` with a used id (the first one counts) or for bytes that already
    have an open review, a decision or added finding after the sign-off (the signed decisions
    count), a sign-off or countersignature whose digest is not that of the decisions before it.
    """
    reviews: dict[str, ReviewState] = {}
    for e in entries:
        p = e.payload
        rid = p.get("review_id") if isinstance(p, dict) else None
        if e.event == ev.REVIEW_STARTED and rid:
            if rid in reviews:
                reviews[rid].anomalies.append(Anomaly(DUPLICATE_REVIEW, e.seq, rid, f"entry {e.seq} starts review "
                                                      f"{rid} a second time."))
                continue
            state = ReviewState(rid, p["sha256"], p.get("file_name", ""), p.get("format", ""), p.get("title"),
                                p.get("doc_number"), p.get("policy", "default"), e.actor, e.time,
                                supersedes=p.get("supersedes"),
                                kind=p.get("kind") if isinstance(p.get("kind"), dict) else None)
            if state.supersedes in reviews:
                reviews[state.supersedes].superseded_by = rid
            for f in p.get("findings", []):
                record = FindingRecord.from_dict(f)
                state.findings[record.id] = record
            rival = next((r for r in reviews.values() if r.sha256 == state.sha256 and r.is_open), None)
            if rival is not None:
                state.anomalies.append(Anomaly(DUPLICATE_REVIEW, e.seq, rid, f"entry {e.seq} starts review {rid} "
                                               f"while review {rival.review_id} of the same bytes is open."))
            reviews[rid] = state
            continue
        current = reviews.get(rid) if rid else None
        if current is None:
            continue
        state = current
        state.last_event_at = e.time
        state.seqs.add(e.seq)
        _apply(state, e)
    return reviews


def _apply(state: ReviewState, e: Entry) -> None:
    """One event of an existing review (see :func:`replay`)."""
    p, rid = e.payload, state.review_id
    if e.event in (ev.FINDING_ADDED, ev.FINDING_DECIDED) and state.signature is not None:
        state.anomalies.append(Anomaly(DECISION_AFTER_SIGNOFF, e.seq, state.review_id, f"entry {e.seq} ({e.event}) changes "
                                       f"review {rid} after its sign-off."))
    elif e.event == ev.FINDING_ADDED:
        record = FindingRecord.from_dict(p["finding"], e.actor, e.time)
        state.findings[record.id] = record
    elif e.event == ev.FINDING_DECIDED:
        state.decisions[p["finding_id"]] = Decision(p["finding_id"], p["action"], p.get("basis"), p.get("note"),
                                                    bool(p.get("suggested")), e.actor, e.time, e.seq)
    elif e.event in (ev.REVIEW_SIGNED, ev.REVIEW_COUNTERSIGNED, ev.REVIEW_APPROVED):
        digest = p.get("decisions", "")
        if digest != state.decisions_digest():
            state.anomalies.append(Anomaly(DECISIONS_NOT_SIGNED, e.seq, state.review_id, f"entry {e.seq} ({e.event}) signs "
                                           f"a decision set of review {rid} other than the one recorded."))
        if e.event == ev.REVIEW_SIGNED:
            state.signature = Signature(e.actor, e.time, digest, p.get("attribute"), p.get("basis"),
                                        p.get("reason"), e.seq, p.get("record"), p.get("summary") is True)
        elif e.event == ev.REVIEW_COUNTERSIGNED:
            state.countersignature = Signature(e.actor, e.time, digest, seq=e.seq)
        else:
            state.approval = Signature(e.actor, e.time, digest, seq=e.seq)
    elif e.event == ev.DOCUMENT_PUBLISHED:
        state.publications.append(Publication(e.time, e.actor, p["sha256_out"], p.get("output_name", ""),
                                              p.get("stamp"), e.seq, p.get("attribute"),
                                              tuple(p.get("sanitized") or ()), p.get("residual"),
                                              bool(p.get("archive"))))
    elif e.event == ev.REVIEW_REVOKED:
        state.revocation = Revocation(e.actor, e.time, p.get("reason", ""), e.seq)
