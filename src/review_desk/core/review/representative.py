"""The 法定代表人 / 负责人 of a legal-person 行政相对人, published under 双公示 (plan item 7).

The 双公示 standard (行政许可 / 行政处罚信息公示) publishes, for a legal person or other organisation,
its name, 统一社会信用代码 and the name of its 法定代表人 (负责人); for a natural person the name is
published in part and the ID number masked.  Under a policy with ``representative_basis`` (the
``double-publicity`` policy: 强制性信息披露), a PERSON finding that a ``法定代表人：`` / ``负责人：`` label
introduces, in a document that carries a valid 统一社会信用代码 (the counterpart is a legal person), is
suggested *keep* on that basis: the finding's action becomes keep and its recognizer gets the
suffix :data:`MARK` (``ner+legal_representative``), so the log shows why, and accepting the suggestion records the basis.  Every
other name — a natural person's 行政相对人, an agent, a witness — stays masked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.document import Document
from review_desk.core.redact.policy import RedactionPolicy

from .required_fields import has_credit_code

MARK = "+legal_representative"
#: The label right before the name: 法定代表人：张三 / 负责人（主要负责人）: 张三 / 法定代表人 张三.
_LABEL = re.compile(r"(?:法定代表人|(?<![个经])负责人)(?:[（(][^）)]{0,10}[）)])?\s*[：:]?\s*$")
_READ_BACK = 24  # characters before the name that may hold the label


def _segment_text_before(document: Document, f: Finding) -> str | None:
    for seg in document.segments:
        if seg.part != f.part or seg.location != f.location:
            continue
        start = f.start - seg.offset if seg.part == "text" else f.start
        return seg.text[max(0, start - _READ_BACK):max(0, start)]
    return None


def mark_representatives(document: Document, findings: Sequence[Finding], policy: RedactionPolicy) -> list[Finding]:
    """``findings`` with the legal person's representative suggested kept (see the module)."""
    if policy.representative_basis is None:
        return list(findings)
    if not any(f.type == "PERSON" and f.action is Action.REDACT for f in findings) or not has_credit_code("\n".join(s.text for s in document.segments)):
        return list(findings)
    out = []
    for f in findings:
        if f.type == "PERSON" and f.action is Action.REDACT:
            before = _segment_text_before(document, f)
            if before is not None and _LABEL.search(before):
                f = replace(f, action=Action.KEEP, recognizer=f.recognizer + MARK)
        out.append(f)
    return out


def is_representative(recognizer: str) -> bool:
    """The finding was marked by :func:`mark_representatives`."""
    return recognizer.endswith(MARK)


def suggested_basis(recognizer: str, suggested: str, policy: RedactionPolicy) -> str | None:
    """The basis recorded when a suggestion is accepted: the policy's publication basis for a kept
    representative, else none (the policy's removal basis applies to redact / mask)."""
    return policy.representative_basis if recognizer.endswith(MARK) and suggested == "keep" else None


def unmarked(findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` as detected, before :func:`mark_representatives` (when the policy changes)."""
    return [replace(f, action=Action.REDACT, recognizer=f.recognizer.removesuffix(MARK)) if f.recognizer.endswith(MARK)
            else f for f in findings]
