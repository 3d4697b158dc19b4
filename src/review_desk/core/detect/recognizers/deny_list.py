"""Deny list: configured strings reported wherever they occur, by plain substring search.

Presidio's own ``deny_list`` wraps the words in ``\\W`` look-arounds, which never match inside
running Chinese (``当事人张三丰于…``).  Entries are ``(text, entity_type)``; matching is on
normalised text (full-width forms folded), longest entry first, score 1.0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..normalize import normalize
from .base import LANGUAGE

__all__ = ["DenyListRecognizer"]


class DenyListRecognizer(EntityRecognizer):
    """Find listed strings as substrings and report them with their configured type."""

    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        *,
        supported_language: str = LANGUAGE,
        name: str = "DenyListRecognizer",
        score: float = 1.0,
    ) -> None:
        cleaned: dict[str, str] = {}
        for text, entity_type in entries:
            key = normalize(text.strip())
            if key:
                cleaned.setdefault(key, entity_type)
        self.entries: tuple[tuple[str, str], ...] = tuple(
            sorted(cleaned.items(), key=lambda kv: (-len(kv[0]), kv[0]))
        )
        self.score = score
        super().__init__(
            supported_entities=sorted({t for _, t in self.entries}) or ["PERSON"],
            name=name,
            supported_language=supported_language,
        )

    def load(self) -> None:  # nothing to load
        pass

    def analyze(
        self,
        text: str,
        entities: Sequence[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Every occurrence of every entry of the *entities* types (``None``: all types).

        *text* should already be normalised.
        """
        results: list[RecognizerResult] = []
        wanted = None if entities is None else set(entities)
        for needle, entity_type in self.entries:
            if wanted is not None and entity_type not in wanted:
                continue
            pos = text.find(needle)
            while pos != -1:
                end = pos + len(needle)
                results.append(
                    RecognizerResult(
                        entity_type=entity_type,
                        start=pos,
                        end=end,
                        score=self.score,
                        analysis_explanation=AnalysisExplanation(
                            recognizer=self.name,
                            original_score=self.score,
                            textual_explanation=f"Deny-list entry for {entity_type}",
                        ),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
                pos = text.find(needle, pos + 1)
        return results
