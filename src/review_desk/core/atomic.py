"""Atomic file output: a file appears complete under its final name, or not at all.

:func:`temporary_sibling` makes a temporary path in the destination folder (same file system, so
``os.replace`` is atomic) that keeps the destination's extension (readers choose by extension);
:func:`commit` fsyncs it and renames it over the destination; :func:`discard` removes it.
:func:`write_atomically` does all three around a callback.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import BinaryIO, Callable


def temporary_sibling(destination: str | os.PathLike[str]) -> Path:
    dest = Path(destination)
    return dest.with_name(f".{dest.stem}.tmp-{secrets.token_hex(4)}{dest.suffix}")


def clean_stale(destination: str | os.PathLike[str]) -> int:
    """Remove temporary siblings of ``destination`` left by a process that was killed mid-write."""
    dest = Path(destination)
    removed = 0
    for stale in dest.parent.glob(f".{dest.stem}.tmp-*{dest.suffix}"):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed += 1
    return removed


def fsync_dir(folder: Path) -> None:
    """Persist a rename in ``folder`` (POSIX); a no-op where folders cannot be opened (Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def commit(temporary: Path, destination: str | os.PathLike[str]) -> None:
    """fsync ``temporary`` and rename it to ``destination`` (replacing any file there)."""
    with open(temporary, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(temporary, destination)
    fsync_dir(Path(destination).resolve().parent)


def discard(temporary: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()


def write_atomically(destination: str | os.PathLike[str], write: Callable[[BinaryIO], None], *,
                     mode: int | None = None) -> None:
    """Call ``write(fh)`` on a temporary sibling, then commit it; on any error nothing is left.

    ``mode``: exact permissions of the new file (0o600 for keys and secrets), set before any
    byte is written; default: a plain file's (0o666 less the umask)."""
    temporary = temporary_sibling(destination)
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as fh:
            if mode is not None:
                os.chmod(temporary, mode)
            write(fh)
        commit(temporary, destination)
    except BaseException:
        discard(temporary)
        raise
