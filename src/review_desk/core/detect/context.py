"""Context-word score enhancement that works on raw Chinese text.

Presidio's :class:`~presidio_analyzer.context_aware_enhancers.LemmaContextAwareEnhancer`
compares token lemmas around a match with a recognizer's context words.  A character-segmented
Chinese pipeline has one token per character and empty lemmas, so a word such as ``身份证``
never matches.  :class:`ChineseContextEnhancer` instead looks for each context word as a
substring of a character window around the match.

Recognizers may refine the behaviour with optional attributes:

``context_window``
    ``(chars_before, chars_after)`` overriding the enhancer's window.
``context_exclusions``
    ``{word: (longer, ...)}``: an occurrence of *word* that is part of one of the longer
    strings does not count (``生于`` inside ``发生于``).
``context_nearest_only``
    when true, one occurrence of a context word supports only the nearest result of the
    same recognizer (in ``1985年3月12日出生，于2023年5月6日…`` the word ``出生`` belongs to the
    first date only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["ChineseContextEnhancer"]

_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_ENHANCED_KEY = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


def _distance(start: int, end: int, occ_start: int, occ_end: int) -> int:
    if occ_end <= start:
        return start - occ_end
    if occ_start >= end:
        return occ_start - end
    return 0


class ChineseContextEnhancer(ContextAwareEnhancer):
    """Raise a result's score when one of its recognizer's context words is nearby.

    :param context_similarity_factor: added to the score when context is found.
    :param min_score_with_context_similarity: the score is at least this with context.
    :param context_prefix_count: characters before the match that are searched.
    :param context_suffix_count: characters after the match that are searched.
    """

    def __init__(
        self,
        context_similarity_factor: float = 0.4,
        min_score_with_context_similarity: float = 0.6,
        context_prefix_count: int = 20,
        context_suffix_count: int = 8,
    ) -> None:
        super().__init__(
            context_similarity_factor=context_similarity_factor,
            min_score_with_context_similarity=min_score_with_context_similarity,
            context_prefix_count=context_prefix_count,
            context_suffix_count=context_suffix_count,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Update scores in place (the results are fresh objects per analysis) and return them."""
        by_id = {rec.id: rec for rec in recognizers}
        external = [w.lower() for w in context or () if w]
        lowered = text.lower()  # same length for the characters we care about
        if len(lowered) != len(text):
            lowered = text
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(_ID_KEY))
            if recognizer is None or not recognizer.context or meta.get(_ENHANCED_KEY):
                continue
            word = self._supporting_word(lowered, result, recognizer, raw_results)
            if word is None and external:
                word = next(
                    (w for w in recognizer.context if any(w.lower() in e for e in external)), None
                )
            if word is None:
                continue
            score = max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity)
            result.score = min(score, ContextAwareEnhancer.MAX_SCORE)
            meta[_ENHANCED_KEY] = True
            meta["supportive_context_word"] = word
            result.recognition_metadata = meta
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(word)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _supporting_word(
        self,
        text: str,
        result: RecognizerResult,
        recognizer: EntityRecognizer,
        all_results: Sequence[RecognizerResult],
    ) -> str | None:
        before, after = getattr(recognizer, "context_window", None) or (
            self.context_prefix_count,
            self.context_suffix_count,
        )
        exclusions: Mapping[str, Sequence[str]] = getattr(recognizer, "context_exclusions", None) or {}
        nearest_only = bool(getattr(recognizer, "context_nearest_only", False))
        win_start = max(0, result.start - before)
        win_end = min(len(text), result.end + after)
        siblings = (
            [
                r
                for r in all_results
                if r is not result and (r.recognition_metadata or {}).get(_ID_KEY) == recognizer.id
            ]
            if nearest_only
            else []
        )
        lowered = text
        for word in recognizer.context:
            needle = word.lower()
            if not needle:
                continue
            pos = lowered.find(needle, win_start, win_end)
            while pos != -1:
                occ_end = pos + len(needle)
                # The match itself is not its own context.
                if not (result.start <= pos and occ_end <= result.end) and not self._excluded(
                    lowered, pos, needle, exclusions.get(word, ())
                ):
                    if not siblings or self._is_nearest(result, pos, occ_end, siblings):
                        return word
                pos = lowered.find(needle, pos + 1, win_end)
        return None

    @staticmethod
    def _excluded(text: str, pos: int, needle: str, longer: Sequence[str]) -> bool:
        for phrase in longer:
            phrase = phrase.lower()
            offset = phrase.find(needle)
            while offset != -1:
                start = pos - offset
                if start >= 0 and text.startswith(phrase, start):
                    return True
                offset = phrase.find(needle, offset + 1)
        return False

    @staticmethod
    def _is_nearest(
        result: RecognizerResult, occ_start: int, occ_end: int, siblings: Sequence[RecognizerResult]
    ) -> bool:
        mine = _distance(result.start, result.end, occ_start, occ_end)
        return all(mine <= _distance(s.start, s.end, occ_start, occ_end) for s in siblings)
