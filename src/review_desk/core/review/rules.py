"""The rules of guide §1 as checks: what a decision must carry, and why a review cannot yet be
signed, countersigned or published.  Each ``*_blockers`` function returns plain English sentences
(empty: allowed), so the command line and the sign-off dialog can say exactly what is missing."""

from __future__ import annotations

from review_desk.core.detect.policy import ALL_TYPES, PERSONAL_DATA_TYPES
from review_desk.core.errors import ErrorCode, MessageError
from review_desk.core.legal import BY_CODE
from review_desk.core.names import ATTRIBUTES
from review_desk.core.redact.policy import Operation, RedactionPolicy

from .state import FindingRecord, ReviewState

#: The decision actions are the values of :class:`Operation` (their Chinese names: ``names.ACTIONS``).
ACTIONS = tuple(op.value for op in Operation)
FALSE_POSITIVE = "not_personal_data"


class Blocker(str):
    """One reason why an action is not allowed: English text (it *is* the string) plus a stable
    ``code`` and ``params`` from which the GUI builds its translated sentence."""

    code: str
    params: dict

    def __new__(cls, code: str, message: str, **params: object) -> "Blocker":
        obj = super().__new__(cls, message)
        obj.code = code
        obj.params = params
        return obj


class ReviewError(MessageError):
    """The workflow refuses the action (the message says which rule)."""

    error_code = ErrorCode.REFUSED


class InvalidDecision(ReviewError):
    error_code = ErrorCode.INVALID


def check_type(entity_type: str) -> None:
    if entity_type not in ALL_TYPES:
        raise InvalidDecision(f"Unknown finding type {entity_type!r}; types: {', '.join(sorted(ALL_TYPES))}.")


def normalise_decision(finding: FindingRecord, action: str, basis: str | None, policy: RedactionPolicy) -> str | None:
    """The basis to record for ``action`` on ``finding``; raises :class:`InvalidDecision`.

    redact / mask need a withholding basis (the policy's removal basis when none is given); keeping
    personal data needs an exemption basis (惩戒公示, 强制性信息披露, consent, public interest, or
    "not personal data" for a false positive).
    """
    if action not in ACTIONS:
        raise InvalidDecision(f"{finding.id}: action must be one of {', '.join(ACTIONS)} (got {action!r}).")
    if basis is not None and basis not in BY_CODE:
        raise InvalidDecision(f"{finding.id}: unknown legal basis {basis!r}; valid codes: {', '.join(BY_CODE)}.",
                              code=ErrorCode.UNKNOWN_BASIS)
    if action in (Operation.REDACT, Operation.MASK):
        basis = basis or policy.removal_basis
        if not BY_CODE[basis].withholds:
            raise InvalidDecision(f"{finding.id}: {basis} justifies keeping, not removing; use art14, art15, "
                                  "art16 or art37.", code=ErrorCode.BASIS_MISMATCH)
        return basis
    if finding.type in PERSONAL_DATA_TYPES or finding.type == "CLASSIFIED_MARK":
        if basis is None or not BY_CODE[basis].exempts:
            raise InvalidDecision(
                f"{finding.id}: keeping {finding.type} ({finding.preview}) needs an exemption basis: "
                + ", ".join(b.code for b in BY_CODE.values() if b.exempts) + ".", code=ErrorCode.BASIS_NEEDED)
    elif basis is not None and not BY_CODE[basis].exempts:
        raise InvalidDecision(f"{finding.id}: {basis} justifies removing, not keeping.", code=ErrorCode.BASIS_MISMATCH)
    return basis


def _marks_present(state: ReviewState) -> list[FindingRecord]:
    """Classification marks not dismissed as false positives (keep + not_personal_data)."""
    out = []
    for f in state.findings.values():
        if f.type != "CLASSIFIED_MARK":
            continue
        d = state.decisions.get(f.id)
        if not (d and d.action == Operation.KEEP and d.basis == FALSE_POSITIVE):
            out.append(f)
    return out


def sign_blockers(state: ReviewState, reviewer: str, attribute: str, basis: str | None, reason: str | None) -> list[str]:
    problems: list[str] = []
    if state.signature is not None:
        problems.append(Blocker("already_signed", f"Review {state.review_id} is already signed.",
                                review=state.review_id))
    if reviewer != state.reviewer:
        problems.append(Blocker("not_owner", "Only the reviewer who started the review signs it (谁审查谁负责); "
                                "another reviewer countersigns."))
    undecided = state.undecided
    if undecided:
        first = undecided[0]
        problems.append(Blocker("undecided", f"{len(undecided)} of {len(state.findings)} finding(s) are undecided "
                                f"(first: {first.id} {first.type} {first.preview}).", count=len(undecided),
                                total=len(state.findings), type=first.type, preview=first.preview))
    if attribute not in ATTRIBUTES:
        problems.append(Blocker("bad_attribute", f"The attribute must be public, on-request or withheld "
                                f"(got {attribute!r}).", attribute=attribute))
    elif attribute != "public":
        label = ATTRIBUTES[attribute]
        if not basis or basis not in BY_CODE:
            problems.append(Blocker("needs_basis", f"{label} needs a legal basis (one of {', '.join(BY_CODE)}).",
                                    attribute=label))
        if not (reason or "").strip():
            problems.append(Blocker("needs_reason", f"{label} needs a reason.", attribute=label))
    else:
        marks = _marks_present(state)
        if marks:
            problems.append(Blocker("classification_mark", f"主动公开 is refused: the document carries a "
                                    f"classification mark ({marks[0].preview} in {marks[0].part} "
                                    f"{marks[0].location}).", preview=marks[0].preview))
        for fid, d in state.decisions.items():
            f = state.findings.get(fid)
            if f and f.type in PERSONAL_DATA_TYPES and d.action == Operation.KEEP and not (d.basis and BY_CODE[d.basis].exempts):
                problems.append(Blocker("kept_without_exemption", f"主动公开 is refused: {f.type} {f.preview} is kept "
                                        "without an exemption basis.", type=f.type, preview=f.preview))
                break
    return problems


def countersign_blockers(state: ReviewState, reviewer: str) -> list[str]:
    problems = []
    if state.signature is None:
        problems.append(f"Review {state.review_id} is not signed yet; the reviewer signs first.")
    elif reviewer == state.signature.fingerprint:
        problems.append("The countersignature (复核) must come from a different reviewer.")
    if state.countersignature is not None:
        problems.append(f"Review {state.review_id} is already countersigned.")
    return problems


def publish_blockers(state: ReviewState, policy: RedactionPolicy, current_sha256: str | None) -> list[str]:
    problems = []
    if state.signature is None:
        problems.append(f"Review {state.review_id} is not signed: nothing is published without a signed review "
                        "(先审查后公开).")
    if policy.require_countersign and state.countersignature is None:
        problems.append(f"The policy {policy.name} requires a second reviewer's countersignature (复核).")
    if current_sha256 is not None and current_sha256 != state.sha256:
        problems.append("The file changed after it was reviewed (its SHA-256 is now "
                        f"{current_sha256[:16]}…, the review covers {state.sha256[:16]}…): a changed file needs "
                        "a new review (一事一审).")
    return problems
