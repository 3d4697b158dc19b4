"""The Chinese recognizers, one small module each, and :func:`default_recognizers`."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from .bank_card import BankCardRecognizer
from .base import LANGUAGE, ChinesePatternRecognizer
from .classified_mark import ClassifiedMarkRecognizer
from .date_of_birth import DateOfBirthRecognizer
from .deny_list import DenyListRecognizer
from .email_address import EmailRecognizer
from .hk_macao_permit import HkMacaoPermitRecognizer
from .id_card import CnIdCardRecognizer
from .license_plate import LicensePlateRecognizer
from .passport import PassportRecognizer
from .phone import PhoneRecognizer
from .uscc import UsccRecognizer

__all__ = [
    "LANGUAGE",
    "PATTERN_RECOGNIZER_CLASSES",
    "BankCardRecognizer",
    "ChinesePatternRecognizer",
    "ClassifiedMarkRecognizer",
    "CnIdCardRecognizer",
    "DateOfBirthRecognizer",
    "DenyListRecognizer",
    "EmailRecognizer",
    "HkMacaoPermitRecognizer",
    "LicensePlateRecognizer",
    "PassportRecognizer",
    "PhoneRecognizer",
    "UsccRecognizer",
    "default_recognizers",
]

PATTERN_RECOGNIZER_CLASSES: tuple[type[ChinesePatternRecognizer], ...] = (
    CnIdCardRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    BankCardRecognizer,
    UsccRecognizer,
    PassportRecognizer,
    HkMacaoPermitRecognizer,
    LicensePlateRecognizer,
    DateOfBirthRecognizer,
    ClassifiedMarkRecognizer,
)


def default_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of every built-in pattern recognizer (language ``zh``)."""
    return [cls() for cls in PATTERN_RECOGNIZER_CLASSES]
