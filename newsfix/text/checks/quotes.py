"""Quote marks and brackets that do not pair up, usually because scraping
dropped the other half: « without », “ without ”, ( without ), a lone
straight ``"``, or the reverse.

    >>> from newsfix.text.document import Document
    >>> [(f.start, f.end) for f in check(Document("Il a dit « non à la réforme."))]
    [(9, 10)]

A real one: ``l’Europe doit être impliquée  » dans toute solution`` (the « was
lost). Nested quotes pair inside out; a French quotation carried over several
paragraphs (each opening with « or “, the first opening its paragraph or
following a colon, a comma or a dash) is not an error. ``’`` is an apostrophe far
more often than a closing quote, so only a lone ``‘`` counts. Known limits:
when a quote is both lost and misplaced the lone mark found may be the wrong
one; inch marks (``5'11"``) and list labels (``a)``) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..flags import Flag
from .encoding import garbled

KIND = "unbalanced_quote"
_PAIRS = {"«": "»", "“": "”", "‘": "’", "(": ")", "[": "]"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_MARK = re.compile(r"[«»“”‘’()\[\]\"]")
_SPACES = " \u00a0\u202f"
_LEADS = frozenset(":,—–-")
_NAMES = {"«": "guillemet", "»": "guillemet", "(": "bracket", ")": "bracket", "[": "bracket"}


def check(doc: Document) -> Iterator[Flag]:
    text = doc.text
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        lone = _lone_marks(text, para.start, para.end)
        if not lone:
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        for pos in lone:
            mark = text[pos]
            if pos and garbled(text[pos - 1 : pos + 1]):
                continue  # "Å“uvre": half of a mis-decoded letter, the encoding check's
            # A quotation continued in the next paragraph reopens it with «; it
            # opens a paragraph or follows a colon, a comma or a dash ("a-t-il
            # dit : « …", "Selon elle, « …"); a title in quotes ("Intitulée « Le
            # fleuve") does not run on.
            if (
                mark in "«“"
                and following is not None
                and text[following.start : following.start + 1] == mark
                and (pos == para.start or text[para.start : pos].rstrip(_SPACES)[-1:] in _LEADS)
            ):
                continue
            what = _NAMES.get(mark, "quote mark")
            yield Flag(KIND, pos, pos + 1, f"this {what} has no partner", None)


def _lone_marks(text: str, start: int, end: int) -> list[int]:
    stack: list[int] = []
    lone: list[int] = []
    for found in _MARK.finditer(text, start, end):
        pos = found.start()
        mark = text[pos]
        if mark == '"':
            if pos > 0 and text[pos - 1].isdigit():
                continue  # inches: 5'11"
            opens = _opens_straight(text, pos, start, end)
            if opens and not (stack and text[stack[-1]] == '"'):
                stack.append(pos)
            elif stack and (text[stack[-1]] == '"' or text[stack[-1]] == "“"):
                stack.pop()  # a typed " may close a curly “: mixed, yet paired
            else:
                lone.append(pos)
        elif mark in _PAIRS:
            stack.append(pos)
        elif mark == "’":
            # An apostrophe unless it closes an open ‘.
            if stack and text[stack[-1]] == "‘" and not _inside_word(text, pos):
                stack.pop()
        else:
            opener = _CLOSERS[mark]
            depth = _find_open(text, stack, opener)
            if depth is None and mark == "”" and stack and text[stack[-1]] == '"':
                depth = len(stack) - 1  # "…” mixed, yet paired
            if depth is None:
                # "a)" list labels and ":)" smileys close nothing.
                if not (
                    opener in "(["
                    and (_is_list_label(text, pos, start) or text[pos - 1 : pos] in (":", ";"))
                ):
                    lone.append(pos)
            else:
                # Marks opened inside and never closed are lone too.
                for inner in stack[depth + 1 :]:
                    if text[inner] != "‘":
                        lone.append(inner)
                del stack[depth:]
    lone.extend(stack)
    return sorted(lone)


def _find_open(text: str, stack: list[int], opener: str) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if text[stack[depth]] == opener:
            return depth
    return None


def _opens_straight(text: str, pos: int, start: int, end: int) -> bool:
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if before.isspace() or before in "([{«“-–—/":
        return True
    if after.isspace() or after in ".,;:!?)]}»”":
        return False
    return not before.isalnum()


def _inside_word(text: str, pos: int) -> bool:
    return pos > 0 and pos + 1 < len(text) and text[pos - 1].isalpha() and text[pos + 1].isalpha()


def _is_list_label(text: str, pos: int, start: int) -> bool:
    # "a)" "2)" "iv)" at the start of a line or after a space: an enumeration.
    word_start = pos
    while word_start > start and text[word_start - 1].isalnum():
        word_start -= 1
    label = text[word_start:pos]
    before = text[word_start - 1] if word_start > start else "\n"
    return (
        0 < len(label) <= 3
        and (before.isspace() or word_start == start)
        and (label.isdigit() or (label.isalpha() and label.islower()))
    )
