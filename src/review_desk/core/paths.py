"""Where Review Desk finds its bundled files (policies, fonts, translations, models).

Three layouts are supported, checked in this order:

1. ``REVIEW_DESK_RESOURCES`` / ``REVIEW_DESK_MODELS`` environment variables (tests, packagers);
2. a frozen (PyInstaller) app: ``resources/`` and ``models/`` beside the bundle's data root;
3. a source checkout or editable install: the repository's top-level ``resources/`` and ``models/``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[3]


def _bundle_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else _REPO_ROOT


def resources_dir() -> Path:
    """The folder holding ``policies/``, ``fonts/``, ``translations/``, ``samples/``."""
    override = os.environ.get("REVIEW_DESK_RESOURCES")
    return Path(override) if override else _bundle_root() / "resources"


def models_dir() -> Path:
    """The folder holding the shipped spaCy pipeline(s)."""
    override = os.environ.get("REVIEW_DESK_MODELS")
    return Path(override) if override else _bundle_root() / "models"


def resource(*parts: str) -> Path:
    """Path of one bundled resource file, e.g. ``resource("policies", "allow_list.txt")``."""
    return resources_dir().joinpath(*parts)
