"""Spacing left wrong by scraping or sloppy copy: double spaces, a space before
``,`` or ``.``, no space after ``,``.

    >>> from newsfix.text.document import Document
    >>> [(f.start, f.end, f.suggestion) for f in check(Document("Il a dit  oui ,non."))]
    [(8, 10, ' '), (13, 15, ','), (15, 16, ', ')]

A real one: ``selon M. Houdré .`` becomes ``selon M. Houdré.``.

Correct French typography is left alone: the no-break space (U+00A0 or the thin
U+202F) before ``; : ! ?`` and inside « », decimals (``3,5``), ellipses
(``attendez ...``), numbers like ``.5``, and anything inside a URL or an e-mail
address. Known limits: white space at the start or end of a line is not
judged, and a missing space after ``.`` is a merge artefact, not spacing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..flags import Flag

KIND = "spacing"
_NBSP = "\u00a0\u202f"

# Two or more spaces (counting a no-break space beside a plain one) between two
# visible characters of the same line.
_RUN = re.compile(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")
# A space before a comma or a full stop that ends a word: "mot ," "mot ." but
# not " ..." (ellipsis), " .5" (number) or " .NET".
_BEFORE = re.compile(r"(?<=[\w\"”»’)\]]) +(,|\.(?![.\w]))")
# A comma glued to the next word: ",mot" but not "3,5".
_AFTER = re.compile(r"(?<=[^\W\d_]|[\"”»’)\]]),(?=[^\W\d_])|(?<=\d),(?=[^\W\d_]{2})")


def check(doc: Document) -> Iterator[Flag]:
    text = doc.text
    for match in _RUN.finditer(text):
        run = match.group()
        if doc.is_protected(match.start(), match.end()):
            continue
        # Keep a no-break space when there is one: it carries the typography.
        keep = next((ch for ch in run if ch in _NBSP), " ")
        yield Flag(KIND, match.start(), match.end(), "several spaces in a row", keep)
    for match in _BEFORE.finditer(text):
        if doc.is_protected(match.start(), match.end()):
            continue
        mark = match.group(1)
        after = text[match.end() : match.end() + 1]
        fixed = ", " if mark == "," and after.isalpha() else mark
        yield Flag(KIND, match.start(), match.end(), f"space before “{mark}”", fixed)
    for match in _AFTER.finditer(text):
        if doc.is_protected(match.start(), match.end()):
            continue
        yield Flag(KIND, match.start(), match.end(), "no space after a comma", ", ")
