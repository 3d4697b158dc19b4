"""Atomic file output: a file appears complete under its final name, or not at all.

:func:`temporary_sibling` makes a temporary path in the destination folder (same file system, so
``os.replace`` is atomic) that keeps the destination's extension (readers choose by extension);
:func:`commit` fsyncs it and renames it over the destination; :func:`discard` removes it.
:func:`write_atomically` does all three around a callback.

:func:`check_destination` is the one gate every output the user names passes (publish, redact, log
export): never a file of the desk's data folder (its audit log, head, keys, review state), even
with ``force``; never an input; an existing file only with ``force``.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from review_desk.core.errors import ErrorCode, ReviewDeskError


class OutputError(ReviewDeskError):
    """An output cannot be written where asked (refused by :func:`check_destination`, or the system
    refused the write); nothing was left behind.  ``code`` says which."""


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_destination(destination: str | os.PathLike[str], *, inputs: Iterable[str | os.PathLike[str]] = (),
                      protected: Iterable[str | os.PathLike[str]] = (), force: bool = False) -> Path:
    """``destination`` as a path, or :class:`OutputError`: inside a ``protected`` folder (the desk's data
    folder: refused even with ``force``, also through a link), one of the ``inputs``, a folder, an
    existing file without ``force``, or in a folder that does not exist."""
    out = Path(destination)
    places = {out.parent.resolve() / out.name, out.resolve()}
    for folder in protected:
        home = Path(folder).resolve()
        if any(_within(p, home) for p in places):
            raise OutputError(ErrorCode.OUTPUT_IN_DATA_FOLDER, f"The output {out} is inside the desk's data folder "
                              f"{home} (its audit log, keys and review state); Review Desk never writes an output "
                              "there, not even with --force. Choose another folder.", str(out))
    if out.exists() or out.is_symlink():
        for source in inputs:
            try:
                same = os.path.samefile(source, out)
            except OSError:
                same = Path(source).resolve() == out.resolve()
            if same:
                raise OutputError(ErrorCode.OUTPUT_IS_INPUT, f"The output {out} is the input file; Review Desk never "
                                  "overwrites the original. Choose another output name.", str(out))
        if out.is_dir():
            raise OutputError(ErrorCode.OUTPUT_IS_FOLDER, f"The output {out} is a folder.", str(out))
        if not force:
            raise OutputError(ErrorCode.OUTPUT_EXISTS, f"The output {out} already exists; choose another name "
                              "or pass --force to replace it.", str(out))
    if not out.parent.is_dir():
        raise OutputError(ErrorCode.OUTPUT_FOLDER_MISSING, f"The folder {out.parent} does not exist.", str(out))
    return out


def write_failed(destination: str | os.PathLike[str], exc: OSError) -> OutputError:
    """The error for an output the system would not let us write (read-only folder, disk full)."""
    return OutputError(ErrorCode.WRITE_FAILED, f"Cannot write {destination}: {exc.strerror or exc}; nothing was "
                       "written.", str(destination))


def temporary_sibling(destination: str | os.PathLike[str]) -> Path:
    dest = Path(destination)
    return dest.with_name(f".{dest.stem}.tmp-{secrets.token_hex(4)}{dest.suffix}")


#: A temporary file of ours older than this (seconds) was left by a killed process: a write takes
#: seconds, so a younger one may be another process's write under way and is left alone.
STALE_AFTER = 3600.0
#: The names :func:`temporary_sibling` makes: ``.{stem}.tmp-{8 hex digits}{suffix}``.
_TEMPORARY_NAME = re.compile(r"^\..*\.tmp-[0-9a-f]{8}(?:\.[A-Za-z0-9]{1,16})?$")


def clean_stale(destination: str | os.PathLike[str], *, max_age: float = STALE_AFTER,
                now: float | None = None) -> int:
    """Remove, from the folder ``destination`` is written into, the temporary files that writers
    killed mid-write left behind: only names :func:`temporary_sibling` makes, only plain files (never
    a link or a folder) owned by this user, and only when last changed more than ``max_age`` seconds
    ago (a younger one may be another process's write under way) — except those of ``destination``
    itself, which the write about to start replaces anyway.  Nothing else in the folder is touched;
    a file that cannot be removed is left."""
    dest = Path(destination)
    folder = dest.parent
    own = re.compile(re.escape(f".{dest.stem}.tmp-") + "[0-9a-f]{8}" + re.escape(dest.suffix) + "$")
    now = time.time() if now is None else now
    uid = os.getuid() if hasattr(os, "getuid") else None
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _TEMPORARY_NAME.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid) \
                or (now - info.st_mtime < max_age and not own.match(entry.name)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
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
    """Remove ``temporary`` if it is there (best effort: on a read-only file system even looking
    fails with an error that must not hide the one being handled)."""
    with contextlib.suppress(OSError):
        temporary.unlink()


def write_atomically(destination: str | os.PathLike[str], write: Callable[[BinaryIO], object], *,
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
