"""裁判文书-style pseudonyms for the people of one document (法释〔2016〕19号): keep the surname, write
某 for the given name (张三丰 -> 张某), and 某甲 / 某乙 … when different people share a surname
(张三丰 -> 张某甲, 张伟 -> 张某乙), the same person getting the same pseudonym everywhere in the document
(body, headers, tables, notes).

A policy selects it with ``style = "court"`` under ``[types.PERSON]``; the redaction engine asks
:func:`court_names` for the pseudonyms of every name it masks, in the order they stand, before it
writes the copy.  Minority names written with ``·`` keep their first character (艾力·买买提 -> 艾某).
"""

from __future__ import annotations

from collections.abc import Iterable

STEMS = "甲乙丙丁戊己庚辛壬癸"  # the ten heavenly stems, as courts number people of one surname
MOU = "某"


def _stem(n: int) -> str:
    """甲, 乙 … 癸, then 甲1, 乙1 … (more than ten people of one surname in one document)."""
    return STEMS[n % len(STEMS)] + (str(n // len(STEMS)) if n >= len(STEMS) else "")


def surname_of(name: str) -> str:
    """The part of ``name`` the pseudonym keeps: the surname (复姓 too), or a minority name's first character."""
    from .masks import surname_length  # the surname gazetteer, shared with the star mask

    if "·" in name or "•" in name:
        return name[:1]
    return name[: surname_length(name)]


def court_names(names: Iterable[str]) -> dict[str, str]:
    """Each distinct name -> its pseudonym; people sharing a surname are numbered in order of appearance."""
    by_surname: dict[str, list[str]] = {}
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        people = by_surname.setdefault(surname_of(name), [])
        if name not in people:
            people.append(name)
    out: dict[str, str] = {}
    for surname, people in by_surname.items():
        for n, name in enumerate(people):
            pseudonym = surname + MOU + (_stem(n) if len(people) > 1 else "")
            out[name] = pseudonym if pseudonym != name else surname + MOU + MOU  # never the name itself
    return out
