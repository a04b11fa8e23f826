"""Rebuild one story from several scraped copies of it.

A wire story is scraped from many sites and every copy is damaged in its own
way: one lost the words of a link, another glued two words, a third carries a
share bar or the headline again. Damage is independent from copy to copy, so
what the copies agree on is the story, and words one copy kept where the
others lost them are the story too.

``reconcile`` works in four steps, each linear in the number of copies:

1. Paragraphs are matched across copies (rapidfuzz on words), whatever order
   a site gave them, and even when a link or glued furniture changed part of
   one: each new paragraph is compared with a few members of each group.
2. A paragraph is kept when (nearly) every copy has it, or when most copies
   have it and it reads like body text. Furniture and repeated headlines are
   in only some copies, each site with its own, so they fall out; so does what
   most copies' boilerplate check marks, and a short unpunctuated line opening
   or closing the story (a share bar every site of one template carries).
3. Each kept paragraph is rebuilt token by token: every copy is aligned to a
   pivot (rapidfuzz Indel opcodes) and each token and each gap between tokens
   takes the majority reading. A copy that lost whole words does not vote on
   them. Then words that only a minority kept inside a sentence are put back,
   and closing sentences most copies do not share (glued furniture) go.
4. The engine's safe repairs clean what every copy got wrong the same way.

    >>> print(reconcile([
    ...     "Le ministre est arrivé à Kyiv mardi.\\n\\nIl a rencontré le président.",
    ...     "Partager sur Facebook\\n\\nLe ministre est arrivé à Kyiv mardi.\\n\\n"
    ...     "Il a rencontré leprésident.",
    ...     "Le ministre est arrivé mardi.\\n\\nIl a rencontré le président.",
    ... ]))
    Le ministre est arrivé à Kyiv mardi.
    <BLANKLINE>
    Il a rencontré le président.

``find_full_sentence`` answers the editor's question for one flagged span: which
other copy holds the whole sentence, and what it says.

Known limits: with two copies every disagreement is a tie, settled by signs of
damage and by "scraping loses text, it does not add it", so a closing sentence
only one of two copies has is dropped, even when it is real. Words lost by
most copies at the same spot stay lost. Furniture every copy carries in the
middle of the story, in words the boilerplate check does not know, stays.

The package follows those steps: ``paragraphs`` matches paragraphs across
copies, ``keep`` decides which are story and ``order`` lays them out,
``consensus`` rebuilds each one (``align`` lines a copy up with a pivot,
``vote`` takes the majority), and ``sentences`` answers ``find_full_sentence``.
``tidy`` and ``words`` are shared by all of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .. import repair
from .consensus import consensus
from .keep import _furniture, _keep, _trim_edges
from .order import _separator, _story_order
from .paragraphs import _cluster, _paragraphs
from .sentences import Restoration, find_full_sentence
from .words import _normal

__all__ = ["Restoration", "consensus", "find_full_sentence", "reconcile"]


def reconcile(
    texts: Sequence[str],
    titles: Sequence[str | None] | None = None,
    languages: Sequence[str | None] | None = None,
) -> str:
    """The fullest clean text of the story the ``texts`` are copies of.

    ``titles`` and ``languages`` (one per copy, ``None`` where unknown) go to
    the text engine's checks; a paragraph equal to a copy's title is dropped
    as a repeated headline. Paragraphs are joined by the line breaks most
    copies use between them. One copy alone comes back repaired.
    """
    texts = [t if isinstance(t, str) else "" for t in texts]
    if not any(t.strip() for t in texts):
        return ""
    title_keys = {_normal(t) for t in (titles or ()) if t and _normal(t)}
    languages = list(languages or ())
    copies = []
    for i, text in enumerate(texts):
        language = languages[i] if i < len(languages) else None
        copies.append(_paragraphs(i, text, title_keys, _furniture(text, language)))
    clusters = _cluster(copies)
    kept = _keep(clusters, len(texts))
    if kept:
        kept = _trim_edges(_story_order(kept, copies))
        parts = []
        for position, cluster in enumerate(kept):
            if position:
                parts.append(_separator(cluster, kept[position - 1], copies))
            parts.append(cluster.text)
        text = "".join(parts)
    else:
        # The copies agree on nothing (too few, or not one story): the one of
        # middle length stands for the story.
        filled = sorted((t.strip() for t in texts if t.strip()), key=len)
        text = filled[len(filled) // 2]
    # What every copy got wrong the same way (spacing, an entity) is left to
    # the engine's safe repairs.
    title = Counter(t for t in (titles or ()) if t).most_common(1)
    language = Counter(x for x in languages if x).most_common(1)
    try:
        return repair(
            text,
            title=title[0][0] if title else None,
            language=language[0][0] if language else None,
        )
    except Exception:  # checks never raise; if one did, the rebuilt text still stands
        return text
