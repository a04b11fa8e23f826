"""Spacing left wrong by scraping or sloppy copy: double spaces, a space before
``,`` or ``.``, no space after ``,``.

    >>> from newsfix.text.document import Document
    >>> [(f.start, f.end, f.suggestion) for f in check(Document("Il a dit  oui ,non."))]
    [(8, 10, ' '), (13, 15, ', ')]

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

# Two or more spaces (counting a no-break space beside a plain one); whether
# visible characters surround them is checked afterwards, which is far
# cheaper than a look-behind tried at every position.
_RUN = re.compile(r"[ \u00a0\u202f]{2,}")
# A space before a comma or a full stop: "mot ," "mot ." but not " ..."
# (ellipsis), " .5" (number) or " .NET".
_BEFORE = re.compile(r" +(,|\.(?![.\w]))")
_WORD_END = re.compile(r"[\w\"”»’)\]]")
# A comma glued to the next word: ",mot" but not "3,5".
_AFTER = re.compile(r",(?=[^\W\d_])")


def check(doc: Document) -> Iterator[Flag]:
    text = doc.text
    # Substring tests (a fast search in C) spare the pattern scans to the many
    # texts that cannot match: no double space and no no-break space, or no
    # space before a comma or a full stop.
    spaced = "  " in text or "\u00a0" in text or "\u202f" in text
    runs = _RUN.finditer(text) if spaced else ()
    for match in runs:
        start, end = match.span()
        if start == 0 or end == len(text) or text[start - 1].isspace() or text[end].isspace():
            continue  # the edge of a line: indentation or trailing blanks
        if doc.is_protected(start, end):
            continue
        # Keep a no-break space when there is one: it carries the typography.
        keep = next((ch for ch in match.group() if ch in _NBSP), " ")
        yield Flag(KIND, start, end, "several spaces in a row", keep)
    for match in _BEFORE.finditer(text) if " ," in text or " ." in text else ():
        start, end = match.span()
        if start == 0 or not _WORD_END.match(text, start - 1) or doc.is_protected(start, end):
            continue
        mark = match.group(1)
        after = text[end : end + 1]
        fixed = ", " if mark == "," and after.isalpha() else mark
        yield Flag(KIND, start, end, f"space before “{mark}”", fixed)
    for match in _AFTER.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        if before.isdigit():
            # "3,5" is a decimal; "2012,le" is not.
            if not text[end : end + 2].isalpha() or len(text[end : end + 2]) < 2:
                continue
        elif not (before.isalpha() or before in '"”»’)]'):
            continue
        if doc.is_protected(start, end):
            continue
        yield Flag(KIND, start, end, "no space after a comma", ", ")
