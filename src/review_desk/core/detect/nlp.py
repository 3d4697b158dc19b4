"""A Presidio NLP engine around an in-memory spaCy ``Language`` object, never downloading.

Presidio's :class:`~presidio_analyzer.nlp_engine.SpacyNlpEngine` loads models by name and
calls ``spacy.cli.download`` when one is missing.  :class:`ChineseSpacyNlpEngine` takes the
``Language`` object itself — by default ``spacy.blank("zh")``, whose segmenter is ``char``
(one token per character, no model files) — and its ``load()`` only registers it.

The NER seam: when the pipeline sets ``doc.ents`` (a trained ``ner`` component, an entity
ruler…), the entity labels are mapped through ``entity_mapping`` (model label -> Presidio
type, default :data:`DEFAULT_ENTITY_MAPPING`) and labels not in the mapping are dropped.
:func:`..analyzer.build_analyzer` then registers a SpacyRecognizer for the mapped types.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = [
    "DEFAULT_ENTITY_MAPPING",
    "FORBIDDEN_SEGMENTERS",
    "ChineseSpacyNlpEngine",
    "LazyNlpArtifacts",
    "NER_FACTORIES",
]

DEFAULT_ENTITY_MAPPING: Mapping[str, str] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "NR": "PERSON",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "NS": "LOCATION",
    "ORG": "ORGANIZATION",
    "NT": "ORGANIZATION",
    "ADDRESS": "CN_ADDRESS",
    "ADDR": "CN_ADDRESS",
}
#: Pipeline components whose output is ``doc.ents``.
NER_FACTORIES = frozenset({"ner", "beam_ner", "entity_ruler", "span_ruler", "entity_linker"})
#: Segmenters that need downloaded data (offline they fail) or split entities across word boundaries.
FORBIDDEN_SEGMENTERS = frozenset({"pkuseg", "jieba"})


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's NLP artifacts with the per-token lists built only when something reads them.

    Presidio builds ``lemmas``, ``tokens_indices`` and ``keywords`` (a stop-word and punctuation
    check per token) for every text; with one token per character that was a tenth of a scan's
    time, and nothing here reads them: the recognizers use the entities, the
    :class:`~.context.ChineseContextEnhancer` the raw text.  A recognizer that does read them
    still gets them.
    """

    def __init__(self, entities, tokens: Doc, nlp_engine, language: str, scores=None) -> None:
        # NlpArtifacts.__init__ would build the token lists at once: set the cheap fields only.
        self.entities = entities
        self.tokens = tokens
        self.nlp_engine = nlp_engine
        self.language = language
        self.scores = scores if scores else [0.85] * len(entities)

    @cached_property
    def lemmas(self) -> list[str]:
        return [token.lemma_ for token in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:
        return [token.idx for token in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:
        return NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self.language)

    def to_json(self) -> str:
        self.lemmas, self.tokens_indices, self.keywords  # noqa: B018 - materialise for the dump
        return super().to_json()


class ChineseSpacyNlpEngine(SpacyNlpEngine):
    """``SpacyNlpEngine`` over a given ``Language`` (default ``spacy.blank("zh")``)."""

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        language: str = "zh",
        entity_mapping: Mapping[str, str] | None = None,
        default_score: float = 0.85,
    ) -> None:
        if nlp is None:
            nlp = spacy.blank(language)
        segmenter = getattr(getattr(nlp, "tokenizer", None), "segmenter", None)
        if segmenter is not None and str(getattr(segmenter, "value", segmenter)) in FORBIDDEN_SEGMENTERS:
            raise ValueError(f"the {segmenter} segmenter is not supported; use the 'char' segmenter")
        mapping = dict(DEFAULT_ENTITY_MAPPING if entity_mapping is None else entity_mapping)
        super().__init__(
            models=[{"lang_code": language, "model_name": nlp.meta.get("name", "blank") or "blank"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=mapping, default_score=default_score
            ),
        )
        self.language = language
        self.entity_mapping: dict[str, str] = mapping
        self._language_obj = nlp
        self.load()

    @property
    def spacy_language(self) -> Language:
        """The wrapped spaCy pipeline."""
        return self._language_obj

    @property
    def has_ner(self) -> bool:
        """True when some pipeline component produces ``doc.ents``."""
        nlp = self._language_obj
        return any(nlp.get_pipe_meta(name).factory in NER_FACTORIES for name in nlp.pipe_names)

    def load(self) -> None:
        """Register the in-memory pipeline; never downloads, never touches the GPU setting."""
        self.nlp = {self.language: self._language_obj}

    def get_supported_entities(self) -> list[str]:
        """The Presidio types the pipeline's entities map to (none without NER)."""
        if not self.has_ner:
            return []
        return sorted(set(self.entity_mapping.values()))

    def process_batch(
        self, texts, language: str, batch_size: int = 1, n_process: int = 1, as_tuples: bool = False
    ) -> Iterator:
        """``(text, artifacts)`` per text, as Presidio's, but the text given is handed back as it
        is instead of being rebuilt from the document's tokens (one join over every character,
        which Presidio pays for each text)."""
        if as_tuples:
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
            return
        if not self.nlp:
            raise ValueError("NLP engine is not loaded. Consider calling .load()")
        texts = [str(text) for text in texts]
        docs = self.nlp[language].pipe(texts, batch_size=batch_size, n_process=n_process)
        for text, doc in zip(texts, docs, strict=True):
            yield text, self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """The artifacts of one document, token lists deferred (:class:`LazyNlpArtifacts`)."""
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return LazyNlpArtifacts(entities, doc, self, language, scores)

    def _get_updated_entities(self, entities: list[Span], scores: list[float]) -> tuple[list[Span], list[float]]:
        """Map labels through ``entity_mapping``; silently drop unmapped labels."""
        new_entities: list[Span] = []
        new_scores: list[float] = []
        for ent, score in zip(entities, scores, strict=True):
            mapped = self.entity_mapping.get(ent.label_)
            if mapped is None:
                continue
            if mapped != ent.label_:
                ent = Span(ent.doc, ent.start, ent.end, label=mapped)
            new_entities.append(ent)
            new_scores.append(score)
        return new_entities, new_scores
