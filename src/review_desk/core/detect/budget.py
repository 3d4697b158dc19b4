"""The time budget for scanning one document.

The text budgets (:mod:`review_desk.core.document.limits`) bound how much text a document may
hold; this bounds how long detection may take on it, whatever the text's shape or the machine's
load.  The scanner checks the deadline cooperatively between batches of segments (at most
:data:`review_desk.core.detect.scanner.BATCH_CHARS` characters, more for the parallel detector)
and stops with :class:`TimeLimitExceeded` (code ``time_limit``) once it has passed: the scan's
caller has written nothing yet, so nothing is lost but the time.

Default :data:`DEFAULT_SCAN_SECONDS` (300 s: a long document on a slow, busy PC takes well under a
minute); set per call (``scan_document(time_limit=…)``) or for an installation with the
environment variable ``REVIEW_DESK_SCAN_SECONDS``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from review_desk.core.errors import DocumentError, ErrorCode, ReviewDeskError

DEFAULT_SCAN_SECONDS = 300.0
ENV_SCAN_SECONDS = "REVIEW_DESK_SCAN_SECONDS"


class TimeLimitExceeded(DocumentError):
    """Scanning one document took longer than its time budget; nothing was written."""


def scan_seconds() -> float:
    """The budget set in the environment, else the default."""
    raw = os.environ.get(ENV_SCAN_SECONDS, "").strip()
    if not raw:
        return DEFAULT_SCAN_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise ReviewDeskError(ErrorCode.USAGE, f"{ENV_SCAN_SECONDS} must be a positive number of seconds, not {raw!r}.")
    return seconds


class Deadline:
    """The end of a scan's budget, counted from its creation on ``clock`` (monotonic seconds)."""

    def __init__(self, seconds: float, path: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds, self.path, self.clock = seconds, path, clock
        self.end = clock() + seconds

    def check(self, done: int, total: int) -> None:
        """Raise :class:`TimeLimitExceeded` when the budget is spent (``done`` of ``total`` characters scanned)."""
        if self.clock() <= self.end:
            return
        name = Path(self.path).name or self.path
        raise TimeLimitExceeded(
            ErrorCode.TIME_LIMIT,
            f"Scanning '{name}' took longer than its time budget of {self.seconds:g} s (stopped after {done:,} of "
            f"{total:,} characters); nothing was written. Split the document, or raise the budget "
            f"({ENV_SCAN_SECONDS}).",
            self.path,
        )
