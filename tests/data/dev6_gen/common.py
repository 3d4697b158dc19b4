"""Per-document context for dev 6 (seeded, its own name bank) and the trap kinds dev 6 adds."""

from __future__ import annotations

import random

from tests.data.dev3_gen.builder import T
from tests.data.dev4_gen.common import Ctx
from tests.data.dev4_gen.people import Bank, born, id18, sex_of

from .places import C

SEED = "review-desk-dev6-2026"


class Ctx6(Ctx):
    def __init__(self):
        super().__init__()
        self.bank = Bank()
        self.rng = random.Random(SEED)

    def start(self, num: int) -> None:
        self.rng = random.Random(f"{SEED}:{num}")
        self.bank.new_doc()

    def han(self) -> str:
        return self.name(self.pick(["any", "any", "any", "old_m", "old_f", "mid", "two"]))

    def id6(self, key: str, y0: int, y1: int, name: str) -> str:
        return id18(self.rng, C[key].code, born(self.rng, y0, y1), sex_of(name) == "男")

    def sex(self, name: str) -> str:
        return sex_of(name)


def venue(s: str) -> T:
    """Where an event, hearing or service takes place (a hall, a centre's room): not a home."""
    return T("event_venue", s)


def site(s: str) -> T:
    """Where a public project is built or land is taken: not a home address."""
    return T("project_site", s)
