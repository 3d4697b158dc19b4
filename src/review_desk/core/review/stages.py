"""The review stages a policy asks for before publication: 初审 (the reviewer signs), 复审 (a second
reviewer countersigns), 批准 (an approver, e.g. the office's leader, approves) — each a signature in
the log.  The policy file's ``[review]`` table names them::

    [review]
    stages = ["first", "second", "approval"]   # 初审 → 复审 → 批准
    stamp = "annotation"                       # 附注 （此件公开发布） under the 成文日期 (default "banji")
    staff_names = true                         # the reviewer's name in the copy's properties (default false)

``require_countersign = true`` (older policies) asks for ``second`` too.  ``first`` is always
required: nothing is published without a signed review.
"""

from __future__ import annotations

import tomllib

from review_desk.core.errors import ErrorCode, MessageError
from review_desk.core.redact.policy import RedactionPolicy, policy_path

FIRST, SECOND, APPROVAL = "first", "second", "approval"
#: In order; the Chinese names as on agencies' forms.
STAGES = {FIRST: "初审", SECOND: "复审", APPROVAL: "批准"}


def required_stages(policy: RedactionPolicy) -> tuple[str, ...]:
    """The stages ``policy`` requires before publish, in order."""
    wanted = {FIRST}
    if policy.require_countersign:
        wanted.add(SECOND)
    table = _review_table(policy)
    stages = table.get("stages", [])
    if not isinstance(stages, list) or any(s not in STAGES for s in stages):
        raise MessageError(f"{policy.source}: [review] stages must be a list of {', '.join(STAGES)}.",
                           policy.source, code=ErrorCode.POLICY_INVALID)
    wanted.update(stages)
    return tuple(s for s in STAGES if s in wanted)


def stamp_style(policy: RedactionPolicy) -> str:
    """``banji`` (公开方式 line above the 版记, the default) or ``annotation`` (附注 under the 成文日期)."""
    style = _review_table(policy).get("stamp", "banji")
    if style not in ("banji", "annotation"):
        raise MessageError(f"{policy.source}: [review] stamp must be \"banji\" or \"annotation\".", policy.source,
                           code=ErrorCode.POLICY_INVALID)
    return str(style)


def staff_properties(policy: RedactionPolicy, reviewer_name: str) -> dict[str, str]:
    """The custom properties naming staff in the published copy: none unless the policy says so."""
    return {"审查人": reviewer_name} if _review_table(policy).get("staff_names") is True else {}


def _review_table(policy: RedactionPolicy) -> dict:
    source = policy.source or str(policy_path(policy.name))
    try:
        with open(source, "rb") as fh:
            table = tomllib.load(fh).get("review", {})
    except (OSError, tomllib.TOMLDecodeError):
        return {}  # load_policy already read and checked this file; a policy built in code has none
    return table if isinstance(table, dict) else {}
