"""Which file each review was started from (``<home>/reviews/<review_id>.json``, mode 0600).

The record holds the file's name and SHA-256 only, never its path: a path names the user's folders
(and often the person the document is about), and is no evidence.  Publishing takes ``--file``, or
looks for the remembered name in the current folder; either way the bytes must have the review's
SHA-256.  Records an older version wrote with the absolute ``path`` are read as their file name and
rewritten without it by :func:`forget_paths`.
"""

from __future__ import annotations

import json
from pathlib import Path

from review_desk.core.home import restrict, write_private


def _path(home: Path, review_id: str) -> Path:
    return home / "reviews" / f"{review_id}.json"


def _write(target: Path, review_id: str, file_name: str, sha256: str | None) -> None:
    data = json.dumps({"review_id": review_id, "file_name": file_name, "sha256": sha256}, ensure_ascii=False)
    write_private(target, data.encode("utf-8"))


def remember(home: Path, review_id: str, file_path: str, sha256: str | None = None) -> None:
    _write(_path(home, review_id), review_id, Path(file_path).name, sha256)


def recall(home: Path, review_id: str) -> str | None:
    """The remembered file name of ``review_id`` (None if there is no readable record)."""
    try:
        data = json.loads(_path(home, review_id).read_text(encoding="utf-8"))
        name = data.get("file_name") or Path(data.get("path") or "").name
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    return name if isinstance(name, str) and name else None


def forget_paths(home: Path) -> int:
    """Rewrite the records of an older version (with an absolute ``path``) as name-only, 0600 records;
    returns how many were rewritten.  Unreadable records are left alone."""
    rewritten = 0
    for record in sorted((Path(home) / "reviews").glob("*.json")):
        if record.name.startswith("."):  # a temporary file of a write in progress
            continue
        try:
            data = json.loads(record.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                continue
            restrict(record)
            if "path" not in data:
                continue
            _write(record, str(data.get("review_id") or record.stem), Path(str(data["path"])).name, data.get("sha256"))
            rewritten += 1
        except (OSError, ValueError):
            continue
    return rewritten
