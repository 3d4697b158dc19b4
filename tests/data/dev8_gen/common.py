"""Per-document context for dev 8 (seeded, its own name bank) and the trap kinds dev 8 adds."""

from __future__ import annotations

import random

from tests.data.dev3_gen.builder import T
from tests.data.dev4_gen.common import Ctx

from .people import Bank8

SEED = "review-desk-dev8-2026"

#: the Han name styles dev 8 is about, weighted
HAN = ["rare8", "rare8", "compound8", "word8", "plain", "plain", "plain", "plain"]
#: foreign and minority styles
FOREIGN = ["jp8", "jp8", "kr8", "west8", "uy_dot", "uy_plain", "tibetan", "mongol"]


class Ctx8(Ctx):
    def __init__(self):
        super().__init__()
        self.bank = Bank8()
        self.rng = random.Random(SEED)

    def start(self, num: int) -> None:
        self.rng = random.Random(f"{SEED}:{num}")
        self.bank.new_doc()

    def han(self) -> str:
        """A Han name, often with a rare or compound surname or a word-like name."""
        return self.name(self.pick(HAN))

    def any8(self) -> str:
        return self.name(self.pick(HAN + HAN + FOREIGN))

    def foreign(self) -> str:
        return self.name(self.pick(FOREIGN))


def figure(s: str) -> T:
    """A public figure or historical person named as such (学习雷锋): not a private person."""
    return T("public_figure", s)


def place(s: str) -> T:
    """A place whose name looks like a person's (王家庄, 石家庄, 李沧区): not a name."""
    return T("place_name", s)


def role(s: str) -> T:
    """A title or role word standing alone (分管副局长, 驻村第一书记): not a name."""
    return T("role_word", s)


def typhoon(s: str) -> T:
    """A typhoon's name (海葵, 玛莉亚): not a person."""
    return T("typhoon_name", s)


def pseudo(s: str) -> T:
    """A name already replaced in the source (张某, 李某某): not a name to report."""
    return T("pseudonym", s)


def word(s: str) -> T:
    """An ordinary word that is also a name elsewhere (方圆五公里, 白雪覆盖, 儿童时期): not a name."""
    return T("common_word", s)
