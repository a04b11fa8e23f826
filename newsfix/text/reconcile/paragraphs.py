"""Each copy's paragraphs, and which paragraphs of different copies are one.

Paragraphs are matched on their words (rapidfuzz), whatever order a site gave
them and even when a link or glued furniture changed part of one; a group of
matched paragraphs is a ``_Cluster``, rebuilt into one text by ``consensus``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .consensus import consensus
from .tidy import _tidy
from .words import _normal, _words

_PARAGRAPH = re.compile(r"[^\n]+")
# Paragraphs sharing at least this share of the smaller one's word pairs are
# one paragraph; the size ratio keeps a one-word button from matching a body
# paragraph that happens to start with the same word.
_MATCH_CONTAINMENT = 0.6
_MATCH_SIZE_RATIO = 0.25
# Short paragraphs have few word pairs, and one glued or dropped word breaks
# several of them: those are compared character by character instead.
_SHORT_WORDS = 12
_SHORT_SIMILARITY = 0.7
# Paragraphs this close are one paragraph said twice.
_SAME = 0.8
# Members of a cluster a new paragraph is compared with.
_EXEMPLARS = 4


@dataclass(slots=True)
class _Paragraph:
    copy: int
    text: str
    separator: str  # line breaks before it in its copy, "" for the first
    grams: frozenset[tuple[str, str]]
    words: list[str]
    key: str
    furniture: float  # share of it the boilerplate check marks as page furniture


@dataclass(slots=True)
class _Cluster:
    members: dict[int, _Paragraph]
    order: int = 0
    _text: str | None = None

    @property
    def text(self) -> str:
        """The paragraph rebuilt from all its copies (computed once)."""
        if self._text is None:
            self._text = consensus([m.text for m in self.members.values()])
        return self._text

    @property
    def exemplars(self) -> list[_Paragraph]:
        """The first few members: copies damaged in different places between them
        cover the whole paragraph, so a new copy is compared with each."""
        return list(self.members.values())[:_EXEMPLARS]


def _paragraphs(
    copy: int, text: str, title_keys: set[str], furniture: list[tuple[int, int]]
) -> list[_Paragraph]:
    paragraphs = []
    previous_end = None
    for match in _PARAGRAPH.finditer(text):
        body = match.group().strip()
        if not body:
            continue
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = start + len(body)
        separator = "" if previous_end is None else text[previous_end : match.start()]
        previous_end = match.end()
        if _normal(body) in title_keys:
            continue  # the headline repeated in the body
        covered = sum(max(0, min(end, e) - max(start, s)) for s, e in furniture)
        share = covered / max(1, len(body))
        body = _tidy(body)
        if not body:
            continue
        paragraph = _as_paragraph(body)
        paragraph.copy, paragraph.furniture = copy, share
        paragraph.separator = "\n\n" if separator.count("\n") >= 2 else "\n" if separator else ""
        if any(_similarity(paragraph, seen) >= _SAME for seen in paragraphs):
            continue  # a paragraph repeated in the same copy
        paragraphs.append(paragraph)
    return paragraphs


def _as_paragraph(text: str) -> _Paragraph:
    words = _words(text)
    grams = frozenset(zip(["^", *words], [*words, "$"], strict=True))
    return _Paragraph(-1, text, "", grams, words, _normal(text), 0.0)


def _affinity(a: _Paragraph | _Cluster, b: _Cluster) -> float:
    """The best similarity between ``a`` (or its exemplars) and ``b``'s exemplars."""
    mine = a.exemplars if isinstance(a, _Cluster) else [a]
    return max(_similarity(x, y) for x in mine for y in b.exemplars)


def _similarity(a: _Paragraph, b: _Paragraph) -> float:
    """How alike two paragraphs are, 0 to 1, forgiving the damage copies suffer.

    The share of the smaller one's word pairs found in the larger one survives
    furniture glued to one of them and words dropped from the other; the share
    of its words found in order survives both being damaged in different places;
    short paragraphs, where one glued word breaks most pairs, are also
    compared character by character.
    """
    small, large = (a.grams, b.grams) if len(a.grams) <= len(b.grams) else (b.grams, a.grams)
    if not small or len(small) < _MATCH_SIZE_RATIO * len(large):
        return 0.0
    score = len(small & large) / len(small)
    shorter = min(len(a.words), len(b.words))
    if score < _MATCH_CONTAINMENT and shorter:
        common = (len(a.words) + len(b.words) - Indel.distance(a.words, b.words)) // 2
        score = max(score, common / shorter)
    if score < _MATCH_CONTAINMENT and max(len(a.words), len(b.words)) <= _SHORT_WORDS:
        close = Indel.normalized_similarity(a.key, b.key)
        if close >= _SHORT_SIMILARITY:
            score = max(score, close)
    return score


def _cluster(copies: list[list[_Paragraph]]) -> list[_Cluster]:
    """Group matching paragraphs of all copies; each copy joins each group at most once.

    Every paragraph is compared with the groups formed so far, not with every
    other copy, so the work grows with the number of copies times paragraphs.
    """
    clusters: list[_Cluster] = []
    for paragraphs in copies:
        previous = -1  # where the copy's last matched paragraph sits in ``clusters``
        for paragraph in paragraphs:
            best, best_score = None, min(_MATCH_CONTAINMENT, _SHORT_SIMILARITY)
            for position, cluster in enumerate(clusters):
                if paragraph.copy in cluster.members:
                    continue
                score = _affinity(paragraph, cluster)
                if score >= best_score and (best is None or score > best_score):
                    best, best_score = position, score
            if best is None:
                # Unseen paragraph: it goes after the copy's previous one.
                best = previous + 1
                clusters.insert(best, _Cluster({}))
            clusters[best].members[paragraph.copy] = paragraph
            previous = best
    clusters = _merge_split(clusters)
    for order, cluster in enumerate(clusters):
        cluster.order = order
    return clusters


def _merge_split(clusters: list[_Cluster]) -> list[_Cluster]:
    """Join clusters that hold the same paragraph from different copies.

    Greedy matching can split one paragraph in two when a copy's version is
    closer to a repeat in another copy than to the first version seen.
    """
    merged: list[_Cluster] = []
    for cluster in sorted(clusters, key=lambda c: -len(c.members)):
        for target in merged:
            if not target.members.keys() & cluster.members.keys() and (
                _affinity(cluster, target) >= _MATCH_CONTAINMENT
            ):
                target.members.update(cluster.members)
                break
        else:
            merged.append(cluster)
    position = {id(c): i for i, c in enumerate(clusters)}
    return sorted(merged, key=lambda c: position[id(c)])
