"""Metadata removal from images inside a package: EXIF (camera, time, GPS position), XMP and IPTC
in JPEG files; text, time and EXIF chunks in PNG files.  Pixels are not touched.

JPEG: the APP1 (EXIF / XMP), APP12, APP13 (Photoshop / IPTC), COM and MPF (APP2 ``MPF``) segments
are dropped, and so is whatever follows the end of the image (further pictures with their own EXIF,
a "motion photo" video, phone makers' trailers); APP0 (JFIF), APP2 (ICC colour profile) and APP14
(Adobe colour transform, needed to decode CMYK) stay.
PNG: ``tEXt``, ``zTXt``, ``iTXt``, ``eXIf`` and ``tIME`` chunks are dropped, and data after ``IEND``.
"""

from __future__ import annotations

import struct

_JPEG_DROP = {0xE1, 0xEC, 0xED, 0xFE}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}


def _jpeg_end(data: bytes, pos: int) -> int | None:
    """Index just after the EOI marker of the image whose first scan (SOS) starts at ``pos``,
    skipping entropy-coded data and the segments between scans; ``None`` if there is none."""
    while pos + 4 <= len(data):
        pos += 2 + struct.unpack_from(">H", data, pos + 2)[0]  # a segment with a length (SOS, DHT ...)
        while True:  # entropy-coded data: 0xFF is stuffed (FF 00), a restart marker or fill
            pos = data.find(b"\xff", pos)
            if pos < 0 or pos + 1 >= len(data):
                return None
            marker = data[pos + 1]
            if marker == 0xFF:
                pos += 1
            elif marker == 0x00 or 0xD0 <= marker <= 0xD7:
                pos += 2
            else:
                break
        if marker == 0xD9:
            return pos + 2
    return None


def strip_jpeg(data: bytes) -> tuple[bytes, int]:
    """``(data without metadata segments, number of segments dropped)``; unchanged if not JPEG."""
    if not data.startswith(b"\xff\xd8"):
        return data, 0
    out = [data[:2]]
    pos, dropped = 2, 0
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: copy the image data up to its end, drop what follows
            end = _jpeg_end(data, pos)
            if end is not None and end < len(data):
                out.append(data[pos:end])
                return b"".join(out), dropped + 1
            break
        if marker == 0xD9 or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            break  # end of image or a damaged stream: copy the rest as it is
        length = struct.unpack_from(">H", data, pos + 2)[0]
        end = pos + 2 + length
        if length < 2 or end > len(data):
            return data, 0  # damaged: leave it (the note about it stays in the report)
        if marker in _JPEG_DROP or (marker == 0xE2 and data[pos + 4 : pos + 8] == b"MPF\x00"):
            dropped += 1
        else:
            out.append(data[pos:end])
        pos = end
    out.append(data[pos:])
    return b"".join(out), dropped


def strip_png(data: bytes) -> tuple[bytes, int]:
    if not data.startswith(_PNG_SIGNATURE):
        return data, 0
    out = [_PNG_SIGNATURE]
    pos, dropped = len(_PNG_SIGNATURE), 0
    while pos + 12 <= len(data):
        length = struct.unpack_from(">I", data, pos)[0]
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            return data, 0
        if kind in _PNG_DROP:
            dropped += 1
        else:
            out.append(data[pos:end])
        pos = end
        if kind == b"IEND":
            dropped += int(pos < len(data))  # anything appended after the image
            break
    return b"".join(out), dropped


def strip_image_metadata(name: str, data: bytes) -> tuple[bytes, int]:
    """Strip metadata from a JPEG or PNG part (by content, whatever its extension)."""
    if data.startswith(b"\xff\xd8"):
        return strip_jpeg(data)
    if data.startswith(_PNG_SIGNATURE):
        return strip_png(data)
    return data, 0
