"""The cue before an address (``住址``, ``现住``, ``住所``, ``地址`` …) and its kind (home,
organisation, neutral; the words are in :mod:`..address_words`).

Cues are matched leftmost-longest (``居住地`` is one cue, not ``住`` + ``地…``); a copula after the
cue is skipped (``通讯地址为…``); a label with a bracketed alternative spells its cue
(``住（居住）地``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from .. import address_words as A
from ..gazetteers import AdminGazetteer
from .grammar import C
from .divisions import division_at


#: The home cues: the listed ones and each dwelling with a verb that locates it (房屋位于, 住房坐落在).
_HOME_CUES = A.HOME_CUES + tuple(d + v for d in A.DWELLINGS for v in A.LOCATIVES)
_ALL_CUES = sorted(
    [(c, "home") for c in _HOME_CUES] + [(c, "org") for c in A.ORG_CUES] + [(c, "neutral") for c in A.NEUTRAL_CUES]
    + [(c, "site") for c in A.SITE_CUES],
    key=lambda x: -len(x[0]),
)
_CUE_SEPS = A.CUE_SEPS
#: Each cue's kind (the first in :data:`_ALL_CUES` wins) and the cues' lengths, longest first.
CUE_KINDS = {c: kind for c, kind in reversed(_ALL_CUES)}
_CUE_LENGTHS = sorted({len(c) for c, _ in _ALL_CUES}, reverse=True)


def cue_before(text: str, start: int) -> tuple[str, str, int] | None:
    """The address cue ending right before ``start`` (separators allowed), with its kind."""
    k = start
    while k > 0 and text[k - 1] in _CUE_SEPS:
        k -= 1
    for cop in ("登记为", "为", "是", "在", "于"):
        if text.startswith(cop, k - len(cop)) and cue_before(text, k - len(cop)) is not None:
            k -= len(cop)
            while k > 0 and text[k - 1] in _CUE_SEPS:
                k -= 1
            break
    if k > 0 and text[k - 1] in "）)":
        open_ = max(text.rfind("（", 0, k), text.rfind("(", 0, k))
        if open_ != -1 and k - open_ <= 12:
            return _either_cue(cue_before(text, k - 1), cue_before(text, open_))
    alt = _ALT_LABEL.search(text, max(0, k - 16), k) if "）" in text[max(0, k - 4) : k] or ")" in text[max(0, k - 4) : k] else None
    if alt:
        # 住（居住）地, 户籍（居住）地址, 现（居）住址: a label with an alternative in brackets inside it
        tail = alt.group("tail")
        inner = _cue_of(alt.group("inner") + tail, alt.start("inner"))
        outer = _cue_of(text[max(0, alt.start() - 6) : alt.start()] + tail, alt.start() - 6)
        if inner or outer:
            return _either_cue(inner, outer)
    for n in _CUE_LENGTHS:  # longest first, one look-up per length
        if n <= k:
            cue = text[k - n : k]
            kind = CUE_KINDS.get(cue)
            if kind is not None:
                return cue, kind, k - n
    return None


#: A bracketed alternative inside an address label, then the label's last characters (住（居住）地).
_ALT_LABEL = re.compile(rf"[（(](?P<inner>{C}{{1,6}})[）)](?P<tail>{C}{{1,3}})$")


def _cue_of(label: str, start: int) -> tuple[str, str, int] | None:
    """The cue that ``label`` ends with (``start``: where the label begins in the text)."""
    for cue, kind in _ALL_CUES:
        if label.endswith(cue):
            return cue, kind, max(0, start + len(label) - len(cue))
    return None


def _either_cue(a: tuple[str, str, int] | None, b: tuple[str, str, int] | None) -> tuple[str, str, int] | None:
    """Of a label and its bracketed alternative (住所（主要经营场所）, 住所（经常居住地）): a business's
    premises decide for the organisation, else a home cue decides for the person (a bare 住所 is
    either), else whichever is a cue."""
    hits = [h for h in (a, b) if h]
    for hit in hits:
        if hit[1] == "org" and hit[0] in PREMISES_CUES:
            return hit
    for hit in hits:
        if hit[1] == "home":
            return hit
    return hits[0] if hits else None


#: Home cues that an organisation uses as well (its 住所 / 通讯地址).
OWNER_CUES = frozenset(A.OWNER_CUES)
PREMISES_CUES = frozenset(A.PREMISES_CUES)
PLACE_CUES = frozenset(A.PLACE_CUES)
CONTACT_CUES = frozenset(A.CONTACT_CUES)


CUE_SCAN = re.compile("|".join(re.escape(c) for c, _ in _ALL_CUES))
_COPULA = re.compile(r"(?:登记)?为|是|在|于|的")


def bare_starts(text: str, gaz: AdminGazetteer, cues: Sequence[re.Match] | None = None, kind: str = "home") -> list[int]:
    """Positions right after a home-address cue (of ``kind``): an address there may start at a road.

    Cues are matched leftmost-longest, so 住 inside 居住地 / 住所 is not a cue of its own; a
    copula after the cue (通讯地址为…, 住在…, 租住于…) is skipped, unless it begins a division
    name (住于都县…)."""
    out = []
    for m in CUE_SCAN.finditer(text) if cues is None else cues:
        if CUE_KINDS.get(m.group(0)) != kind:
            continue
        k = m.end()
        while k < len(text) and text[k] in _CUE_SEPS:
            k += 1
        c = _COPULA.match(text, k)
        if c and not division_at(text, k, gaz):
            k = c.end()
            while k < len(text) and text[k] in _CUE_SEPS:
                k += 1
        out.append(k)
    return out


#: Where a clause, a cell or a bracket begins: an address written without divisions starts there.
CLAUSE_START = re.compile(r"[，。；;、：:（(）)｜|\t\u3000 \n\r]")
_BARE_LOOKBACK = 30
#: The subject of a clause and its copula (陈某某系…, 该户是…) or a person word (承租人…): an address
#: after them starts after them.
_SUBJECT_IS = re.compile(
    rf"(?:{C}{{1,5}}?(?:系|是)|{'|'.join(sorted(A.PERSON_SUBJECTS, key=len, reverse=True))})(?={C})"
)


def clause_address_start(text: str, pos: int) -> int:
    """Where an address that reaches ``pos`` begins when nothing else marks it: after the last cue
    of its clause (安置房位于…, 其位于…), else at the start of its clause, cell or bracket; ``-1``
    when the clause starts more than :data:`_BARE_LOOKBACK` characters back."""
    lo = max(0, pos - _BARE_LOOKBACK)
    k = max((b.end() for b in CLAUSE_START.finditer(text, lo, pos)), default=0 if lo == 0 else -1)
    cue = max(CUE_SCAN.finditer(text, max(k, 0), pos), key=lambda c: c.end(), default=None)
    if cue is not None:
        k = cue.end()
        c = _COPULA.match(text, k)
        k = c.end() if c else k
    elif k >= 0:
        s = _SUBJECT_IS.match(text, k, pos)
        k = s.end() if s else k  # 陈某某系某镇某村7组村民 / 承租人某某苑6幢…: the address starts after them
    return k
