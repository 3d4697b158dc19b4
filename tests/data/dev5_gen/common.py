"""Per-document context for dev 5 (seeded, its own name bank) and the trap kinds dev 5 adds."""

from __future__ import annotations

import random

from tests.data.dev3_gen.builder import T
from tests.data.dev4_gen.common import Ctx

from .people import Bank5

SEED = "review-desk-dev5-2026"


class Ctx5(Ctx):
    def __init__(self):
        super().__init__()
        self.bank = Bank5()
        self.rng = random.Random(SEED)

    def start(self, num: int) -> None:
        self.rng = random.Random(f"{SEED}:{num}")
        self.bank.new_doc()

    def hard(self) -> str:
        """A name of one of the styles dev 5 is about."""
        return self.name(self.pick(["rare1", "rare1", "rare1s", "word", "word", "word"]))


def role(s: str) -> T:
    """A title or role word standing alone (局长办公会议, 分管副局长): not a name."""
    return T("role_word", s)


def site(s: str) -> T:
    """Where a public project is built (建设位置 of a road, a plant): not a home address."""
    return T("project_site", s)
