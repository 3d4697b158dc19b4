"""The rules of pre-publication review (先审查后公开, 一事一审, 谁审查谁负责) as checks: what a decision must carry, and why a review cannot yet be
signed, countersigned or published.  Each ``*_blockers`` function returns plain English sentences
(empty: allowed), so the command line and the sign-off dialog can say exactly what is missing."""

from __future__ import annotations

from review_desk.core.detect.policy import ALL_TYPES, BLOCKING_TYPES, PERSONAL_DATA_TYPES
from review_desk.core.errors import ErrorCode, MessageError
from review_desk.core.legal import (ATTRIBUTE_BY_CODE, BY_CODE, RULE_BY_CODE, Output, attribute_violations,
                                     decision_basis_violation)
from review_desk.core.names import ATTRIBUTES
from review_desk.core.redact.policy import Operation, RedactionPolicy

from .stages import APPROVAL, FIRST, SECOND, STAGES, required_stages
from .state import FindingRecord, ReviewState

#: The decision actions are the values of :class:`Operation` (their Chinese names: ``names.ACTIONS``).
ACTIONS = tuple(op.value for op in Operation)
FALSE_POSITIVE = "not_personal_data"
#: The two decisions on a classification mark: confirmed (阻止公开，需定密审查) or not a marking.
MARK_CONFIRM = "block"
MARK_DISMISS = "not_a_mark"
MARK_ACTIONS = (MARK_CONFIRM, MARK_DISMISS)


class Blocker(str):
    """One reason why an action is not allowed: English text (it *is* the string) plus a stable
    ``code`` and ``params`` from which the GUI builds its translated sentence; ``error`` is the
    :class:`ErrorCode` of the legal rule it breaks (``zh``: that rule in Chinese), when it is one."""

    code: str
    params: dict
    error: ErrorCode
    zh: str

    def __new__(cls, code: str, message: str, error: ErrorCode = ErrorCode.REFUSED, **params: object) -> "Blocker":
        obj = super().__new__(cls, message)
        obj.code = code
        obj.params = params
        obj.error = error
        obj.zh = RULE_BY_CODE[error].zh if error in RULE_BY_CODE else message
        return obj


class ReviewError(MessageError):
    """The workflow refuses the action (the message says which rule)."""

    error_code = ErrorCode.REFUSED


class InvalidDecision(ReviewError):
    error_code = ErrorCode.INVALID


def refused(cls: type[ReviewError], code: ErrorCode, message: str) -> ReviewError:
    """``cls(message)`` carrying the rule's own ``code`` (named at the end of the English message)."""
    return cls(f"{message} [{code.value}]", code=code)


def raise_blockers(problems: list[str], prefix: str) -> None:
    """Raise a :class:`ReviewError` for ``problems`` (if any), coded by the first legal rule broken."""
    if not problems:
        return
    codes = [p.error for p in problems if isinstance(p, Blocker) and p.error is not ErrorCode.REFUSED]
    raise ReviewError(prefix + " ".join(problems), code=codes[0] if codes else None)


def check_type(entity_type: str) -> None:
    if entity_type not in ALL_TYPES:
        raise InvalidDecision(f"Unknown finding type {entity_type!r}; types: {', '.join(sorted(ALL_TYPES))}.")


def is_mark(finding: FindingRecord) -> bool:
    return finding.type in BLOCKING_TYPES


def suggestion_for(entity_type: str, policy_suggestion: str) -> str:
    """What the review suggests: a classification mark is always 阻止公开（需定密审查）."""
    return MARK_CONFIRM if entity_type in BLOCKING_TYPES else policy_suggestion


def _normalise_mark(finding: FindingRecord, action: str, basis: str | None, note: str | None) -> str | None:
    if action not in MARK_ACTIONS:
        raise refused(InvalidDecision, ErrorCode.MARK_DECISION,
                      f"{finding.id}: a classification mark ({finding.preview}) is either {MARK_CONFIRM} "
                      f"(阻止公开，需定密审查) or {MARK_DISMISS} (not a marking, with a written reason); got {action!r}.")
    if basis is not None:
        raise refused(InvalidDecision, ErrorCode.MARK_DECISION,
                      f"{finding.id}: a classification-mark decision takes no legal basis (got {basis}).")
    if action == MARK_DISMISS and not (note or "").strip():
        raise refused(InvalidDecision, ErrorCode.MARK_NEEDS_REASON,
                      f"{finding.id}: declaring {finding.preview} not a marking needs a written reason (quoted, "
                      "cited, a law's title).")
    return None


def normalise_decision(finding: FindingRecord, action: str, basis: str | None, policy: RedactionPolicy,
                       note: str | None = None) -> str | None:
    """The basis to record for ``action`` on ``finding``; raises :class:`InvalidDecision`.

    redact / mask need a withholding basis (the policy's removal basis when none is given); keeping
    personal data needs an exemption basis (惩戒公示, 强制性信息披露, consent, public interest, or
    "not personal data" for a false positive).  A classification mark is confirmed (``block``) or
    declared not a marking (``not_a_mark``, with a written reason in ``note``).
    """
    if is_mark(finding):
        return _normalise_mark(finding, action, basis, note)
    if action not in ACTIONS:
        raise InvalidDecision(f"{finding.id}: action must be one of {', '.join(ACTIONS)} (got {action!r}).")
    if action in (Operation.REDACT, Operation.MASK):
        basis = basis or policy.removal_basis
    violation = decision_basis_violation(action, basis, finding.type in PERSONAL_DATA_TYPES)
    if violation is not None:
        cls = InvalidDecision
        raise refused(cls, violation.code, f"{finding.id}: {finding.type} ({finding.preview}): {violation.message}")
    return basis


def operation_of(action: str) -> Operation:
    """The redaction operation of a decision (a mark's decision leaves its text as it is: a confirmed
    mark never reaches a published copy, see :func:`publish_blockers`)."""
    return Operation.KEEP if action in MARK_ACTIONS else Operation(action)


def confirmed_marks(state: ReviewState) -> list[FindingRecord]:
    """Classification marks not declared "not a marking" (undecided ones count as confirmed)."""
    out = []
    for f in state.findings.values():
        if not is_mark(f):
            continue
        d = state.decisions.get(f.id)
        dismissed = d is not None and (d.action == MARK_DISMISS or (d.action == Operation.KEEP and d.basis == FALSE_POSITIVE))
        if not dismissed:
            out.append(f)
    return out


def sign_blockers(state: ReviewState, reviewer: str, attribute: str, basis: str | None, reason: str | None) -> list[str]:
    problems: list[str] = []
    if state.signature is not None:
        problems.append(Blocker("already_signed", f"Review {state.review_id} is already signed.",
                                review=state.review_id))
    if state.revocation is not None:
        problems.append(Blocker("revoked", f"Review {state.review_id} was revoked.", ErrorCode.REVIEW_REVOKED))
    if reviewer != state.reviewer:
        problems.append(Blocker("not_owner", "Only the reviewer who started the review signs it (谁审查谁负责); "
                                "another reviewer countersigns."))
    undecided = state.undecided
    if undecided:
        first = undecided[0]
        problems.append(Blocker("undecided", f"{len(undecided)} of {len(state.findings)} finding(s) are undecided "
                                f"(first: {first.id} {first.type} {first.preview}).", count=len(undecided),
                                total=len(state.findings), type=first.type, preview=first.preview))
    label = ATTRIBUTES.get(attribute, attribute)
    gui_codes = {ErrorCode.UNKNOWN_ATTRIBUTE: "bad_attribute", ErrorCode.ATTRIBUTE_NEEDS_BASIS: "needs_basis",
                 ErrorCode.ATTRIBUTE_NEEDS_REASON: "needs_reason"}
    for v in attribute_violations(attribute, basis, reason):
        problems.append(Blocker(gui_codes.get(v.code, v.code.value), v.message, v.code, attribute=label))
    if attribute == "public":
        marks = confirmed_marks(state)
        if marks:
            problems.append(Blocker("classification_mark", f"主动公开 is refused: the document carries a "
                                    f"classification mark ({marks[0].preview} in {marks[0].part} "
                                    f"{marks[0].location}).", ErrorCode.MARK_BLOCKS_PUBLICATION,
                                    preview=marks[0].preview))
        for fid, d in state.decisions.items():
            f = state.findings.get(fid)
            if f and f.type in PERSONAL_DATA_TYPES and d.action == Operation.KEEP and not (d.basis and BY_CODE[d.basis].exempts):
                problems.append(Blocker("kept_without_exemption", f"主动公开 is refused: {f.type} {f.preview} is kept "
                                        "without an exemption basis.", ErrorCode.BASIS_NEEDED,
                                        type=f.type, preview=f.preview))
                break
    return problems


def supersedes_for(existing: list[ReviewState]) -> str | None:
    """The revoked review that a new review of the same bytes replaces (None: the first review).

    Refused while a signed review of these bytes stands: it must be revoked first (一事一审)."""
    standing = [r for r in existing if r.signature is not None and r.revocation is None]
    if standing:
        raise refused(ReviewError, ErrorCode.SIGNED_REVIEW_EXISTS,
                      f"These bytes already have the signed review {standing[-1].review_id}; a new review needs "
                      "that one revoked first (review revoke --reason …).")
    revoked = [r for r in existing if r.revocation is not None and r.superseded_by is None]
    return revoked[-1].review_id if revoked else None


def revoke_blockers(state: ReviewState, actor: str, reason: str | None) -> list[str]:
    """Why ``actor`` may not revoke ``state`` (撤销) with ``reason`` (empty: allowed)."""
    problems: list[str] = []
    if state.revocation is not None:
        problems.append(Blocker("revoked", f"Review {state.review_id} is already revoked.", ErrorCode.REVIEW_REVOKED))
    if state.signature is None:
        problems.append(Blocker("not_signed", f"Review {state.review_id} is not signed: an open review is changed, "
                                "not revoked."))
    signers = {state.reviewer} | ({state.countersignature.fingerprint} if state.countersignature else set())
    if actor not in signers:
        problems.append(Blocker("revoke_not_allowed", "Only the reviewer or a countersigner of a review revokes it.",
                                ErrorCode.REVOKE_NOT_ALLOWED))
    if not (reason or "").strip():
        problems.append(Blocker("revoke_reason", "A revocation needs a reason.", ErrorCode.REVOKE_NEEDS_REASON))
    return problems


def missing_stages(state: ReviewState, required: tuple[str, ...]) -> list[str]:
    """The required stages (初审 / 复审 / 批准) that have no signature yet."""
    done = {FIRST: state.signature, SECOND: state.countersignature, APPROVAL: state.approval}
    return [s for s in required if done[s] is None]


def approve_blockers(state: ReviewState, approver: str, required: tuple[str, ...]) -> list[str]:
    """Why ``approver`` may not approve (批准) ``state`` now (empty: allowed)."""
    problems: list[str] = []
    if state.revocation is not None:
        problems.append(Blocker("revoked", f"Review {state.review_id} was revoked.", ErrorCode.REVIEW_REVOKED))
    before = [s for s in missing_stages(state, required) if s != APPROVAL]
    if state.signature is None or before:
        names = ", ".join(STAGES[s] for s in (before or [FIRST]))
        problems.append(Blocker("stage_order", f"批准 comes after {names}.", ErrorCode.STAGE_ORDER))
    signers = {state.reviewer} | ({state.countersignature.fingerprint} if state.countersignature else set())
    if approver in signers:
        problems.append(Blocker("stage_order", "The approver (批准) must be a different person from the reviewer "
                                "and the countersigner.", ErrorCode.STAGE_ORDER))
    if state.approval is not None:
        problems.append(Blocker("already_approved", f"Review {state.review_id} is already approved."))
    return problems


def countersign_blockers(state: ReviewState, reviewer: str) -> list[str]:
    problems: list[str] = []
    if state.revocation is not None:
        problems.append(Blocker("revoked", f"Review {state.review_id} was revoked.", ErrorCode.REVIEW_REVOKED))
    if state.signature is None:
        problems.append(f"Review {state.review_id} is not signed yet; the reviewer signs first.")
    elif reviewer == state.signature.fingerprint:
        problems.append("The countersignature (复核) must come from a different reviewer.")
    if state.countersignature is not None:
        problems.append(f"Review {state.review_id} is already countersigned.")
    return problems


#: The custom property that marks a 不予公开 review's internal archive copy.
ARCHIVE_PROPERTY = "内部存档"
ARCHIVE_MARK = "不予公开，仅供内部存档，不得公开发布"


def publish_blockers(state: ReviewState, policy: RedactionPolicy, current_sha256: str | None, *,
                     archive: bool = False) -> list[str]:
    """Why no copy may be written now (empty: allowed).  ``archive``: the internal archive copy that
    only a 不予公开 review has, instead of a publication."""
    problems: list[str] = []
    if state.signature is None:
        problems.append(f"Review {state.review_id} is not signed: nothing is published without a signed review "
                        "(先审查后公开).")
    if state.revocation is not None:
        problems.append(Blocker("revoked", f"Review {state.review_id} was revoked (撤销): it is not published.",
                                ErrorCode.REVIEW_REVOKED))
    rule = ATTRIBUTE_BY_CODE.get(state.signature.attribute or "") if state.signature else None
    if archive and rule is not None and rule.output is not Output.NONE:
        problems.append(Blocker("archive", f"Only a 不予公开 review has an internal archive copy; review "
                                f"{state.review_id} is {rule.label}: publish it.", ErrorCode.INVALID))
    if rule is not None and rule.output is Output.NONE and not archive:
        problems.append(Blocker("withheld", f"Review {state.review_id} is signed {rule.label} (withheld): there is "
                                "no publishable copy (an internal archive copy: publish --archive).", ErrorCode.WITHHELD_NOT_PUBLISHED))
    marks = confirmed_marks(state)
    if state.signature is not None and marks:
        problems.append(Blocker("classification_mark", f"The document carries a confirmed classification mark "
                                f"({marks[0].preview}): no copy is published until it is cleared (定密审查).",
                                ErrorCode.MARK_BLOCKS_PUBLICATION))
    for stage in missing_stages(state, required_stages(policy)):
        problems.append(Blocker("stage_missing", f"The policy {policy.name} requires the {STAGES[stage]} stage "
                                f"({stage}) before publication.", ErrorCode.STAGE_MISSING, stage=stage))
    if current_sha256 is not None and current_sha256 != state.sha256:
        problems.append("The file changed after it was reviewed (its SHA-256 is now "
                        f"{current_sha256[:16]}…, the review covers {state.sha256[:16]}…): a changed file needs "
                        "a new review (一事一审).")
    return problems
