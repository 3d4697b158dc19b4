"""The review workflow over one desk home: reviewers, reviews bound to a file's SHA-256, decisions,
sign-off, countersignature, publishing and the PDF review log.  The command line and the GUI both
call this class; it adds the rules (:mod:`.rules`) and writes every step to the audit log.

Every method that changes something takes the acting reviewer's name and passphrase: the event is
signed with that reviewer's own key (谁审查谁负责).

The log is the desk's own SQLite file, or with ``database`` the office's shared PostgreSQL register
(every desk on it sees the same reviews; each reviewer's private key stays in their own desk home).
Every change runs in one exclusive write transaction of the log (:meth:`AuditLog.writing`) that reads the review again inside the lock and checks the rules against what it
reads there: a decision cannot land after a sign-off that another process wrote a moment before,
two processes starting the same bytes get one review, and the sign-off signs the exact decision
set it was checked against (:mod:`.integrity`).  Slow work (scanning, writing the copy) happens
outside the lock; publishing checks, inside it, that the review is still the one the copy was
made from.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review_desk.core import atomic
from review_desk.core.audit import REVIEWER_ADDED, AuditLog
from review_desk.core.detect.finding import Action, Finding
from review_desk.core.document import Document, read_document
from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.faults import crash_point
from review_desk.core.home import restrict_tree
from review_desk.core.identity import Reviewer, create_key, unlock_key
from review_desk.core.names import ATTRIBUTES
from review_desk.core.publish.stamp import Stamp
from review_desk.core.redact import Redaction, RedactionPolicy, RedactionReport, load_policy, redact_document
from review_desk.core.redact.masks import mask_value

from . import events as ev
from .kind_findings import with_policy_findings
from .representative import suggested_basis
from .integrity import check_signoff
from .kinds import classify, policy_for
from .columns import fill_columns, missing_columns, with_columns
from .metadata import document_number, document_title
from .stages import required_stages, stamp_style, staff_properties
from .rules import (
    ARCHIVE_MARK,
    ARCHIVE_PROPERTY,
    approve_blockers,
    InvalidDecision,
    ReviewError,
    check_type,
    countersign_blockers,
    normalise_decision,
    operation_of,
    publish_blockers,
    raise_blockers,
    revoke_blockers,
    sign_blockers,
    supersedes_for,
    suggestion_for,
)
from .state import FindingRecord, ReviewState, replay


def masked_name(name: str, findings: Sequence[Finding]) -> str:
    """A file name with the personal values found in the document masked (张三丰申请.docx -> 张**申请.docx):
    the log keeps the name auditors know the item by, never a person's data."""
    from review_desk.core.detect.policy import PERSONAL_DATA_TYPES

    for f in sorted(findings, key=lambda f: -len(f.text)):
        if f.type in PERSONAL_DATA_TYPES and len(f.text) >= 2 and f.text in name:
            name = name.replace(f.text, mask_value(f.type, f.text))
    return name


def text_occurrences(document: Document, text: str) -> list[tuple[str, str, int]]:
    """``(part, location, start)`` of every occurrence of ``text``, in reading order."""
    return [(seg.part, seg.location, start) for seg, start in document.occurrences(text)]


@dataclass(frozen=True)
class DecisionInput:
    finding_id: str
    action: str
    basis: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Identity:
    """An unlocked reviewer (the desk holds it for a session so the passphrase is asked once)."""

    reviewer: Reviewer
    key: Ed25519PrivateKey

    @property
    def name(self) -> str:
        return self.reviewer.name


@dataclass(frozen=True)
class Started:
    review: ReviewState
    document: Document
    texts: dict[str, str]  # finding id -> text in the document
    resumed: bool


class ReviewDesk:
    def __init__(self, home: Path, database: str | None = None) -> None:
        self.home = Path(home)
        self.database = database or None
        self.log = AuditLog(self.home, self.database)  # (an older version's reviews/*.json move into the log)
        restrict_tree(self.home)  # an older version left its files readable to others

    def close(self) -> None:
        self.log.close()

    def __enter__(self) -> "ReviewDesk":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reviewers ----------------------------------------------------------------------------

    def add_reviewer(self, name: str, unit: str, passphrase: str) -> Reviewer:
        if self.log.reviewer(name) is not None:
            raise ReviewError(f"A reviewer named {name} is already registered.", code=ErrorCode.REVIEWER_EXISTS)
        reviewer, key = create_key(self.home, name, unit, passphrase)
        self.log.register_reviewer(reviewer, key)
        return reviewer

    def reviewer(self, name_or_fingerprint: str) -> Reviewer:
        found = self.log.reviewer(name_or_fingerprint)
        if found is None:
            names = ", ".join(r.name for r in self.log.reviewers()) or "none yet (review-desk reviewer add)"
            raise ReviewError(f"No reviewer {name_or_fingerprint!r}; registered: {names}.")
        return found

    def unlock(self, name: str, passphrase: str) -> tuple[Reviewer, Ed25519PrivateKey]:
        reviewer = self.reviewer(name)
        return reviewer, unlock_key(self.home, reviewer.fingerprint, passphrase)

    def identity(self, name: str, passphrase: str) -> Identity:
        """Unlock a reviewer's key once; pass the result as ``who`` instead of name + passphrase."""
        return Identity(*self.unlock(name, passphrase))

    def _who(self, who: "str | Identity", passphrase: str | None) -> tuple[Reviewer, Ed25519PrivateKey]:
        if isinstance(who, Identity):
            if self.log.reviewer(who.reviewer.fingerprint) is None:
                raise ReviewError(f"{who.name} is not a registered reviewer of this desk.")
            return who.reviewer, who.key
        return self.unlock(who, passphrase or "")

    # -- reading ------------------------------------------------------------------------------

    def reviews(self) -> dict[str, ReviewState]:
        return replay(self.log.entries())

    def review(self, review_id: str) -> ReviewState:
        state = self.reviews().get(review_id)
        if state is None:
            raise ReviewError(f"No review {review_id!r} in this desk's log.")
        return state

    def _texts(self, state: ReviewState, document: Document) -> dict[str, str]:
        """The text of each finding, taken from the document and checked against its keyed hash."""
        segments = {(s.part, s.location): s for s in document.segments}
        texts = {}
        for fid, f in state.findings.items():
            seg = segments.get((f.part, f.location))
            base = seg.offset if seg is not None and seg.part == "text" else 0
            text = seg.text[f.start - base : f.end - base] if seg is not None else None
            if text is None or self.log.keyed_hash(text) != f.value_hash:
                raise ReviewError(f"Finding {fid} does not match the document at {f.part} {f.location}; "
                                  "this is not the reviewed file.")
            texts[fid] = text
        return texts

    def _remembered_name(self, state: ReviewState) -> str:
        """The file in the current folder with the name the review was started from (the log keeps
        its keyed hash), else the logged (masked) name."""
        found = self.log.find_file(state.review_id, Path.cwd())
        return found.name if found is not None else state.file_name

    def _document(self, state: ReviewState, file: str | None) -> Document:
        """The reviewed file: ``file``, else the remembered file name in the current folder."""
        if file is None:
            name = self._remembered_name(state)
            if not name or not Path(name).is_file():
                raise ReviewError(f"Where is the file of review {state.review_id} ({name or 'name unknown'})? Pass "
                                  "it with --file, or run from its folder.")
            file = name
        return read_document(file)

    # -- starting -----------------------------------------------------------------------------

    def _record(self, f: Finding, policy: RedactionPolicy, manual: bool = False) -> dict:
        return FindingRecord.of(f, policy.suggestion(f).value, self.log.keyed_hash(f.text), manual).to_dict()

    def start(self, path: str, reviewer_name: "str | Identity", passphrase: str | None,
              scan: Callable[[Document], Sequence[Finding]], policy_name: str | None = None,
              kind: str | None = None) -> Started:
        """Start (or resume) the review of ``path``: one open review per SHA-256 (一事一审).

        ``kind`` (a DocumentKind value) overrides the kind read from the document; without
        ``policy_name`` the kind's policy is used (``kinds.policy_for``)."""
        reviewer, key = self._who(reviewer_name, passphrase)
        document = read_document(path)
        state = self._open_review_of(document.sha256, reviewer)
        if state is None:  # scan outside the lock (slow), then decide inside it who starts the review
            self._supersedes(document.sha256)  # refused before the scan while a signed review stands
            kind_info = classify(document, kind)
            policy_name = policy_name or policy_for(kind_info.kind)
            policy = load_policy(policy_name)
            findings = list(scan(document))
            findings = with_policy_findings(document, findings, policy)  # 抄送 block, 双公示 representatives
            records = with_columns([self._record(f, policy) for f in findings], document)
            payload = {
                "sha256": document.sha256, "file_name": masked_name(Path(path).name, findings),
                "format": document.format.value, "size": Path(path).stat().st_size,
                "title": document_title(document, findings), "doc_number": document_number(document),
                "kind": kind_info.to_dict(), "policy": policy_name, "findings": records,
            }
            with self.log.writing(reviewer.fingerprint, key) as tx:
                state = self._open_review_of(document.sha256, reviewer)
                if state is None:
                    payload["review_id"] = self._new_review_id(document.sha256)
                    supersedes = self._supersedes(document.sha256)
                    if supersedes:
                        payload["supersedes"] = supersedes
                    tx.append(ev.REVIEW_STARTED, payload)
            resumed = state is not None
            state = state or self.review(str(payload["review_id"]))
        else:
            resumed = True
        self.log.record_file(state.review_id, Path(path).name, document.sha256)
        return Started(state, document, self._texts(state, document), resumed=resumed)

    def _open_review_of(self, sha256: str, reviewer: Reviewer) -> ReviewState | None:
        """The open review of these bytes if ``reviewer`` owns it; refused if another reviewer does."""
        state = next((r for r in self.reviews().values() if r.sha256 == sha256 and r.is_open), None)
        if state is not None and state.reviewer != reviewer.fingerprint:
            owner = self.reviewer(state.reviewer).name
            raise ReviewError(f"These bytes are already under review {state.review_id} by {owner}; "
                              "one item, one review.")
        return state

    def _supersedes(self, sha256: str) -> str | None:
        """The revoked review a new review of these bytes replaces; refused while a signed one stands."""
        return supersedes_for([r for r in self.reviews().values() if r.sha256 == sha256])

    def _new_review_id(self, sha256: str) -> str:
        """``R-<first 12 hex of the SHA-256>-<n>``, n one more than the reviews of these bytes (unused)."""
        reviews = self.reviews()
        n = sum(1 for r in reviews.values() if r.sha256 == sha256) + 1
        while f"R-{sha256[:12]}-{n}" in reviews:
            n += 1
        return f"R-{sha256[:12]}-{n}"

    # -- deciding -----------------------------------------------------------------------------

    def _open_for(self, review_id: str, reviewer: Reviewer) -> ReviewState:
        state = self.review(review_id)
        if not state.is_open:
            raise ReviewError(f"Review {review_id} is signed; its decisions are final. A new version of the "
                              "file needs a new review.")
        if state.reviewer != reviewer.fingerprint:
            raise ReviewError(f"Review {review_id} belongs to {self.reviewer(state.reviewer).name}; only that "
                              "reviewer decides its findings.")
        return state

    def decide(self, review_id: str, decisions: Iterable[DecisionInput], reviewer_name: "str | Identity",
               passphrase: str | None = None, *, suggested: bool = False) -> int:
        """Record decisions, all or none, in one transaction that checks the review is still open."""
        decisions = list(decisions)
        return self._decide(review_id, lambda state: decisions, reviewer_name, passphrase, suggested)

    def _decide(self, review_id: str, choose: Callable[[ReviewState], list[DecisionInput]],
                reviewer_name: "str | Identity", passphrase: str | None, suggested: bool) -> int:
        reviewer, key = self._who(reviewer_name, passphrase)
        with self.log.writing(reviewer.fingerprint, key) as tx:
            state = self._open_for(review_id, reviewer)
            policy = load_policy(state.policy)
            rows = []
            for d in choose(state):
                finding = state.findings.get(d.finding_id)
                if finding is None:
                    raise InvalidDecision(f"Review {review_id} has no finding {d.finding_id!r}.")
                basis = normalise_decision(finding, d.action, d.basis, policy, d.note)
                rows.append({"review_id": review_id, "finding_id": d.finding_id, "action": d.action, "basis": basis,
                             "note": (d.note or None), "suggested": suggested})
            ids = [r["finding_id"] for r in rows]
            if len(ids) != len(set(ids)):
                raise InvalidDecision("A finding appears twice in the decisions; each gets exactly one decision.")
            for row in rows:  # all validated first; an error rolls back the whole transaction
                tx.append(ev.FINDING_DECIDED, row)
        return len(rows)

    def accept_suggested(self, review_id: str, reviewer_name: "str | Identity", passphrase: str | None = None) -> int:
        """Apply the policy's suggestion to every undecided finding (recorded as suggested)."""

        def choose(state: ReviewState) -> list[DecisionInput]:
            policy = load_policy(state.policy)
            return [DecisionInput(f.id, suggestion_for(f.type, f.suggested),
                                  suggested_basis(f.recognizer, f.suggested, policy)) for f in state.undecided]

        return self._decide(review_id, choose, reviewer_name, passphrase, True)

    def add_finding(self, review_id: str, text: str, entity_type: str, reviewer_name: "str | Identity", passphrase: str | None = None,
                    *, file: str | None = None, occurrence: int | None = None) -> list[FindingRecord]:
        """A span the detector missed: every occurrence of ``text`` (or only the ``occurrence``-th, 1-based)."""
        reviewer, key = self._who(reviewer_name, passphrase)
        state = self._open_for(review_id, reviewer)  # checked again inside the transaction below
        check_type(entity_type)
        if not text.strip():
            raise InvalidDecision("A manual finding needs a text.")
        document = self._document(state, file)
        if document.sha256 != state.sha256:
            raise ReviewError("The file changed after the review started; start a new review.")
        found = [Finding(entity_type, text, start, start + len(text), part, location, 1.0, Action.REDACT, "manual")
                 for part, location, start in text_occurrences(document, text)]
        if occurrence is not None:
            if not 1 <= occurrence <= len(found):
                raise InvalidDecision(f"{text!r} occurs {len(found)} time(s); occurrence {occurrence} does not exist.")
            found = [found[occurrence - 1]]
        if not found:
            raise InvalidDecision(f"The text {mask_value(entity_type, text)!r} does not occur in the document.")
        policy = load_policy(state.policy)
        added = []
        with self.log.writing(reviewer.fingerprint, key) as tx:
            state = self._open_for(review_id, reviewer)
            for f in found:
                if f.id in state.findings:
                    continue
                record = self._record(f, policy, manual=True)
                tx.append(ev.FINDING_ADDED, {"review_id": review_id, "finding": record})
                added.append(FindingRecord.from_dict(record))
        return added

    # -- signing ------------------------------------------------------------------------------

    def sign(self, review_id: str, attribute: str, reviewer_name: "str | Identity", passphrase: str | None = None,
             basis: str | None = None, reason: str | None = None, *,
             record: "dict[str, str] | None" = None, summary: bool = False) -> ReviewState:
        """Sign (初审) with the disclosure attribute; ``record`` holds the 审查单 fields (:data:`.events.RECORD_FIELDS`);
        ``summary``: the item is published as a summary (摘要公开, plan item 5), recorded in the signed entry."""
        reviewer, key = self._who(reviewer_name, passphrase)
        with self.log.writing(reviewer.fingerprint, key) as tx:
            state = self.review(review_id)
            raise_blockers(sign_blockers(state, reviewer.fingerprint, attribute, basis, reason),
                           "Signing is not allowed yet: ")
            check_signoff(state)
            counts: dict[str, int] = {}
            for d in state.decisions.values():
                counts[d.action] = counts.get(d.action, 0) + 1
            payload: dict[str, object] = {
                       "review_id": review_id, "sha256": state.sha256, "attribute": attribute,
                       "basis": basis if attribute != "public" else basis or None,
                       "reason": (reason or "").strip() or None, "decisions": state.decisions_digest(),
                       "counts": counts}
            fields = ev.record_fields(record)
            if fields:
                payload["record"] = fields
            if summary:
                payload["summary"] = True
            crash_point("sign.before_log")
            tx.append(ev.REVIEW_SIGNED, payload, checkpoint=True)
        return self.review(review_id)

    def countersign(self, review_id: str, reviewer_name: "str | Identity", passphrase: str | None = None) -> ReviewState:
        reviewer, key = self._who(reviewer_name, passphrase)
        with self.log.writing(reviewer.fingerprint, key) as tx:
            state = self.review(review_id)
            raise_blockers(countersign_blockers(state, reviewer.fingerprint), "Countersigning is not allowed: ")
            check_signoff(state)
            payload = {"review_id": review_id, "sha256": state.sha256, "decisions": state.decisions_digest()}
            tx.append(ev.REVIEW_COUNTERSIGNED, payload, checkpoint=True)
        return self.review(review_id)

    def approve(self, review_id: str, who: "str | Identity", passphrase: str | None = None) -> ReviewState:
        """批准 (the third stage): an approver other than the reviewer and countersigner signs off, after
        the earlier stages the policy requires."""
        reviewer, key = self._who(who, passphrase)
        with self.log.writing(reviewer.fingerprint, key) as tx:
            state = self.review(review_id)
            required = required_stages(load_policy(state.policy))
            raise_blockers(approve_blockers(state, reviewer.fingerprint, required), "Approving is refused: ")
            check_signoff(state)
            payload = {"review_id": review_id, "sha256": state.sha256, "decisions": state.decisions_digest()}
            tx.append(ev.REVIEW_APPROVED, payload, checkpoint=True)
        return self.review(review_id)

    def revoke(self, review_id: str, reason: str, who: "str | Identity", passphrase: str | None = None) -> ReviewState:
        """Revoke (撤销) a signed review with a reason: it is no longer published, and the same bytes may
        be reviewed again (the new review supersedes this one).  Only its reviewer or countersigner."""
        reviewer, key = self._who(who, passphrase)
        with self.log.writing(reviewer.fingerprint, key) as tx:
            state = self.review(review_id)
            raise_blockers(revoke_blockers(state, reviewer.fingerprint, reason), "Revoking is refused: ")
            tx.append(ev.REVIEW_REVOKED, {"review_id": review_id, "sha256": state.sha256, "reason": reason.strip()},
                      checkpoint=True)
        return self.review(review_id)

    # -- publishing ---------------------------------------------------------------------------

    def publish(self, review_id: str, output: str, reviewer_name: "str | Identity | None", passphrase: str | None = None,
                *, file: str | None = None, force: bool = False, agency: str | None = None,
                archive: bool = False) -> RedactionReport:
        """Write the de-identified, sanitized, stamped copy; refused unless a signed review covers
        exactly the file's current bytes.  The output's hash is logged before the copy takes its name.
        ``archive``: a 不予公开 review's internal archive copy (marked as such; never a publication)."""
        state = self.review(review_id)
        reviewer, key = self._who(reviewer_name or self.reviewer(state.reviewer).name, passphrase)
        if reviewer.fingerprint not in {state.reviewer} | ({state.countersignature.fingerprint}
                                                           if state.countersignature else set()):
            raise ReviewError("Only the reviewer or the countersigner of a review publishes it (谁公开谁审查).")
        policy = load_policy(state.policy)
        document = self._document(state, file)
        raise_blockers(publish_blockers(state, policy, document.sha256, archive=archive), "Publishing is refused: ")
        check_signoff(state)
        texts = self._texts(state, document)
        redactions = []
        for fid, f in state.findings.items():
            d = state.decisions[fid]
            redactions.append(Redaction(f.finding(texts[fid]), operation_of(d.action), d.basis))
        signature = state.signature
        if signature is None:  # publish_blockers refuses an unsigned review first
            raise ReviewError(f"Review {review_id} is not signed.")
        # no staff names in the published file unless the policy asks for them
        properties = {**staff_properties(policy, reviewer.name), **({ARCHIVE_PROPERTY: ARCHIVE_MARK} if archive else {})}
        stamp = Stamp(signature.attribute or "public", review_id, properties, style=stamp_style(policy))

        def log_publication(report: RedactionReport) -> None:
            crash_point("publish.before_log")
            payload = {"review_id": review_id, "sha256_in": state.sha256, "sha256_out": report.sha256_out,
                       "output_name": Path(output).name, "attribute": signature.attribute, "stamp": report.stamp,
                       "sanitized": [a.code for a in report.sanitize],
                       "residual": "passed" if report.residual.passed else f"{len(report.residual.residues)} found",
                       **({"archive": True} if archive else {})}
            with self.log.writing(reviewer.fingerprint, key) as tx:
                now = self.review(review_id)  # the copy was made from ``state``: is it still the review?
                check_signoff(now)
                problems = publish_blockers(now, policy, state.sha256, archive=archive)
                if problems or now.signature != signature or now.decisions_digest() != state.decisions_digest():
                    raise ReviewError("Publishing is refused: the review changed while the copy was written. "
                                      + " ".join(problems))
                tx.append(ev.DOCUMENT_PUBLISHED, payload, checkpoint=True)
            crash_point("publish.before_commit")

        return redact_document(document, redactions, output, policy, stamp=stamp, force=force, agency=agency,
                               protected=(self.home,),
                               before_commit=log_publication)

    # -- export -------------------------------------------------------------------------------

    def export_log(self, path: str | Path, who: "str | Identity | None" = None, passphrase: str | None = None, *,
                   review_id: str | None = None, since: str | None = None, until: str | None = None,
                   agency: str | None = None, force: bool = False, exporter: str | None = None,
                   zone: str | None = None, files: Sequence[str] = ()):
        """Write the PDF review log (verified now); returns the report written and the PDF's SHA-256.

        With ``who`` the export is recorded in the log, signed (the identity is checked before
        anything is written): its SHA-256, size and export id (printed in the PDF), which ``log
        verify-pdf`` compares a PDF with; the log's root is first signed as a checkpoint, so the PDF
        prints the checkpoint of the state it was made from.  Without, no key is needed (an auditor):
        ``exporter`` names them in the PDF, unsigned, and the log is not written (the PDF prints the
        latest checkpoint there is).  A log that fails its check is exported with every
        touched item marked, and never appended to.  The destination
        (:func:`review_desk.core.atomic.check_destination`: never in the data folder, an existing
        file only with ``force``) is checked before anything is written; a write failure raises
        :class:`review_desk.core.atomic.OutputError` (``write_failed``) and logs nothing.  ``files``: reviewed
        documents at hand, from which an older review's table columns are named (:mod:`.columns`)."""
        from review_desk.core.report import write_review_log_pdf

        from .integrity import verify_desk
        from .log_report import build_report

        signer = self._who(who, passphrase) if who is not None else None
        if review_id is not None:
            self.review(review_id)
        atomic.check_destination(path, protected=(self.home,), force=force)
        check = verify_desk(self.home, self.database)
        if signer is not None and check.ok and len(self.log):  # the PDF names the state it was made from
            self.log.checkpoint(signer[0].fingerprint, signer[1])
        export_id = secrets.token_hex(16)
        registered = {e.actor: e.seq for e in self.log.entries(event=REVIEWER_ADDED)}
        states = [self._with_columns(s, files) for s in self.reviews().values()]
        report = build_report(states, self.log.reviewers(), check, review_id=review_id,
                              since=since, until=until, agency=agency, zone_name=zone,
                              exporter=signer[0].name if signer else exporter, exporter_signed=signer is not None,
                              registered=registered, checkpoint=self.log.latest_checkpoint(), export_id=export_id)
        atomic.clean_stale(path)  # a copy left half-written by a killed export is never used
        try:
            write_review_log_pdf(report, path)
        except OSError as exc:
            raise atomic.write_failed(path, exc) from exc
        digest = sha256_file(path)
        if signer is not None and check.ok:
            payload = {"review_id": review_id, "from": since, "to": until, "pdf_sha256": digest,
                       "pdf_size": Path(path).stat().st_size, "export_id": export_id, "items": len(report.items)}
            self.log.append(ev.LOG_EXPORTED, payload, signer[0].fingerprint, signer[1])
        return report, digest

    def _with_columns(self, state: ReviewState, files: Sequence[str]) -> ReviewState:
        """``state`` with its table findings' column headers filled from the reviewed file when an
        older review stored none and the file (one of ``files``, or the remembered name in the
        current folder) is at hand with the reviewed SHA-256; else as it is."""
        if not missing_columns(state):
            return state
        for name in (*files, self._remembered_name(state)):
            try:
                if name and Path(name).is_file() and sha256_file(name) == state.sha256:
                    return fill_columns(state, read_document(name))
            except (OSError, ReviewDeskError):
                continue
        return state

    def export_checkpoint(self, path: str | Path, who: "str | Identity | None" = None, passphrase: str | None = None,
                          *, force: bool = False):
        """Write the log's signed checkpoint at its current size to ``path``, for an auditor to keep
        outside the desk (:mod:`review_desk.core.audit.checkpoint_file`); returns what was written.

        If the log has no checkpoint at its size, ``who`` signs one (without ``who`` that is a usage
        error).  A log that fails its check is refused: its checkpoint would vouch for damage."""
        from review_desk.core.audit.checkpoint_file import current_checkpoint, kept_checkpoint, write_kept_checkpoint

        from .integrity import verify_desk

        signer = self._who(who, passphrase) if who is not None else None
        atomic.check_destination(path, protected=(self.home,), force=force)
        check = verify_desk(self.home, self.database)
        if not check.ok:
            raise ReviewError(f"The log does not verify, so no checkpoint of it is exported: {check.problem}",
                              code=ErrorCode(check.code or ErrorCode.TAMPERED))
        checkpoint = current_checkpoint(self.log, (signer[0].fingerprint, signer[1]) if signer else None)
        kept = kept_checkpoint(self.log, checkpoint)
        write_kept_checkpoint(kept, path, protected=(self.home,), force=force)
        return kept


def sha256_file(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


__all__ = ["ATTRIBUTES", "DecisionInput", "Identity", "ReviewDesk", "Started", "sha256_file"]
