"""Default actions per type."""

from __future__ import annotations

import pytest

from review_desk.core.detect.finding import Action
from review_desk.core.detect.policy import ALL_TYPES, PERSONAL_DATA_TYPES, default_action


@pytest.mark.parametrize(
    ("entity_type", "action"),
    [
        ("CLASSIFIED_MARK", Action.BLOCK),
        ("ORGANIZATION", Action.KEEP),
        ("LOCATION", Action.KEEP),
        ("CN_USCC", Action.KEEP),
        ("PERSON", Action.REDACT),
        ("CN_ADDRESS", Action.REDACT),
        ("CN_ID_CARD", Action.REDACT),
        ("PHONE_NUMBER", Action.REDACT),
        ("EMAIL_ADDRESS", Action.REDACT),
        ("CN_BANK_CARD", Action.REDACT),
        ("CN_PASSPORT", Action.REDACT),
        ("CN_HK_MACAO_PERMIT", Action.REDACT),
        ("CN_LICENSE_PLATE", Action.REDACT),
        ("DATE_OF_BIRTH", Action.REDACT),
        ("SOMETHING_NEW", Action.REDACT),
    ],
)
def test_default_action(entity_type, action):
    assert default_action(entity_type) is action


def test_type_sets():
    assert "CLASSIFIED_MARK" in ALL_TYPES and "CLASSIFIED_MARK" not in PERSONAL_DATA_TYPES
    assert "CN_USCC" not in PERSONAL_DATA_TYPES
    assert PERSONAL_DATA_TYPES <= ALL_TYPES
    assert all(default_action(t) is Action.REDACT for t in PERSONAL_DATA_TYPES)
