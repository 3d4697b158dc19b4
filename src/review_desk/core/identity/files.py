"""Small file helpers shared by the identity and audit packages.

``atomic_write`` is how every secret or integrity-relevant file (key files, the audit head, the
audit secret) reaches the disk: a temporary file in the same folder, ``fsync``, then
``os.replace``, so a reader sees either the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from review_desk.core.atomic import fsync_dir, write_atomically


def utc_now(timespec: str = "seconds") -> str:
    """The current UTC time as ISO-8601 ending in ``Z``, e.g. ``2024-05-01T08:30:00Z``."""
    return datetime.now(timezone.utc).isoformat(timespec=timespec).replace("+00:00", "Z")


def _write_temp(path: Path, data: bytes, mode: int) -> str:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(tmp, mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically (temp file + fsync + ``os.replace``), mode ``mode``."""
    write_atomically(path, lambda handle: handle.write(data), mode=mode)


def create_exclusive(path: Path, data: bytes, mode: int = 0o600) -> bool:
    """Write ``path`` only if it does not exist yet (safe between processes); True if we wrote it."""
    tmp = _write_temp(path, data, mode)
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    except OSError:  # pragma: no cover - file systems without hard links
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        Path(tmp).unlink(missing_ok=True)
    fsync_dir(path.parent)
    return True
