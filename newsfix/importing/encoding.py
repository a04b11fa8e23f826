"""Which encoding a file is in, and a text stream that marks undecodable bytes.

UTF-8 is the default. A byte order mark wins; UTF-16 without one is told
by its zero bytes; a sample that is mostly invalid UTF-8 is read as
Windows-1252 (the usual legacy encoding of French and English sites).
Bytes that still cannot be decoded become ``UNDECODABLE`` characters so the
row that holds them is reported instead of the whole file failing.
"""

from __future__ import annotations

import codecs
import io
from typing import BinaryIO

ERRORS = "newsfix-undecodable"
# A lone surrogate can never come out of a correct decode, and cannot be stored.
UNDECODABLE = "\udcff"

SAMPLE_BYTES = 64 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _mark_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if isinstance(exc, UnicodeDecodeError):
        return UNDECODABLE, exc.end
    raise exc


codecs.register_error(ERRORS, _mark_undecodable)


def detect(sample: bytes) -> str:
    """The encoding ``sample`` (the start of a file) is most likely in.

    >>> detect("café".encode("cp1252")), detect("café".encode("utf-8"))
    ('cp1252', 'utf-8')
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if b"\x00" in sample[:4096]:
        head = sample[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 8:
            return "utf-16-be" if even > odd else "utf-16-le"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    text = sample.decode("utf-8", "surrogateescape")
    invalid = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    valid = sum(1 for ch in text if ord(ch) > 127 and not "\udc80" <= ch <= "\udcff")
    # A few bad bytes in real UTF-8 are bad rows; mostly bad bytes is another encoding.
    return "utf-8" if valid >= invalid else "cp1252"


class _Rewound(io.RawIOBase):
    """A binary stream whose first bytes were already read into ``head``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - the io protocol's buffer
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def peek(stream: BinaryIO, size: int = SAMPLE_BYTES) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``stream`` and a stream that still starts with them."""
    head = b""
    while len(head) < size:
        data = stream.read(size - len(head))
        if not data:
            break
        head += data
    return head, io.BufferedReader(_Rewound(head, stream), buffer_size=SAMPLE_BYTES)


def text_stream(stream: BinaryIO, encoding: str) -> io.TextIOWrapper:
    """Decode ``stream`` lazily; newlines are left as they are (CSV needs that)."""
    return io.TextIOWrapper(stream, encoding=encoding, errors=ERRORS, newline="")
