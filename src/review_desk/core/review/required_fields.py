"""Which required fields a document of a kind leaves out (the words are data, in
:mod:`review_desk.core.review.field_words`; the Chinese names in :data:`review_desk.core.names.REQUIRED_FIELDS`).

* 行政处罚 / 行政许可 decisions (双公示, plan item 7): 决定书文号, 执法依据 / 设定依据, 案件名称 / 许可事项,
  行政相对人名称 and 统一社会信用代码 (a natural person's ID line stands for it), 处罚事由, 作出决定的部门,
  处罚结果 / 许可决定, 救济渠道;
* replies to 依申请公开 applicants (plan item 14): a 救济渠道 that names the body, its address and the
  time limit (``remedy`` when no 复议 / 诉讼 sentence at all, else the parts it lacks).

The result is a tuple of codes in the order of the fields; the other kinds have none.
"""

from __future__ import annotations

import re

from review_desk.core.detect.checksums import valid_uscc

from .field_words import KIND_FIELDS, REMEDY_PARTS, REMEDY_SENTENCE

_COMPILED = {kind: tuple((code, tuple(re.compile(p, re.MULTILINE) for p in patterns)) for code, patterns in fields)
             for kind, fields in KIND_FIELDS.items()}
_REMEDY_SENTENCE = re.compile(REMEDY_SENTENCE)
_REMEDY_PARTS = tuple((code, tuple(re.compile(p) for p in patterns)) for code, patterns in REMEDY_PARTS)
_USCC = re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Za-z])")
_SENTENCE = re.compile(r"[^。！？]*[。！？]?")


def has_credit_code(text: str) -> bool:
    """A valid 统一社会信用代码 stands somewhere in ``text``."""
    return any(valid_uscc(m.group(0)) for m in _USCC.finditer(text))


def _missing_decision_fields(kind: str, text: str) -> tuple[str, ...]:
    missing = []
    for code, patterns in _COMPILED[kind]:
        if code == "credit_code" and has_credit_code(text):
            continue
        if not any(p.search(text) for p in patterns):
            missing.append(code)
    return tuple(missing)


def _missing_remedy_parts(text: str) -> tuple[str, ...]:
    """What the 救济渠道 of a reply lacks: the sentences naming 复议 / 诉讼 and the one after each in
    the same paragraph (the address often follows in a sentence of its own)."""
    parts: list[str] = []
    for paragraph in text.split("\n"):
        sentences = [s for s in _SENTENCE.findall(paragraph) if s.strip()]
        for i, sentence in enumerate(sentences):
            if _REMEDY_SENTENCE.search(sentence):
                parts += sentences[i : i + 2]
    if not parts:
        return ("remedy",)
    remedy = "".join(parts)
    return tuple(code for code, patterns in _REMEDY_PARTS if not any(p.search(remedy) for p in patterns))


def missing_fields(kind: str, text: str) -> tuple[str, ...]:
    """The codes of the fields a document of ``kind`` (a DocumentKind value) should have and ``text``
    (its paragraphs joined by newlines) does not; ``()`` for kinds without required fields."""
    if kind in _COMPILED:
        return _missing_decision_fields(kind, text)
    if kind == "application_reply":
        return _missing_remedy_parts(text)
    return ()
