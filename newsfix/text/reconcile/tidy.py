"""The damage one copy needs no other copy to undo, cleaned before any comparison."""

from __future__ import annotations

import html
import re

import ftfy

_NBSP_ENTITY = re.compile(r"&(?:nbsp|#160|#xa0);", re.IGNORECASE)
_TAG = re.compile(r"\s*</?[a-zA-Z][^<>]*>\s*")
_MOJIBAKE = re.compile(r"Ã.|Â|â€")
_SPACE_BEFORE = re.compile(r" +([,.])(?!\d)")
_COMMA_GLUED = re.compile(r",(?=[^\W\d_])")
_SPACES = re.compile(r" {2,}")


def _tidy(text: str) -> str:
    """``text`` with the damage that needs no other copy undone, before any comparison.

    HTML entities decoded (a no-break space written as an entity was a space),
    tags dropped, mojibake decoded, doubled spaces and spaces before a comma or
    a full stop removed, a space put back after a comma that runs into a word.
    What is left between copies is what only the copies can settle: lost and
    glued words, furniture, quote marks.

    >>> _tidy("Il a dit ,sans d&eacute;tour<br />qu’il partait  lundi.</p>")
    'Il a dit, sans détour qu’il partait lundi.'
    """
    if "&" in text:
        text = html.unescape(_NBSP_ENTITY.sub(" ", text))
    if "<" in text:
        text = _TAG.sub(" ", text)
    if _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _COMMA_GLUED.sub(", ", text)
    return _SPACES.sub(" ", text).strip()
