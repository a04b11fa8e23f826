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
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy
from rapidfuzz.distance import Indel, Levenshtein

from . import repair
from .checks import CHECKS
from .document import Document

_PARAGRAPH = re.compile(r"[^\n]+")
# Alignment units: an HTML entity or tag, a word (mojibake included, so that a
# damaged word is one unit against the clean one) or a mark, each with the white
# space before it: spaces aligned on their own would match between any words.
_TOKEN = re.compile(r"\s*(?:&#?\w+;|</?[a-zA-Z][^>]*>|(?:[ÃÂ].|â€.|\w)+|[^\w\s])|\s+$")
_QUOTES = frozenset('«»“”"‘’()')
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
_NBSP_ENTITY = re.compile(r"&(?:nbsp|#160|#xa0);", re.IGNORECASE)
_TAG = re.compile(r"\s*</?[a-zA-Z][^<>]*>\s*")
_MOJIBAKE = re.compile(r"Ã.|Â|â€")
_SPACE_BEFORE = re.compile(r" +([,.])(?!\d)")
_COMMA_GLUED = re.compile(r",(?=[^\W\d_])")
_SPACES = re.compile(r" {2,}")
_MARKUP = re.compile(r"&#?\w+;|</?[a-zA-Z][^>]*>|Ã.|Â|â€")
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)\]]*(?=\s+\S)")
_TERMINAL = re.compile(r"[.!?…][\"”»’)\]]*\s*$")
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
# Share of a paragraph the boilerplate check must cover to call it furniture.
_FURNITURE = 0.8
# Longest line without a full stop that is taken for furniture at either end.
_EDGE_WORDS = 6
# Words in a sentence that reads like article text rather than a button.
_SENTENCE_WORDS = 12
# Closing sentences of a paragraph checked for furniture.
_TAIL_SENTENCES = 3
# Members of a cluster a new paragraph is compared with.
_EXEMPLARS = 4
# Readings compared with each other to pick the first pivot.
_SAMPLE = 5


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


def consensus(readings: Sequence[str]) -> str:
    """The fullest clean reading of several versions of one passage.

    >>> consensus(["il a dit à Paris.", "il a ditàParis.", "il a dit à Paris ."])
    'il a dit à Paris.'
    >>> consensus(["Il est parti hier soir.", "Il est hier.", "Il est parti hier."])
    'Il est parti hier soir.'

    Damage no other copy is needed for is undone first (``_tidy``). Then a
    majority text: every reading is split into tokens (words, spaces, marks)
    and aligned to a pivot (a complete reading close to the others, then the
    previous majority text, until it no longer changes); each token and each
    gap between tokens takes the reading most copies give there. Then words
    only some readings kept inside a sentence are put back: a dropped link
    loses whole words in one copy, and scraping does not invent words. Text
    one copy adds after the passage's last sentence is not put back, and a
    closing sentence most readings do not share goes: that is where sites
    glue their furniture.
    """
    readings = [_tidy(r) for r in readings if r]
    if not readings:
        return ""
    if len(readings) == 1:
        return readings[0]
    # A leading space makes the first word the same unit as anywhere else.
    tokenized = [_TOKEN.findall(" " + r) for r in readings]
    pivot = _medoid(tokenized)
    for _ in range(4):
        voted = _vote(pivot, tokenized)
        if voted == pivot:
            break
        pivot = voted
    return _drop_unsupported_tail("".join(_restore(pivot, tokenized)).strip(), tokenized)


def _drop_unsupported_tail(text: str, readings: Sequence[list[str]]) -> str:
    """``text`` without closing sentences that most readings do not share.

    Sites glue furniture (``Read more: …``) after a paragraph's last sentence,
    each its own; a copy cut short knows nothing past its end, so voting alone
    cannot settle what ends a paragraph. A closing sentence stays when most
    readings hold at least half of its words (a copy that lost some of them
    still holds the others; other furniture shares only a "the" or a "for"),
    or its first three (a copy cut short in it).
    """
    for _ in range(_TAIL_SENTENCES):
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        if not ends:
            return text
        start = ends[-1]
        last = _words(text[start:])
        if not last:
            return text
        wanted, opening = set(last), tuple(last[:3])
        support = 0
        for reading in readings:
            words = _words("".join(reading))
            if len(wanted & set(words)) * 2 >= len(wanted) or opening in _ngrams(words, 3):
                support += 1
        if support * 2 > len(readings):
            return text
        text = text[:start].rstrip()
    return text


def _ngrams(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[k : k + size]) for k in range(max(1, len(words) - size + 1))}


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


# ----------------------------------------------------------------- paragraphs


def _furniture(text: str, language: str | None) -> list[tuple[int, int]]:
    """Spans of ``text`` the text engine's boilerplate check calls page furniture."""
    try:
        flags = CHECKS["boilerplate"](Document(text, language=language))
        return [(f.start, f.end) for f in flags]
    except Exception:  # checks never raise; if one did, do without it
        return []


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


def _tidy(text: str) -> str:
    """``text`` with the damage that needs no other copy undone, before any comparison.

    HTML entities decoded (a no-break space written as an entity was a space),
    tags dropped, mojibake decoded, doubled spaces and spaces before a comma or
    a full stop removed, a space put back after a comma that runs into a word.
    What is left between copies is what only the copies can settle: lost and
    glued words, furniture, quote marks.

    >>> _tidy("Il a dit ,sans d&eacute;tour<br />qu’il partait  lundi.</p>")
    'Il a dit, sans détour qu’il partait lundi.'
    """
    if "&" in text:
        text = html.unescape(_NBSP_ENTITY.sub(" ", text))
    if "<" in text:
        text = _TAG.sub(" ", text)
    if _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _COMMA_GLUED.sub(", ", text)
    return _SPACES.sub(" ", text).strip()


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


def _as_paragraph(text: str) -> _Paragraph:
    words = _words(text)
    grams = frozenset(zip(["^", *words], [*words, "$"], strict=True))
    return _Paragraph(-1, text, "", grams, words, _normal(text), 0.0)


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


def _story_order(kept: list[_Cluster], copies: list[list[_Paragraph]]) -> list[_Cluster]:
    """Kept paragraphs in the order most copies give them."""
    positions: dict[int, list[float]] = {id(c): [] for c in kept}
    for copy in range(len(copies)):
        mine = [c for c in kept if copy in c.members]
        ordered = sorted(mine, key=lambda c: _index_in_copy(c.members[copy], copies[copy]))
        for rank, cluster in enumerate(ordered):
            positions[id(cluster)].append(rank / max(1, len(ordered) - 1))
    return sorted(kept, key=lambda c: (_median(positions[id(c)]), c.order))


def _index_in_copy(paragraph: _Paragraph, paragraphs: list[_Paragraph]) -> int:
    for position, other in enumerate(paragraphs):
        if other is paragraph:
            return position
    return len(paragraphs)


def _separator(cluster: _Cluster, previous: _Cluster, copies: list[list[_Paragraph]]) -> str:
    """The line breaks the copies put between two kept paragraphs that they hold side by side."""
    votes: Counter[str] = Counter()
    for copy, paragraph in cluster.members.items():
        before = previous.members.get(copy)
        paragraphs = copies[copy]
        at = _index_in_copy(paragraph, paragraphs)
        if before is not None and at > 0 and paragraphs[at - 1] is before:
            votes[paragraph.separator] += 1
    return votes.most_common(1)[0][0] if votes else "\n\n"


# ----------------------------------------------------------------- voting


def _medoid(readings: Sequence[list[str]]) -> list[str]:
    """The first pivot: a complete reading close to the others, with few signs of damage.

    Only a fixed-size sample is compared, so the cost stays linear in copies.
    """
    step = max(1, len(readings) // _SAMPLE)
    sample = list(readings[::step][:_SAMPLE])

    def cost(reading: list[str]) -> tuple[bool, float]:
        text = "".join(reading)
        spread = sum(Levenshtein.distance(reading, other) for other in sample)
        return (not _TERMINAL.search(text), spread / len(sample) + 4 * _damage(text))

    return min(sample, key=cost)


def _vote(pivot: list[str], readings: Sequence[list[str]]) -> list[str]:
    """One round of per-token majority voting against ``pivot``.

    A reading that lost whole words (a dropped link, or a copy cut short) does
    not vote on them: it knows nothing there, and counting it would let two
    copies damaged at the same spot in different ways outvote each other.
    """
    count = len(readings)
    # Votes are (tokens, span): what a reading has in place of ``span`` pivot
    # tokens from there (span 0 for an insertion in the gap before a token).
    replaced: dict[int, Counter[tuple[tuple[str, ...], int]]] = {}
    inserted: dict[int, Counter[tuple[tuple[str, ...], int]]] = {}
    covered: Counter[int] = Counter()  # tokens already voted on with an earlier one
    silent: Counter[int] = Counter()  # readings with no say on a token
    silent_gaps: Counter[int] = Counter()
    ended = [bool(_TERMINAL.search("".join(reading[-3:]))) for reading in readings]
    for reading, complete in zip(readings, ended, strict=True):
        # Cut short: the passage ends a sentence in some copy, not in this one,
        # or none ends one and it is longer than a subheading.
        cut_short = not complete and (any(ended) or min(map(len, readings)) > 2 * _EDGE_WORDS)
        if cut_short:
            silent_gaps[len(pivot)] += 1  # a copy cut short knows nothing past its end
        for tag, i1, i2, j1, j2 in _edits(pivot, reading):
            if tag == "insert":
                inserted.setdefault(i1, Counter())[(tuple(reading[j1:j2]), 0)] += 1
            elif tag in ("split", "change"):
                replaced.setdefault(i1, Counter())[(tuple(reading[j1:j2]), i2 - i1)] += 1
                covered.update(range(i1 + 1, i2))
            elif (
                tag == "delete" and (cut_short or _inside(pivot, i2)) and _restorable(pivot, i1, i2)
            ):
                silent.update(range(i1, i2))
                silent_gaps.update(range(i1 + 1, i2 if _inside(pivot, i2) else len(pivot)))
            else:
                for k in range(i1, i2):
                    # replace blocks are one token for one; delete gives nothing.
                    new = (reading[j1 + k - i1],) if j2 > j1 else ()
                    replaced.setdefault(k, Counter())[(new, 1)] += 1
    out: list[str] = []
    resume = 0  # the pivot tokens before this were replaced as a block
    for gap in range(len(pivot) + 1):
        if gap < resume:
            continue
        if gap in inserted:
            choices = inserted[gap]
            choices[((), 0)] += count - silent_gaps[gap] - sum(choices.values())
            added, _ = _winner(choices, out, pivot, gap)
            out.extend(added)
        if gap == len(pivot):
            break
        if gap in replaced:
            choices = replaced[gap]
            keep = count - silent[gap] - covered[gap] - sum(choices.values())
            if keep > 0:
                choices[((pivot[gap],), 1)] += keep
            tokens, span = _winner(choices, out, pivot, gap)
            out.extend(tokens)
            resume = gap + max(1, span)
        else:
            out.append(pivot[gap])
    return out


def _edits(pivot: list[str], reading: list[str]) -> list[tuple[str, int, int, int, int]]:
    """How ``reading`` differs from ``pivot``, token by token, as opcodes.

    Insertions and deletions only (rapidfuzz's Indel): with substitutions a
    glued word shifts the whole alignment by a token at no extra cost. A
    deletion next to an insertion becomes a one-for-one ``replace`` when they
    have the same length, and a ``split`` when the reading's tokens spell the
    pivot's with spaces put back (``ontété`` in the pivot, ``ont été`` in the
    reading): pivot tokens ``i1:i2`` are reading tokens ``j1:j2``.
    """
    ops = [tuple(op) for op in Indel.opcodes(pivot, reading) if op.tag != "equal"]
    # Runs of edits at most one space apart: a glued word is several of them.
    runs: list[list[tuple]] = []
    for op in ops:
        if (
            runs
            and op[1] - runs[-1][-1][2] <= 1
            and all(t.isspace() for t in pivot[runs[-1][-1][2] : op[1]])
        ):
            runs[-1].append(op)
        else:
            runs.append([op])
    out: list[tuple[str, int, int, int, int]] = []
    for run in runs:
        i1, i2 = min(op[1] for op in run), max(op[2] for op in run)
        j1, j2 = min(op[3] for op in run), max(op[4] for op in run)
        if (
            len(run) > 1
            and _joined(pivot[i1:i2])
            and _joined(pivot[i1:i2]) == _joined(reading[j1:j2])
            and _spaces(reading[j1:j2]) > _spaces(pivot[i1:i2])
        ):
            out.append(("split", i1, i2, j1, j2))
            continue
        # Otherwise edits that touch are one substitution (an entity, a
        # mojibake word, words glued in the reading), not a drop to fill.
        pieces: list[list[tuple]] = []
        for op in run:
            if pieces and op[1] == pieces[-1][-1][2] and op[3] == pieces[-1][-1][4]:
                pieces[-1].append(op)
            else:
                pieces.append([op])
        for piece in pieces:
            if {op[0] for op in piece} != {"delete", "insert"}:
                out.extend(piece)
                continue
            i1, i2 = min(op[1] for op in piece), max(op[2] for op in piece)
            j1, j2 = min(op[3] for op in piece), max(op[4] for op in piece)
            out.append(("replace" if i2 - i1 == j2 - j1 else "change", i1, i2, j1, j2))
    return _leftmost(out, pivot, reading)


def _leftmost(ops: list, pivot: list[str], reading: list[str]) -> list:
    """Move each insertion and deletion as far left as it can go.

    Inserting ``110 `` after ``about `` or `` 110`` after ``about`` is the
    same edit; copies must agree on where it is for their votes to count.
    """
    out = []
    for tag, i1, i2, j1, j2 in ops:
        floor_i, floor_j = (out[-1][2], out[-1][4]) if out else (0, 0)
        if tag == "insert":
            while i1 > floor_i and j1 > floor_j and reading[j2 - 1] == pivot[i1 - 1]:
                i1, i2, j1, j2 = i1 - 1, i2 - 1, j1 - 1, j2 - 1
        elif tag == "delete":
            while i1 > floor_i and j1 > floor_j and pivot[i2 - 1] == pivot[i1 - 1]:
                i1, i2, j1, j2 = i1 - 1, i2 - 1, j1 - 1, j2 - 1
        if out and tag == "insert" and out[-1][0] == "insert" and out[-1][1] == i1:
            out[-1] = ("insert", i1, i2, out[-1][3], j2)  # now one insertion
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def _spaces(tokens: Sequence[str]) -> int:
    return sum(1 for t in tokens if t[:1].isspace())


def _joined(tokens: Sequence[str]) -> str:
    return _NORMAL_SPACE.sub("", "".join(tokens))


def _winner(
    votes: Counter[tuple[tuple[str, ...], int]], out: list[str], pivot: list[str], at: int
) -> tuple[tuple[str, ...], int]:
    """The reading most copies give at pivot position ``at``; ties settled by signs of damage."""
    ranked = votes.most_common()
    top = ranked[0][1]
    tied = [reading for reading, n in ranked if n == top]
    if len(tied) == 1:
        return tied[0]
    left = "".join(out[-6:])
    gap = all(span == 0 for _, span in tied)
    default = ((), 0) if gap else ((pivot[at],), 1)
    keeps_text = ((), 1) in tied and default in tied and _content(default[0])

    # Ties (two copies, or three that all differ): a reading that fills a gap
    # inside the passage, splits a glued word or keeps a word or mark another
    # copy lost (scraping loses text, it does not add it), then the one with
    # fewer signs of damage in its context, else the pivot's.
    def rank(option: tuple[tuple[str, ...], int]) -> tuple:
        tokens, span = option
        text = "".join(tokens)
        right = "".join(pivot[at + span : at + span + 6])
        inside = _inside(pivot, at + span)
        if gap:
            preferred = inside and _fills(left, text, right)
        else:
            replaced = tuple(pivot[at : at + span])
            preferred = (
                (inside and _splits(tokens, replaced))
                or _adds_quote(tokens, replaced)
                or (keeps_text and option == default)
            )
        return (not preferred, _damage(left + text + right), option != default, option)

    return min(tied, key=rank)


def _content(tokens: tuple[str, ...]) -> bool:
    """Words or marks, not white space or markup."""
    return any(t.strip() and not _MARKUP.fullmatch(t.strip()) for t in tokens)


def _splits(reading: tuple[str, ...], default: tuple[str, ...]) -> bool:
    """``reading`` is ``default`` with spaces put back into a glued word."""
    return _spaces(reading) > _spaces(default) and _joined(reading) == _joined(default)


def _adds_quote(reading: tuple[str, ...], default: tuple[str, ...]) -> bool:
    """``reading`` is ``default`` with a quote mark or bracket another copy lost."""
    mine = _joined(reading)
    bare = "".join(c for c in mine if c not in _QUOTES)
    return len(bare) < len(mine) and bare == "".join(
        c for c in _joined(default) if c not in _QUOTES
    )


def _fills(left: str, added: str, right: str) -> bool:
    if added.strip() in _QUOTES and added.strip():
        return True  # copies lose quote marks, they do not invent them
    return _restorable([left, added, right], 1, 2)


def _inside(tokens: list[str], at: int) -> bool:
    """Some text of the passage follows position ``at``."""
    return any(not t.isspace() for t in tokens[at:])


def _restore(text: list[str], readings: Sequence[list[str]]) -> list[str]:
    """``text`` with the words back that some readings hold and the majority lost."""
    additions: dict[int, list[str]] = {}
    for reading in readings:
        for tag, i1, _i2, j1, j2 in _edits(text, reading):
            if tag != "insert" or not _inside(text, i1) or not _restorable(reading, j1, j2):
                continue
            added = reading[j1:j2]
            if len("".join(added)) > len("".join(additions.get(i1, []))):
                additions[i1] = added
    if not additions:
        return text
    # Copies aligned a little differently can offer the same words at two
    # gaps: words already there, or already put back, are not added again.
    present = _ngrams(_words("".join(text)), 3)
    for gap in sorted(additions):
        offered = _ngrams(_words("".join(additions[gap])), 3)
        if len(offered & present) * 2 > len(offered):
            del additions[gap]
        else:
            present |= offered
    out: list[str] = []
    for gap, token in enumerate(text):
        out.extend(additions.get(gap, ()))
        out.append(token)
    return out


def _restorable(tokens: Sequence[str], start: int, end: int) -> bool:
    """``tokens[start:end]`` are whole words of body text, not a damaged spot."""
    added = "".join(tokens[start:end])
    if not any(c.isalnum() for c in added) or not any(c.isspace() for c in added):
        return False
    before = "".join(tokens[max(0, start - 3) : start])
    after = "".join(tokens[end : end + 3])
    if before[-1:].isalnum() and added[0].isalnum() or after[:1].isalnum() and added[-1].isalnum():
        return False
    return not _MARKUP.search(before[-8:] + added + after[:8])


# ----------------------------------------------------------------- sentences


def _reads_complete(sentence: str) -> bool:
    first = sentence.lstrip("«“\"'( ")[:1]
    return bool(_TERMINAL.search(sentence)) and (first.isupper() or first.isdigit())


def _common(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two word lists."""
    return (len(a) + len(b) - Indel.distance(a, b)) // 2


def _damage(text: str) -> int:
    return len(_DAMAGE.findall(text))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _normal(text: str) -> str:
    return _NORMAL_SPACE.sub(" ", text).strip().lower()


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
