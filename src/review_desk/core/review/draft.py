"""A review being worked on in the desk, before (and between) writes to the log.

The GUI keeps one :class:`DraftReview` per open document: the findings (detected and manual) with
their texts, the reviewer's decisions so far (undo and redo replace them freely), progress, and a
preview of what still blocks signing.  :meth:`DraftReview.commit` writes it to the log through
:class:`.workflow.ReviewDesk` — starting or resuming the review of exactly these bytes, adding the
manual findings, recording every decision that changed — and returns the review's state.
Qt-free, so the rules are the same as on the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.detect.policy import INFORMATIONAL_TYPES
from review_desk.core.document import Document
from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.redact.policy import RedactionPolicy, available_policies, load_policy

from review_desk.core.report.places import readable_location

from .columns import column_headers
from .distribution import RECOGNIZER as DISTRIBUTION_RECOGNIZER
from .kind_findings import with_policy_findings
from .representative import suggested_basis, unmarked
from .kinds import DocumentKind, KindInfo, classify, kind_from_dict, policy_for
from .rules import InvalidDecision, check_type, normalise_decision, sign_blockers, suggestion_for
from .state import Decision, FindingRecord, ReviewState
from .workflow import DecisionInput, Identity, ReviewDesk, text_occurrences


@dataclass(frozen=True)
class DraftDecision:
    action: str  # redact | mask | keep
    basis: str | None = None
    note: str | None = None


class DraftReview:
    def __init__(self, document: Document, findings: Sequence[Finding], policy: RedactionPolicy | None = None,
                 *, review: ReviewState | None = None) -> None:
        self.document = document
        self.policy = policy or load_policy()
        self.findings: list[Finding] = list(findings)
        self.manual: set[str] = set()
        self.decisions: dict[str, DraftDecision] = {}
        self.review = review  # the logged review, once committed (or when resumed)
        self._columns: dict[tuple[str, str], str] | None = None  # table column headers, read when first asked
        self.kind: KindInfo | None = kind_from_dict(review.kind) if review is not None else None
        if review is not None:
            self.manual = {fid for fid, f in review.findings.items() if f.manual}
            self.decisions = {fid: DraftDecision(d.action, d.basis, d.note) for fid, d in review.decisions.items()}

    @classmethod
    def new(cls, document: Document, findings: Sequence[Finding]) -> "DraftReview":
        """A new review of ``document`` as the kind read from it asks: the kind's policy (the review
        starts with it) and, for a proposal reply, the 抄送 block among the findings."""
        kind = classify(document)
        policy = load_policy(policy_for(kind.kind))
        draft = cls(document, with_policy_findings(document, findings, policy), policy)
        if any(f.recognizer == DISTRIBUTION_RECOGNIZER for f in draft.findings):
            draft.findings = sorted(draft.findings, key=draft._order)
        draft.kind = kind
        return draft

    def choose_kind(self, kind: str) -> None:
        """The reviewer overrides the kind read from the document (``review start --kind``): the draft
        takes the chosen kind's policy, and the 抄送 findings that policy asks for (or loses them, with
        their decisions).  Only before the review is in the log (the desk logs it at sign-off)."""
        if self.review is not None:
            raise ReviewDeskError(ErrorCode.INVALID, "The review is already in the log: its kind can no "
                                  "longer change (revoke it and review the file again).", self.document.path)
        if kind not in {k.value for k in DocumentKind}:
            raise ReviewDeskError(ErrorCode.INVALID, f"Unknown document kind {kind!r}.", self.document.path)
        info = classify(self.document, kind)
        policy = load_policy(policy_for(info.kind))
        findings = [f for f in self.findings if f.recognizer != DISTRIBUTION_RECOGNIZER or f.id in self.manual]
        findings = with_policy_findings(self.document, unmarked(findings), policy)
        gone = set(self.by_id) - {f.id for f in findings}
        for fid in gone:
            self.decisions.pop(fid, None)
        self.policy, self.kind = policy, info
        self.findings = sorted(findings, key=self._order)

    # -- reading ------------------------------------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        return self._findings

    @findings.setter
    def findings(self, value: list[Finding]) -> None:
        self._findings = list(value)
        self._by_id = {f.id: f for f in self._findings}

    @property
    def by_id(self) -> dict[str, Finding]:
        return self._by_id

    def record(self, fid: str) -> FindingRecord:
        f = self.by_id[fid]
        return FindingRecord.of(f, self.policy.suggestion(f).value, manual=fid in self.manual)

    def where(self, fid: str) -> str:
        """Where finding ``fid`` is, in the words of the PDF log (``表 1 第 3 行「身份证号码」列``): the
        column's header is read from the open document, for a resumed older review too."""
        if self._columns is None:
            self._columns = column_headers(self.document)
        f = self._by_id[fid]
        return readable_location(f.part, f.location, self._columns.get((f.part, f.location)))

    def suggested(self, fid: str) -> str:
        f = self._by_id[fid]
        return suggestion_for(f.type, self.policy.suggestion(f).value)

    def suggested_basis(self, fid: str) -> str | None:
        """The basis the suggestion comes with (双公示: 强制性信息披露 for a legal person's 法定代表人)."""
        f = self._by_id[fid]
        return suggested_basis(f.recognizer, self.suggested(fid), self.policy)

    def status(self, fid: str) -> str:
        """``undecided`` or the decision's action (``redact`` / ``mask`` / ``keep``)."""
        d = self.decisions.get(fid)
        return d.action if d else "undecided"

    def progress(self) -> tuple[int, int]:
        return sum(1 for f in self.findings if f.id in self.decisions), len(self.findings)

    def next_undecided(self, after: str | None = None) -> str | None:
        ids = [f.id for f in self.findings]
        start = ids.index(after) + 1 if after in ids else 0
        for fid in ids[start:] + ids[:start]:
            if fid not in self.decisions:
                return fid
        return None

    def same_value(self, fid: str) -> list[str]:
        """Every finding with the same type and text as ``fid`` (itself included)."""
        f = self.by_id[fid]
        return [g.id for g in self.findings if g.type == f.type and g.text == f.text]

    # -- deciding -----------------------------------------------------------------------------

    def validate(self, fid: str, action: str, basis: str | None, note: str | None = None) -> str | None:
        """The basis that would be recorded; raises :class:`.rules.InvalidDecision`."""
        return normalise_decision(self.record(fid), action, basis, self.policy, note)

    def decide(self, fids: Iterable[str], action: str, basis: str | None = None,
               note: str | None = None) -> dict[str, DraftDecision | None]:
        """Decide ``fids``; returns their previous decisions (for undo).  All are validated first."""
        fids = list(dict.fromkeys(fids))
        chosen = {fid: self.validate(fid, action, basis, note) for fid in fids}
        previous = {fid: self.decisions.get(fid) for fid in fids}
        for fid in fids:
            self.decisions[fid] = DraftDecision(action, chosen[fid], note or None)
        return previous

    def restore(self, previous: dict[str, DraftDecision | None]) -> None:
        for fid, old in previous.items():
            if old is None:
                self.decisions.pop(fid, None)
            else:
                self.decisions[fid] = old

    def add_manual(self, part: str, location: str, start: int, end: int, entity_type: str) -> Finding:
        """A span the detector missed (offsets as in findings: segment-relative, or global in text)."""
        check_type(entity_type)
        segment = next(s for s in self.document.segments if s.part == part and s.location == location)
        base = segment.offset if part == "text" else 0
        text = segment.text[start - base : end - base]
        if not text.strip():
            raise InvalidDecision("A manual finding needs some text.")
        finding = Finding(entity_type, text, start, end, part, location, 1.0,
                          Action.KEEP if entity_type in INFORMATIONAL_TYPES else Action.REDACT, "manual")
        if finding.id not in self.by_id:
            self.findings = sorted(self.findings + [finding], key=self._order)
            self.manual.add(finding.id)
        return finding

    def remove_manual(self, fid: str) -> None:
        if fid in self.manual and (self.review is None or fid not in self.review.findings):
            self.findings = [f for f in self.findings if f.id != fid]
            self.manual.discard(fid)
            self.decisions.pop(fid, None)

    def _order(self, f: Finding) -> tuple[int, int]:
        if not hasattr(self, "_segment_order"):
            self._segment_order = {(s.part, s.location): i for i, s in enumerate(self.document.segments)}
        return self._segment_order.get((f.part, f.location), 0), f.start

    # -- signing preview ----------------------------------------------------------------------

    def as_state(self, reviewer_fingerprint: str) -> ReviewState:
        """An unlogged :class:`ReviewState` of the draft, for the sign-off rules."""
        base = self.review
        state = ReviewState(base.review_id if base else "(not yet started)", self.document.sha256,
                            self.document.path, self.document.format.value, None, None, self.policy.name,
                            base.reviewer if base else reviewer_fingerprint, base.started_at if base else "")
        for f in self.findings:
            state.findings[f.id] = self.record(f.id)
        for fid, d in self.decisions.items():
            state.decisions[fid] = Decision(fid, d.action, d.basis, d.note, False, reviewer_fingerprint, "", 0)
        if base is not None:
            state.signature, state.countersignature = base.signature, base.countersignature
        return state

    def blockers(self, reviewer_fingerprint: str, attribute: str, basis: str | None, reason: str | None) -> list[str]:
        return sign_blockers(self.as_state(reviewer_fingerprint), reviewer_fingerprint, attribute, basis, reason)

    # -- working copy on disk -----------------------------------------------------------------

    def snapshot(self) -> dict:
        """The reviewer's unsaved work (decisions and manual spans; no document text)."""
        manual = [{"part": f.part, "location": f.location, "start": f.start, "end": f.end, "type": f.type}
                  for f in self.findings if f.id in self.manual]
        decisions = {fid: {"action": d.action, "basis": d.basis, "note": d.note} for fid, d in self.decisions.items()}
        chosen = self.kind.kind.value if self.kind is not None and self.kind.overridden and self.review is None else None
        return {"sha256": self.document.sha256, "manual": manual, "decisions": decisions, "kind": chosen}

    def restore_snapshot(self, data: dict) -> int:
        """Re-apply a :meth:`snapshot` of the same bytes; returns how many decisions came back."""
        if data.get("sha256") != self.document.sha256:
            return 0
        if isinstance(data.get("kind"), str) and self.review is None:
            try:
                self.choose_kind(data["kind"])  # the kind the reviewer chose, before the decisions
            except ReviewDeskError:
                pass
        for m in data.get("manual", []):
            try:
                self.add_manual(m["part"], m["location"], int(m["start"]), int(m["end"]), m["type"])
            except (KeyError, ValueError, StopIteration, ReviewDeskError):
                continue
        restored = 0
        for fid, d in data.get("decisions", {}).items():
            if fid in self.by_id:
                try:
                    self.decide([fid], d["action"], d.get("basis"), d.get("note"))
                    restored += 1
                except (KeyError, ValueError, ReviewDeskError):
                    continue
        return restored

    # -- writing ------------------------------------------------------------------------------

    def commit(self, desk: ReviewDesk, who: Identity) -> ReviewState:
        """Write the draft to the log: start or resume the review, add manual findings, record every
        decision that differs from the logged one.  Returns the logged state."""
        detected = [f for f in self.findings if f.id not in self.manual]
        policy_name = self.policy.name if self.policy.name in available_policies() else self.policy.source
        chosen = self.kind.kind.value if self.kind is not None and self.kind.overridden else None
        started = desk.start(self.document.path, who, None, lambda _doc: detected, policy_name, chosen)
        rid = started.review.review_id
        for fid in sorted(self.manual - set(started.review.findings)):
            f = self.by_id[fid]
            occurrences = text_occurrences(self.document, f.text)
            index = next(i for i, g in enumerate(occurrences, start=1) if (g[0], g[1], g[2]) == (f.part, f.location, f.start))
            desk.add_finding(rid, f.text, f.type, who, None, file=self.document.path, occurrence=index)
        logged = desk.review(rid)
        changed = [DecisionInput(fid, d.action, d.basis, d.note) for fid, d in self.decisions.items()
                   if fid in logged.findings and (fid not in logged.decisions
                                                  or (logged.decisions[fid].action, logged.decisions[fid].basis,
                                                      logged.decisions[fid].note) != (d.action, d.basis, d.note))]
        if changed:
            desk.decide(rid, changed, who)
        self.review = desk.review(rid)
        return self.review

    @classmethod
    def resume(cls, desk: ReviewDesk, document: Document, review: ReviewState) -> "DraftReview":
        """The draft of a review already in the log (its findings and decisions)."""
        texts = desk._texts(review, document)  # same package
        findings = [f.finding(texts[fid]) for fid, f in review.findings.items()]
        draft = cls(document, findings, load_policy(review.policy), review=review)
        findings.sort(key=draft._order)
        draft.findings = findings
        return draft


def open_review_for(desk: ReviewDesk, sha256: str) -> ReviewState | None:
    """The open (unsigned) review of these bytes, if any; else the latest signed one."""
    matching = [r for r in desk.reviews().values() if r.sha256 == sha256]
    open_ones = [r for r in matching if r.is_open]
    chosen = open_ones or matching
    return chosen[-1] if chosen else None


__all__ = ["DraftDecision", "DraftReview", "open_review_for"]
