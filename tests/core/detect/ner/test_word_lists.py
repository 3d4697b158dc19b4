"""The word lists of the name and address rules are data modules without repeats."""

from __future__ import annotations

from types import ModuleType

import pytest

from review_desk.core.detect.ner import address, address_words, foreign_orgs, foreign_places, japanese_names, name_words, person


def _lists(module: ModuleType) -> list[tuple[str, tuple[str, ...] | str]]:
    return [
        (name, value)
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, (tuple, str))
    ]


@pytest.mark.parametrize("module", [name_words, address_words, foreign_places, foreign_orgs, japanese_names], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_no_repeats_within_a_list(module: ModuleType) -> None:
    lists = _lists(module)
    assert lists
    for name, words in lists:
        repeats = sorted({w for w in words if list(words).count(w) > 1})
        assert not repeats, f"{name} repeats {repeats}"
        assert all(words), f"{name} has an empty entry"


def test_lead_words_do_not_repeat_the_cues() -> None:
    assert not set(name_words.LEAD_WORDS) & set(name_words.CUES)
    assert person.CUES == name_words.CUES


def test_address_cue_kinds_do_not_overlap() -> None:
    home, org, neutral = (set(address_words.HOME_CUES), set(address_words.ORG_CUES), set(address_words.NEUTRAL_CUES))
    dwelling = {d + v for d in address_words.DWELLINGS for v in address_words.LOCATIVES}
    site = set(address_words.SITE_CUES)
    assert not (home & org or home & neutral or org & neutral or dwelling & (home | org | neutral | site))
    assert not site & (home | org | neutral)
    assert set(address_words.OWNER_CUES) <= home and set(address_words.CONTACT_CUES) <= home


def test_rules_are_named_functions_in_one_ordered_list() -> None:
    assert all(r.__name__.startswith("rule_") and r.__doc__ for r in person.RULES)
    assert len({r.__name__ for r in person.RULES}) == len(person.RULES)
    assert person.RULES[0] is person.rule_name_column  # the column header first; lists last
    assert person.RULES[-1] is person.rule_list_conjunction
    assert all(r.__name__.startswith("rule_") and r.__doc__ for r in address.ADDRESS_RULES)
    assert address.ADDRESS_RULES[0] is address.rule_model_spans


def test_each_rule_adds_names_on_its_own() -> None:
    scan = person.NameScan("当事人：张建国，男，1970年生。", person.surnames())
    person.rule_cue_before(scan)
    assert [(s.start, s.end, s.rule) for s in scan.found.values()] == [(4, 7, "cue")]
    scan = person.NameScan("东至孔福贵宅", person.surnames())
    person.rule_land_boundary(scan)
    assert [(s.start, s.end) for s in scan.found.values()] == [(2, 5)]
