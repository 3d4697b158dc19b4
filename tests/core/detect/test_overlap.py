"""Overlap resolution: marks first, then the longer span, then type priority, then score."""

from __future__ import annotations

from review_desk.core.detect.detector import RawDetection
from review_desk.core.detect.overlap import resolve_overlaps

from check_digits import make_cn_id, make_luhn

from .helpers import CARD_19, ID_A


def _d(type_, start, end, score=0.8):
    return RawDetection(type_, start, end, score, "r", "x" * (end - start))


def test_id_containing_phone_like_run(detector, analyzer):
    # Grouped 4-4-4-4-2, this ID contains "0319 9003 0712", which has a landline's shape.
    idn = make_cn_id("370103", "19900307", "123")
    grouped = " ".join(idn[i : i + 4] for i in range(0, 18, 4))
    text = "身份证号 " + grouped + " 住址"
    raw = {r.entity_type for r in analyzer.analyze(text=text, language="zh", score_threshold=0.5)}
    assert raw == {"CN_ID_CARD", "PHONE_NUMBER"}  # both recognizers fire ...
    assert [(d.type, d.text) for d in detector.detect(text)] == [("CN_ID_CARD", grouped)]  # ... one is kept


def test_card_containing_phone_like_run(detector):
    card = make_luhn("622205318612345")
    grouped = " ".join(card[i : i + 4] for i in range(0, 16, 4))  # 6222 0531 8612 345x
    assert [(d.type, d.text) for d in detector.detect("卡号 " + grouped)] == [("CN_BANK_CARD", grouped)]


def test_bank_card_is_not_also_a_phone(detector):
    assert [d.type for d in detector.detect("卡号" + CARD_19)] == ["CN_BANK_CARD"]


def test_rules():
    mark = _d("CLASSIFIED_MARK", 5, 8, 0.9)
    longer = _d("PERSON", 0, 10, 0.6)
    assert resolve_overlaps([longer, mark]) == [mark]
    a = _d("PHONE_NUMBER", 0, 11)
    b = _d("CN_ID_CARD", 0, 18)
    assert resolve_overlaps([a, b]) == [b]
    same_len = [_d("PHONE_NUMBER", 0, 18, 1.0), _d("CN_BANK_CARD", 0, 18, 0.6), _d("CN_ID_CARD", 0, 18, 0.9)]
    assert [d.type for d in resolve_overlaps(same_len)] == ["CN_ID_CARD"]
    assert [d.type for d in resolve_overlaps([_d("CN_USCC", 0, 18), _d("CN_BANK_CARD", 0, 18)])] == ["CN_BANK_CARD"]
    lo, hi = _d("PERSON", 0, 3, 0.5), _d("LOCATION", 1, 4, 0.9)
    assert resolve_overlaps([lo, hi]) == [hi]
    apart = [_d("PERSON", 5, 7), _d("PERSON", 0, 2), _d("PERSON", 2, 4)]
    assert [d.start for d in resolve_overlaps(apart)] == [0, 2, 5]


def test_detections_sorted_by_start(detector):
    text = "电话13812345678，身份证号" + ID_A + "，机密★5年"
    found = detector.detect(text)
    assert [d.type for d in found] == ["PHONE_NUMBER", "CN_ID_CARD", "CLASSIFIED_MARK"]
    assert [d.start for d in found] == sorted(d.start for d in found)


def _reference(detections):
    """The plain quadratic greedy rule the fast version must equal."""
    from review_desk.core.detect.overlap import _preference

    kept = []
    for det in sorted(detections, key=_preference):
        if det.end > det.start and not any(det.start < k.end and k.start < det.end for k in kept):
            kept.append(det)
    return sorted(kept, key=lambda d: (d.start, d.end))


def test_fast_resolution_equals_the_greedy_rule():
    import random

    rng = random.Random(13)
    types = ["PERSON", "PHONE_NUMBER", "CN_ID_CARD", "CLASSIFIED_MARK", "CN_ADDRESS"]
    for _ in range(300):
        dets = []
        for _ in range(rng.randint(0, 40)):
            s = rng.randint(0, 200)
            dets.append(_d(rng.choice(types), s, s + rng.randint(0, 25), rng.choice([0.5, 0.8, 0.85, 1.0])))
        assert resolve_overlaps(dets) == _reference(dets)
