"""Input guards: the file must exist, be a regular file, be non-empty and small enough, and have a
format we read.  Decides, by content first and extension second, which reader gets the bytes.

Recognised content: zip (OOXML package), OLE compound file (legacy ``.doc`` / ``.wps`` or a
password-protected OOXML file), PDF and RTF (refused), anything else (text for ``.txt`` / ``.md``).
"""

from __future__ import annotations

import os
import stat
from enum import Enum
from pathlib import Path

from ..errors import DocumentError, ErrorCode

WORD_EXTENSIONS = frozenset({".docx", ".docm", ".dotx", ".dotm"})
TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown"})

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_WORD_STREAM = "WordDocument".encode("utf-16-le")

SAVE_AS_DOCX = "open it in Word or WPS and save it as .docx, then try again"

_OTHER_FORMATS = {
    ".pdf": "PDF",
    ".xlsx": "Excel workbook",
    ".xlsm": "Excel workbook",
    ".xls": "Excel 97-2003 workbook",
    ".pptx": "PowerPoint presentation",
    ".ppt": "PowerPoint 97-2003 presentation",
    ".odt": "OpenDocument text",
    ".rtf": "RTF",
    ".et": "WPS spreadsheet",
    ".dps": "WPS presentation",
}


class Route(str, Enum):
    """Which reader gets the bytes."""

    DOCX = "docx"
    TEXT = "text"


def _fail(code: ErrorCode, message: str, path: str) -> DocumentError:
    return DocumentError(code, message, path)


def load_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes after the existence / type / size checks (size checked before reading)."""
    name = Path(path).name or path
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise _fail(ErrorCode.NOT_FOUND, f"The file '{name}' does not exist.", path) from exc
    except NotADirectoryError as exc:
        raise _fail(ErrorCode.NOT_FOUND, f"The file '{name}' does not exist.", path) from exc
    except (OSError, ValueError) as exc:
        raise _fail(ErrorCode.READ_FAILED, f"The file '{name}' cannot be accessed ({exc}).", path) from exc
    if stat.S_ISDIR(info.st_mode):
        raise _fail(ErrorCode.NOT_A_FILE, f"The path '{name}' is a folder, not a file.", path)
    if not stat.S_ISREG(info.st_mode):
        raise _fail(ErrorCode.NOT_A_FILE, f"The path '{name}' is not a regular file (it is a device, pipe or socket).", path)
    if info.st_size > max_bytes:
        raise _fail(
            ErrorCode.TOO_LARGE,
            f"The file '{name}' is {info.st_size:,} bytes; the limit is {max_bytes:,} bytes.",
            path,
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _fail(ErrorCode.READ_FAILED, f"The file '{name}' cannot be read ({exc}).", path) from exc
    if len(data) > max_bytes:
        raise _fail(ErrorCode.TOO_LARGE, f"The file '{name}' is larger than {max_bytes:,} bytes.", path)
    if _is_blank(data):
        raise _fail(ErrorCode.EMPTY_FILE, f"The file '{name}' is empty.", path)
    return data


def _is_blank(data: bytes) -> bool:
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
            break
    return not data.strip(b" \t\r\n\x0b\x0c")


def _ole_error(data: bytes, ext: str, name: str, path: str) -> DocumentError:
    """The error for an OLE compound file: encrypted OOXML, legacy .doc / .wps, or other."""
    if any(stream in data for stream in _ENCRYPTION_STREAMS):
        return _fail(
            ErrorCode.ENCRYPTED,
            f"The document '{name}' is password-protected; remove the password in Word and try again.",
            path,
        )
    if ext == ".doc" or (ext in WORD_EXTENSIONS and _WORD_STREAM in data):
        what = "a legacy Word 97-2003 .doc document"
    elif ext == ".wps":
        what = "a legacy WPS Office document (.wps)"
    elif ext == ".dot":
        what = "a legacy Word 97-2003 template (.dot)"
    elif _WORD_STREAM in data:
        what = "a legacy Word 97-2003 binary document"
    else:
        what = "an OLE compound file (an old Microsoft Office binary format)"
    return _fail(ErrorCode.UNSUPPORTED_FORMAT, f"The file '{name}' is {what}, which is not supported; {SAVE_AS_DOCX}.", path)


def unsupported_extension(ext: str, name: str, path: str) -> DocumentError:
    """The error for a file whose extension names a format we do not read."""
    if ext == ".doc":
        what = "a .doc file that is not a Word 97-2003 document (it may be a web page or RTF saved as .doc)"
    elif ext == ".wps":
        what = "a .wps file that is not a readable WPS document"
    elif ext in _OTHER_FORMATS:
        what = f"a {_OTHER_FORMATS[ext]} ({ext})"
    elif ext:
        what = f"of type '{ext}'"
    else:
        what = "of unknown type (it has no extension)"
    supported = ", ".join(sorted(WORD_EXTENSIONS | TEXT_EXTENSIONS))
    return _fail(
        ErrorCode.UNSUPPORTED_FORMAT,
        f"The file '{name}' is {what}, which is not supported; supported formats are {supported}.",
        path,
    )


def zip_without_word_document(ext: str, name: str, path: str) -> DocumentError:
    """The error for a zip package that holds no main Word document part."""
    if ext in WORD_EXTENSIONS:
        return _fail(
            ErrorCode.CORRUPT,
            f"The file '{name}' is a zip package but not a Word document (it has no word/document.xml); "
            "it is damaged or was renamed from another format.",
            path,
        )
    if ext in _OTHER_FORMATS:
        return unsupported_extension(ext, name, path)
    supported = ", ".join(sorted(WORD_EXTENSIONS | TEXT_EXTENSIONS))
    return _fail(
        ErrorCode.UNSUPPORTED_FORMAT,
        f"The file '{name}' is a zip archive without a Word document inside, which is not supported; "
        f"supported formats are {supported}.",
        path,
    )


def choose_route(data: bytes, path: str) -> Route:
    """Which reader to use for ``data``; raises for refused formats (OLE, PDF, RTF, unknown).

    A zip package goes to the .docx reader whatever its extension (the reader itself says
    CORRUPT or UNSUPPORTED_FORMAT when it holds no Word document).
    """
    name = Path(path).name or path
    ext = Path(path).suffix.lower()
    if data.startswith(OLE_MAGIC):
        raise _ole_error(data, ext, name, path)
    if data.startswith(ZIP_MAGICS):
        return Route.DOCX
    if data.startswith(b"%PDF-"):
        raise unsupported_extension(".pdf", name, path)
    if data.lstrip().startswith(b"{\\rtf"):
        raise unsupported_extension(".rtf", name, path)
    if ext in WORD_EXTENSIONS:
        raise _fail(
            ErrorCode.CORRUPT,
            f"The file '{name}' is not a valid {ext} document (it is not a zip package); "
            "it is damaged or was renamed from another format.",
            path,
        )
    if ext in TEXT_EXTENSIONS:
        return Route.TEXT
    raise unsupported_extension(ext, name, path)
