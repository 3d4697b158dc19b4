"""Per-document context for dev 4: seeded randomness, the shared name bank, identifiers and trap makers."""

from __future__ import annotations

import random

from tests.data.dev3_gen.builder import E, T
from tests.support.check_digits import USCC_ALPHABET, make_uscc
from tests.support.check_digits import USCC_ALPHABET, make_uscc

from .people import COUNTIES, Bank, born, id15, id18, mobile, plate, sex_of

SEED = "review-desk-dev4-2026"


class Ctx:
    def __init__(self):
        self.bank = Bank()
        self.rng = random.Random(SEED)

    def start(self, num: int) -> None:
        self.rng = random.Random(f"{SEED}:{num}")
        self.bank.new_doc()

    # people ------------------------------------------------------------------------------------
    def name(self, style: str = "any") -> str:
        return self.bank.person(self.rng, style)

    def names(self, k: int, style: str = "any") -> list:
        return [self.name(style) for _ in range(k)]

    def mixed(self) -> str:
        return self.name(self.pick(["any", "any", "any", "old_m", "old_f", "mid", "young", "two", "rare",
                                    "compound", "han3", "four"]))

    def off(self) -> str:
        return self.bank.official(self.rng)

    # identifiers ------------------------------------------------------------------------------------
    def idno(self, county: str, y0: int, y1: int, name: str, *, x_ok: bool = True) -> str:
        for _ in range(50):
            v = id18(self.rng, COUNTIES[county].code, born(self.rng, y0, y1), sex_of(name) == "男")
            if x_ok or v[-1] != "X":
                return v
        raise RuntimeError(county)

    def legacy(self, county: str, y0: int, y1: int, name: str) -> str:
        return id15(self.rng, COUNTIES[county].code, born(self.rng, y0, min(y1, 1999)), sex_of(name) == "男")

    def mobile(self, style: str = "plain") -> str:
        return mobile(self.rng, style)

    def plate(self, prov: str = "鲁", dot: bool = False, new_energy: bool = False) -> str:
        return plate(self.rng, prov, dot, new_energy)

    def landline(self, area: str) -> str:
        digits = 8 if len(area) == 4 else 8
        return f"{area}-{self.rng.randint(5, 8)}{self.rng.randint(0, 10 ** (digits - 1) - 1):0{digits - 1}d}"

    # randomness -------------------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)


# entities
def P(s: str) -> E:
    return E("PERSON", s)


def A(s: str) -> E:
    return E("CN_ADDRESS", s)


def ID(s: str) -> E:
    return E("CN_ID_CARD", s)


def PH(s: str) -> E:
    return E("PHONE_NUMBER", s)


def DOB(s: str) -> E:
    return E("DATE_OF_BIRTH", s)


def PL(s: str) -> E:
    return E("CN_LICENSE_PLATE", s)


def USCC(s: str) -> E:
    return E("CN_USCC", s)


def MARK(s: str) -> E:
    return E("CLASSIFIED_MARK", s)


def EM(s: str) -> E:
    return E("EMAIL_ADDRESS", s)


# traps
def OF(s: str) -> T:
    return T("official_name", s)


def odata(s: str) -> T:
    return T("official_data", s)


def ag(s: str) -> T:
    return T("agency_name", s)


def org(s: str) -> T:
    return T("org_name", s)


def aphone(s: str) -> T:
    return T("agency_phone", s)


def hot(s: str) -> T:
    return T("hotline", s)


def amail(s: str) -> T:
    return T("agency_email", s)


def oaddr(s: str) -> T:
    return T("org_address", s)


def aaddr(s: str) -> T:
    return T("agency_address", s)


def docno(s: str) -> T:
    return T("doc_number", s)


def case(s: str) -> T:
    return T("case_number", s)


def law(s: str) -> T:
    return T("statute", s)


def ev(s: str) -> T:
    return T("event_date", s)


def amt(s: str) -> T:
    return T("amount", s)


def serial(s: str) -> T:
    return T("serial_number", s)


def place(s: str) -> T:
    return T("place_name", s)


def masked(s: str) -> T:
    return T("masked_value", s)


def quoted(s: str) -> T:
    return T("mark_lookalike", s)


def uscc_code(rng: random.Random, region: str, kind: str = "92") -> str:
    """A credit code with a valid GB 32100 check character (kind 92 = 个体工商户, 91 = company)."""
    body = kind + region + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    return make_uscc(body)
