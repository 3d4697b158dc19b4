"""Per-document context: seeded randomness, the shared name bank and the allow list."""

from __future__ import annotations

import random

from .builder import A, E, OF, P, T  # noqa: F401  (re-exported for the document modules)
from .people import NameBank

SEED = "review-desk-dev3-2024"


class Ctx:
    def __init__(self):
        self.bank = NameBank()
        self.phones: list[str] = []
        self.hotlines: list[str] = []
        self.rng = random.Random(SEED)

    def start(self, num: int) -> None:
        self.rng = random.Random(f"{SEED}:{num}")
        self.bank.new_doc()

    # people
    def name(self, style: str = "any") -> str:
        return self.bank.person(self.rng, style)

    def name_sex(self, sex: str, style: str = "any") -> str:
        """A new name that reads as male ("男") or female ("女")."""
        from .people import sex_of
        for _ in range(200):
            n = self.bank._draw(self.rng, style)
            if sex_of(n) == sex and self.bank._ok(n):
                self.bank.used.add(n)
                self.bank.doc_names.append(n)
                return n
        raise RuntimeError((sex, style))

    def kin(self, relative: str, style: str = "any", sex: str | None = None) -> str:
        """A new name sharing the surname of ``relative`` (a parent, child or sibling)."""
        from .people import COMPOUND, sex_of
        sur = relative[:2] if relative[:2] in COMPOUND else relative[0]
        for _ in range(300):
            d = self.bank._draw(self.rng, style)
            n = sur + d[1:]
            if (sex is None or sex_of(n) == sex) and self.bank._ok(n):
                self.bank.used.add(n)
                self.bank.doc_names.append(n)
                return n
        raise RuntimeError((relative, style))

    def names(self, k: int, style: str = "any") -> list:
        return [self.name(style) for _ in range(k)]

    def off(self) -> str:
        return self.bank.official(self.rng)

    # allow-listed public numbers
    def aphone(self, area: str) -> T:
        digits = 8 if len(area) == 3 else 7
        p = f"{area}-{self.rng.randint(2, 8)}{self.rng.randint(0, 10 ** (digits - 1) - 1):0{digits - 1}d}"
        if p not in self.phones:
            self.phones.append(p)
        return T("agency_phone", p)

    def hot(self, h: str = "12345") -> T:
        if h not in self.hotlines:
            self.hotlines.append(h)
        return T("hotline", h)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)


def ev(s: str) -> T:
    return T("event_date", s)


def amt(s: str) -> T:
    return T("amount", s)


def ag(s: str) -> T:
    return T("agency_name", s)


def org(s: str) -> T:
    return T("org_name", s)


def oaddr(s: str) -> T:
    return T("org_address", s)


def aaddr(s: str) -> T:
    return T("agency_address", s)


def docno(s: str) -> T:
    return T("doc_number", s)


def law(s: str) -> T:
    return T("statute", s)


def place(s: str) -> T:
    return T("place_name", s)


def pseudo(s: str) -> T:
    return T("pseudonym", s)


def masked(s: str) -> T:
    return T("masked_value", s)


def serial(s: str) -> T:
    return T("serial_number", s)


def case(s: str) -> T:
    return T("case_number", s)


def DOB(s: str) -> E:
    return E("DATE_OF_BIRTH", s)


def ID(s: str) -> E:
    return E("CN_ID_CARD", s)


def PH(s: str) -> E:
    return E("PHONE_NUMBER", s)
