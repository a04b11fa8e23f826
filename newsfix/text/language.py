"""French / English detection from function words: cheap and good enough for news copy."""

from __future__ import annotations

import math
import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]++")

_FR = frozenset(
    "le la les des du de un une et est sont dans pour sur avec par au aux ce cette qui que "
    "qu il elle ils elles nous vous pas plus ont été être leur leurs selon mais où".split()
)
_EN = frozenset(
    "the a an and is are was were in for on with by to of that this which who it he she "
    "they we you not more have has been be their said but from at as".split()
)

LANGUAGES = ("fr", "en")


def detect(text: str, default: str = "fr") -> str:
    """Return ``"fr"`` or ``"en"`` by counting common function words.

    >>> detect("The minister said on Tuesday that the talks had failed.")
    'en'
    """
    words = _WORD.findall(text[:5000].lower())
    fr = sum(map(_FR.__contains__, words))
    en = sum(map(_EN.__contains__, words))
    if fr == en:
        return default
    return "fr" if fr > en else "en"


@lru_cache(maxsize=200_000)
def zipf(word: str, language: str) -> float:
    """How common ``word`` is in ``language`` on the Zipf scale (0 unknown, 7+ very common).

    ``’`` counts as ``'`` so that ``aujourd’hui`` is known. Backed by wordfreq,
    whose word lists are read once per process; plain words are looked up
    directly, which is much faster than asking wordfreq to tokenise them.

    >>> zipf("maison", "fr") > 4
    True
    """
    word = word.replace("’", "'").lower()
    frequency = _frequencies(language).get(word)
    if frequency:
        return round(math.log10(frequency) + 9, 2)
    if not word.isalpha():
        from wordfreq import zipf_frequency

        return zipf_frequency(word, language)
    return 0.0


@lru_cache(maxsize=4)
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # loaded on first use, not at import

    # Positional, as wordfreq calls it, so both share its cached copy.
    return get_frequency_dict(language, "best")
