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
