"""Where each review's input file lives (``<home>/reviews/<review_id>.json``).

The audit log records a review's file name and SHA-256, not its path on this computer (a path is
neither evidence nor stable); publishing finds the file again here, or takes ``--file``.
"""

from __future__ import annotations

import json
from pathlib import Path

from review_desk.core import atomic


def _path(home: Path, review_id: str) -> Path:
    return home / "reviews" / f"{review_id}.json"


def remember(home: Path, review_id: str, file_path: str) -> None:
    target = _path(home, review_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"review_id": review_id, "path": str(Path(file_path).resolve())}, ensure_ascii=False)
    atomic.write_atomically(target, lambda fh: fh.write(data.encode("utf-8")))


def recall(home: Path, review_id: str) -> str | None:
    try:
        return json.loads(_path(home, review_id).read_text(encoding="utf-8")).get("path")
    except (OSError, ValueError):
        return None
