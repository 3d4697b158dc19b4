""":class:`NerRules`: the model's entities and the name/address rules, as detector results.

Input: one chunk of (normalised) text, the NLP artifacts of that chunk (the mapped spaCy
entities — PERSON / LOCATION / ORGANIZATION / CN_ADDRESS — when a model is loaded, none with the
blank pipeline) and the chunk's context words (a table cell's column header).  Output: Presidio
``RecognizerResult`` objects of the types in :data:`NER_TYPES`.
"""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import RecognizerResult

from .address import find_addresses
from .citations import citation_spans, inside_citation
from .person import find_persons
from .propagation import MODEL_RECOGNIZER

__all__ = ["NER_TYPES", "NerRules", "PERSON_RECOGNIZER", "ADDRESS_RECOGNIZER", "MODEL_RECOGNIZER"]

NER_TYPES: frozenset[str] = frozenset({"PERSON", "CN_ADDRESS", "ORG_ADDRESS", "ORGANIZATION", "LOCATION"})
PERSON_RECOGNIZER = "ChineseNameRules"
ADDRESS_RECOGNIZER = "ChineseAddressRules"


def _result(entity_type: str, start: int, end: int, score: float, recognizer: str, rule: str) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity_type,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer,
            "rule": rule,
        },
    )


class NerRules:
    """Turns model entities plus rules into PERSON / CN_ADDRESS / ORG_ADDRESS / ORGANIZATION /
    LOCATION results for one chunk."""

    def __init__(self, entities: Sequence[str] | None = None, *, rule_locations: bool = True) -> None:
        self.entities = NER_TYPES if entities is None else frozenset(entities) & NER_TYPES
        self.rule_locations = rule_locations

    @staticmethod
    def model_entities(nlp_artifacts: object) -> list[tuple[str, int, int]]:
        ents = getattr(nlp_artifacts, "entities", None) or ()
        return [(e.label_, e.start_char, e.end_char) for e in ents]

    def analyze(
        self, text: str, nlp_artifacts: object = None, context: Sequence[str] | None = None
    ) -> list[RecognizerResult]:
        if not self.entities or not text.strip():
            return []
        model = self.model_entities(nlp_artifacts)
        out: list[RecognizerResult] = []
        rule_persons: list[tuple[int, int]] = []
        if "PERSON" in self.entities:
            person_spans = [(s, e) for label, s, e in model if label == "PERSON"]
            for span in find_persons(text, context=context, model_spans=person_spans):
                # a name only the model found is reported under the model's name, so that the
                # scanner can let a rule-found name elsewhere in the document correct its bounds
                recognizer = MODEL_RECOGNIZER if span.rule == "model" else PERSON_RECOGNIZER
                out.append(_result("PERSON", span.start, span.end, span.score, recognizer, span.rule))
                if span.rule != "model":
                    rule_persons.append((span.start, span.end))

        def clear_of_names(s: int, e: int) -> bool:
            # a model place / organisation span that swallows a rule-found name is wrong
            return not any(s < pe and ps < e for ps, pe in rule_persons)

        if self.entities & {"CN_ADDRESS", "ORG_ADDRESS", "LOCATION"}:
            addr_model = [
                (label, s, e) for label, s, e in model if label in ("CN_ADDRESS", "LOCATION") and clear_of_names(s, e)
            ]
            model_locs = [(s, e) for label, s, e in model if label == "LOCATION" and clear_of_names(s, e)]
            names = [(r.start, r.end) for r in out if r.entity_type == "PERSON"]
            for a in find_addresses(
                text, model_spans=addr_model, locations=self.rule_locations or not model, context=context, persons=names
            ):
                if a.type in self.entities:
                    out.append(_result(a.type, a.start, a.end, a.score, ADDRESS_RECOGNIZER, a.rule))
            if "LOCATION" in self.entities:
                covered = [(r.start, r.end) for r in out if r.entity_type != "PERSON"]
                for s, e in model_locs:
                    if not any(s < ce and cs < e for cs, ce in covered):
                        out.append(_result("LOCATION", s, e, 0.85, MODEL_RECOGNIZER, "model"))
        if "ORGANIZATION" in self.entities:
            # a model organisation over a parsed home address (马村镇清泉村2组) is that address
            homes = [(r.start, r.end) for r in out if r.entity_type == "CN_ADDRESS"]
            for label, s, e in model:
                if label == "ORGANIZATION" and clear_of_names(s, e) and not any(s < he and hs < e for hs, he in homes):
                    out.append(_result("ORGANIZATION", s, e, 0.85, MODEL_RECOGNIZER, "model"))
        return _without_citation_fragments(text, out)


def _without_citation_fragments(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop places and organisations that are part of a statute title, a 文号 or a case number."""
    spans = citation_spans(text)
    if not spans:
        return results
    return [
        r for r in results
        if r.entity_type not in ("LOCATION", "ORGANIZATION") or not inside_citation(spans, r.start, r.end)
    ]
