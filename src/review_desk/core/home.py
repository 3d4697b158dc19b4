"""The desk's data directory: reviewer keys, the audit log (or the head file of a shared register), logs.

Resolved in this order: an explicit ``--home DIR``; the ``REVIEW_DESK_HOME`` environment variable;
the platform's user data folder (``platformdirs``: ``~/.local/share/review-desk`` on Linux,
``%LOCALAPPDATA%\\review-desk`` on Windows).  Tests always pass a temporary folder.

Its files are the owner's only: folders 0700, files 0600 (:func:`private_folder`,
:func:`write_private`, :func:`restrict` for files made by others, such as SQLite's database).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

HOME_ENV = "REVIEW_DESK_HOME"
DATABASE_ENV = "REVIEW_DESK_DATABASE_URL"


def database_url(override: str | None = None, stored: str | None = None) -> str | None:
    """The office's shared register (a ``postgresql://`` URL): an explicit ``--database URL``, else the
    ``REVIEW_DESK_DATABASE_URL`` environment variable, else the URL ``stored`` in the desk's settings;
    None (the desk's own SQLite log in its data folder) without any."""
    return override or os.environ.get(DATABASE_ENV) or stored or None


def data_home(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("review-desk", appauthor=False))


# -- privacy of the data folder ----------------------------------------------------------------------
#: Everything the desk writes into its data folder is readable by its owner only.
PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def private_folder(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and its parents) with mode 0700; an existing folder of the desk is tightened."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    restrict(folder, PRIVATE_FOLDER)
    return folder


def restrict(path: str | os.PathLike[str], mode: int = PRIVATE_FILE) -> None:
    """Take group and other permissions off ``path`` (best effort: a file system without POSIX
    modes, or a file someone else owns, is left as it is)."""
    with contextlib.suppress(OSError):
        current = os.stat(path).st_mode & 0o777
        if current & 0o077:
            os.chmod(path, current & mode)


def restrict_tree(folder: str | os.PathLike[str]) -> None:
    """Tighten every folder (0700) and file (0600) under the desk's data ``folder``: what an older
    version left readable to others (it wrote 0644 files and 0755 folders)."""
    root = Path(folder)
    restrict(root, PRIVATE_FOLDER)
    for path in root.rglob("*"):
        if not path.is_symlink():
            restrict(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` atomically as a 0600 file, in a 0700 folder."""
    from review_desk.core import atomic

    target = Path(path)
    private_folder(target.parent)
    atomic.write_atomically(target, lambda fh: fh.write(data), mode=PRIVATE_FILE)
