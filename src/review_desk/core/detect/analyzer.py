"""Build the Presidio analyzer for Chinese, explicitly and offline.

* language ``zh`` only; ``RecognizerRegistry(supported_languages=["zh"])`` holding exactly our
  recognizers (no predefined recognizers, no YAML files — those break in a frozen app);
* :class:`.nlp.ChineseSpacyNlpEngine` over a spaCy ``Language`` passed in, by default
  ``spacy.blank("zh")`` (char segmenter, no model download);
* :class:`.context.ChineseContextEnhancer` instead of the lemma-based enhancer;
* a SpacyRecognizer for PERSON/LOCATION/ORGANIZATION/… only when the pipeline has NER (the
  seam for the NER model: ``build_analyzer(nlp=trained_pipeline, entity_mapping={...})``).

``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` is set to ``""`` so that tldextract, imported by
Presidio's predefined recognizers, cannot fetch the public suffix list.
"""

from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from collections.abc import Iterable, Mapping

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.language import Language

from .context import ChineseContextEnhancer
from .nlp import ChineseSpacyNlpEngine
from .recognizers import LANGUAGE, default_recognizers

__all__ = ["LANGUAGE", "NER_RECOGNIZER_NAME", "build_analyzer"]

NER_RECOGNIZER_NAME = "ChineseNerRecognizer"


def build_analyzer(
    nlp: Language | None = None,
    *,
    extra_recognizers: Iterable[EntityRecognizer] = (),
    entity_mapping: Mapping[str, str] | None = None,
    ner_score: float = 0.85,
    context_enhancer: ContextAwareEnhancer | None = None,
    ner_recognizer: bool = True,
) -> AnalyzerEngine:
    """An ``AnalyzerEngine`` for language ``zh`` with the Review Desk recognizers.

    :param nlp: a spaCy pipeline (default ``spacy.blank("zh")``).  If it has an NER
        component, its entities become PERSON/LOCATION/ORGANIZATION/CN_ADDRESS results.
    :param extra_recognizers: further recognizers (language ``zh``) to register.
    :param entity_mapping: NER label -> Presidio type (default ``nlp.DEFAULT_ENTITY_MAPPING``).
    :param ner_score: the score given to NER entities.
    :param context_enhancer: replaces the default :class:`ChineseContextEnhancer`.
    :param ner_recognizer: register the SpacyRecognizer for the pipeline's entities (``False``
        when the caller consumes ``nlp_artifacts.entities`` itself, as the detector's NER rules do).
    """
    engine = ChineseSpacyNlpEngine(
        nlp, language=LANGUAGE, entity_mapping=entity_mapping, default_score=ner_score
    )
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in default_recognizers():
        registry.add_recognizer(recognizer)
    if engine.has_ner and ner_recognizer:
        registry.add_recognizer(
            SpacyRecognizer(
                supported_language=LANGUAGE,
                supported_entities=engine.get_supported_entities(),
                ner_strength=ner_score,
                name=NER_RECOGNIZER_NAME,
            )
        )
    for recognizer in extra_recognizers:
        if recognizer.supported_language != LANGUAGE:
            raise ValueError(f"recognizer {recognizer.name} is not for language {LANGUAGE!r}")
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=context_enhancer or ChineseContextEnhancer(),
        default_score_threshold=0.5,
    )
