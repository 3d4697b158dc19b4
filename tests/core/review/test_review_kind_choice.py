"""The reviewer overrides the document kind in the desk before the review is logged (as
``review start --kind`` does): the draft takes the kind's policy and 抄送 findings, the working copy
keeps the choice, and the log records it as chosen by the reviewer."""

from __future__ import annotations

import pytest

from passphrase import PASS
from review_desk.core.document import read_document
from review_desk.core.errors import ReviewDeskError
from review_desk.core.review.draft import DraftReview


def test_choosing_a_kind_changes_policy_and_distribution_findings(desk, draft):
    document = read_document(draft)
    d = DraftReview.new(document, [])
    assert d.kind.kind.value == "application_reply" and not d.kind.overridden
    assert d.policy.name == "application-reply" and d.findings == []
    d.choose_kind("proposal_reply")
    assert d.kind.overridden and d.policy.name == "proposal-reply"
    cc = [f for f in d.findings if f.type == "DISTRIBUTION"]
    assert [f.text for f in cc] == ["抄送：区政务公开办公室。"]
    d.decide([cc[0].id], "redact")
    saved = d.snapshot()
    assert saved["kind"] == "proposal_reply"
    again = DraftReview.new(document, [])
    assert again.restore_snapshot(saved) == 1 and again.policy.name == "proposal-reply"  # kind, then decision
    d.choose_kind("other")  # the 抄送 finding and its decision go with the policy that asked for them
    assert d.findings == [] and d.decisions == {} and d.policy.name == "default"
    with pytest.raises(ReviewDeskError):
        d.choose_kind("not-a-kind")
    d.choose_kind("notice")
    state = d.commit(desk, desk.identity("王审查", PASS))
    assert state.kind["kind"] == "notice" and state.kind["overridden"] is True
    with pytest.raises(ReviewDeskError):
        d.choose_kind("proposal_reply")  # in the log: no longer
    assert d.kind.kind.value == "notice"
