"""Which groups of matched paragraphs are the story.

A paragraph (nearly) every copy holds is kept, and one most copies hold when it
reads like body text. Furniture is in only some copies, each site with its own,
so it falls out; so does what most copies' boilerplate check marks, a paragraph
said twice, and a short unpunctuated line opening or closing the story.
"""

from __future__ import annotations

import math

from ..checks import CHECKS
from ..document import Document
from .paragraphs import _SAME, _as_paragraph, _Cluster, _similarity
from .words import _EDGE_WORDS, _SENTENCE_END, _TERMINAL, _words

# Share of a paragraph the boilerplate check must cover to call it furniture.
_FURNITURE = 0.8
# Words in a sentence that reads like article text rather than a button.
_SENTENCE_WORDS = 12


def _furniture(text: str, language: str | None) -> list[tuple[int, int]]:
    """Spans of ``text`` the text engine's boilerplate check calls page furniture."""
    try:
        flags = CHECKS["boilerplate"](Document(text, language=language))
        return [(f.start, f.end) for f in flags]
    except Exception:  # checks never raise; if one did, do without it
        return []


def _keep(clusters: list[_Cluster], copies: int) -> list[_Cluster]:
    """The clusters that are story, not furniture or repeats.

    Kept: what (nearly) every copy holds, or what most hold and reads like body
    text (or opens with a long sentence, when copies cut it short and no
    copy's boilerplate check objects). Dropped: what most copies' boilerplate
    check calls furniture, unless it reads like body text (a false alarm there
    would cost a whole paragraph).
    """
    need = max(2, math.ceil(0.75 * copies)) if copies > 1 else 1
    kept = []
    for cluster in clusters:
        support = len(cluster.members)
        flagged = sum(1 for m in cluster.members.values() if m.furniture >= _FURNITURE)
        if flagged * 2 > support and not _body_like(cluster.text):
            continue
        if support >= need or (
            support * 2 > copies
            and (_body_like(cluster.text) or (not flagged and _holds_a_sentence(cluster.text)))
        ):
            kept.append(cluster)
    # A paragraph repeated in several copies forms a second, weaker cluster;
    # rebuilt texts are compared, since one copy may have merged two paragraphs.
    result: list[_Cluster] = []
    for cluster in sorted(kept, key=lambda c: (-len(c.members), c.order)):
        mine = _as_paragraph(cluster.text)
        if all(_similarity(mine, _as_paragraph(other.text)) < _SAME for other in result):
            result.append(cluster)
    return sorted(result, key=lambda c: c.order)


def _trim_edges(kept: list[_Cluster]) -> list[_Cluster]:
    """Without the short unpunctuated lines that open or close the story.

    "You might also enjoy", "Share this:" or a photo credit can be in every
    copy when all sites use the same template; body text ends its sentences,
    and a subheading sits between paragraphs, not at either end.
    """
    while len(kept) > 1 and _edge_line(kept[-1].text):
        kept = kept[:-1]
    while len(kept) > 1 and _edge_line(kept[0].text):
        kept = kept[1:]
    return kept


def _edge_line(text: str) -> bool:
    return len(_words(text)) <= _EDGE_WORDS and not _TERMINAL.search(text)


def _body_like(text: str) -> bool:
    """Reads like a paragraph of an article: several words and a terminal punctuation mark."""
    return len(_words(text)) >= 8 and bool(_TERMINAL.search(text)) and not text.isupper()


def _holds_a_sentence(text: str) -> bool:
    """Opens with a full sentence of body-text length (the rest may be cut short)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return bool(ends) and len(_words(text[: ends[0]])) >= _SENTENCE_WORDS
