"""The desk's data directory: reviewer keys, the audit log, review workspaces.

Resolved in this order: an explicit ``--home DIR``; the ``REVIEW_DESK_HOME`` environment variable;
the platform's user data folder (``platformdirs``: ``~/.local/share/review-desk`` on Linux,
``%LOCALAPPDATA%\\review-desk`` on Windows).  Tests always pass a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "REVIEW_DESK_HOME"


def data_home(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("review-desk", appauthor=False))
