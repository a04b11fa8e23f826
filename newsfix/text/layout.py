"""Lines that are furniture by their shape alone, whatever their words.

A time stamp printed as a line of its own, a line of capitals inside the
body, a quote table flattened by the scraper, a share button:

    >>> is_layout_line("Mis à jour le 3 mai 2024 à 10h12", first=False)
    True
    >>> is_button("WhatsApp")
    True
    >>> is_layout_line("Updated guidance was published on 3 May.", first=False)
    False
"""

from __future__ import annotations

import re

from .furniture import is_caps, social, words

# "Published November 20th, 2019 - 07:50 GMT", "Mis à jour le 3 mai à 10h": the
# page's time stamp printed as a line of its own.
_DATE_LINE = re.compile(
    r"(?:published|updated|last updated|posted|publié|mis à jour|modifié)\b(?:(?!\n).)*\d",
    re.IGNORECASE,
)


# "More about: transport, strikes", "Sujets : climat, politique": a short label,
# a colon, then a list of short items and no full stop.
_TAG_LIST = re.compile(r"[^\W\d][^:.!?\n]{1,30} ?: ?[^,.!?:\n]{1,25}(?:, ?[^,.!?:\n]{1,25})+")
# Arrows and triangles are a page's navigation ("Top ↑", "Suivant →").
_ARROWS = frozenset("↑↓←→⇧▲▼►◄")


def is_layout_line(line: str, first: bool) -> bool:
    """A line whose shape alone says furniture: capitals, a time stamp, a quote
    table, a tag list, a navigation arrow."""
    if is_ticker(line):
        return True
    if len(line) > 150:
        return False
    names = words(line)
    if len(names) <= 3 and any(ch in _ARROWS for ch in line):
        return True
    if len(names) <= 12 and _TAG_LIST.fullmatch(line.strip()):
        return all(len(item.split()) <= 3 for item in line.split(":", 1)[1].split(","))
    # A line of capitals inside the body is a related link or a call to action.
    if not first and is_caps(line) and len(names) >= 4:
        return not line.endswith((".", "!", "?"))
    # A time stamp has no full stop; "Updated guidance was published." is news.
    return bool(_DATE_LINE.match(line)) and len(names) <= 12 and not line.endswith(".")


def is_ticker(line: str) -> bool:
    """A quote table flattened by the scraper: long runs of glued letters and figures.

    "TickerSecurityLastChangeChange %HDTHE HOME DEPOT INC.225.86-12.99-5.44%":
    prose has spaces between its words; a URL (with ``/``) is left alone.
    """
    if len(line) < 30 or "/" in line or "@" in line:
        return False
    glued = sum(len(token) for token in line.split() if len(token) > 25 or _figures(token))
    return glued * 2 >= len(line) and sum(ch.isdigit() for ch in line) >= 6


def _figures(token: str) -> bool:
    """A long token of letters and figures glued together: "INC.225.86-12.99-5.44%"."""
    return (
        len(token) > 15
        and sum(ch.isdigit() for ch in token) >= 4
        and any(ch.isalpha() for ch in token)
    )


def is_button(line: str) -> bool:
    """A line that is one share button: a network's name, "Email", "Copy link"."""
    if len(line) > 40:
        return False
    line = line.strip().rstrip(":").lower()
    if line in social():
        return True
    names = words(line)
    return 0 < len(names) <= 3 and all(w in social() for w in names)
