"""Page furniture that is not article body: share and follow buttons,
subscription pitches, newsletter blocks, related links, ads, gallery
captions, cookie and rights notices, comment prompts, tag lists.

    >>> from newsfix.text.document import Document
    >>> doc = Document("Le maire a démissionné.\\n\\nPartager sur Facebook Partager sur X")
    >>> [(f.start, f.end, f.suggestion) for f in check(doc)]
    [(23, 60, '')]

A real one: ``… sera jugé. Pour sauvegarder cet article, connectez-vous ou
créez un compte franceinfo Sans paiement. Sans abonnement. L’homme qui …``
loses its two login sentences and keeps the rest.

No list of exact phrases: each line, and each sentence of a longer paragraph,
is scored on a vocabulary of furniture words for French and English
(``data/furniture_*.txt``) and on how it looks: short and without a full
stop, in capitals, a run of social-network names, an imperative or a
``you``/``vous`` addressed to the reader, a caption or tag-list opening.
Sentences with quotation marks are article text. Furniture glued onto the end
of a real sentence is cut off at the first word that starts it. Known limits:
lists of related headlines without any furniture word (a rail of other
stories) are not recognised; a body paragraph that talks about newsletters
while addressing the reader may be taken for a pitch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..data import load_lines, load_words
from ..document import Document, Span
from ..flags import Flag

KIND = "boilerplate"
MESSAGE = "page furniture, not article text"

_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_TERMINAL = (".", "!", "?", "…", "»", "”", '"', "»")
_QUOTES = re.compile(r"[«»“”]|(?:^|\s)\"\w")
# "Published November 20th, 2019 - 07:50 GMT", "Mis à jour le 3 mai à 10h": the
# page's time stamp printed as a line of its own.
_DATE_LINE = re.compile(
    r"(?:published|updated|last updated|posted|publié|mis à jour|modifié)\b(?:(?!\n).)*\d",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_SECOND_PERSON = frozenset("you your yours you're vous votre vos".split())
_PUBLISHER = frozenset("our us we notre nos nous".split())
# Words too common to stand for a furniture pattern when judging cheaply
# whether a sentence is worth the full look; the next word stands instead.
_COMMON_STARTS = frozenset(
    "à a en ne se les le la sur dans pour plus même cet vous politique temps mot données "
    "mentions de all up ad top more most the this you we your our post may might think".split()
)


@cache
def _vocabulary() -> re.Pattern[str]:
    patterns = load_lines("furniture_en") + load_lines("furniture_fr")
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


@cache
def _triggers() -> tuple[str, ...]:
    """Literal starts of the vocabulary's patterns: a unit with no word starting
    like one cannot match, and testing that is far cheaper than the regex."""
    starts: list[str] = []
    for pattern in load_lines("furniture_en") + load_lines("furniture_fr"):
        starts.extend(_literal_starts(pattern))
    return tuple(sorted(set(starts)))


def _literal_starts(pattern: str) -> list[str]:
    literal = ""
    for i, ch in enumerate(pattern):
        if ch in "\\()[]{}|.*+?^$" or pattern[i + 1 : i + 2] in ("?", "*", "{"):
            break
        literal += ch
    words = literal.lower().split(" ")
    for word in words:
        if word and word not in _COMMON_STARTS:
            return [word]  # "à découvrir": "à" is in every French sentence
    rest = pattern[len(literal) :]
    if rest.startswith("(?:"):
        depth, close = 0, len(rest) - 1
        for i, ch in enumerate(rest):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                close = i
                break
        alternatives = _top_level_split(rest[3:close])
        after = rest[close + 1 :]
        if after.startswith("?"):
            tail = after[1:].lstrip()
            if tail:
                return _literal_starts(tail)
            return [s for alt in alternatives for s in _literal_starts(alt)]
        return [s for alt in alternatives for s in _literal_starts(alt + after)]
    first = next((w for w in words if w), "")
    return [first or pattern[:1].lower()]


def _top_level_split(inner: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in inner:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


@cache
def _markers() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + "|".join(load_lines("furniture_markers")) + ")", re.IGNORECASE)


def check(doc: Document) -> Iterator[Flag]:
    blocks = furniture_paragraphs(doc)
    if blocks:
        removed = blocks | set(_duplicate_paragraphs(doc))
        if len(removed) < len(doc.paragraphs):
            for first, last in _runs(sorted(blocks)):
                start, _ = doc.block_span(first, removed)
                _, end = doc.block_span(last, removed)
                yield Flag(KIND, start, end, MESSAGE, "")
    for index, para in enumerate(doc.paragraphs):
        if index in blocks:
            continue
        for start, end in _inline_runs(doc, para):
            yield Flag(KIND, start, end, MESSAGE, "")


def furniture_paragraphs(doc: Document) -> set[int]:
    """Indexes of the paragraphs (lines) that are furniture from end to end."""
    cached = doc.memo.get("furniture_paragraphs")
    if cached is not None:
        return cached
    paragraphs = doc.paragraphs
    found: set[int] = set()
    for index, para in enumerate(paragraphs):
        sentences = doc.sentences_in(para)
        if len(sentences) > 1:
            # Judged sentence by sentence, so that a real sentence with a
            # share bar glued on is not taken whole.
            if all(_sentence_verdicts(doc, sentences)):
                found.add(index)
        elif (sentences and _sentence_verdicts(doc, sentences)[0]) or _is_layout_line(
            doc.text[para.start : para.end], first=index == 0
        ):
            found.add(index)
    # Share bars printed one button per line: two such lines or more in a row.
    buttons = [_is_button(doc.text[p.start : p.end]) for p in paragraphs]
    for index, is_button in enumerate(buttons):
        if is_button and (
            (index > 0 and buttons[index - 1]) or (index + 1 < len(buttons) and buttons[index + 1])
        ):
            found.add(index)
    # A lone social-network name or "Email" next to furniture belongs to it.
    changed = True
    while changed:
        changed = False
        for index, para in enumerate(paragraphs):
            if index in found or not ({index - 1, index + 1} & found):
                continue
            if _is_button(doc.text[para.start : para.end]):
                found.add(index)
                changed = True
    doc.memo["furniture_paragraphs"] = found
    return found


def _duplicate_paragraphs(doc: Document) -> set[int]:
    from .duplicates import duplicate_paragraphs

    return set(duplicate_paragraphs(doc))


def _inline_runs(doc: Document, para: Span) -> Iterator[tuple[int, int]]:
    """Spans of furniture inside a paragraph of article text, with one adjacent space."""
    text = doc.text
    sentences = doc.sentences_in(para)
    verdicts = _sentence_verdicts(doc, sentences)
    if not any(verdicts):
        tail = _glued_tail(text, sentences[-1]) if sentences else None
        if tail is not None:
            start = tail
            while start > para.start and text[start - 1] in " \t\u00a0":
                start -= 1
            yield start, para.end
        return
    index = 0
    while index < len(sentences):
        if not verdicts[index]:
            index += 1
            continue
        last = index
        while last + 1 < len(sentences) and verdicts[last + 1]:
            last += 1
        start, end = sentences[index].start, sentences[last].end
        if last + 1 == len(sentences) or index > 0:
            while start > para.start and text[start - 1] in " \t\u00a0":
                start -= 1
        else:
            end = sentences[last + 1].start
        if start > para.start or end < para.end:
            yield start, end
        index = last + 1


def _sentence_verdicts(doc: Document, sentences: list[Span]) -> list[bool]:
    if not sentences:
        return []
    key = ("furniture_sentences", sentences[0].start, len(sentences))
    cached = doc.memo.get(key)
    if cached is None:
        # A site prints the same furniture on every page: a run of sentences
        # seen before (same text, same cuts) gets the same verdicts.
        base = sentences[0].start
        seen = (
            doc.text[base : sentences[-1].end],
            tuple((s.start - base, s.end - base) for s in sentences),
        )
        cached = _SEEN.get(seen)
        if cached is None:
            if _worth_judging(doc.text, sentences):
                cached = _judge_sentences(doc, sentences)
            else:
                cached = [False] * len(sentences)
            if len(_SEEN) < 50_000:
                _SEEN[seen] = cached
        doc.memo[key] = cached
    return cached


_SEEN: dict[tuple[str, tuple[tuple[int, int], ...]], list[bool]] = {}


def _worth_judging(text: str, sentences: list[Span]) -> bool:
    """Whether a run of sentences has any cue at all that furniture could need.

    Most paragraphs are plain prose; this cheap look at their words spares
    them the full judgement (vocabulary patterns, sentence by sentence).
    """
    if not sentences:
        return False
    chunk = text[sentences[0].start : sentences[-1].end]
    words = _words(chunk)
    short, by_prefix = _trigger_keys()
    if not short.isdisjoint(words):
        return True
    for key in by_prefix.keys() & {w[:4] for w in words}:
        starts = by_prefix[key]
        if any(w.startswith(starts) for w in words if w[:4] == key):
            return True
    if "©" in chunk or not _social().isdisjoint(words):
        return True
    if ("(" in chunk or "/" in chunk) and not _agency_words().isdisjoint(words):
        return True
    for sentence in sentences:
        unit = text[sentence.start : sentence.end]
        first = _WORD.search(unit)
        if first and _is_imperative(first.group().lower()):
            return True
        if unit.isupper() or _markers().match(unit):
            return True
    return False


@cache
def _trigger_keys() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    triggers = _triggers()
    short = frozenset(t for t in triggers if len(t) < 4)
    by_prefix: dict[str, tuple[str, ...]] = {}
    for trigger in triggers:
        if len(trigger) >= 4:
            by_prefix[trigger[:4]] = (*by_prefix.get(trigger[:4], ()), trigger)
    return short, by_prefix


@cache
def _agency_words() -> frozenset[str]:
    return frozenset(w for line in load_lines("photo_agencies") for w in _words(line))


def _judge_sentences(doc: Document, sentences: list[Span]) -> list[bool]:
    texts = [doc.text[s.start : s.end] for s in sentences]
    verdicts = [_is_furniture(t) for t in texts]
    if not any(verdicts):
        return verdicts
    for i, sentence in enumerate(texts):
        if verdicts[i] or _QUOTES.search(sentence):
            continue
        words = _words(sentence)
        between = 0 < i < len(texts) - 1 and verdicts[i - 1] and verdicts[i + 1]
        leads_in = i + 1 < len(texts) and verdicts[i + 1] and _pitch(words) >= 2
        if (between and len(words) <= 12) or leads_in:
            verdicts[i] = True
    # A pitch may lead into the call over several sentences.
    for i in range(len(texts) - 2, -1, -1):
        if (
            not verdicts[i]
            and verdicts[i + 1]
            and not _QUOTES.search(texts[i])
            and _pitch(_words(texts[i])) >= 2
        ):
            verdicts[i] = True
    return verdicts


def _glued_tail(text: str, sentence: Span) -> int | None:
    """Where furniture starts when it is glued onto a real sentence's end."""
    chunk = text[sentence.start : sentence.end]
    if chunk.endswith(_TERMINAL) and not chunk.endswith(":"):
        return None  # the paragraph ends like prose
    starts = [m.start() for m in _WORD.finditer(chunk) if m.start() > 0 and m.group()[0].isupper()]
    for offset in starts:
        if chunk[offset - 1] not in " \t\u00a0":
            continue
        suffix = chunk[offset:]
        if len(_words(suffix)) > 12 or not _starts_like_furniture(suffix):
            continue
        if _is_furniture(suffix):
            return sentence.start + offset
    return None


def _starts_like_furniture(unit: str) -> bool:
    if _markers().match(unit):
        return True
    match = _vocabulary().match(unit)
    if match:
        return True
    words = _words(unit)
    return bool(words) and (_is_imperative(words[0]) or _is_caps(unit))


def _is_furniture(unit: str) -> bool:
    unit = unit.strip()
    if not unit:
        return False
    if _markers().match(unit):
        return True
    words = _words(unit)
    if not words:
        return False
    n = len(words)
    social_names = _social()
    social = sum(1 for w in words if w in social_names) if n <= 12 else 0
    if social >= 2 and n - social <= 3:
        return True
    imperative = _is_imperative(words[0])
    second = not _SECOND_PERSON.isdisjoint(words) or (
        "ez" in unit and any(w.endswith("ez") and _is_imperative(w) for w in words[1:])
    )
    caps = _is_caps(unit)
    if n > 15 and not (imperative or second or caps):
        return False  # a long sentence that speaks to no one: article text
    triggers = _triggers()
    found = any(w.startswith(triggers) for w in words) or "©" in unit
    strong = len(_vocabulary().findall(unit)) if found else 0
    if _QUOTES.search(unit):
        # Quotation marks mean reported speech, unless what lies outside the
        # quotes addresses the reader about furniture (a newsletter's name).
        outside = _QUOTED.sub(" ", unit)
        if outside == unit or not strong:
            return False
        rest = _words(outside)
        return bool(
            _vocabulary().search(outside)
            and not _SECOND_PERSON.isdisjoint(rest)
            and len(words) <= 40
        )
    open_end = not unit.endswith(_TERMINAL) or unit.endswith(":")
    if strong and n <= 8 and (open_end or caps or n <= 4):
        return True
    publisher = not _PUBLISHER.isdisjoint(words)
    if imperative and (strong or second or publisher or social) and n <= 30:
        return True
    if caps and n <= 10 and (strong or imperative):
        return True
    if strong and second and n <= 40:
        return True
    if open_end and n <= 15 and _credit().search(unit):
        return True
    return strong >= 2 and n <= 15 and (open_end or publisher)


@cache
def _credit() -> re.Pattern[str]:
    agencies = "|".join(re.escape(a) for a in load_lines("photo_agencies"))
    return re.compile(rf"(?:\((?:{agencies})\)|[/©]\s*(?:{agencies}))\s*$", re.IGNORECASE)


def _is_imperative(word: str) -> bool:
    word = word.lower()
    head = word.split("-", 1)[0]
    if head in load_words("reader_verbs"):
        return True
    return len(head) > 3 and head.endswith("ez") and head not in load_words("not_imperatives_fr")


def _is_caps(unit: str) -> bool:
    if not unit.isupper():
        return False
    letters = "".join(_LETTERS.findall(unit))
    return len(letters) >= 4 and len(_words(unit)) >= 2


def _is_layout_line(line: str, first: bool) -> bool:
    """A line whose shape alone says furniture: capitals or a time stamp."""
    if len(line) > 150:
        return False
    # A line of capitals inside the body is a related link or a call to action.
    if not first and _is_caps(line) and len(_words(line)) >= 4:
        return not line.endswith((".", "!", "?"))
    return bool(_DATE_LINE.match(line)) and len(_words(line)) <= 12


def _is_button(line: str) -> bool:
    """A line that is one share button: a network's name, "Email", "Copy link"."""
    if len(line) > 40:
        return False
    line = line.strip().rstrip(":").lower()
    if line in _social():
        return True
    words = _words(line)
    return 0 < len(words) <= 3 and all(w in _social() for w in words)


def _pitch(words: list[str]) -> int:
    pitch = load_words("pitch_words")
    return sum(1 for w in words if w in pitch)


def _words(unit: str) -> list[str]:
    return _WORD.findall(unit.lower())


def _social() -> frozenset[str]:
    return load_words("social_networks")


def _runs(indexes: list[int]) -> Iterator[tuple[int, int]]:
    start = prev = indexes[0]
    for index in indexes[1:]:
        if index != prev + 1:
            yield start, prev
            start = index
        prev = index
    yield start, prev
