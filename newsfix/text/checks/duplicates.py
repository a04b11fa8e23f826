"""Text repeated by the scrape: the headline printed again in the body, a
paragraph or a long sentence that appears twice (exactly or nearly).

    >>> from newsfix.text.document import Document
    >>> doc = Document("Grève à la SNCF\\n\\nLes trains restent à quai.", title="Grève à la SNCF")
    >>> [(f.start, f.end, f.suggestion) for f in check(doc)]
    [(0, 17, '')]

A real one: a Wikinews article whose body starts with its own headline
``Lancement du projet Wikidata`` before the lead paragraph.

The later copy is flagged and its deletion suggested. Near copies are found
with rapidfuzz (a ratio of 90 or more), and a paragraph that repeats the start
of an earlier one that later grew (furniture glued on) counts too. Known
limits: sentences under eight words are never compared (``Il a refusé.`` may
honestly occur twice); a repeat split differently into paragraphs is missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..data import load_lines
from ..document import Document
from ..flags import Flag

KIND = "duplicate"
_MIN_WORDS = 8
_NEAR = 90.0


def check(doc: Document) -> Iterator[Flag]:
    found = duplicate_paragraphs(doc)
    if found:
        from .boilerplate import furniture_paragraphs

        removed = set(found) | furniture_paragraphs(doc)
        if len(removed) < len(doc.paragraphs):
            for index, message in sorted(found.items()):
                start, end = doc.block_span(index, removed)
                yield Flag(KIND, start, end, message, "")
    yield from _sentence_repeats(doc, set(found))


def duplicate_paragraphs(doc: Document) -> dict[int, str]:
    """Paragraphs that repeat the title or an earlier paragraph, with why."""
    cached = doc.memo.get("duplicate_paragraphs")
    if cached is not None:
        return cached
    from .boilerplate import furniture_paragraphs

    text = doc.text
    found: dict[int, str] = {}
    title = _normal(doc.title or "")
    seen: list[tuple[int, str]] = []
    furniture = furniture_paragraphs(doc)
    for index, para in enumerate(doc.paragraphs):
        if index in furniture:
            continue  # furniture shown twice is still furniture
        line = _normal(text[para.start : para.end])
        if (
            title
            and len(title) >= 10
            and (line == title or fuzz.ratio(line, title, score_cutoff=_NEAR))
        ):
            found[index] = "the headline repeated in the body"
            continue
        original = None
        if len(line.split()) >= _MIN_WORDS:
            original = next((i for i, old in seen if _same(line, old)), None)
        if original is None:
            seen.append((index, line))
        elif original - 1 in furniture and _is_summary_label(doc, original - 1):
            # The first copy sits under a furniture label ("Highlights"): it
            # is the summary box's copy, the later one is the article's.
            found[original] = "this paragraph is repeated in a summary box"
        else:
            found[index] = "this paragraph is repeated"
    doc.memo["duplicate_paragraphs"] = found
    return found


def _is_summary_label(doc: Document, index: int) -> bool:
    para = doc.paragraphs[index]
    return bool(_summary_label().fullmatch(doc.text[para.start : para.end].strip(" :")))


@cache
def _summary_label() -> re.Pattern[str]:
    return re.compile("|".join(load_lines("summary_labels")), re.IGNORECASE)


def _same(line: str, old: str) -> bool:
    if line == old or old.startswith(line):
        return True
    if abs(len(line) - len(old)) > 0.2 * max(len(line), len(old)):
        return False
    return bool(fuzz.ratio(line, old, score_cutoff=_NEAR))


def _sentence_repeats(doc: Document, skip: set[int]) -> Iterator[Flag]:
    text = doc.text
    seen: set[str] = set()
    for index, para in enumerate(doc.paragraphs):
        sentences = doc.sentences_in(para)
        for sentence in sentences:
            if text.count(" ", sentence.start, sentence.end) < _MIN_WORDS - 1:
                continue  # too short to count as a repeat
            # A repeated sentence is a copy: case and spacing are all that vary.
            line = " ".join(text[sentence.start : sentence.end].casefold().split())
            if line in seen and index not in skip and len(sentences) > 1:
                start = sentence.start
                while start > para.start and text[start - 1] in " \t\u00a0":
                    start -= 1
                if start == para.start:
                    continue  # a paragraph's first sentence: keep the layout simple
                yield Flag(KIND, start, sentence.end, "this sentence is repeated", "")
            seen.add(line)


def _normal(text: str) -> str:
    """Case-folded words with one space between: punctuation and layout do not
    make two copies different. rapidfuzz's preprocessing (in C) turns every
    character that is not a letter or a digit into a space; for French and
    English text that is exactly a split on non-word characters."""
    return " ".join(default_process(text.casefold()).split())
