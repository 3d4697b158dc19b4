"""The registries of Chinese names cover every code the core can store, and one word per code."""

from __future__ import annotations

from review_desk.core.detect.policy import ALL_TYPES
from review_desk.core.names import ACTIONS, ATTRIBUTES, ENTITY_TYPES, ROLES, STATUSES, label
from review_desk.core.publish.stamp import Stamp
from review_desk.core.redact.masks import mask_value
from review_desk.core.redact.policy import Operation


def test_every_entity_type_has_one_name_and_the_mask_uses_it():
    assert set(ENTITY_TYPES) == ALL_TYPES
    assert len(set(ENTITY_TYPES.values())) == len(ENTITY_TYPES)
    assert mask_value("CN_ADDRESS", "历下区文化东路1号", {"style": "label"}) == f"〔{ENTITY_TYPES['CN_ADDRESS']}〕"


def test_every_operation_has_a_name():
    from review_desk.core.review.rules import MARK_ACTIONS

    assert set(ACTIONS) == {op.value for op in Operation} | set(MARK_ACTIONS)
    assert ACTIONS[Operation.MASK] == ACTIONS["mask"]  # the enum reads the same entry as its value


def test_the_stamp_writes_the_registered_attribute_name():
    assert {code: Stamp(code, "r").line for code in ATTRIBUTES} == {
        code: f"公开方式：{name}" for code, name in ATTRIBUTES.items()}


def test_unknown_codes_are_shown_not_hidden():
    assert label(ACTIONS, "blur") == "blur"
    assert label(STATUSES, None, "未确定") == "未确定"
    assert label(ROLES, "") == "—"
