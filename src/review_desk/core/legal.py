"""The fixed list of legal bases a reviewer cites (guide §2), shared by redaction and review.

Codes are stable ASCII identifiers (stored in decisions, the audit log and JSON); labels are what
the desk and the PDF review log show.  ``withholds`` bases justify removing or masking a value (or
withholding a document); ``exempts`` bases justify keeping personal data in a published copy.
A removed value is replaced by its basis's removal mark, e.g. ``〔依条例第十五条删除〕``.
"""

from __future__ import annotations

from dataclasses import dataclass

from review_desk.core.errors import ErrorCode, MessageError


@dataclass(frozen=True)
class LegalBasis:
    code: str
    label: str  # Chinese, as cited in review records
    label_en: str
    withholds: bool  # may justify redact / mask / withholding
    exempts: bool  # may justify keeping personal data in a published copy
    removal_mark: str | None = None  # what replaces a value removed on this basis


BASES: tuple[LegalBasis, ...] = (
    LegalBasis("art14", "条例第十四条（国家秘密、法律禁止公开、危及安全稳定）",
               "Regulations Art. 14 (state secrets, release forbidden by law, security)", True, False,
               "〔依条例第十四条删除〕"),
    LegalBasis("art15", "条例第十五条（商业秘密、个人隐私）",
               "Regulations Art. 15 (commercial secrets, personal privacy)", True, False,
               "〔依条例第十五条删除〕"),
    LegalBasis("art16", "条例第十六条（内部事务信息、过程性信息、行政执法案卷）",
               "Regulations Art. 16 (internal affairs, process information, case files)", True, False,
               "〔依条例第十六条删除〕"),
    LegalBasis("art37", "条例第三十七条（区分处理，部分公开）",
               "Regulations Art. 37 (partial release of the separable part)", True, False,
               "〔依条例第三十七条删除〕"),
    LegalBasis("penalty_publicity", "惩戒公示（行政处罚等信息依法公示）",
               "Disciplinary / penalty publication exemption", False, True),
    LegalBasis("mandatory_disclosure", "强制性信息披露",
               "Mandatory information disclosure", False, True),
    LegalBasis("consent_art32", "第三方同意公开（条例第三十二条）",
               "Third-party consent (Regulations Art. 32)", False, True),
    LegalBasis("public_interest_art15", "不公开将严重损害公共利益（条例第十五条但书）",
               "Public interest override (Regulations Art. 15, proviso)", False, True),
    LegalBasis("not_personal_data", "非个人信息（误报）",
               "Not personal data (false positive)", False, True),
)

BY_CODE: dict[str, LegalBasis] = {b.code: b for b in BASES}
DEFAULT_REMOVAL_BASIS = "art15"


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
