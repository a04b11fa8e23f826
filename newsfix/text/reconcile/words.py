"""Words, sentence ends and signs of damage: the measures every step of reconciling shares."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_NORMAL_SPACE = re.compile(r"\s+")
# Signs that a reading is damaged, used only to break ties between readings:
# double spaces, a space before a comma or full stop, a comma glued to the next
# word, HTML entities and tags, mojibake, words glued on a case change, a
# sentence glued to the next, a word glued to a number.
_DAMAGE = re.compile(
    r"  |\s[,.](?!\d)|,(?=[^\s\d”’»\"')\]])|&#?\w+;|</?[a-zA-Z][^>]*>|Ã.|Â|â€"
    r"|[a-zà-ÿ]{2}[A-ZÀ-Ý][a-zà-ÿ]|[a-zà-ÿ]{2}[.!?][A-ZÀ-Ý]|[a-zà-ÿ]{2}\d"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)\]]*(?=\s+\S)")
_TERMINAL = re.compile(r"[.!?…][\"”»’)\]]*\s*$")
# Longest line without a full stop that is taken for furniture at either end;
# voting takes a passage more than twice that long for more than a subheading.
_EDGE_WORDS = 6


def _damage(text: str) -> int:
    return len(_DAMAGE.findall(text))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _normal(text: str) -> str:
    return _NORMAL_SPACE.sub(" ", text).strip().lower()
