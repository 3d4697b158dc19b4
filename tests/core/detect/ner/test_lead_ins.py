"""``lead_in_before`` (a role word, preposition or cue right before a position) rejects most
positions by their previous character alone: it must say what the full lookup says."""

from __future__ import annotations

from pathlib import Path

from review_desk.core.detect.ner.name_shape import LEAD_MAX, LEAD_SET, lead_in_before

DATA = Path(__file__).resolve().parents[3] / "data"


def _full_lookup(text: str, i: int) -> bool:
    return any(text[i - n : i] in LEAD_SET for n in range(1, min(LEAD_MAX, i) + 1))


def test_lead_in_before_equals_the_full_lookup() -> None:
    from review_desk.core.document import read_document

    texts = ["\n".join(s.text for s in read_document(p).segments) for p in sorted((DATA / "corpus").glob("*.txt"))[:12]]
    texts += ["".join(sorted(LEAD_SET)) + "张三"]  # every lead-in once
    hits = 0
    for text in texts:
        for i in range(len(text) + 1):
            expected = _full_lookup(text, i)
            assert lead_in_before(text, i) == expected, (text[max(0, i - 6) : i], i)
            hits += expected
    assert hits > 100
