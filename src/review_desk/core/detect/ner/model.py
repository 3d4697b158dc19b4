"""Loading the shipped NER pipeline (``models/zh_review_ner``) once per process."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from spacy.language import Language

from review_desk.core.paths import models_dir

__all__ = ["MODEL_NAME", "load_ner_pipeline", "model_path"]

MODEL_NAME = "zh_review_ner"
_log = logging.getLogger(__name__)
_lock = threading.Lock()
_cache: dict[Path, Language | None] = {}


def model_path() -> Path:
    return models_dir() / MODEL_NAME


def load_ner_pipeline(path: str | Path | None = None) -> Language | None:
    """The trained pipeline (labels PERSON/LOC/ORG/ADDRESS), or ``None`` when it is absent.

    Loaded from disk (``spacy.load`` of a local folder, never a download) once per process and
    path; a folder that fails to load is logged and treated as absent.
    """
    target = Path(path) if path is not None else model_path()
    with _lock:
        if target in _cache:
            return _cache[target]
        nlp: Language | None = None
        if (target / "config.cfg").is_file() and (target / "meta.json").is_file():
            try:
                import spacy

                nlp = spacy.load(target)
            except Exception as exc:  # noqa: BLE001 - a broken or incompatible model must not break detection
                _log.warning("NER model at %s could not be loaded: %s", target, exc)
                nlp = None
        _cache[target] = nlp
        return nlp


def _clear_cache() -> None:
    """For tests."""
    with _lock:
        _cache.clear()
