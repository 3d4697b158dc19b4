"""A zip package opened defensively: zip-bomb limits and a bounded reader for its entries.

Limits (hostile input must neither exhaust memory nor hang the app):

* at most :data:`MAX_ENTRIES` entries (checked in the end-of-central-directory record before
  :mod:`zipfile` builds its index, and again on the index);
* at most :data:`MAX_TOTAL_UNCOMPRESSED` bytes declared in total;
* no entry over 8 MiB with a compression ratio above :data:`MAX_RATIO`.

Entries are inflated here with :mod:`zlib` rather than through :meth:`zipfile.ZipFile.open`, so that
the declared size is never trusted: inflation stops one byte past the declared size and a header
that lies is reported as :attr:`ErrorCode.ZIP_BOMB`.  The CRC is checked too.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from ..errors import DocumentError, ErrorCode

MAX_ENTRIES = 10_000
MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 500
RATIO_MIN_SIZE = 8 * 1024 * 1024

_LOCAL_HEADER = struct.Struct("<4s5H3I2H")
_EOCD_SIG = b"PK\x05\x06"
_EOCD64_LOCATOR_SIG = b"PK\x06\x07"
_EOCD64_SIG = b"PK\x06\x06"


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def declared_entry_count(data: bytes) -> int | None:
    """The entry count from the end-of-central-directory record, or ``None`` if not found."""
    pos = data.rfind(_EOCD_SIG, max(0, len(data) - 65_557))
    if pos < 0 or pos + 22 > len(data):
        return None
    count = struct.unpack_from("<H", data, pos + 10)[0]
    if count != 0xFFFF:
        return count
    loc = pos - 20
    if loc < 0 or data[loc : loc + 4] != _EOCD64_LOCATOR_SIG:
        return count
    offset = struct.unpack_from("<Q", data, loc + 8)[0]
    if offset + 40 > len(data) or data[offset : offset + 4] != _EOCD64_SIG:
        return count
    return struct.unpack_from("<Q", data, offset + 32)[0]


def is_safe_part_name(name: str) -> bool:
    """Whether a zip entry name is a valid, relative part name (no ``..``, ``.``, empty segments,
    absolute path, drive letter, backslash or control character)."""
    if not name or name.startswith("/") or "\\" in name or any(ord(c) < 32 for c in name):
        return False
    segments = name.split("/")
    if ":" in segments[0]:
        return False
    return all(seg not in ("", ".", "..") and not seg.endswith(".") for seg in segments)


class Package:
    """The entries of a zip held in memory; :meth:`read` returns one entry's bytes, bounded."""

    def __init__(self, data: bytes, path: str) -> None:
        self._data = data
        self._view = memoryview(data)
        self._path = path
        self._inflated = 0
        count = declared_entry_count(data)
        if count is not None and count > MAX_ENTRIES:
            raise self._bomb(f"it has {count} entries (the limit is {MAX_ENTRIES})")
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                infos = archive.infolist()
        except Exception as exc:  # any failure of the zip index means a broken file
            raise DocumentError(
                ErrorCode.CORRUPT,
                f"The file is not a readable zip package ({exc}); it is damaged or truncated.",
                path,
            ) from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._unsafe_infos: dict[str, zipfile.ZipInfo] = {}
        self.unsafe: list[str] = []  # entry names that are not part names: never read, never written
        folded: set[str] = set()
        for info in infos:
            if info.is_dir():
                continue
            if not is_safe_part_name(info.filename):
                self.unsafe.append(info.filename)
                self._unsafe_infos[info.filename] = info
                continue
            if info.filename.lower() in folded:  # OPC part names are case-insensitive
                raise DocumentError(
                    ErrorCode.CORRUPT,
                    f"The package has two entries named {info.filename}; the document is damaged.",
                    path,
                )
            folded.add(info.filename.lower())
            self._infos[info.filename] = info
        self._check_limits(infos)

    # -- limits -------------------------------------------------------------------------------

    def _bomb(self, why: str) -> DocumentError:
        return DocumentError(
            ErrorCode.ZIP_BOMB,
            f"The file was refused as a possible zip bomb: {why}.",
            self._path,
        )

    def _check_limits(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > MAX_ENTRIES:
            raise self._bomb(f"it has {len(infos)} entries (the limit is {MAX_ENTRIES})")
        total = sum(info.file_size for info in infos)
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise self._bomb(
                f"its entries expand to {_mib(total)} (the limit is {_mib(MAX_TOTAL_UNCOMPRESSED)})"
            )
        for info in infos:
            if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                ratio = info.file_size / max(info.compress_size, 1)
                raise self._bomb(
                    f"the entry {info.filename} expands {ratio:.0f} times "
                    f"(to {_mib(info.file_size)}; the limit is {MAX_RATIO} times)"
                )

    # -- access -------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """The file entries' names in archive order."""
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def info(self, name: str) -> zipfile.ZipInfo:
        """The central-directory record of an entry (name, date, attributes)."""
        return self._infos[name]

    def size(self, name: str) -> int:
        """The declared uncompressed size of an entry."""
        return self._infos[name].file_size

    def read(self, name: str, *, head: int | None = None) -> bytes:
        """The bytes of entry ``name`` (only its first ``head`` bytes when given, unchecked CRC); an
        entry of :attr:`unsafe` can be read too (the residual check looks into every byte)."""
        info = self._infos[name] if name in self._infos else self._unsafe_infos[name]
        if info.flag_bits & 0x1:
            raise DocumentError(
                ErrorCode.ENCRYPTED,
                f"The zip entry {name} is password-protected; remove the password and try again.",
                self._path,
            )
        raw = self._raw(info)
        wanted = info.file_size if head is None else min(head, info.file_size)
        if self._inflated + wanted > MAX_TOTAL_UNCOMPRESSED:
            raise self._bomb(f"reading {name} would pass {_mib(MAX_TOTAL_UNCOMPRESSED)} in total")
        if info.compress_type == zipfile.ZIP_STORED:
            out = bytes(raw)
            if len(out) != info.file_size and head is None:
                raise self._corrupt(name, "its stored size does not match its declared size")
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            out = self._inflate(name, info, raw, head)
        else:
            raise self._corrupt(name, f"it uses compression method {info.compress_type}, which Word never writes")
        if head is not None:
            out = out[:head]
        elif (zlib.crc32(out) & 0xFFFFFFFF) != info.CRC:
            raise self._corrupt(name, "its checksum does not match")
        self._inflated += len(out)
        return out

    def _corrupt(self, name: str, why: str) -> DocumentError:
        return DocumentError(
            ErrorCode.CORRUPT, f"The zip entry {name} cannot be read: {why}; the file is damaged.", self._path
        )

    def _raw(self, info: zipfile.ZipInfo) -> memoryview:
        offset = info.header_offset
        if offset < 0 or offset + _LOCAL_HEADER.size > len(self._data):
            raise self._corrupt(info.filename, "its local header is outside the file")
        fields = _LOCAL_HEADER.unpack_from(self._data, offset)
        if fields[0] != b"PK\x03\x04":
            raise self._corrupt(info.filename, "its local header is missing")
        start = offset + _LOCAL_HEADER.size + fields[9] + fields[10]
        end = start + info.compress_size
        if end > len(self._data):
            raise self._corrupt(info.filename, "its data is truncated")
        return self._view[start:end]

    def _inflate(self, name: str, info: zipfile.ZipInfo, raw: memoryview, head: int | None) -> bytes:
        limit = info.file_size if head is None else min(head, info.file_size)
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            out = inflater.decompress(raw, limit + 1)
        except zlib.error as exc:
            raise self._corrupt(name, f"its compressed data is invalid ({exc})") from exc
        if head is not None:
            return out
        if len(out) > info.file_size:
            self._overrun(name, info, inflater, len(out))
        if not inflater.eof or len(out) != info.file_size:
            raise self._corrupt(name, "its compressed data is truncated")
        return out

    def _overrun(self, name: str, info: zipfile.ZipInfo, inflater: zlib._Decompress, produced: int) -> None:
        """The entry inflates past its declared size: a lying header (bomb) or damaged data.

        Inflation goes on, discarding output, until the stream ends or the actual size breaks the
        ratio limit (or the total limit): the latter is a zip bomb, the former damage.
        """
        cap = min(max(RATIO_MIN_SIZE, MAX_RATIO * info.compress_size), MAX_TOTAL_UNCOMPRESSED - self._inflated)
        try:
            while produced <= cap and not inflater.eof:
                chunk = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
                if not chunk:
                    break
                produced += len(chunk)
        except zlib.error as exc:
            raise self._corrupt(name, f"its compressed data is invalid ({exc})") from exc
        if produced > cap:
            raise self._bomb(
                f"the entry {name} expands to more than {_mib(cap)} although its header declares "
                f"{info.file_size} bytes"
            )
        raise self._corrupt(name, "it expands to more than its declared size")
