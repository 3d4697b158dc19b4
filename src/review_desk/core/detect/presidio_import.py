"""Importing Presidio without its predefined recognizers.

``import presidio_analyzer`` (any of its modules) runs the package's ``__init__``, which imports
the recognizer registry, which imports ``presidio_analyzer.predefined_recognizers`` for three
classes (``SpacyRecognizer``, ``StanzaRecognizer``, ``TransformersRecognizer``).  That package's
``__init__`` imports every predefined recognizer — some sixty modules for other countries'
identifiers, two hundred regular expressions compiled to validate them, tldextract — about a
third of a second of every start, and Review Desk registers none of them (:mod:`.analyzer` builds
its registry from :func:`.recognizers.default_recognizers`).

:func:`defer_predefined_recognizers`, called once before Presidio is first imported (by this
package's ``__init__``), puts that package into ``sys.modules`` without running its
``__init__``: its submodules import as usual, the three NLP-engine recognizers come from their
own small module, and the first use of any other name runs the real ``__init__`` once, so that
Presidio's own ``load_predefined_recognizers`` and ``from presidio_analyzer.predefined_recognizers
import PhoneRecognizer`` keep working.  Where the package's files cannot be located (a frozen
app that keeps modules in an archive) nothing is changed and Presidio imports as it always did.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from types import ModuleType
from typing import Any

__all__ = ["PREDEFINED", "defer_predefined_recognizers"]

#: The package whose ``__init__`` is deferred.
PREDEFINED = "presidio_analyzer.predefined_recognizers"
#: The names Presidio's own modules import from it, and the module that defines them.
_LIGHT_NAMES = frozenset({"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer"})
_LIGHT_MODULE = f"{PREDEFINED}.nlp_engine_recognizers"


def defer_predefined_recognizers() -> bool:
    """Install the deferred package; ``False`` (nothing done) when Presidio is already imported
    or its files cannot be found."""
    if "presidio_analyzer" in sys.modules or PREDEFINED in sys.modules:
        return False
    try:
        top = importlib.util.find_spec("presidio_analyzer")  # finds the package, does not run it
    except (ImportError, ValueError):
        return False
    if top is None or not top.submodule_search_locations:
        return False
    spec = importlib.machinery.PathFinder.find_spec(PREDEFINED, list(top.submodule_search_locations))
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return False
    module = importlib.util.module_from_spec(spec)
    module.__getattr__ = _deferred_getattr(module, spec)  # type: ignore[method-assign]
    sys.modules[PREDEFINED] = module
    return True


def _deferred_getattr(module: ModuleType, spec: importlib.machinery.ModuleSpec):
    running = False

    def __getattr__(name: str) -> Any:
        nonlocal running
        if name in _LIGHT_NAMES:
            value = getattr(importlib.import_module(_LIGHT_MODULE), name)
            setattr(module, name, value)
            return value
        if running or (name.startswith("__") and name != "__all__"):
            raise AttributeError(f"module {PREDEFINED!r} has no attribute {name!r}")
        running = True
        del module.__getattr__  # the real __init__ defines every name from here on
        assert spec.loader is not None
        spec.loader.exec_module(module)
        return getattr(module, name)

    return __getattr__
