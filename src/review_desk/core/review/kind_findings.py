"""What a kind's policy adds to the scan's findings, in one place for ``review start``, the desk's
draft and ``redact``: the 抄送 block where the policy cuts it (plan item 5, :mod:`.distribution`)
and, under 双公示, a legal person's 法定代表人 marked to be kept (:mod:`.representative`)."""

from __future__ import annotations

from collections.abc import Sequence

from review_desk.core.detect.finding import Finding
from review_desk.core.document import Document
from review_desk.core.redact import RedactionPolicy

from .distribution import distribution_findings
from .representative import mark_representatives


def with_policy_findings(document: Document, findings: Sequence[Finding], policy: RedactionPolicy) -> list[Finding]:
    """``findings`` with the 抄送 findings ``policy`` asks for (those not among them already) and the
    representatives marked."""
    known = {f.id for f in findings}
    extra = [f for f in distribution_findings(document) if f.id not in known] if policy.cut_distribution else []
    return mark_representatives(document, [*findings, *extra], policy)
