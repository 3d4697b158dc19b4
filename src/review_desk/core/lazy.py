"""A package's public names imported on first use (PEP 562 module ``__getattr__``).

A package whose ``__init__`` imports all its modules makes every ``import package.leaf`` pay for
all of them: ``scan`` reads a document's kind through :mod:`review_desk.core.review.kinds` and
must not load the review workflow, the audit store and the redaction engine on the way.  Such a
package lists its names with their modules instead (and imports them under ``TYPE_CHECKING`` for
the type checker)::

    __getattr__, __dir__ = lazy_exports(__name__, {"ReviewDesk": "workflow", ...})
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, homes: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: ``homes`` maps each public name to the
    module (relative to the package) that defines it; a name is imported once, then kept."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{home}", package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(homes))

    return __getattr__, __dir__
