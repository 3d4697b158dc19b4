"""Text with exact annotation spans, built by placeholder substitution.

A :class:`Fragment` is a piece of text plus the gold spans inside it.  Templates are ordinary
strings with ``{name}`` placeholders (``{{``/``}}`` for literal braces); :func:`render`
substitutes fragments and strings and shifts the spans of every substituted fragment by the
offset at which it lands, so gold offsets come from construction, never from searching.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

ENTITY_TYPES = (
    "CN_ID_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_BANK_CARD", "CN_USCC", "CN_PASSPORT",
    "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "DATE_OF_BIRTH", "CLASSIFIED_MARK", "PERSON", "CN_ADDRESS",
)
TRAP_KINDS = (
    "doc_number", "statute", "law_name", "amount", "event_date", "hotline", "agency_phone", "agency_name",
    "agency_address", "org_name", "case_number", "serial_number", "postcode", "page_number", "mark_lookalike",
    "official_name", "masked_value", "agency_email",
)


@dataclass(frozen=True)
class Span:
    cat: str  # "entity" | "trap"
    label: str  # entity type or trap kind
    start: int
    end: int
    text: str

    def shifted(self, by: int) -> "Span":
        return Span(self.cat, self.label, self.start + by, self.end + by, self.text)


@dataclass
class Fragment:
    text: str = ""
    spans: list[Span] = field(default_factory=list)

    def __add__(self, other: "Fragment | str") -> "Fragment":
        o = as_fragment(other)
        return Fragment(self.text + o.text, self.spans + [s.shifted(len(self.text)) for s in o.spans])

    def __radd__(self, other: str) -> "Fragment":
        return as_fragment(other) + self

    def __len__(self) -> int:
        return len(self.text)


def as_fragment(v: "Fragment | str | int") -> Fragment:
    if isinstance(v, Fragment):
        return v
    return Fragment(str(v), [])


def E(label: str, text: str) -> Fragment:
    """An entity: ``text`` is exactly what the document shows."""
    assert label in ENTITY_TYPES, label
    assert text, label
    return Fragment(text, [Span("entity", label, 0, len(text), text)])


def T(kind: str, text: str) -> Fragment:
    """A trap: a string that must not be reported as any entity type."""
    assert kind in TRAP_KINDS, kind
    assert text, kind
    return Fragment(text, [Span("trap", kind, 0, len(text), text)])


_FMT = string.Formatter()


def render(template: str, **values: "Fragment | str | int") -> Fragment:
    out = Fragment()
    for literal, name, spec, conv in _FMT.parse(template):
        if literal:
            out = out + literal
        if name is None:
            continue
        if spec or conv:
            raise ValueError(f"format spec not supported: {name!r}")
        if name not in values:
            raise KeyError(f"template placeholder {{{name}}} has no value")
        out = out + as_fragment(values[name])
    return out


def join(sep: "Fragment | str", items: "list[Fragment | str]") -> Fragment:
    out = Fragment()
    for i, it in enumerate(items):
        if i:
            out = out + sep
        out = out + it
    return out


def concat(*items: "Fragment | str") -> Fragment:
    return join("", list(items))


def pad(frag: "Fragment | str", width: int, fill: str = " ") -> Fragment:
    """Right-pad to a display width (CJK chars count 2) for fixed-width text tables."""
    f = as_fragment(frag)
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in f.text)
    return f + fill * max(0, width - w)
