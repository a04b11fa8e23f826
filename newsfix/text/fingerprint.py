"""Normalised text and its hash: how exact duplicates are recognised."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFC, runs of white space collapsed to one space, trimmed.

    >>> normalize("  Le  Monde\\n\\ncontinue ")
    'Le Monde continue'
    """
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the normalised text."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()
