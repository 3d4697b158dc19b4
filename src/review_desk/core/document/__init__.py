"""The document reader: turns a .docx or plain-text file into :class:`Document` segments.

Public API::

    read_document(path, *, max_bytes=50 * 1024 * 1024) -> Document

Every bad input raises :class:`review_desk.core.errors.DocumentError` with an :class:`ErrorCode`
and an English message; the file is opened read-only and never modified.  Modules:

* :mod:`.guard`       existence, size, emptiness, and format choice by content + extension
* :mod:`.package`     zip package with zip-bomb limits and a bounded entry reader
* :mod:`.xmlsafe`     part parsing without DTDs / entities / network
* :mod:`.docx_reader` reading order and dispatch over all parts of a Word package
* :mod:`.wordml`, :mod:`.paragraphs`, :mod:`.attributes`, :mod:`.properties`,
  :mod:`.relationships`, :mod:`.generic_xml`, :mod:`.media`  the places text hides (README: "Where it reads a .docx")
* :mod:`.text_reader` encoding detection and line segments of plain text
* :mod:`.nodepaths`   ``getpath``-equal node paths in linear time, and :func:`find_node`
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import DocumentError, ErrorCode
from .docx_reader import read_docx
from .guard import Route, choose_route, load_bytes
from .limits import DEFAULT_MAX_CHARS, DEFAULT_MAX_PARAGRAPH_CHARS, TextLimits
from .model import Document, DocumentFormat, Segment, SegmentKind, TextPiece
from .nodepaths import find_node
from .text_reader import decode_text, text_segments

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_MAX_PARAGRAPH_CHARS",
    "TextLimits",
    "Document",
    "DocumentFormat",
    "Segment",
    "SegmentKind",
    "TextPiece",
    "find_node",
    "read_document",
]


def _read(path: str, max_bytes: int, limits: TextLimits) -> Document:
    data = load_bytes(path, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    route = choose_route(data, path)
    if route is Route.TEXT:
        text, encoding = decode_text(data, path)
        if not text.strip():
            raise DocumentError(ErrorCode.EMPTY_FILE, f"The file '{Path(path).name}' is empty.", path)
        if len(text) > limits.max_chars:  # before splitting it into lines
            limits.check([Segment("text", "", SegmentKind.TEXT, text[: limits.max_chars + 1])], path)
        segments = tuple(text_segments(text))
        limits.check(segments, path)
        return Document(path, sha256, DocumentFormat.TEXT, segments, encoding=encoding)
    docx_segments, notes = read_docx(data, path)
    limits.check(docx_segments, path)
    return Document(path, sha256, DocumentFormat.DOCX, tuple(docx_segments), notes=tuple(notes))


def read_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  limits: TextLimits | None = None) -> Document:
    """Read a .docx / .docm / .dotx or .txt / .md file into a :class:`Document`.

    ``limits``: the text budgets (:mod:`.limits`; default: the environment's, else 2,000,000
    characters per document and 500,000 per paragraph); over them, ``TOO_LARGE``.

    Raises :class:`DocumentError` (never another exception) for a missing, empty, oversized,
    unsupported, encrypted, damaged or hostile file.
    """
    try:
        path_str = os.fspath(path)
    except TypeError as exc:
        raise DocumentError(ErrorCode.NOT_FOUND, f"{path!r} is not a file path.") from exc
    if isinstance(path_str, bytes):
        path_str = os.fsdecode(path_str)
    name = Path(path_str).name or path_str
    limits = limits or TextLimits.from_env()
    try:
        return _read(path_str, max_bytes, limits)
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(
            ErrorCode.CORRUPT, f"The file '{name}' is nested too deeply to be read.", path_str
        ) from exc
    except MemoryError as exc:
        raise DocumentError(
            ErrorCode.TOO_LARGE, f"The file '{name}' needs more memory to read than is available.", path_str
        ) from exc
    except OSError as exc:
        raise DocumentError(ErrorCode.READ_FAILED, f"The file '{name}' cannot be read ({exc}).", path_str) from exc
    except Exception as exc:  # last resort: hostile input must never show a traceback
        raise DocumentError(
            ErrorCode.CORRUPT,
            f"The file '{name}' could not be read: {type(exc).__name__}: {exc}. It may be damaged.",
            path_str,
        ) from exc
