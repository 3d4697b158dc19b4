"""The PDF review log's content, built from the replayed reviews and a fresh verification of the
log (auditors read it; see :mod:`review_desk.core.report`)."""

from __future__ import annotations

from datetime import datetime, timezone

from review_desk.core.audit import Verification
from review_desk.core.identity import Reviewer
from review_desk.core.legal import BY_CODE
from review_desk.core.report import DecisionRow, ItemReport, ReviewerRow, ReviewLogReport, VerificationSummary

from .state import ReviewState


def _in_period(state: ReviewState, since: str | None, until: str | None) -> bool:
    """Whether the review had any event in the period (dates compare as ISO strings)."""
    start, last = state.started_at[:10], (state.last_event_at or state.started_at)[:10]
    return (since is None or last >= since[:10]) and (until is None or start <= until[:10])


def _label(code: str | None) -> str | None:
    return BY_CODE[code].label if code in BY_CODE else None


def item_report(state: ReviewState, reviewers: dict[str, Reviewer]) -> ItemReport:
    def person(fp: str) -> str:
        return reviewers[fp].name if fp in reviewers else fp

    rows = []
    signer = reviewers.get(state.reviewer)
    people = [ReviewerRow(signer.name if signer else state.reviewer, signer.unit if signer else "", state.reviewer,
                          "reviewer", state.signature.at if state.signature else None)]
    if state.countersignature:
        cs = reviewers.get(state.countersignature.fingerprint)
        people.append(ReviewerRow(cs.name if cs else "", cs.unit if cs else "", state.countersignature.fingerprint,
                                  "countersigner", state.countersignature.at))
    for fid, f in state.findings.items():
        d = state.decisions.get(fid)
        rows.append(DecisionRow(
            finding_id=fid, type=f.type, where=f"{f.part} {f.location}", preview=f.preview,
            action=d.action if d else "undecided", basis=d.basis if d else None,
            basis_label=_label(d.basis) if d else None, note=d.note if d else None,
            decided_by=person(d.by) if d else "", decided_at=d.at if d else "",
            suggested=bool(d and d.suggested), manual=f.manual,
        ))
    sig = state.signature
    last_pub = state.publications[-1] if state.publications else None
    return ItemReport(
        review_id=state.review_id, file_name=state.file_name, title=state.title, doc_number=state.doc_number,
        sha256_in=state.sha256, sha256_out=last_pub.sha256_out if last_pub else None, status=state.status,
        started_at=state.started_at, signed_at=sig.at if sig else None,
        published_at=last_pub.at if last_pub else None, attribute=sig.attribute if sig else None,
        attribute_basis=sig.basis if sig else None, attribute_basis_label=_label(sig.basis) if sig else None,
        attribute_reason=sig.reason if sig else None, reviewers=tuple(people), decisions=tuple(rows),
    )


def build_report(states: list[ReviewState], reviewers: list[Reviewer], verification: Verification, *,
                 review_id: str | None = None, since: str | None = None, until: str | None = None,
                 agency: str | None = None) -> ReviewLogReport:
    by_fp = {r.fingerprint: r for r in reviewers}
    chosen = [s for s in states if (review_id is None or s.review_id == review_id) and _in_period(s, since, until)]
    now = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    summary = VerificationSummary(ok=verification.ok, entries=verification.entries, problem=verification.problem,
                                  checkpoint_size=verification.checkpoint_size,
                                  checkpoint_root=verification.checkpoint_root, checked_at=now)
    return ReviewLogReport(generated_at=now, period_from=since, period_to=until,
                           items=tuple(item_report(s, by_fp) for s in chosen), verification=summary, agency=agency)
