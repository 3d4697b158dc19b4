"""Long texts are analysed in overlapping pieces: every character is kept by exactly one piece,
an entity across a cut is found once with its offsets in the whole text, and the work grows
linearly with the length (one huge paragraph costs what the same text in paragraphs costs)."""

from __future__ import annotations

import pytest

from review_desk.core.detect.detector import (
    CHUNK_OVERLAP,
    DetectConfig,
    Detector,
    _nlp_batches,
    merge_pieces,
    split_pieces,
    split_texts,
)
from review_desk.core.detect.parallel import ParallelDetector

from .helpers import ID_A

FILLER = "中" * 997  # no line break, no sentence end: only hard cuts


def _check_tiling(text: str, max_len: int) -> list[tuple[int, int, int, int]]:
    pieces = split_pieces(text, max_len)
    assert pieces[0][0] == 0 and pieces[0][2] == 0 and pieces[-1][1] == len(text) and pieces[-1][3] == len(text)
    for (s, e, kf, kt), nxt in zip(pieces, pieces[1:] + [None]):
        assert e - s <= max_len
        assert s <= kf < kt <= e  # a piece holds the characters it keeps
        if nxt is not None:
            assert nxt[2] == kt  # the keep ranges tile the text
            assert s < nxt[0] <= kt  # progress; the next piece starts no later than its keep range
    return pieces


def test_line_breaks_cut_without_overlap():
    text = ("第一段内容。" * 50 + "\n") * 10
    pieces = _check_tiling(text, 400)
    assert all(text[e - 1] == "\n" for _, e, _, _ in pieces[:-1])
    assert all(s == kf and e == kt for s, e, kf, kt in pieces)  # paragraphs are independent


def test_sentence_cuts_overlap_but_keep_at_the_cut():
    text = "当事人在本市居住多年。" * 200  # one paragraph, sentences only
    pieces = _check_tiling(text, 400)
    for (_s, e, _kf, kt), nxt in zip(pieces, pieces[1:]):
        assert text[e - 1] == "。" and kt == e  # detections are split at the sentence end
        assert nxt[0] < e  # the next piece sees the end of this one as context


def test_hard_cuts_overlap_and_keep_the_middle():
    text = FILLER * 10
    pieces = _check_tiling(text, 1000)
    for (_s, e, _kf, kt), nxt in zip(pieces, pieces[1:]):
        assert e - nxt[0] == CHUNK_OVERLAP
        assert kt - nxt[0] >= CHUNK_OVERLAP // 2 - 1 and e - kt >= CHUNK_OVERLAP // 2 - 1


def test_pieces_grow_linearly():
    for n in (10_000, 100_000, 300_000):
        text = ("某某村民委员会召开会议，研究决定有关事项" * (n // 19 + 1))[:n]
        pieces = split_pieces(text)
        assert sum(e - s for s, e, _, _ in pieces) <= 1.15 * n


def test_nlp_batches_are_bounded():
    lengths = [2000] * 10 + [10] * 200 + [9000]
    batches = _nlp_batches(lengths, 8000, 64)
    assert batches[0] == (0, 4) and batches[-1] == (210, 211)
    assert all(hi - lo <= 64 for lo, hi in batches)
    assert all(sum(lengths[lo:hi]) <= 8000 or hi - lo == 1 for lo, hi in batches)
    assert [i for lo, hi in batches for i in range(lo, hi)] == list(range(len(lengths)))


@pytest.mark.parametrize("shift", range(-24, 25, 3))
def test_entity_across_a_cut_is_found_once(analyzer, shift):
    """An ID number placed across the first cut of a text without punctuation: one finding,
    at its offsets in the whole text."""
    max_len = 1000
    plain = FILLER * 3
    cut = split_pieces(plain, max_len, overlap=0)[0][1]
    pos = cut - 9 + shift
    text = plain[:pos] + "身份证号" + ID_A + plain[pos:]
    det = Detector(DetectConfig(), analyzer=analyzer, max_chunk=max_len)
    found = [d for d in det.detect(text) if d.type == "CN_ID_CARD"]
    assert [(d.start, d.end, d.text) for d in found] == [(pos + 4, pos + 4 + len(ID_A), ID_A)]


def test_long_paragraph_equals_its_pieces_where_they_do_not_overlap(analyzer):
    """Detections of a long paragraph of sentences are those of each sentence run on its own."""
    sentence = f"当事人身份证号{ID_A}，联系电话13812345678，邮箱zhang@163.com。"
    text = sentence * 120
    det = Detector(DetectConfig(), analyzer=analyzer, max_chunk=500)
    found = det.detect(text)
    assert len(found) == 3 * 120
    assert all(text[d.start : d.end] == d.text for d in found)
    one = det.detect(sentence)
    assert [(d.type, d.start % len(sentence), d.end % len(sentence) or len(sentence)) for d in found] == [
        (d.type, d.start, d.end) for d in one
    ] * 120


def test_merge_maps_offsets_and_drops_the_overlap(analyzer):
    det = Detector(DetectConfig(), analyzer=analyzer, max_chunk=1000)
    text = FILLER + "电话13812345678" + FILLER * 2
    pieces = split_texts([text], 1000)
    assert len(pieces) >= 3
    per_piece = det.detect_pieces([text[p.start : p.end] for p in pieces])
    [merged] = merge_pieces([text], pieces, per_piece)
    assert [(d.start, d.end, d.text) for d in merged] == [(999, 1010, "13812345678")]


def test_parallel_spreads_one_long_paragraph(detector):
    text = "".join(f"第{i}户联系电话139{i:08d}，身份证号{ID_A}，" for i in range(800))  # one line, commas only
    serial = detector.detect(text)
    assert len(serial) == 1600
    with ParallelDetector(detector, workers=2) as parallel:
        assert parallel.detect_many([text]) == [serial]
        assert parallel._pool is not None
