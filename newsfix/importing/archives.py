"""ZIP and gzip archives, read member by member within the configured limits.

An archive is refused before anything is unpacked when it declares too many
files, too many bytes or a compression ratio no real scrape has (a zip bomb);
the same limits are enforced again while reading, since the declared sizes
can lie.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from .limits import Limits, human_size

# Below this size a high compression ratio is harmless (a small, repetitive file).
RATIO_FLOOR_BYTES = 1024 * 1024


class ArchiveRefused(Exception):
    """The archive breaks a limit; the message says which, for a person."""


def bomb_message(ratio: float, limits: Limits) -> str:
    return (
        f"archive refused: it expands {ratio:.0f} times its size, over the limit of "
        f"{limits.compression_ratio} (NEWSFIX_MAX_COMPRESSION_RATIO); it looks like a zip bomb"
    )


class _Guarded(io.RawIOBase):
    """Counts what comes out of an archive and stops at the limits."""

    def __init__(self, inner: BinaryIO, limits: Limits, total: list[int], compressed) -> None:
        self.inner = inner
        self.limits = limits
        self.total = total  # shared across the members of one archive
        self.compressed = compressed

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - the io protocol's buffer
        try:
            data = self.inner.read(len(buffer))
        except (zlib.error, zipfile.BadZipFile, gzip.BadGzipFile, EOFError, OSError) as exc:
            raise ArchiveRefused(f"the archive is damaged ({exc})") from None
        n = len(data)
        buffer[:n] = data
        self.total[0] += n
        if self.total[0] > self.limits.archive_bytes:
            raise ArchiveRefused(
                f"archive refused: it unpacks to more than {human_size(self.limits.archive_bytes)}"
                " (NEWSFIX_MAX_ARCHIVE_BYTES)"
            )
        packed = max(self.compressed(), 1)
        if self.total[0] > RATIO_FLOOR_BYTES and self.total[0] / packed > (
            self.limits.compression_ratio
        ):
            raise ArchiveRefused(bomb_message(self.total[0] / packed, self.limits))
        return n


def _skipped(name: str) -> bool:
    base = os.path.basename(name.rstrip("/"))
    return name.startswith("__MACOSX/") or base.startswith(".") or not base


def seekable(stream: BinaryIO) -> BinaryIO:
    """``stream`` itself when it can seek (ZIP needs that), else a spooled copy."""
    try:
        if stream.seekable():
            return stream
    except (AttributeError, ValueError):
        pass
    copy = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller, closed with it
    shutil.copyfileobj(stream, copy)
    copy.seek(0)
    return copy


def zip_members(stream: BinaryIO, limits: Limits) -> Iterator[tuple[str, BinaryIO]]:
    """``(name, stream)`` for each file in the ZIP archive; raises ArchiveRefused."""
    try:
        archive = zipfile.ZipFile(seekable(stream))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveRefused(f"not a readable ZIP archive ({exc})") from None
    with archive:
        members = [info for info in archive.infolist() if not _skipped(info.filename)]
        if len(members) > limits.archive_files:
            raise ArchiveRefused(
                f"archive refused: it holds {len(members)} files, over the limit of "
                f"{limits.archive_files} (NEWSFIX_MAX_ARCHIVE_FILES)"
            )
        unpacked = sum(info.file_size for info in members)
        if unpacked > limits.archive_bytes:
            raise ArchiveRefused(
                f"archive refused: it unpacks to {human_size(unpacked)}, over the limit of "
                f"{human_size(limits.archive_bytes)} (NEWSFIX_MAX_ARCHIVE_BYTES)"
            )
        for info in members:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FLOOR_BYTES and ratio > limits.compression_ratio:
                raise ArchiveRefused(bomb_message(ratio, limits))
        total = [0]
        consumed = 0
        for info in members:
            consumed += info.compress_size
            try:
                inner = archive.open(info)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
                raise ArchiveRefused(f"{info.filename}: cannot be unpacked ({exc})") from None
            guarded = _Guarded(inner, limits, total, lambda packed=consumed: packed)
            with inner:
                yield info.filename, io.BufferedReader(guarded, buffer_size=64 * 1024)


class _Counting(io.RawIOBase):
    """Counts the compressed bytes gzip has consumed."""

    def __init__(self, inner: BinaryIO) -> None:
        self.inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - the io protocol's buffer
        data = self.inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


def gzip_member(stream: BinaryIO, limits: Limits) -> BinaryIO:
    """The decompressed stream of a gzip file, guarded by the limits."""
    counting = _Counting(stream)
    unpacked = gzip.GzipFile(fileobj=io.BufferedReader(counting), mode="rb")
    return io.BufferedReader(
        _Guarded(unpacked, limits, [0], lambda: counting.count), buffer_size=64 * 1024
    )
