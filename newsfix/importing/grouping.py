"""Near-duplicate copies of one story (the same wire text on several sites) -> one Story.

A new article is compared only with the stories that share its blocking key
(the longest words of its title), and with one representative per story (the
normalised title and lead of its first copy), so a story of hundreds of
copies costs one comparison, and a file of a million articles never compares
every pair.

Known limits: copies whose titles were rewritten by each site share no key
and stay in separate stories; an admin merges them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from rapidfuzz import fuzz, process

from newsfix.models import Story
from newsfix.text.fingerprint import normalize

LEAD_CHARS = 300
KEY_WORDS = 4
# fuzz.ratio of title + lead; copies with scraping damage score ~90, other stories < 60.
THRESHOLD = 80
CANDIDATES_PER_KEY = 50

_WORD = re.compile(r"[^\W\d_]{4,}")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _longest_words(text: str) -> list[str]:
    words = set(_WORD.findall(_plain(text)))
    return sorted(words, key=lambda word: (-len(word), word))[:KEY_WORDS]


def blocking_key(title: str, text: str) -> str:
    """Stories compared with an article are only those with its key.

    >>> blocking_key("Les diplomates à Genève", "") == blocking_key("Genève: les diplomates", "")
    True
    """
    words = _longest_words(title)
    if len(words) < 2:
        words = _longest_words(text[:LEAD_CHARS])
    joined = " ".join(sorted(words))
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()


def fingerprint(title: str, text: str) -> str:
    """What copies of a story are compared by: normalised title and lead."""
    return f"{normalize(title).lower()} | {normalize(text[:LEAD_CHARS]).lower()}"


class Grouper:
    """Finds or makes the story of each article of one chunk.

    Stories made for earlier articles of the chunk are candidates for later
    ones; ``new`` holds them, unsaved, for the caller to create.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self.candidates: dict[str, list[Story]] = defaultdict(list)
        self.new: list[Story] = []
        wanted = set(keys)
        if wanted:
            # The newest stories of each key only: a common key must not load thousands.
            newest = Window(RowNumber(), partition_by=F("key"), order_by=F("id").desc())
            stories = (
                Story.objects.filter(key__in=wanted)
                .annotate(rank=newest)
                .filter(rank__lte=CANDIDATES_PER_KEY)
                .only("id", "key", "fingerprint")
                .order_by("-id")
            )
            for story in stories:
                self.candidates[story.key].append(story)

    def story_for(self, title: str, text: str, key: str | None = None) -> Story:
        key = key or blocking_key(title, text)
        print_ = fingerprint(title, text)
        stories = self.candidates[key]
        if stories:
            best = process.extractOne(
                print_,
                [story.fingerprint for story in stories],
                scorer=fuzz.ratio,
                score_cutoff=THRESHOLD,
            )
            if best is not None:
                return stories[best[2]]
        story = Story(title=title[:500], key=key, fingerprint=print_)
        stories.insert(0, story)
        self.new.append(story)
        return story
