"""The default action per entity type (what a reviewer sees suggested).

Classification marks block proactive publication; organisations, places and companies'
credit codes and organisations' registered addresses (ORG_ADDRESS) are informational; everything else is personal data to de-identify (PIPL Art. 73,
政府信息公开条例 §15), including types this version does not know.
"""

from __future__ import annotations

from .finding import Action

__all__ = ["ALL_TYPES", "BLOCKING_TYPES", "INFORMATIONAL_TYPES", "PERSONAL_DATA_TYPES", "default_action"]

PERSONAL_DATA_TYPES: frozenset[str] = frozenset(
    {
        "PERSON",
        "CN_ADDRESS",
        "CN_ID_CARD",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "CN_BANK_CARD",
        "CN_PASSPORT",
        "CN_HK_MACAO_PERMIT",
        "CN_LICENSE_PLATE",
        "DATE_OF_BIRTH",
        "DISTRIBUTION",  # a 抄送 block naming deputies / members (found by core.review.distribution)
    }
)
INFORMATIONAL_TYPES: frozenset[str] = frozenset({"ORGANIZATION", "LOCATION", "ORG_ADDRESS", "CN_USCC"})
BLOCKING_TYPES: frozenset[str] = frozenset({"CLASSIFIED_MARK"})
ALL_TYPES: frozenset[str] = PERSONAL_DATA_TYPES | INFORMATIONAL_TYPES | BLOCKING_TYPES


def default_action(entity_type: str) -> Action:
    """BLOCK for CLASSIFIED_MARK, KEEP for ORGANIZATION/LOCATION/ORG_ADDRESS/CN_USCC, REDACT otherwise."""
    if entity_type in BLOCKING_TYPES:
        return Action.BLOCK
    if entity_type in INFORMATIONAL_TYPES:
        return Action.KEEP
    return Action.REDACT
