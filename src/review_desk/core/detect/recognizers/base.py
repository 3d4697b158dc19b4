"""Shared pieces of the Chinese pattern recognizers.

* ASCII-only look-arounds (:data:`NB`, :data:`NA`): ``\\b`` is useless in Chinese text because
  Python's ``regex``/``re`` treat CJK characters as word characters, so ``身份证号370102…`` has
  no word boundary before the digits.
* :class:`ChinesePatternRecognizer`: a :class:`~presidio_analyzer.PatternRecognizer` for
  language ``zh`` built from class attributes, matching case-sensitively (``DOTALL | MULTILINE``;
  Presidio's default adds ``IGNORECASE``).  Subclasses put their checks in ``validate_result``
  (``True`` raises the score to 1.0, ``False`` drops the match) and ``invalidate_result``
  (``True`` drops the match, the pattern score is otherwise kept).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

__all__ = ["FLAGS", "LANGUAGE", "NA", "NB", "ChinesePatternRecognizer", "strip_separators"]

LANGUAGE = "zh"
#: Not preceded by an ASCII letter or digit.
NB = r"(?<![0-9A-Za-z])"
#: Not followed by an ASCII letter or digit.
NA = r"(?![0-9A-Za-z])"
FLAGS = re.DOTALL | re.MULTILINE

_SEPARATORS = str.maketrans("", "", " -\t()")


def strip_separators(s: str) -> str:
    """Remove spaces, hyphens and ASCII brackets (grouping inside an identifier)."""
    return s.translate(_SEPARATORS)


class ChinesePatternRecognizer(PatternRecognizer):
    """Base class: ``ENTITY``, ``PATTERNS`` ((name, regex, score), ...) and ``CONTEXT``."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[Sequence[tuple[str, str, float]]]
    CONTEXT: ClassVar[Sequence[str]] = ()

    #: Optional refinements read by :class:`..context.ChineseContextEnhancer`.
    context_window: tuple[int, int] | None = None
    context_exclusions: Mapping[str, Sequence[str]] = {}
    context_nearest_only: bool = False

    def __init__(
        self,
        *,
        context: Sequence[str] | None = None,
        supported_language: str = LANGUAGE,
        name: str | None = None,
    ) -> None:
        patterns = [Pattern(name=n, regex=rx, score=score) for n, rx, score in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            name=name,
            supported_language=supported_language,
            patterns=patterns,
            context=list(self.CONTEXT if context is None else context),
            global_regex_flags=FLAGS,
        )

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Whether a match stays a finding in its ``text`` (a subclass drops agency numbers, cited marks…)."""
        return True

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: object,
        context: Sequence[str] | None = None,
    ) -> list[RecognizerResult]:
        """The matches that :meth:`keep` keeps (Presidio's hook for a recognizer's own context rules)."""
        return [r for r in raw_recognizer_results if self.keep(text, r)]
