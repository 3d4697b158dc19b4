"""Redaction policies: the bundled ones load, bad ones are refused with the file named."""

from __future__ import annotations

import pytest

from review_desk.core.errors import ErrorCode
from review_desk.core.redact.policy import Operation, PolicyError, available_policies, load_policy


def test_bundled_policies_load():
    assert {"default", "remove-all"} <= set(available_policies())
    default = load_policy()
    assert default.suggested("PERSON") is Operation.MASK
    assert default.suggested("ORGANIZATION") is Operation.KEEP
    assert default.suggested("CLASSIFIED_MARK") is Operation.KEEP
    assert default.suggested("SOME_FUTURE_TYPE") is Operation.REDACT
    assert default.sanitize.enabled and not default.require_countersign
    strict = load_policy("remove-all")
    assert strict.suggested("PHONE_NUMBER") is Operation.REDACT
    assert strict.require_countersign and strict.sanitize.embedded_objects == "refuse"


def test_replacements_follow_operation_and_basis():
    policy = load_policy()
    assert policy.replacement("PHONE_NUMBER", "13812345678", Operation.MASK) == "138****5678"
    assert policy.replacement("PHONE_NUMBER", "13812345678", Operation.REDACT) == "〔依条例第十五条删除〕"
    assert policy.replacement("PHONE_NUMBER", "13812345678", Operation.REDACT, "art14") == "〔依条例第十四条删除〕"
    assert policy.replacement("PHONE_NUMBER", "13812345678", Operation.KEEP) is None


def test_a_policy_by_path(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('name = "mine"\n[types.PERSON]\noperation = "mask"\nstyle = "mou"\n', encoding="utf-8")
    policy = load_policy(str(path))
    assert policy.name == "mine"
    assert policy.replacement("PERSON", "张小明", Operation.MASK) == "张某某"


@pytest.mark.parametrize(
    "content,words",
    [
        ('nme = "typo"\n', "unknown keys"),
        ('[types.PERSON]\noperation = "blur"\n', "redact, mask or keep"),
        ('[types.PERSON]\nstyle = "fancy"\n', "style"),
        ('[types.CN_ID_CARD]\nkeep_start = -1\n', "whole number"),
        ('removal_basis = "penalty_publicity"\n', "not a withholding basis"),
        ('[sanitize]\nembedded_objects = "ignore"\n', "embedded_objects"),
        ('[sanitize]\ncomments = "yes"\n', "must be a bool"),
        ('[sanitize]\nshred = true\n', "unknown sanitize option"),
        ("name = \n", "cannot read"),
    ],
)
def test_invalid_policies_are_refused(tmp_path, content, words):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(str(path))
    assert words in info.value.message and "bad.toml" in info.value.message


def test_missing_policy_lists_the_bundled_ones():
    with pytest.raises(PolicyError) as info:
        load_policy("nonexistent")
    assert "default" in info.value.message and info.value.code is ErrorCode.POLICY_NOT_FOUND
