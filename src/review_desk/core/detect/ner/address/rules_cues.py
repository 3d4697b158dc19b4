"""The rules that start from a cue or a name: an address after a home cue, a list of parties
after one, an address in brackets after a person's name or a home cue."""

from __future__ import annotations

import regex as re

from ...text import is_cjk
from .grammar import AGENCY_IN_SPAN
from .divisions import dangling_area
from .parser import parse_address
from .cues import CUE_KINDS, bare_starts, cue_before
from .subject import SUBJECT_ORG, SUBJECT_PERSON, home_site, named_before
from .scan import AddressScan, landmark_end


def _address_after_cue(scan: AddressScan, k: int, rule: str) -> None:
    """An address read from ``k`` (right after a cue) that may start at a road or a village and
    end at a village or group."""
    text, gaz = scan.text, scan.gaz
    if k >= len(text) or not scan.free(k, k + 1):
        return
    n_area = dangling_area(text, k, gaz)
    if n_area:
        scan.add_location(k, k + n_area)
        k += n_area
    parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
    if parsed and parsed[1] and scan.free(k, parsed[0]):
        scan.add_address(k, parsed[0], rule)


def rule_after_home_cue(scan: AddressScan) -> None:
    """After a home cue (住址：, 现住, 家住 …) an address may start at a road or a village."""
    for k in sorted(set(bare_starts(scan.text, scan.gaz, scan.cues))):
        _address_after_cue(scan, k, "cue+grammar")


def rule_home_site(scan: AddressScan) -> None:
    """``张某某户，建设位置：石门乡枫树村十组``: after a site cue (建设位置) in a sentence about a person
    or a house (:func:`.subject.home_site`) an address is read as after a home cue — the site of
    that person's house; the site of a road or a plant is left to the other rules."""
    text = scan.text
    sites = [m for m in scan.cues if CUE_KINDS.get(m.group(0)) == "site" and home_site(text, m.start())]
    for k in sorted(set(bare_starts(text, scan.gaz, sites, kind="site"))):
        _address_after_cue(scan, k, "site+grammar")


#: One item of a list after a label: up to the next ； / 。 / line break.
_LIST_ITEM = re.compile(r"[^；;。\n\r]+")


def rule_cue_list(scan: AddressScan) -> None:
    """``送达地址：申请人甲为某区某镇某村9社11号；被申请人乙为某区某镇某村四社；…``: a home cue that
    labels a list of parties, each ``<party>为<address>``: each address, read from after 为 to the
    end of its item, is that party's home (a village or group will do) — or an organisation's
    when the party is one (…有限公司为…)."""
    text, gaz = scan.text, scan.gaz
    if "为" not in text or ("：" not in text and ":" not in text):
        return
    for m in scan.cues:
        if CUE_KINDS.get(m.group(0)) != "home" or text[m.end() : m.end() + 1] not in ("：", ":"):
            continue
        stop = min((k for k in (text.find("。", m.end()), text.find("\n", m.end())) if k != -1), default=len(text))
        for item in _LIST_ITEM.finditer(text, m.end() + 1, stop):
            for_ = text.find("为", item.start(), item.end())
            k, e = for_ + 1, item.end()
            if for_ < 0 or e - k < 4 or not is_cjk(text[k]) or not scan.free(k, e):
                continue
            parsed = parse_address(text[:e], k, gaz, bare_start=True, village_end=True)
            if not parsed or not parsed[1] or landmark_end(text, k, parsed[0]) != e:
                continue
            party = text[item.start() : for_]
            last_p = max((x.end() for x in SUBJECT_PERSON.finditer(party)), default=-1)
            last_o = max((x.end() for x in SUBJECT_ORG.finditer(party)), default=-1)
            scan.add("ORG_ADDRESS" if last_o > last_p else "CN_ADDRESS", k, e, 0.8, "cue_list+grammar")


#: A short bracket (its content without brackets or a line break).
_BRACKET = re.compile(r"[（(]([^（）()\n\r]{4,40})[）)]")
_BRACKET_PIECE = re.compile(r"[^，,、；;]+")


def rule_bracketed_home(scan: AddressScan) -> None:
    """An address in brackets right after a person's name or a home cue — ``丁某某（林集村小南屯）``,
    ``雷某（监护人曹某，郭嘉镇李岗村六社）``, ``其户籍地（重庆市开州区敦好镇唐岗村十一社）`` — is that
    person's home when a piece of the bracket reads as an address to its end (a village will do)."""
    text, gaz = scan.text, scan.gaz
    if "（" not in text and "(" not in text:
        return
    for m in _BRACKET.finditer(text):
        if not named_before(text, m.start()):
            cue = cue_before(text, m.start())
            if cue is None or cue[1] != "home":
                continue
        for piece in _BRACKET_PIECE.finditer(text, m.start(1), m.end(1)):
            k, e = piece.start(), piece.end()
            if e - k < 4 or not scan.free(k, e) or not is_cjk(text[k]):
                continue
            parsed = parse_address(text[:e], k, gaz, bare_start=True, village_end=True)
            if parsed and parsed[1] and landmark_end(text, k, parsed[0]) == e and not AGENCY_IN_SPAN.search(text, k, e):
                scan.add("CN_ADDRESS", k, e, 0.8, "bracket+grammar")  # (…松林村二组老学校对面)
