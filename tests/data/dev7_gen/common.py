"""Per-document context for dev 7 (seeded, its own name bank) and the trap kinds dev 7 adds."""

from __future__ import annotations

import random

from tests.data.dev3_gen.builder import T
from tests.data.dev4_gen.common import Ctx

from .people import Bank7

SEED = "review-desk-dev7-2026"

#: the name styles dev 7 is about, weighted
HARD = ["rare7", "rare7", "compound7", "word7", "plain", "plain", "plain", "uy_plain", "tibetan", "mongol"]


class Ctx7(Ctx):
    def __init__(self):
        super().__init__()
        self.bank = Bank7()
        self.rng = random.Random(SEED)

    def start(self, num: int) -> None:
        self.rng = random.Random(f"{SEED}:{num}")
        self.bank.new_doc()

    def hard(self) -> str:
        """A name of one of the styles dev 7 is about."""
        return self.name(self.pick(HARD))

    def han(self) -> str:
        return self.name(self.pick(["rare7", "compound7", "plain", "plain", "plain", "word7"]))

    def foreign(self) -> str:
        return self.name(self.pick(["jp7", "japanese", "korean", "western", "uy_dot", "uy_plain", "tibetan", "mongol"]))


def figure(s: str) -> T:
    """A public figure or historical person named as such (学习雷锋, 鲁迅的文章): not a private person."""
    return T("public_figure", s)


def place(s: str) -> T:
    """A place whose name looks like a person's (王家庄, 李村): not a name."""
    return T("place_name", s)


def role(s: str) -> T:
    """A title or role word standing alone: not a name."""
    return T("role_word", s)
