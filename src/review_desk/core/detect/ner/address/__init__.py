"""Addresses: a person's home address (CN_ADDRESS, one span) versus an organisation's address
(ORG_ADDRESS, kept) versus a jurisdiction / place (LOCATION, kept).

:func:`find_addresses` runs the rules of :data:`ADDRESS_RULES` in order over one
:class:`~.scan.AddressScan`; each rule is a small function that adds the spans it finds:

* :mod:`.grammar` — the span grammar's patterns (roads, villages, house numbers, estates, flats);
* :mod:`.divisions` — administrative-division chains from the gazetteer (``浙江杭州西湖区``);
* :mod:`.parser` — :func:`parse_address`: one address read from a position with the grammar;
* :mod:`.cues` — the cue before an address (``住址``, ``住所``, ``地址`` …) and its kind;
* :mod:`.subject` — whom the clause around an address is about (a person, an organisation);
* :mod:`.owner` — :func:`classify`: whose address it is (a home or an organisation's);
* :mod:`.columns` — what a table column's header says about the addresses under it;
* :mod:`.scan` — :class:`AddressSpan` and :class:`AddressScan` (the text, the spans taken);
* ``rules_*`` — the rules: the model's spans (:mod:`.rules_model`), table cells and rows
  (:mod:`.rules_tables`), addresses after cues (:mod:`.rules_cues`), villages and households
  (:mod:`.rules_rural`), divisions and dwellings found by their shape (:mod:`.rules_shapes`).

Added with dev 6 (each a rule function in :data:`ADDRESS_RULES` or a branch of the grammar, with its
tests in ``tests/core/detect/ner/test_addresses_owners_forms.py``): the division names written right
before a model span, or one the span starts inside, join the address (``砀山县`` + ``赵屯镇…``,
``住于都县…``); an address without divisions is a home when it reaches a dwelling's tail
(:func:`rule_bare_flat`: ``…号院9号楼4单元704号``, ``梧桐里6幢304室``, ``…小区14-1-904``); a village
and group written straight before 村民 / 居民 (:func:`rule_villager`); an address in brackets after a
person's name or a home cue (:func:`rule_bracketed_home`); a rural home described by a landmark
(``…村卫生室旁``); divisions written with spaces between them; an address column of a table whose
rows are persons (the table's person column comes as context, see :mod:`...tables`); an address
followed by the dwelling it locates (``…号的房屋``) is a home, one with an agency's premises in or
after it (``…街道办事处三楼``, ``…号政务服务中心``) or after a clause that sends the reader there
(``到报社广告部办理，地址：…``) is not.

Added for issue 17 (whose address; places that are no homes — tests in
``tests/core/detect/ner/test_addresses_labels_rows.py`` and ``test_addresses_places.py``): a label
with a bracketed alternative spells its cue (``住（居住）地``); a village's numbered group after 在 / 于
in a clause about one person (:func:`rule_person_village`); a household named by its head, then its
address (:func:`rule_household`); a home cue over a list of parties ``甲为…；乙为…``
(:func:`rule_cue_list`); the last item of a person's introduction (``张某，男，…，某路12号``); a flat
after a place cue (``核查地点：``); a hamlet before a group, a village's rows of houses (``9排14号``), a
landmark before 的; in tables, a person's row (自然人, a gender, an ID, a name under the party column)
or form makes its 住所 a home, a site column (建房位置) is a home, a membership column (所在村组) is a
place unless written as an address; a building listed as a designated zone (…等2个中风险区) is a
place; an agency named after the number (…号市政府办公厅) or a cue where the public goes
(举报地址, 报名地点) is an organisation's.

Then (tests in ``test_addresses_home_sites.py``): a site cue (建设位置) in a sentence about a person's
house (:func:`rule_home_site`); a dwelling with a verb that locates it (住房位于, 房屋坐落在) and the
site of a house (建房地点) are home cues; a hamlet's end (村东头, 村口) is a landmark; a column header
with a bracketed alternative (住（居住）地) is read as it spells; a count of buildings after a house
number (…15号建设房屋一栋) is no estate's building.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..gazetteers import admin_gazetteer
from .divisions import division_prefix_end
from .owner import classify
from .parser import parse_address
from .scan import AddressScan, AddressSpan
from .rules_model import rule_model_spans
from .rules_tables import rule_address_column, rule_person_row
from .rules_cues import rule_after_home_cue, rule_bracketed_home, rule_cue_list, rule_home_site
from .rules_rural import rule_household, rule_person_village, rule_villager
from .rules_shapes import rule_bare_flat, rule_divisions


__all__ = [
    "ADDRESS_RULES",
    "AddressScan",
    "AddressSpan",
    "classify",
    "division_prefix_end",
    "find_addresses",
    "parse_address",
]


#: The address rules in the order they run (each sees the spans the earlier ones took).
ADDRESS_RULES: tuple[Callable[[AddressScan], None], ...] = (
    rule_model_spans,
    rule_address_column,
    rule_person_row,
    rule_after_home_cue,
    rule_home_site,
    rule_cue_list,
    rule_villager,
    rule_person_village,
    rule_bracketed_home,
    rule_household,
    rule_divisions,
    rule_bare_flat,
)


def find_addresses(
    text: str,
    *,
    model_spans: Sequence[tuple[str, int, int]] = (),
    locations: bool = True,
    context: Sequence[str] | None = None,
    persons: Sequence[tuple[int, int]] = (),
) -> list[AddressSpan]:
    """CN_ADDRESS / ORG_ADDRESS / LOCATION spans of one text (non-overlapping).

    ``context``: the column header of a table cell; under an address column (``家庭住址``,
    ``住宿地址``, ``经营者住所``) the cell's address is read from its first character, and it is a
    home address unless the column is an organisation's (``注册地址``, ``单位地址``).  ``persons``:
    the names found in the text, which make a clause about a person (:func:`rule_person_village`)."""
    scan = AddressScan(text, admin_gazetteer(), model_spans, locations, context, persons)
    for rule in ADDRESS_RULES:
        rule(scan)
    return sorted(scan.results, key=lambda a: a.start)
