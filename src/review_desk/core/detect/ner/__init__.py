"""Names, addresses, organisations and places: the NER model plus rules.

* :mod:`.model` — ``load_ner_pipeline()``: the shipped spaCy pipeline or ``None``;
* :mod:`.gazetteers` — surnames and administrative divisions (``resources/gazetteers``);
* :mod:`.person` — the PERSON rules, one function each, in one ordered list (``RULES``);
* :mod:`.name_shape` — what a name looks like and what may stand around it (shared checks);
* :mod:`.name_words`, :mod:`.address_words` — the rules' word lists (data only);
* :mod:`.address` — CN_ADDRESS (home) vs ORG_ADDRESS vs LOCATION (``ADDRESS_RULES``);
* :mod:`.rules` — :class:`NerRules`, run by the detector on every chunk;
* :mod:`.propagation` — a name found once is found everywhere in the document.

The names below are imported on first use (:mod:`review_desk.core.lazy`): loading the model
(:mod:`.model`) must not import the rules and Presidio with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from review_desk.core.lazy import lazy_exports

if TYPE_CHECKING:
    from .model import load_ner_pipeline
    from .rules import NER_TYPES, NerRules

__all__ = ["NER_TYPES", "NerRules", "load_ner_pipeline"]

__getattr__, __dir__ = lazy_exports(__name__, {"NER_TYPES": "rules", "NerRules": "rules", "load_ner_pipeline": "model"})
