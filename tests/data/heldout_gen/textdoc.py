"""A document under construction: templates with ``{key}`` placeholders, gold from construction.

Values substituted for a placeholder are plain strings (no annotation) or :class:`Mark` objects
(an entity or a trap).  The offset of a mark is the length of the text built so far when it lands,
so offsets never come from searching.  ``{{``/``}}`` are not supported (government documents need
no braces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ENTITY_TYPES = (
    "PERSON", "CN_ADDRESS", "CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC",
    "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "DATE_OF_BIRTH", "CLASSIFIED_MARK",
)
TRAP_KINDS = (
    "pseudonym", "place_name", "jurisdiction", "org_address", "org_name", "public_figure", "official_name",
    "doc_number", "statute", "law_name", "amount", "event_date", "hotline", "agency_phone", "agency_email",
    "agency_name", "case_number", "serial_number", "masked_value", "mark_lookalike", "postcode",
)

_PH = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Mark:
    cat: str  # "entity" | "trap"
    label: str
    text: str


def E(label: str, text: str) -> Mark:
    assert label in ENTITY_TYPES, label
    return Mark("entity", label, text)


def T(kind: str, text: str) -> Mark:
    assert kind in TRAP_KINDS, kind
    return Mark("trap", kind, text)


def P(name: str) -> Mark:
    return E("PERSON", name)


def A(addr: str) -> Mark:
    return E("CN_ADDRESS", addr)


@dataclass
class Doc:
    number: int
    slug: str
    genre: str
    encoding: str = "utf-8"
    newline: str = "lf"
    parts: list[str] = field(default_factory=list)
    entities: list[tuple[str, int, int, str]] = field(default_factory=list)
    traps: list[tuple[str, int, int, str]] = field(default_factory=list)
    allow: list[tuple[str, str]] = field(default_factory=list)  # (section, entry) for agency.txt
    _len: int = 0

    @property
    def filename(self) -> str:
        return f"{self.number:03d}_{self.slug}.txt"

    def _lit(self, s: str) -> None:
        if self.newline == "crlf":
            s = s.replace("\n", "\r\n")
        self.parts.append(s)
        self._len += len(s)

    def add(self, template: str, **values: object) -> "Doc":
        pos = 0
        for m in _PH.finditer(template):
            self._lit(template[pos:m.start()])
            v = values[m.group(1)]
            if isinstance(v, Mark):
                start = self._len
                self._lit(v.text)
                rec = (v.label, start, self._len, v.text)
                (self.entities if v.cat == "entity" else self.traps).append(rec)
            else:
                self._lit(str(v))
            pos = m.end()
        self._lit(template[pos:])
        rest = _PH.sub("", template)
        if "{" in rest or "}" in rest:
            raise ValueError(f"unsupported placeholder in template: {template[:60]!r}")
        return self

    def public(self, section: str, text: str) -> str:
        """Register an allow-list entry (agency switchboard, hotline, official's name)."""
        self.allow.append((section, text))
        return text

    @property
    def text(self) -> str:
        return "".join(self.parts)
