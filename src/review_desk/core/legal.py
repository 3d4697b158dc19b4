"""The legal bases a reviewer cites and the rules that tie them to disclosure attributes and
decisions: one table each, read by the workflow's checks, the command line, the desk and the PDF.

Bases are typed (:class:`BasisKind`):

* **withholding** bases (条例第十四、十五、十六、三十七条) justify removing or masking a value, and
  withholding a document (不予公开) or releasing it only on request (依申请公开);
* **publication** bases (惩戒公示, 强制性信息披露, 第三方同意, 公共利益) justify keeping personal data in a
  published copy; they never justify withholding;
* the **false positive** (非个人信息（误报）) keeps a value that is not personal data at all.

:data:`ATTRIBUTE_RULES` says, per disclosure attribute, which kind of basis it accepts, whether it
needs a basis and a reason, and what ``publish`` produces.  :data:`RULES` is the list of every rule
with its own :class:`~review_desk.core.errors.ErrorCode`, in English and Chinese: a refused action
names the rule it broke.  A removed value is replaced by its basis's removal mark, e.g.
``〔依条例第十五条删除〕``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from review_desk.core.errors import ErrorCode, MessageError
from review_desk.core.names import ATTRIBUTES


class BasisKind(str, Enum):
    WITHHOLDING = "withholding"
    PUBLICATION = "publication"
    FALSE_POSITIVE = "false_positive"


KIND_LABELS = {BasisKind.WITHHOLDING: "不予公开依据", BasisKind.PUBLICATION: "公开依据",
               BasisKind.FALSE_POSITIVE: "误报"}


@dataclass(frozen=True)
class LegalBasis:
    code: str
    label: str  # Chinese, as cited in review records
    label_en: str
    kind: BasisKind
    removal_mark: str | None = None  # what replaces a value removed on this basis

    @property
    def withholds(self) -> bool:
        """May justify redact / mask, 依申请公开 or 不予公开."""
        return self.kind is BasisKind.WITHHOLDING

    @property
    def exempts(self) -> bool:
        """May justify keeping personal data in a published copy."""
        return self.kind is not BasisKind.WITHHOLDING


W, P, F = BasisKind.WITHHOLDING, BasisKind.PUBLICATION, BasisKind.FALSE_POSITIVE

BASES: tuple[LegalBasis, ...] = (
    LegalBasis("art14", "条例第十四条（国家秘密、法律禁止公开、危及安全稳定）",
               "Regulations Art. 14 (state secrets, release forbidden by law, security)", W, "〔依条例第十四条删除〕"),
    LegalBasis("art15", "条例第十五条（商业秘密、个人隐私）",
               "Regulations Art. 15 (commercial secrets, personal privacy)", W, "〔依条例第十五条删除〕"),
    LegalBasis("art16", "条例第十六条（内部事务信息、过程性信息、行政执法案卷）",
               "Regulations Art. 16 (internal affairs, process information, case files)", W, "〔依条例第十六条删除〕"),
    LegalBasis("art37", "条例第三十七条（区分处理，部分公开）",
               "Regulations Art. 37 (partial release of the separable part)", W, "〔依条例第三十七条删除〕"),
    LegalBasis("penalty_publicity", "惩戒公示（行政处罚等信息依法公示）",
               "Disciplinary / penalty publication exemption", P),
    LegalBasis("mandatory_disclosure", "强制性信息披露", "Mandatory information disclosure", P),
    LegalBasis("consent_art32", "第三方同意公开（条例第三十二条）", "Third-party consent (Regulations Art. 32)", P),
    LegalBasis("public_interest_art15", "不公开将严重损害公共利益（条例第十五条但书）",
               "Public interest override (Regulations Art. 15, proviso)", P),
    LegalBasis("not_personal_data", "非个人信息（误报）", "Not personal data (false positive)", F),
)

BY_CODE: dict[str, LegalBasis] = {b.code: b for b in BASES}
DEFAULT_REMOVAL_BASIS = "art15"


def codes_of(kind: BasisKind) -> tuple[str, ...]:
    return tuple(b.code for b in BASES if b.kind is kind)


# -- disclosure attributes ------------------------------------------------------------------------


class Output(str, Enum):
    """What ``publish`` produces for an attribute."""

    PUBLIC_COPY = "public_copy"  # the de-identified copy, stamped 主动公开
    APPLICANT_COPY = "applicant_copy"  # the de-identified copy for the applicant, stamped 依申请公开
    NONE = "none"  # no publishable copy (an internal archive copy at most)


@dataclass(frozen=True)
class AttributeRule:
    """One disclosure attribute: what it accepts and what it produces."""

    attribute: str  # stable code: public | on-request | withheld
    label_en: str
    basis_kinds: frozenset[BasisKind]  # the kinds of basis it accepts (empty: none)
    needs_basis: bool
    needs_reason: bool
    output: Output
    annotation: str  # the 附注 line (GB/T 9704 style) for the published copy

    @property
    def label(self) -> str:
        """主动公开 / 依申请公开 / 不予公开 (:data:`review_desk.core.names.ATTRIBUTES`)."""
        return ATTRIBUTES[self.attribute]


ATTRIBUTE_RULES: tuple[AttributeRule, ...] = (
    AttributeRule("public", "proactive disclosure", frozenset(), False, False, Output.PUBLIC_COPY,
                  "（此件公开发布）"),
    AttributeRule("on-request", "disclosure on request", frozenset({W}), True, True,
                  Output.APPLICANT_COPY, "（此件依申请公开）"),
    AttributeRule("withheld", "withheld", frozenset({W}), True, True, Output.NONE, "（此件不予公开）"),
)
ATTRIBUTE_BY_CODE: dict[str, AttributeRule] = {r.attribute: r for r in ATTRIBUTE_RULES}


# -- the rules, each with its own error code -------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One rule: its code and the English sentence (the Chinese one is in :data:`~review_desk.core.names.ERRORS`)."""

    code: ErrorCode
    en: str

    @property
    def zh(self) -> str:
        from review_desk.core.names import ERRORS

        return ERRORS[self.code]


RULES: tuple[Rule, ...] = (
    Rule(ErrorCode.UNKNOWN_ATTRIBUTE, "The attribute must be public, on-request or withheld."),
    Rule(ErrorCode.UNKNOWN_BASIS, "A legal basis must be one of the listed codes."),
    Rule(ErrorCode.ATTRIBUTE_NEEDS_BASIS, "依申请公开 and 不予公开 need a withholding basis (Art. 14, 15, 16 or 37)."),
    Rule(ErrorCode.ATTRIBUTE_NEEDS_REASON, "依申请公开 and 不予公开 need a written reason."),
    Rule(ErrorCode.ATTRIBUTE_PUBLICATION_BASIS,
         "A publication basis (惩戒公示, 强制性信息披露, consent, public interest) justifies publishing, never "
         "withholding: it cannot support 依申请公开 or 不予公开."),
    Rule(ErrorCode.ATTRIBUTE_BASIS_NOT_ALLOWED, "主动公开 takes no legal basis (nothing is withheld)."),
    Rule(ErrorCode.BASIS_MISMATCH, "Removing or masking needs a withholding basis; keeping needs a publication "
         "basis or \"not personal data\"."),
    Rule(ErrorCode.BASIS_NEEDED, "Keeping personal data needs a publication basis or \"not personal data\"."),
    Rule(ErrorCode.MARK_DECISION, "A classification mark is either confirmed (阻止公开，需定密审查) or declared "
         "not a marking; no other decision applies to it."),
    Rule(ErrorCode.MARK_NEEDS_REASON, "Declaring a classification mark \"not a marking\" (quoted, cited, a law's "
         "title) needs a written reason."),
    Rule(ErrorCode.MARK_BLOCKS_PUBLICATION, "While a classification mark is confirmed, 主动公开 is refused and no "
         "copy is published."),
    Rule(ErrorCode.WITHHELD_NOT_PUBLISHED, "A 不予公开 review has no publishable copy."),
    Rule(ErrorCode.SIGNED_REVIEW_EXISTS, "Bytes that already have a signed review get a new review only after the "
         "earlier one is revoked (撤销)."),
    Rule(ErrorCode.REVOKE_NOT_ALLOWED, "Only the reviewer or a countersigner revokes a signed review."),
    Rule(ErrorCode.REVOKE_NEEDS_REASON, "A revocation needs a written reason."),
    Rule(ErrorCode.REVIEW_REVOKED, "A revoked review is final: it is neither signed, approved nor published."),
    Rule(ErrorCode.STAGE_MISSING, "The policy requires every listed stage (初审 → 复审 → 批准) before publication."),
    Rule(ErrorCode.STAGE_ORDER, "Stages are signed in order, each by a different person."),
)
RULE_BY_CODE: dict[ErrorCode, Rule] = {r.code: r for r in RULES}


@dataclass(frozen=True)
class Violation:
    """One broken rule with the English sentence that explains this case."""

    code: ErrorCode
    message: str

    @property
    def zh(self) -> str:
        return RULE_BY_CODE[self.code].zh


def attribute_violations(attribute: str, basis: str | None, reason: str | None) -> list[Violation]:
    """Why ``attribute`` with ``basis`` and ``reason`` is not a lawful decision (empty: it is)."""
    rule = ATTRIBUTE_BY_CODE.get(attribute)
    if rule is None:
        return [Violation(ErrorCode.UNKNOWN_ATTRIBUTE, f"The attribute must be one of {', '.join(ATTRIBUTES)} "
                                                        f"(got {attribute!r}).")]
    out: list[Violation] = []
    chosen = BY_CODE.get(basis or "")
    if basis and chosen is None:
        out.append(Violation(ErrorCode.UNKNOWN_BASIS, f"Unknown legal basis {basis!r}; valid codes: "
                                                      f"{', '.join(BY_CODE)}."))
    elif chosen is not None and chosen.kind not in rule.basis_kinds:
        if not rule.basis_kinds:
            out.append(Violation(ErrorCode.ATTRIBUTE_BASIS_NOT_ALLOWED,
                                 f"{rule.label} takes no legal basis (got {basis})."))
        else:
            out.append(Violation(ErrorCode.ATTRIBUTE_PUBLICATION_BASIS,
                                 f"{chosen.label} is a basis for publishing, not for {rule.label}; use one of "
                                 f"{', '.join(codes_of(W))}."))
    elif rule.needs_basis and chosen is None:
        out.append(Violation(ErrorCode.ATTRIBUTE_NEEDS_BASIS, f"{rule.label} needs a legal basis, a withholding one "
                                                              f"(one of {', '.join(codes_of(W))})."))
    if rule.needs_reason and not (reason or "").strip():
        out.append(Violation(ErrorCode.ATTRIBUTE_NEEDS_REASON, f"{rule.label} needs a reason."))
    return out


def decision_basis_violation(action: str, basis: str | None, personal: bool) -> Violation | None:
    """Whether ``basis`` may support ``action`` (redact | mask | keep) on a finding (personal data or not)."""
    chosen = BY_CODE.get(basis or "")
    if basis and chosen is None:
        return Violation(ErrorCode.UNKNOWN_BASIS, f"Unknown legal basis {basis!r}; valid codes: {', '.join(BY_CODE)}.")
    if action in ("redact", "mask"):
        if chosen is not None and not chosen.withholds:
            return Violation(ErrorCode.BASIS_MISMATCH, f"{basis} justifies keeping, not removing; use "
                                                            f"{', '.join(codes_of(W))}.")
        return None
    if personal and (chosen is None or not chosen.exempts):
        return Violation(ErrorCode.BASIS_NEEDED, "keeping personal data needs an exemption basis: "
                         + ", ".join(b.code for b in BASES if b.exempts) + ".")
    if not personal and chosen is not None and chosen.withholds:
        return Violation(ErrorCode.BASIS_MISMATCH, f"{basis} justifies removing, not keeping.")
    return None


class UnknownBasis(MessageError):
    """A basis code that is not in :data:`BASES`."""

    error_code = ErrorCode.UNKNOWN_BASIS


def basis(code: str) -> LegalBasis:
    """The basis for ``code``; raises :class:`UnknownBasis` listing the valid codes."""
    try:
        return BY_CODE[code]
    except KeyError:
        valid = ", ".join(BY_CODE)
        raise UnknownBasis(f"Unknown legal basis {code!r}; valid codes: {valid}.") from None


def removal_mark(code: str | None) -> str:
    """The mark that replaces a value removed on basis ``code`` (Art. 15 when none or a keep basis)."""
    chosen = BY_CODE.get(code or "") or BY_CODE[DEFAULT_REMOVAL_BASIS]
    return chosen.removal_mark or BY_CODE[DEFAULT_REMOVAL_BASIS].removal_mark or ""
