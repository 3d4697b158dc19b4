"""Make one folder behave as if it were on a read-only file system, also for root (whom ``chmod`` does
not stop): every open for writing, rename or unlink under it fails with ``EROFS``, as the kernel's
would.  ``read_only(monkeypatch, folder)``; reading still works."""

from __future__ import annotations

import builtins
import errno
import os
from pathlib import Path

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def read_only(monkeypatch, folder: Path) -> None:
    folder = Path(folder).resolve()
    real_open, real_os_open, real_replace, real_unlink = builtins.open, os.open, os.replace, os.unlink

    def inside(path) -> bool:
        try:
            p = Path(os.fsdecode(path)).resolve()
        except TypeError:  # a file descriptor
            return False
        return p == folder or folder in p.parents

    def refuse(path):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))

    def fake_open(file, mode="r", *args, **kwargs):
        if inside(file) and any(c in mode for c in "wxa+"):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        if inside(path) and flags & _WRITE_FLAGS:
            refuse(path)
        return real_os_open(path, flags, *args, **kwargs)

    def fake_replace(src, dst, *args, **kwargs):
        if inside(src) or inside(dst):
            refuse(dst)
        return real_replace(src, dst, *args, **kwargs)

    def fake_unlink(path, *args, **kwargs):
        if inside(path):
            refuse(path)
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(os, "replace", fake_replace)
    monkeypatch.setattr(os, "unlink", fake_unlink)
