"""Placeholder: the check for this kind is being written."""

from collections.abc import Iterable

from ..document import Document
from ..flags import Flag


def check(doc: Document) -> Iterable[Flag]:
    return ()
