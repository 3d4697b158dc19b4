"""Parallel detection gives exactly the in-process results, in order."""

from __future__ import annotations

from review_desk.core.detect.parallel import MIN_PARALLEL_CHARS, ParallelDetector, _split


def test_split_is_contiguous_and_balanced():
    ranges = _split(6, [10, 10, 10, 10, 10, 10], 2)
    assert ranges == [(0, 3), (3, 6)]
    assert _split(1, [5], 2) == [(0, 1)]


def test_parallel_equals_serial(detector):
    texts = [f"第{i}户：联系电话139{i:08d}，身份证号370102199003071238，邮箱a{i}@example.com。" for i in range(400)]
    contexts = [["出生年月"] if i % 2 else None for i in range(len(texts))]
    assert sum(map(len, texts)) > MIN_PARALLEL_CHARS
    serial = detector.detect_many(texts, contexts=contexts)
    with ParallelDetector(detector, workers=2) as parallel:
        assert parallel.detect_many(texts, contexts=contexts) == serial
        assert parallel._pool is not None  # really forked
        small = texts[:3]
        assert parallel.detect_many(small) == detector.detect_many(small)


def test_the_parent_warms_the_detector_up_before_forking(detector, monkeypatch):
    """What the detector builds on first use is built once in the parent and inherited, not
    once in every worker."""
    from review_desk.core.detect import parallel

    events = []
    real_detect, real_context = detector.detect, parallel.multiprocessing.get_context
    monkeypatch.setattr(detector, "detect", lambda text, **kw: events.append(("detect", text)) or real_detect(text, **kw))
    monkeypatch.setattr(parallel.multiprocessing, "get_context", lambda m: events.append(("fork", m)) or real_context(m))
    texts = [f"第{i}户：联系电话139{i:08d}。" for i in range(800)]
    assert sum(map(len, texts)) > MIN_PARALLEL_CHARS
    with ParallelDetector(detector, workers=2) as pool:
        assert pool.detect_many(texts) == detector.detect_many(texts)
    assert events == [("detect", parallel.WARM_UP_TEXT), ("fork", "fork")]
