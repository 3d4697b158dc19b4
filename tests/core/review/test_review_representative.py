"""双公示: the 法定代表人 / 负责人 of a legal-person 行政相对人 is suggested kept on the policy's publication
basis; without a credit code (a natural person), under another policy, or unlabelled, a name stays masked."""

from __future__ import annotations

import pytest

from redact_checks import finding_for
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, PolicyError, load_policy
from review_desk.core.review.representative import mark_representatives, suggested_basis, unmarked

CODE = "91370102MA3C8Y2K14"


def _doc(tmp_path, lines, name="d.txt"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_document(str(path))


def test_the_labelled_representative_of_a_company_is_kept(tmp_path):
    doc = _doc(tmp_path, ["行政处罚决定书", "当事人：济南某某商贸有限公司", f"统一社会信用代码：{CODE}",
                          "法定代表人：王志强", "负责人（主要负责人）: 赵敏", "委托代理人：张丽华", "经办人王志强之妻李红"])
    people = [finding_for(doc, n, "PERSON") for n in ("王志强", "赵敏", "张丽华", "李红")]
    policy = load_policy("double-publicity")
    marked = mark_representatives(doc, people, policy)
    assert [policy.suggestion(f) for f in marked] == [Operation.KEEP, Operation.KEEP, Operation.MASK, Operation.MASK]
    assert [f.id for f in marked] == [f.id for f in people]  # the same findings, only the suggestion changed
    assert suggested_basis(marked[0].recognizer, "keep", policy) == "mandatory_disclosure"
    assert suggested_basis(marked[2].recognizer, "mask", policy) is None
    assert unmarked(marked) == people
    # the default policy publishes no representative; a natural person's decision has no credit code
    assert mark_representatives(doc, people, load_policy()) == people
    person = _doc(tmp_path, ["行政处罚决定书", "当事人：李建军", "负责人：李建军"], "p.txt")
    name = [finding_for(person, "李建军", "PERSON", nth=1)]
    assert mark_representatives(person, name, policy) == name


def test_the_policy_basis_must_be_a_publication_basis(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "bad"\nrepresentative_basis = "art15"\n', encoding="utf-8")
    with pytest.raises(PolicyError):
        load_policy(str(bad))
