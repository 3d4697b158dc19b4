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


def _fsync_dir(folder: Path) -> None:
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
    _fsync_dir(Path(destination).resolve().parent)


def discard(temporary: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()


def write_atomically(destination: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(fh)`` on a temporary sibling, then commit it; on any error nothing is left."""
    temporary = temporary_sibling(destination)
    try:
        with open(temporary, "xb") as fh:
            write(fh)
        commit(temporary, destination)
    except BaseException:
        discard(temporary)
        raise
