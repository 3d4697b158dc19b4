"""The working copy of a review in progress: the reviewer's unsaved decisions and manual findings
survive closing the desk (or a crash) until they are saved to the log.

One JSON file per document, ``<home>/drafts/<sha256>.json``, written atomically; it holds the
draft's :meth:`~.draft.DraftReview.snapshot` (decisions and manual spans, never document text).
Reading a missing or damaged copy restores nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from review_desk.core.home import write_private

from .draft import DraftReview


def working_copy_path(home: Path, sha256: str) -> Path:
    return Path(home) / "drafts" / f"{sha256}.json"


def save_working_copy(home: Path, draft: DraftReview) -> Path:
    """Write the draft's unsaved work; raises ``OSError`` when it cannot be written."""
    path = working_copy_path(home, draft.document.sha256)
    data = json.dumps(draft.snapshot(), ensure_ascii=False).encode("utf-8")
    write_private(path, data)  # 0600 in a 0700 folder
    return path


def restore_working_copy(home: Path, draft: DraftReview) -> int:
    """Re-apply the working copy of the draft's bytes, if any; returns how many decisions came back."""
    path = working_copy_path(home, draft.document.sha256)
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, ValueError):
        return 0
    return draft.restore_snapshot(data) if isinstance(data, dict) else 0


def drop_working_copy(home: Path, sha256: str) -> None:
    """Forget the working copy (its decisions are now in the log)."""
    working_copy_path(home, sha256).unlink(missing_ok=True)
