"""Which other copy holds in full a sentence one copy lost part of."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from ..document import Document
from .consensus import consensus
from .paragraphs import _SAME
from .words import _TERMINAL, _damage, _words


@dataclass(frozen=True, slots=True)
class Restoration:
    """A full sentence found in another copy.

    ``copy`` is the index of that copy in the list given, ``start``/``end`` the
    sentence's span in it (code points, end exclusive), ``text`` the sentence
    as the copies agree on it (that copy's, with what other copies outvote put
    right) and ``support`` how many copies hold it nearly word for word.
    """

    copy: int
    start: int
    end: int
    text: str
    support: int


def find_full_sentence(
    texts: Sequence[str], index: int, start: int, end: int
) -> Restoration | None:
    """Where another copy holds in full the sentence ``texts[index][start:end]`` lost part of.

    The span is a truncated sentence or a dangling fragment. A candidate is a
    sentence of another copy that holds at least half of the span's words in
    order and more words besides. Among those holding (nearly) the most of the
    span's words, one that reads complete (capital start, terminal
    punctuation) wins, then the one most copies agree on, then the one with
    fewer signs of damage and fewer words the span does not explain. Its text
    is rebuilt from every other copy's version of it, so a word glued or lost
    in that copy is put right by the others.

    >>> copies = ["Il a prononcé un discours devant l’Assemblée.",
    ...           "Il a prononcé un discours devant"]
    >>> find_full_sentence(copies, 1, 0, 32).text
    'Il a prononcé un discours devant l’Assemblée.'

    Returns ``None`` when no other copy has a fuller version. Known limit: a
    sentence whose words were all changed (translated, rewritten) is not found.
    """
    if not 0 <= index < len(texts):
        return None
    words = _words(texts[index][start:end])
    if not words:
        return None
    sentences = {
        copy: [(s.start, s.end, _words(text[s.start : s.end])) for s in Document(text).sentences]
        for copy, text in enumerate(texts)
        if copy != index
    }
    candidates = []
    for copy, spans in sentences.items():
        for s, e, found in spans:
            shared = _common(words, found)
            if shared * 2 >= len(words) and shared >= 2 and len(found) > shared:
                candidates.append((shared, copy, s, e, found))
    if not candidates:
        return None
    most = max(c[0] for c in candidates)
    ranked = []
    seen: set[tuple[int, int]] = set()  # sentences already counted as a version of another
    for shared, copy, s, e, found in sorted(candidates, key=lambda c: (-c[0], len(c[4]))):
        if shared < most - max(1, most // 10) or (copy, s) in seen:
            continue
        versions = []
        for other, spans in sentences.items():
            for vs, ve, version in spans:
                if Indel.normalized_similarity(found, version) >= _SAME:
                    versions.append(texts[other][vs:ve])
                    seen.add((other, vs))
        sentence = texts[copy][s:e]
        rank = (
            _reads_complete(sentence),
            len(versions),
            -_damage(sentence),
            -(len(found) - shared),
            shared,
            -copy,
        )
        ranked.append((rank, copy, s, e, versions))
    _, copy, s, e, versions = max(ranked)
    # The damaged span votes too: where it still has the words, it knows them.
    text = consensus([*versions, texts[index][start:end]])
    return Restoration(copy=copy, start=s, end=e, text=text, support=len(versions))


def _reads_complete(sentence: str) -> bool:
    first = sentence.lstrip("«“\"'( ")[:1]
    return bool(_TERMINAL.search(sentence)) and (first.isupper() or first.isdigit())


def _common(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two word lists."""
    return (len(a) + len(b) - Indel.distance(a, b)) // 2
