"""What a masked value looks like, per entity type, following Chinese publication practice
(published government notices): ``张*`` / ``张某某``, ``138****1234``, ``370102********1234``, addresses cut back to the
乡镇 / 街道, bank cards keeping their last four digits.

:func:`mask_value` takes the type, the value as it stands in the document and the type's options
from the policy (:mod:`.policy`).  Separators (spaces, dashes, brackets, ``+``, ``·``) keep their
places so that a masked number still reads as a number.  A masked value never equals or contains
the original (the residual check relies on it).

Styles: ``star`` (the type's partial mask, the default) and ``label`` (a bracketed placeholder
naming the type, ``〔姓名〕``); names also have ``mou`` (``张某某``) and ``court`` (``张某``; 某甲 / 某乙
for people sharing a surname, numbered over the whole document by :mod:`.court_names`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from review_desk.core.detect.text import is_cjk
from review_desk.core.names import ENTITY_TYPES

STAR = "*"
ADDRESS_TAIL = "***"


Options = Mapping[str, object]
_CN_DIGITS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十两"


def _int(options: Options, key: str, default: int) -> int:
    value = options.get(key, default)
    return value if isinstance(value, int) and value >= 0 else default


def mask_significant(text: str, keep_start: int, keep_end: int, significant: Callable[[str], bool] = str.isalnum) -> str:
    """Replace every significant character by ``*`` except the first ``keep_start`` and the last
    ``keep_end`` of them; other characters (separators) stay.  At least one character is masked."""
    positions = [i for i, ch in enumerate(text) if significant(ch)]
    n = len(positions)
    if n == 0:
        return STAR * max(1, len(text))
    if keep_start + keep_end >= n:
        keep_end = 0
        keep_start = min(keep_start, n // 2)
    masked = set(positions[keep_start : n - keep_end])
    return "".join(STAR if i in masked else ch for i, ch in enumerate(text))


def _person(text: str, options: Options) -> str:
    style = options.get("style", "star")
    if not text:
        return STAR
    if not is_cjk(text[0]):
        return text[0] + STAR * 3  # a Latin-script name or user id
    if "·" in text or "•" in text:
        return text[0] + "".join(ch if ch in "·•" else STAR for ch in text[1:])
    keep = surname_length(text)
    rest = len(text) - keep
    if style == "court":  # one name alone; the engine numbers people of one surname (court_names)
        return text[:keep] + "某"
    if style == "mou":
        return text[:keep] + ("某某" if rest >= 2 else "某")
    return text[:keep] + STAR * max(1, rest)


def surname_length(text: str) -> int:
    """How many leading characters of a Chinese name are its surname (复姓 such as 欧阳 count two);
    at least one, and never the whole name."""
    from review_desk.core.detect.ner.gazetteers import surnames  # lazy: keeps spaCy out of start-up

    keep = max(1, surnames().at(text, 0)) if len(text) > 2 else 1
    return min(keep, len(text) - 1) or 1


def _phone(text: str, options: Options) -> str:
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if not digits:
        return STAR * len(text)
    values = "".join(text[i] for i in digits)
    country = 0
    for prefix in ("0086", "86"):
        if values.startswith(prefix) and len(values) - len(prefix) == 11 and values[len(prefix)] == "1":
            country = len(prefix)
            break
    national = values[country:]
    if len(national) == 11 and national.startswith("1"):
        keep_start = country + _int(options, "mobile_keep_start", 3)
        keep_end = _int(options, "mobile_keep_end", 4)
    else:
        keep_start = _area_code_length(text, national) if national.startswith("0") else 0
        keep_end = _int(options, "landline_keep_end", 4)
    return mask_significant(text, keep_start, keep_end, str.isdigit)


def _area_code_length(text: str, national: str) -> int:
    m = re.match(r"\D*(0\d{2,3})(?=[)）\-－ \u3000])", text)
    if m:
        return len(m.group(1))
    return 3 if national[:2] in ("01", "02") else 4


def _email(text: str, options: Options) -> str:
    local, at, domain = text.rpartition("@")
    if not at:
        return mask_significant(text, 1, 0)
    prefix = ""
    if ":" in local:  # mailto:zhang@…
        prefix, _, local = local.rpartition(":")
        prefix += ":"
    return f"{prefix}{local[:1]}{STAR * 3}@{domain}"


def _address(text: str, options: Options) -> str:
    from review_desk.core.detect.ner.address import division_prefix_end  # lazy, as above

    end = division_prefix_end(text)
    if end >= len(text):  # a division only (nothing finer to hide): keep the county, hide the rest
        end = max(0, len(text) - 1)
    return text[:end] + ADDRESS_TAIL


def _date_of_birth(text: str, options: Options) -> str:
    year_end = text.find("年")
    if year_end >= 0:
        head, tail = text[: year_end + 1], text[year_end + 1 :]
    else:
        m = re.match(r"\D*\d{4}", text)
        head, tail = (text[: m.end()], text[m.end() :]) if m else ("", text)
    masked = "".join(STAR if ch in _CN_DIGITS else ch for ch in tail)
    if masked == tail:  # nothing after the year to hide: hide the year's last two digits
        return mask_significant(text, max(0, len(text) - 2), 0)
    return head + masked


def _keep_ends(start: int, end: int) -> Callable[[str, Options], str]:
    def mask(text: str, options: Options) -> str:
        return mask_significant(text, _int(options, "keep_start", start), _int(options, "keep_end", end))

    return mask


_MASKERS: dict[str, Callable[[str, Options], str]] = {
    "PERSON": _person,
    "PHONE_NUMBER": _phone,
    "EMAIL_ADDRESS": _email,
    "CN_ADDRESS": _address,
    "DATE_OF_BIRTH": _date_of_birth,
    "CN_ID_CARD": _keep_ends(6, 4),
    "CN_BANK_CARD": _keep_ends(0, 4),
    "CN_PASSPORT": _keep_ends(1, 2),
    "CN_HK_MACAO_PERMIT": _keep_ends(1, 2),
    "CN_LICENSE_PLATE": _keep_ends(2, 2),
    "CN_USCC": _keep_ends(2, 4),
    "DISTRIBUTION": lambda text, options: label_for("DISTRIBUTION"),  # a 抄送 block: no part of it stays
}


def label_for(entity_type: str) -> str:
    return f"〔{ENTITY_TYPES.get(entity_type, '已遮盖')}〕"


def mask_value(entity_type: str, text: str, options: Options | None = None) -> str:
    """The masked form of ``text`` (a value of ``entity_type``) under the type's ``options``."""
    options = options or {}
    if options.get("style") == "label":
        return label_for(entity_type)
    masker = _MASKERS.get(entity_type)
    masked = masker(text, options) if masker else mask_significant(text, 0, 0)
    if not masked or (text and text in masked):
        return label_for(entity_type)
    return masked
