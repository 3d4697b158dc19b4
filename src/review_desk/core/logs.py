"""The desk's log: one rotating file in the data folder, ``logs/review-desk.log``.

Every module logs through its own named logger (``logging.getLogger(__name__)``), under the
``review_desk`` logger that :func:`configure_logging` sets up for the command line and the desk.
The file holds what happened (commands, counts, codes, review ids, timings) and, for an unexpected
error, where it happened: never document text or personal values.  Log calls pass counts, codes
and ids only, and an exception is written as its type and traceback *without its message*
(:class:`PrivateFormatter`), since a message may quote the document.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from enum import Enum
from pathlib import Path
from types import TracebackType

LOG_DIR = "logs"
LOG_FILE = "review-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
ROOT_LOGGER = "review_desk"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLER_TAG = "_review_desk_handler"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class PrivateFormatter(logging.Formatter):
    """A formatter whose tracebacks name the exception type (and error code) and the places it
    passed through, not its message nor the source lines (which may hold values)."""

    def formatException(self, ei) -> str:  # noqa: N802 - the logging API's name
        etype, value, tb = ei
        code = getattr(value, "code", None)
        label = etype.__name__ + (f" [{code.value}]" if isinstance(code, Enum) else "")
        frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in traceback.extract_tb(tb))
        return f"Traceback (most recent call last):\n{frames}{label}"


def log_path(home: Path) -> Path:
    """Where the log file of the data folder ``home`` is."""
    return Path(home) / LOG_DIR / LOG_FILE


def configure_logging(home: Path | None, *, verbose: bool = False) -> Path | None:
    """Send the ``review_desk`` loggers to the rotating file under ``home`` (INFO, DEBUG when
    ``verbose``) and, when ``verbose``, to stderr too.  Returns the log file, or ``None`` when the
    folder cannot be written (the program then runs without a file log).  Calling it again
    replaces the handlers of the earlier call."""
    root = logging.getLogger(ROOT_LOGGER)
    for handler in [h for h in root.handlers if getattr(h, _HANDLER_TAG, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path: Path | None = None
    if home is not None:
        try:
            path = log_path(home)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            file_handler = _PrivateFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                               delay=True)
        except OSError:
            path = None
        else:
            file_handler.setFormatter(PrivateFormatter(_FORMAT))
            _add(root, file_handler)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(PrivateFormatter("review-desk: %(levelname)s %(name)s: %(message)s"))
        _add(root, stream)
    return path


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600, like everything in the data folder."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _HANDLER_TAG, True)
    root.addHandler(handler)
