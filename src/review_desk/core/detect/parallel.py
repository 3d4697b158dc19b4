"""Use every core for detection: the process itself and forked workers that share its loaded detector.

NER is the bottleneck of a scan (a small CNN runs at some tens of thousands of characters a second
per core).  :class:`ParallelDetector` wraps a :class:`~.detector.Detector`; on platforms that can
``fork``, the workers are forked *after* the model is loaded, so they inherit it instead of loading
it again, and only the texts and the results cross the process boundary; the process itself
detects one share meanwhile (with ``workers`` cores, ``workers - 1`` are forked).  What is shared out are
the texts' pieces (:func:`.detector.split_texts`), so one huge paragraph is spread as well.  Small inputs, and
platforms without ``fork`` (Windows, macOS' default), are detected in-process.  The wrapper has the
same ``detect_many`` / ``supported_types`` interface as the detector, so the scanner does not care.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from typing import Sequence

from .detector import merge_pieces, split_texts

_WORKER_DETECTOR = None  # set in the parent just before the fork; inherited by the workers

#: Below this many characters a batch is detected in-process: forking would cost more than it saves.
MIN_PARALLEL_CHARS = 12_000
#: Detected once in the parent before the fork, so that what the detector builds on first use (the
#: division and surname gazetteers, compiled patterns, the model's first call) is built once and
#: inherited instead of once in every worker.
WARM_UP_TEXT = "申请人张三，男，住址：北京市朝阳区建国路88号2单元301室，电话13800138000。"


def _detect_chunk(args):
    texts, contexts = args
    return _WORKER_DETECTOR.detect_pieces(texts, contexts)


def default_workers() -> int:
    """One worker per core available to this process (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _split(n_items: int, weights: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """Contiguous ranges of roughly equal total weight."""
    total = sum(weights)
    bounds: list[tuple[int, int]] = []
    acc, start = 0, 0
    for i, w in enumerate(weights):
        acc += w
        if len(bounds) < parts - 1 and acc >= total * (len(bounds) + 1) / parts:
            bounds.append((start, i + 1))
            start = i + 1
    bounds.append((start, n_items))
    return [b for b in bounds if b[0] < b[1]]


class ParallelDetector:
    """A detector that spreads large batches over ``workers`` processes: itself and ``workers - 1``
    forked ones."""

    preferred_batch_chars = 200_000  # the scanner may hand over big batches: one round of work each

    def __init__(self, detector, workers: int | None = None) -> None:
        self.detector = detector
        self.workers = default_workers() if workers is None else workers
        self._pool = None
        self._can_fork = "fork" in multiprocessing.get_all_start_methods()
        # What exists now lives as long as the command: the loaded detector (model, word lists,
        # compiled patterns — some 100,000 objects).  Frozen, the garbage collector's full
        # collections no longer walk it (0.2 s of a 100,000-character scan), here and in the
        # forked workers, which then also copy fewer of its pages.
        gc.freeze()

    def supported_types(self):
        return self.detector.supported_types()

    def detect(self, text: str, *, context=None):
        return self.detector.detect(text, context=context)

    def detect_many(self, texts: Sequence[str], *, contexts=None):
        if contexts is not None and len(contexts) != len(texts):
            raise ValueError("contexts must have one entry per text")
        if self.workers < 2 or not self._can_fork or sum(len(t) for t in texts) < MIN_PARALLEL_CHARS:
            return self.detector.detect_many(texts, contexts=contexts)
        # The texts' pieces are what is shared out, so one huge paragraph keeps every worker busy.
        pieces = split_texts(texts, self.detector.max_chunk)
        piece_texts = [texts[p.index][p.start : p.end] for p in pieces]
        piece_contexts = None if contexts is None else [contexts[p.index] for p in pieces]
        pool = self._get_pool()
        jobs = [
            (piece_texts[a:b], None if piece_contexts is None else piece_contexts[a:b])
            for a, b in _split(len(piece_texts), [len(t) for t in piece_texts], self.workers)
        ]
        # The first share is detected here while the forked workers detect the others: one
        # process fewer to fork, to fill with copied pages and to wait for.
        others = pool.map_async(_detect_chunk, jobs[1:], chunksize=1)
        per_piece = list(self.detector.detect_pieces(*jobs[0]))
        for chunk in others.get():
            per_piece.extend(chunk)
        return merge_pieces(texts, pieces, per_piece)

    def _get_pool(self):
        global _WORKER_DETECTOR
        if self._pool is None:
            self.detector.detect(WARM_UP_TEXT)
            _WORKER_DETECTOR = self.detector
            gc.freeze()  # what the warm-up built too (see __init__)
            self._pool = multiprocessing.get_context("fork").Pool(self.workers - 1)
        return self._pool

    def close(self) -> None:
        """Stop the workers (also done when the process exits)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
