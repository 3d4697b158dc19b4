"""Propagation: a name found once in a document is found wherever it occurs in that document.

The detector sees one paragraph (or table cell) at a time, so ``董东明`` introduced with
``信访人：`` in one paragraph is not recognisable in ``其中董东明的工资…`` three paragraphs later.
:func:`propagate` is the scanner's second pass: it collects the PERSON texts of the first pass
(two characters or more) and searches every text for them (plain substring search), adding the
occurrences not already covered.  An occurrence inside a longer organisation / location /
address finding (a name inside ``王府井``) is not added.

:func:`superseded` runs first: the model-only detections that a rule-found name contradicts
(``陆华受`` where ``陆华`` is known, a place ``中林`` cutting through ``林俊熙``) are dropped so
that the name can be propagated there; so is a rules' span one character longer than such a name
that does not end clearly (``路遥宅基地`` where ``路遥之妻`` shows the name is ``路遥``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from ..finding import RawDetection
from ..text import is_cjk
from .name_shape import right_clear, right_person

__all__ = [
    "MODEL_RECOGNIZER",
    "PROPAGATED_RECOGNIZER",
    "names_to_propagate",
    "propagate",
    "superseded",
]

PROPAGATED_RECOGNIZER = "NamePropagation"
#: Recognizer name of results that only the NER model found (see :mod:`.rules`).
MODEL_RECOGNIZER = "ChineseNerModel"
MIN_LENGTH = 2


def names_to_propagate(texts: Iterable[str]) -> list[str]:
    """Distinct names of at least :data:`MIN_LENGTH` characters, longest first."""
    names = {t.strip() for t in texts if t and len(t.strip()) >= MIN_LENGTH}
    return sorted(names, key=lambda n: (-len(n), n))


def propagate(
    text: str, names: Sequence[str], existing: Sequence[object], rule_names: Sequence[str] = ()
) -> list[RawDetection]:
    """New PERSON detections in ``text`` for every occurrence of one of ``names`` that does not
    overlap an ``existing`` detection (objects with ``start``/``end``) or an earlier addition.  A
    name one character longer than one of ``rule_names`` (the names the rules found) is not added
    where it does not end clearly: the rules' shorter name is (路遥|宅基地 where 路遥之妻 is known)."""
    if not names or not text:
        return []
    occupied = [(d.start, d.end) for d in existing]  # type: ignore[attr-defined]
    out: list[RawDetection] = []
    known = frozenset(rule_names)
    for name in names:  # longest first: 欧阳明华 before 欧阳明
        shorter = name[:-1] if len(name) >= 3 and name[:-1] in known else ""
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if shorter and not _ends_clearly(text, end):
                pass  # 路遥|宅基地 where 路遥 is a name too: the shorter name is added here instead
            elif not any(pos < e and s < end for s, e in occupied):
                out.append(RawDetection("PERSON", pos, end, 0.8, PROPAGATED_RECOGNIZER, name))
                occupied.append((pos, end))
            pos = text.find(name, pos + 1)
    out.sort(key=lambda d: d.start)
    return out


def _ends_clearly(text: str, end: int) -> bool:
    """A name may end at ``end``: punctuation, a word that follows names or a person's act after it."""
    return right_clear(text, end) or right_person(text, end)


def superseded(text: str, rule_names: Sequence[str], existing: Sequence[object]) -> list[object]:
    """Model-only detections in ``text`` that a name found by the rules elsewhere in the document
    corrects: a model PERSON span that overlaps an occurrence with other bounds (``陆华受`` where
    ``陆华`` is known), and a model place / organisation span that cuts through an occurrence
    (``中林`` in ``其中林俊熙户``) or runs from the name over punctuation (``山田花子（护照姓``).  A model span that
    is a longer word containing the name (``王府井`` for the name ``王府``) is left alone."""
    model = [
        d
        for d in existing
        if getattr(d, "recognizer", "") == MODEL_RECOGNIZER
        and getattr(d, "type", "") in ("PERSON", "LOCATION", "ORGANIZATION")
    ]
    ruled = [
        d
        for d in existing
        if getattr(d, "type", "") == "PERSON" and getattr(d, "recognizer", "") not in (MODEL_RECOGNIZER, PROPAGATED_RECOGNIZER)
    ]
    if not (model or ruled) or not rule_names:
        return []
    out: list[object] = []
    for name in rule_names:
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            for d in ruled:  # 路遥|宅基地: one character more than the name, and no clear end after it
                e = d.end  # type: ignore[attr-defined]
                if d.start == pos and e == end + 1 and d not in out and not _ends_clearly(text, e):  # type: ignore[attr-defined]
                    out.append(d)
            for d in model:
                s, e = d.start, d.end  # type: ignore[attr-defined]
                if d in out or not (s < end and pos < e) or (s, e) == (pos, end) and d.type == "PERSON":  # type: ignore[attr-defined]
                    continue
                outside = text[s:pos] + text[end:e] if s <= pos and end <= e else ""
                crossing = s < pos < e < end or pos < s < end < e or (pos <= s and e <= end)
                # the model's span runs from the name over punctuation: 山田花子（护照姓
                junk = (end < e and not is_cjk(text[end])) or (s < pos and not is_cjk(text[pos - 1]))
                if d.type == "PERSON" or crossing or junk or not any(is_cjk(ch) for ch in outside):  # type: ignore[attr-defined]
                    out.append(d)
            pos = text.find(name, pos + 1)
    return out
