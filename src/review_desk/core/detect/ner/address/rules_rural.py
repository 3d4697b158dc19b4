"""The rules for rural homes without a house number or a cue: a village before 村民, a village's
group in a clause about one person, a household named by its head."""

from __future__ import annotations

import regex as re

from ...text import CJK, is_cjk
from ..gazetteers import surnames
from .grammar import AGENCY_IN_SPAN, C, NUM, ORG_IN_NAME
from .parser import parse_address
from .cues import clause_address_start
from .subject import NOT_A_NAME_END, SUBJECT_PERSON, collective_subject, subject_before
from .scan import AddressScan, landmark_end


#: Characters without which the villager rule cannot match (one search, then nothing to do).
_VILLAGER_HINT = re.compile(r"[民房宅]|农户|社员")
#: A villagers' group or village right before the word for its villager (…村8组村民某某).
_VILLAGER_AFTER = re.compile(
    rf"(?:村|嘎查|屯|{NUM}(?:组|社|队)|村民小组)(?=村民|居民|农户|社员|的?(?:自建房|房屋|住房|住宅|宅基地))"
    r"(?!村民委员会|居民委员会|村民小组|村民代表|居民代表|村民会议)"
)


def rule_villager(scan: AddressScan) -> None:
    """``滑县上官镇赵拐村8组村民余某``, ``其位于北格镇武宿村的自建房``: the village (and group) written
    straight before 村民 / 居民 or the dwelling it locates is a home, although it has no house number:
    read from the start of its clause or after the clause's cue."""
    text, gaz = scan.text, scan.gaz
    if not _VILLAGER_HINT.search(text):
        return
    for m in _VILLAGER_AFTER.finditer(text):
        k = clause_address_start(text, m.start())
        if k < 0 or k >= m.end() or not scan.free(k, m.end()) or not is_cjk(text[k]):
            continue
        if not text.startswith(("村民", "居民", "农户", "社员"), m.end()) and subject_before(text, k) != "person":
            continue  # 某村的房屋 of no one named: a village's houses, not a home
        parsed = parse_address(text[: m.end()], k, gaz, bare_start=True, village_end=True)
        if parsed and parsed[1] and parsed[0] == m.end() and m.end() - k >= 5:
            scan.add("CN_ADDRESS", k, m.end(), 0.8, "villager+grammar")


#: A village's numbered group at the end of an address (…赵拐村14组, …团结村四社), not its head or body.
_GROUP_END = re.compile(
    rf"(?:村|嘎查|屯)(?:委会|民委员会)?{C}{{0,4}}?第?{NUM}(?:组|社|队|村民小组)(?![\d\-－号]|长|干部|委员|会议|代表|村民委员会)"
)
#: What may stand right before such an address in running text: a preposition or a clause break.
_BEFORE_PLACE = frozenset("在于，,、：:（(")
_GROUP_LOOKBACK = 20
_DIVISION_WORD = re.compile(r"镇|乡|街道|苏木|县|区|市|旗")


def rule_person_village(scan: AddressScan) -> None:
    """``当事人于…在白道口镇赵拐村14组北侧占用耕地建房``: a village's numbered group written after a
    preposition in a clause about a person (:func:`subject_before`: a person word or a name found in
    the text, ``王建国在…村7组建房``) is where that person lives or
    builds — a home, although it has no house number and no cue; read from the leftmost place after
    a preposition or a clause break from which the grammar reaches the group, a town or division
    included.  In a clause about an agency or about no one it is left alone (镇政府在某村3组召开…)."""
    text, gaz = scan.text, scan.gaz
    if "组" not in text and "社" not in text and "队" not in text:
        return
    for m in _GROUP_END.finditer(text):
        e = m.end()
        lo = max(0, m.start() - 80)
        if not scan.free(m.start(), e) or not (
            SUBJECT_PERSON.search(text, lo, m.start()) or any(lo <= s and pe <= m.start() for s, pe in scan.persons)
        ):
            continue  # (no person word or name before it: nothing below would add it)
        for k in range(max(1, m.start() - _GROUP_LOOKBACK), m.start()):
            if text[k - 1] not in _BEFORE_PLACE or text[k] in _BEFORE_PLACE or not is_cjk(text[k]) or not scan.free(k, e):
                continue
            parsed = parse_address(text[:e], k, gaz, bare_start=True, village_end=True)
            if not parsed or not parsed[1] or parsed[0] != e:
                continue
            span = text[k:e]
            if text[k - 1] in "：:" and (e == len(text) or text[e] in "。；;，,\n\r"):
                break  # 第三人：某镇某村第三村民小组。 — the group itself is the party
            if _DIVISION_WORD.search(span, 0, len(span) - len(m.group(0))) and not ORG_IN_NAME.search(span):
                if subject_before(text, k, persons=scan.persons) == "person" and not collective_subject(text, k, scan.persons):
                    scan.add("CN_ADDRESS", k, e, 0.8, "village+person")
            break


#: A household named by its head (``（2）付某某家，``, ``郭某某家位于``) at the start of a clause, then
#: its address.
_HOUSEHOLD_HINT = re.compile(r"家(?:[，,：:]|位于|坐落)")
_HOUSEHOLD = re.compile(rf"(?:^|(?<=[^{CJK}]))({C}{{2,4}})家(?:[，,：:]|位于|坐落于|坐落在)")
#: Where a clause ends: the household's address must run to it.
_CLAUSE_END = frozenset("，,；;。\n\r")


def rule_household(scan: AddressScan) -> None:
    """``（2）付某某家，先锋镇新华村后屯村部东侧，光荣牌缺失；``, ``郭某某家位于石门乡枫树村十组，``: a
    clause that names a household by its head (a name with a confident surname, then 家, or 家位于)
    and goes on with an address that runs to the
    end of the next clause — that household's home (a village with a landmark will do)."""
    text, gaz = scan.text, scan.gaz
    if "家" not in text or not _HOUSEHOLD_HINT.search(text):
        return
    names = surnames()
    for m in _HOUSEHOLD.finditer(text):
        if not names.confident_at(text, m.start(1)) or m.group(1).endswith(NOT_A_NAME_END):
            continue
        k = m.end()
        parsed = parse_address(text, k, gaz, bare_start=True, village_end=True)
        if not parsed or not parsed[1]:
            continue
        e = landmark_end(text, k, parsed[0])
        if (e == len(text) or text[e] in _CLAUSE_END) and e - k >= 5 and scan.free(k, e):
            if not AGENCY_IN_SPAN.search(text, k, e) and not ORG_IN_NAME.search(text, k, e):
                scan.add("CN_ADDRESS", k, e, 0.8, "household+grammar")
