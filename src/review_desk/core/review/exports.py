"""``log verify-pdf``: is this PDF a review log exported from this log, unchanged?

A signed export (``log export --reviewer``) appends a ``log_exported`` entry with the PDF's
SHA-256, size and a random export id that the PDF prints and carries in its keywords.  A PDF
whose SHA-256 is recorded is that export (the entry says when and by whom).  One whose bytes are
not recorded but which carries the id of a recorded export was altered after it was written
(``pdf_altered``).  Any other PDF was not exported from this log, or was exported unsigned
(an auditor's export needs no key and is not recorded) (``pdf_not_recorded``).  The caller
checks the log itself first: an entry of a log that does not verify vouches for nothing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.report.pdf import EXPORT_MARK

from . import events as ev

_EXPORT_ID = re.compile(re.escape(EXPORT_MARK.encode("ascii")) + rb"([0-9a-f]{32})")


@dataclass(frozen=True)
class PdfCheck:
    """The outcome for one PDF; ``seq``, ``time`` and ``by`` name the recorded export it matches."""

    ok: bool
    code: str | None
    problem: str | None
    sha256: str
    size: int
    export_id: str | None
    seq: int | None = None
    time: str | None = None
    by: str | None = None
    by_fingerprint: str | None = None
    recorded_sha256: str | None = None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReviewDeskError(ErrorCode.NOT_FOUND, f"{path} does not exist.", str(path)) from None
    except IsADirectoryError:
        raise ReviewDeskError(ErrorCode.NOT_A_FILE, f"{path} is a folder, not a PDF.", str(path)) from None
    except OSError as exc:
        raise ReviewDeskError(ErrorCode.READ_FAILED, f"Cannot read {path}: {exc.strerror or exc}.", str(path)) from exc


def check_pdf(log: Any, path: str | Path) -> PdfCheck:
    """Compare the PDF at ``path`` with the exports recorded in ``log`` (an AuditLog)."""
    data = _read(Path(path))
    digest = hashlib.sha256(data).hexdigest()
    found = _EXPORT_ID.search(data)
    export_id = found.group(1).decode("ascii") if found else None
    names = {r.fingerprint: r.name for r in log.reviewers()}
    exports = log.entries(event=ev.LOG_EXPORTED)

    def matched(entry, code: ErrorCode | None = None, problem: str | None = None) -> PdfCheck:
        return PdfCheck(code is None, code.value if code else None, problem, digest, len(data), export_id,
                        seq=entry.seq, time=entry.time, by=names.get(entry.actor, entry.actor),
                        by_fingerprint=entry.actor, recorded_sha256=entry.payload.get("pdf_sha256"))

    for entry in exports:
        if entry.payload.get("pdf_sha256") == digest:
            return matched(entry)
    for entry in exports:
        if export_id is not None and entry.payload.get("export_id") == export_id:
            who = names.get(entry.actor, entry.actor)
            return matched(entry, ErrorCode.PDF_ALTERED,
                           f"{Path(path).name} carries export {export_id}, which {who} recorded as entry {entry.seq} at "
                           f"{entry.time} with SHA-256 {entry.payload.get('pdf_sha256')}, but its SHA-256 is {digest}: "
                           "the PDF was altered after it was exported.")
    problem = (f"no export with the SHA-256 {digest} of {Path(path).name} is recorded in this log"
               + (f", nor its export id {export_id}" if export_id else "")
               + ": it was not exported from this log, or it was exported without --reviewer (unsigned exports "
               "are not recorded).")
    return PdfCheck(False, ErrorCode.PDF_NOT_RECORDED.value, problem, digest, len(data), export_id)
