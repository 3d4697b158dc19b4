"""The PDF review log's content, built from the replayed reviews and a fresh verification of the
log (auditors read it; see :mod:`review_desk.core.report`).

Times are shown in the auditor's local zone (Asia/Shanghai unless configured), with the offset;
locations in words (``正文第 12 段``, ``表 1 第 3 行「身份证号码」列``); each signature says exactly
what was checked of it (valid under the registered key, the key registered before it, the signed
decision set that of the record, the anomalies against it by name); every item touched by the
first bad entry of a failed check is marked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta, timezone, tzinfo

from review_desk.core.audit import Checkpoint, Verification
from review_desk.core.audit.verify import TAMPERED
from review_desk.core.identity import Reviewer
from review_desk.core.legal import BY_CODE
from review_desk.core.report import (DecisionRow, ItemReport, PublicationRow, ReviewerRow, ReviewLogReport,
                                     SignatureRow, VerificationSummary)
from review_desk.core.report.places import readable_location

from .kinds import kind_from_dict
from .state import DECISION_AFTER_SIGNOFF, DECISIONS_NOT_SIGNED, DUPLICATE_REVIEW, ReviewState, Signature

DEFAULT_ZONE = "Asia/Shanghai"
_FALLBACK = {"Asia/Shanghai": timezone(timedelta(hours=8), "CST"), "UTC": timezone.utc}


def local_zone(name: str | None = None) -> tzinfo:
    """The zone called ``name`` (default Asia/Shanghai); without the tz database, Asia/Shanghai and
    UTC still work (a frozen build may ship none)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = name or DEFAULT_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        if name in _FALLBACK:
            return _FALLBACK[name]
        from review_desk.core.errors import ErrorCode, ReviewDeskError

        raise ReviewDeskError(ErrorCode.USAGE, f"Unknown time zone {name!r} (e.g. Asia/Shanghai, UTC).") from None


def localise(value: str | None, zone: tzinfo) -> str | None:
    """An ISO time (``…Z`` or with an offset) in ``zone``, as ISO with its offset."""
    if not value:
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone).isoformat(timespec="seconds")


def _in_period(state: ReviewState, since: str | None, until: str | None, zone: tzinfo) -> bool:
    """Whether the review had any event in the period (local dates in ``zone``, compared as ISO strings)."""
    start = (localise(state.started_at, zone) or "")[:10]
    last = (localise(state.last_event_at or state.started_at, zone) or "")[:10]
    return (since is None or last >= since[:10]) and (until is None or start <= until[:10])


def _label(code: str | None) -> str | None:
    return BY_CODE[code].label if code in BY_CODE else None


def _verified(seq: int, check: Verification) -> bool:
    """Whether the signature of entry ``seq`` verified under its signer's registered key.  The chain
    check stops at the first bad entry; a failure of the review rules (an anomaly) comes after a
    chain that was checked to its end, every signature included."""
    if check.ok or check.code not in (None, TAMPERED):
        return True
    return check.first_bad_seq is not None and 0 < seq < check.first_bad_seq


_SIGNS_DECISIONS = ("reviewer", "countersigner", "approver")


def _anomalies_of(role: str, seq: int, state: ReviewState) -> tuple[tuple[str, int], ...]:
    """The anomalies of ``state`` that concern the signed entry ``seq``: a decision set it signs that
    is not the recorded one (at ``seq`` itself), a decision written after it into the set it signed,
    a second start of the review before it."""
    out = []
    for a in state.anomalies:
        if a.code == DECISIONS_NOT_SIGNED and a.seq == seq \
                or a.code == DECISION_AFTER_SIGNOFF and role in _SIGNS_DECISIONS and a.seq > seq \
                or a.code == DUPLICATE_REVIEW and a.seq < seq:
            out.append((a.code, a.seq))
    return tuple(out)


def item_report(state: ReviewState, reviewers: dict[str, Reviewer], check: Verification | None = None,
                zone: tzinfo | None = None, registered: Mapping[str, int] | None = None) -> ItemReport:
    """One item of the report; ``registered``: the log entry that registered each key (by fingerprint)."""
    zone = zone or local_zone()
    t = lambda value: localise(value, zone)

    def person(fp: str) -> str:
        return reviewers[fp].name if fp in reviewers else fp

    def unit(fp: str) -> str:
        return reviewers[fp].unit if fp in reviewers else ""

    people = [ReviewerRow(person(state.reviewer), unit(state.reviewer), state.reviewer, "reviewer",
                          t(state.signature.at) if state.signature else None)]
    if state.countersignature:
        cs = state.countersignature
        people.append(ReviewerRow(person(cs.fingerprint), unit(cs.fingerprint), cs.fingerprint, "countersigner",
                                  t(cs.at)))
    signatures: list[SignatureRow] = []

    def sign_row(role: str, fp: str, at: str, seq: int, digest: str | None = None) -> None:
        verified = _verified(seq, check) if check is not None else None
        anomalies = _anomalies_of(role, seq, state)
        matches = None if digest is None else not any(code == DECISIONS_NOT_SIGNED for code, _ in anomalies)
        signatures.append(SignatureRow(role, person(fp), fp, t(at) or "", seq, verified,
                                       registered.get(fp, 0) if registered is not None else None, matches, anomalies))

    for role, sig in (("reviewer", state.signature), ("countersigner", state.countersignature),
                      ("approver", state.approval)):
        if isinstance(sig, Signature):
            sign_row(role, sig.fingerprint, sig.at, sig.seq, sig.digest)
    if state.revocation:
        sign_row("revoker", state.revocation.fingerprint, state.revocation.at, state.revocation.seq)
    for pub in state.publications:
        sign_row("publisher", pub.by, pub.at, pub.seq)
    rows = []
    for fid, f in state.findings.items():
        d = state.decisions.get(fid)
        rows.append(DecisionRow(
            finding_id=fid, type=f.type, where=readable_location(f.part, f.location, f.column), preview=f.preview,
            action=d.action if d else "undecided", basis=d.basis if d else None,
            basis_label=_label(d.basis) if d else None, note=d.note if d else None,
            decided_by=person(d.by) if d else "", decided_at=(t(d.at) or "") if d else "",
            suggested=bool(d and d.suggested), manual=f.manual,
        ))
    publications = tuple(PublicationRow(t(p.at) or "", person(p.by), p.output_name, p.sha256_out, p.attribute,
                                        p.stamp, p.sanitized, p.residual, p.archive)
                         for p in state.publications)
    sig = state.signature
    info = kind_from_dict(state.kind)  # the kind record: kind, deadline, missing required fields
    real = [p for p in state.publications if not p.archive]
    last_pub = real[-1] if real else None
    tampered = check is not None and not check.ok and (check.first_bad_seq is None
                                                       or check.first_bad_seq in state.seqs
                                                       or check.first_bad_seq <= max(state.seqs, default=0))
    return ItemReport(
        review_id=state.review_id, file_name=state.file_name, title=state.title, doc_number=state.doc_number,
        sha256_in=state.sha256, sha256_out=last_pub.sha256_out if last_pub else None, status=state.status,
        started_at=t(state.started_at) or "", signed_at=t(sig.at) if sig else None,
        published_at=t(last_pub.at) if last_pub else None, attribute=sig.attribute if sig else None,
        attribute_basis=sig.basis if sig else None, attribute_basis_label=_label(sig.basis) if sig else None,
        attribute_reason=sig.reason if sig else None, reviewers=tuple(people), decisions=tuple(rows),
        policy=state.policy, publications=publications, signatures=tuple(signatures),
        supersedes=state.supersedes, superseded_by=state.superseded_by,
        revoked_at=t(state.revocation.at) if state.revocation else None,
        revoked_by=person(state.revocation.fingerprint) if state.revocation else None,
        revoke_reason=state.revocation.reason if state.revocation else None, tampered=tampered,
        record=tuple((sig.record or {}).items()) if sig else (), summary=bool(sig and sig.summary),
        kind=info.kind.value if info else None, kind_overridden=bool(info and info.overridden),
        deadline_rule=info.rule.value if info and info.rule else None,
        due=info.due.isoformat() if info and info.due else None, due_estimated=bool(info and info.estimated),
        missing=info.missing if info else (),
    )


def build_report(states: list[ReviewState], reviewers: list[Reviewer], verification: Verification, *,
                 review_id: str | None = None, since: str | None = None, until: str | None = None,
                 agency: str | None = None, zone_name: str | None = None, exporter: str | None = None,
                 exporter_signed: bool = False, registered: Mapping[str, int] | None = None,
                 checkpoint: Checkpoint | None = None, export_id: str | None = None) -> ReviewLogReport:
    """The report of ``states``; ``checkpoint``: the log's latest (its size, root, signer and time are
    printed; default: the size and root the verification found)."""
    zone = local_zone(zone_name)
    by_fp = {r.fingerprint: r for r in reviewers}
    chosen = [s for s in states if (review_id is None or s.review_id == review_id) and _in_period(s, since, until, zone)]
    now = datetime.now(zone).isoformat(timespec="seconds")
    summary = VerificationSummary(ok=verification.ok, entries=verification.entries, problem=verification.problem,
                                  checkpoint_size=verification.checkpoint_size,
                                  checkpoint_root=verification.checkpoint_root, checked_at=now,
                                  first_bad_seq=verification.first_bad_seq)
    if checkpoint is not None:
        signer = by_fp.get(checkpoint.signer)
        summary = replace(summary, checkpoint_size=checkpoint.tree_size, checkpoint_root=checkpoint.root,
                          checkpoint_time=localise(checkpoint.time, zone),
                          checkpoint_signer=f"{signer.name}（{checkpoint.signer}）" if signer else checkpoint.signer)
    return ReviewLogReport(generated_at=now, period_from=since, period_to=until,
                           items=tuple(item_report(s, by_fp, verification, zone, registered) for s in chosen),
                           verification=summary, agency=agency, exporter=exporter, exporter_signed=exporter_signed,
                           timezone=zone_name or DEFAULT_ZONE, export_id=export_id)
