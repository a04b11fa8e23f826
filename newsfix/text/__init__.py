"""The text engine: finds scraping damage in an article and repairs what is safe.

Pure Python: nothing here imports Django, so it runs fast and alone (command
line, tests, workers).

    >>> from newsfix.text import scan
    >>> [f.kind for f in scan("Il est arrivé aprèsMoscou hier.")]
    ['merge_artifact']
"""

from __future__ import annotations

from .checks import CHECKS
from .document import Document
from .flags import Flag
from .repair import apply_safe  # before ``def repair`` below, which must win the name

__all__ = ["CHECKS", "Document", "Flag", "repair", "scan", "warm_up"]


def scan(text: str, title: str | None = None, language: str | None = None) -> list[Flag]:
    """Every defect found in ``text``, sorted by position."""
    doc = Document(text, title=title, language=language)
    flags: list[Flag] = []
    for check in CHECKS.values():
        flags.extend(check(doc))
    flags.sort(key=lambda f: (f.start, f.end, f.kind))
    return _without_nested(flags)


# Furniture and repeats go as whole blocks: what is wrong inside them does not
# need an editor's attention.
_BLOCK_KINDS = frozenset({"boilerplate", "duplicate"})


def _without_nested(flags: list[Flag]) -> list[Flag]:
    blocks = [f for f in flags if f.kind in _BLOCK_KINDS and f.suggestion == ""]
    if not blocks:
        return flags
    return [f for f in flags if not any(_swallows(b, f) for b in blocks)]


def _swallows(block: Flag, flag: Flag) -> bool:
    if block is flag or not (block.start <= flag.start and flag.end <= block.end):
        return False
    if flag.kind not in _BLOCK_KINDS:
        return True
    # A repeat inside furniture is furniture.
    return flag.kind == "duplicate" and block.kind == "boilerplate"


def repair(text: str, title: str | None = None, language: str | None = None) -> str:
    """``text`` with every safe suggestion applied; unchanged when nothing is safe."""
    return apply_safe(text, scan(text, title=title, language=language))


def warm_up() -> None:
    """Load every word list and pattern now, e.g. once before forking workers."""
    from .language import LANGUAGES, zipf

    for language in LANGUAGES:
        zipf("maison", language)
        scan("Partager : Facebook. Il est arrivé aprèsMoscou  hier.", language=language)
