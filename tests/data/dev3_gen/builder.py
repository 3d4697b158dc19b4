"""Documents assembled from pieces; gold offsets come from construction, never from searching."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class E:
    """A gold entity (personal data)."""

    type: str
    text: str


@dataclass(frozen=True)
class T:
    """A trap: looks like personal data, must not be reported."""

    kind: str
    text: str


def P(name: str) -> E:
    return E("PERSON", name)


def A(address: str) -> E:
    return E("CN_ADDRESS", address)


def OF(name: str) -> T:
    return T("official_name", name)


@dataclass
class Doc:
    num: int
    slug: str
    genre: str
    encoding: str = "utf-8"
    newline: str = "lf"
    parts: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    traps: list = field(default_factory=list)
    pos: int = 0

    @property
    def name(self) -> str:
        return f"{self.num:03d}_{self.slug}.txt"

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def add(self, *pieces) -> "Doc":
        for p in pieces:
            if p is None:
                continue
            if isinstance(p, (list, tuple)):
                self.add(*p)
            elif isinstance(p, str):
                self._put(p.replace("\n", "\r\n") if self.newline == "crlf" else p)
            elif isinstance(p, E):
                assert p.text and "\n" not in p.text and p.text == p.text.strip(), p
                self.entities.append({"type": p.type, "start": self.pos, "end": self.pos + len(p.text),
                                      "text": p.text})
                self._put(p.text)
            elif isinstance(p, T):
                assert p.text and "\n" not in p.text, p
                self.traps.append({"kind": p.kind, "start": self.pos, "end": self.pos + len(p.text),
                                   "text": p.text})
                self._put(p.text)
            else:
                raise TypeError(p)
        return self

    def line(self, *pieces) -> "Doc":
        return self.add(*pieces, "\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # ------------------------------------------------------------------ checks
    def check(self, id_ok) -> None:
        text = self.text
        where = self.name
        for s in self.entities + self.traps:
            assert text[s["start"]:s["end"]] == s["text"], (where, s)
        ents = sorted(self.entities, key=lambda s: s["start"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (where, a, b)
        for t in self.traps:
            for e in ents:
                assert t["end"] <= e["start"] or e["end"] <= t["start"], (where, "trap overlaps entity", t, e)

        def covered(value, spans):
            i = text.find(value)
            while i >= 0:
                if not any(s["start"] <= i and i + len(value) <= s["end"] for s in spans):
                    return False
                i = text.find(value, i + 1)
            return True

        for e in self.entities:
            assert covered(e["text"], self.entities), (where, "unannotated occurrence", e)
        officials = [t for t in self.traps if t["kind"] == "official_name"]
        for o in officials:
            assert covered(o["text"], officials), (where, "unmarked official occurrence", o)
        persons = {e["text"] for e in self.entities if e["type"] == "PERSON"}
        assert not persons & {o["text"] for o in officials}, where
        # every mobile-looking or ID-looking run of digits is either an entity or a trap
        spans = self.entities + self.traps
        for m in re.finditer(r"(?<!\d)(1[3-9]\d{9}|\d{17}[\dX])(?!\d)", text):
            assert any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans), (where, m.group())
        for t in self.traps:  # numeric serials never pass as a bank card by accident
            v = t["text"]
            if t["kind"] == "serial_number" and v.isdigit() and 16 <= len(v) <= 19:
                total = sum((int(ch) * 2 - 9 if int(ch) * 2 > 9 else int(ch) * 2) if i % 2 else int(ch)
                            for i, ch in enumerate(reversed(v)))
                assert total % 10, (where, "Luhn-valid serial", v)
        for e in self.entities:
            if e["type"] == "CN_ID_CARD":
                assert id_ok(e["text"]), (where, e)
            if e["type"] == "PERSON":
                assert re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", e["text"]) and not e["text"].endswith("某"), e
            if e["type"] == "CN_ADDRESS":
                assert len(e["text"]) >= 5 and not re.match(r"(住|位于|家住|现住|居住|地址|[，。、：:（(\s])", e["text"]) and not re.search(r"[，。、：:）)\s]$", e["text"]), e
        text.encode(self.encoding)  # raises if a character does not fit the declared encoding

    # ------------------------------------------------------------------ output
    def raw(self) -> bytes:
        if self.encoding == "utf-16":
            return b"\xff\xfe" + self.text.encode("utf-16-le")
        return self.text.encode(self.encoding)

    def gold_json(self) -> str:
        def row(d):
            return json.dumps(d, ensure_ascii=False)

        def block(items):
            if not items:
                return "[]"
            return "[\n" + ",\n".join("  " + row(i) for i in sorted(items, key=lambda s: (s["start"], s["end"]))) + "\n ]"

        return ("{\n"
                f' "file": {row(self.name)},\n'
                f' "encoding": {row(self.encoding)},\n'
                f' "newline": {row(self.newline)},\n'
                f' "genre": {row(self.genre)},\n'
                f' "entities": {block(self.entities)},\n'
                f' "traps": {block(self.traps)}\n'
                "}\n")
