"""Notes about binary parts that may hold personal data but are not read as text.

Embedded objects (``word/embeddings/``: OLE objects, chart workbooks), macro projects, the package
thumbnail (a picture of the first page) and JPEG images carrying EXIF metadata (camera, time, and
possibly a GPS position) each get one short English note in :attr:`Document.notes`.
"""

from __future__ import annotations

import posixpath
import struct

from .package import Package

EXIF_HEAD_BYTES = 256 * 1024
_JPEG_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".jfif")
_GPS_IFD_TAG = 0x8825


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"


def _exif_payload(jpeg: bytes) -> bytes | None:
    """The TIFF data of a JPEG's ``Exif`` APP1 segment, or ``None``."""
    if not jpeg.startswith(b"\xff\xd8"):
        return None
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        if marker in (0xD9, 0xDA):  # end of image / start of scan: no more metadata segments
            return None
        length = struct.unpack_from(">H", jpeg, pos + 2)[0]
        body = jpeg[pos + 4 : pos + 2 + length]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            return body[6:]
        pos += 2 + length
    return None


def _has_gps(tiff: bytes) -> bool:
    """Whether the first IFD of EXIF TIFF data points to a GPS IFD."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return False
    order = "<" if tiff[:2] == b"II" else ">"
    offset = struct.unpack_from(order + "I", tiff, 4)[0]
    if offset + 2 > len(tiff):
        return False
    count = struct.unpack_from(order + "H", tiff, offset)[0]
    for i in range(count):
        entry = offset + 2 + 12 * i
        if entry + 2 > len(tiff):
            break
        if struct.unpack_from(order + "H", tiff, entry)[0] == _GPS_IFD_TAG:
            return True
    return False


def binary_part_notes(package: Package, name: str) -> list[str]:
    """Notes for one non-XML part of the package (empty for fonts, plain images ...)."""
    lower = name.lower()
    base = posixpath.basename(lower)
    if "/embeddings/" in f"/{lower}":
        return [f"Embedded object {name} ({_size(package.size(name))}) is present but not read as text; "
                "check it separately or remove it before publication."]
    if base == "vbaproject.bin":
        return [f"Macro project {name} is present but not read; remove the macros before publication."]
    if lower.startswith("docprops/thumbnail"):
        return [f"Thumbnail {name} (a small picture of the first page) is present but not read as text."]
    if lower.endswith(_JPEG_EXTENSIONS):
        tiff = _exif_payload(package.read(name, head=EXIF_HEAD_BYTES))
        if tiff is not None:
            gps = " including a GPS position" if _has_gps(tiff) else ""
            return [f"Image {name} carries EXIF metadata{gps} (camera, date, location data); "
                    "it is not read as text."]
    return []
