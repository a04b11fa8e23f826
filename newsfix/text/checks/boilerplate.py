"""Page furniture that is not article body: share and follow buttons,
subscription pitches, newsletter blocks, related links, ads, gallery
captions, cookie and rights notices, comment prompts, tag lists.

    >>> from newsfix.text.document import Document
    >>> doc = Document("Le maire a démissionné.\\n\\nPartager sur Facebook Partager sur X")
    >>> [(f.start, f.end, f.suggestion) for f in check(doc)]
    [(23, 61, '')]

A real one: ``… sera jugé. Pour sauvegarder cet article, connectez-vous ou
créez un compte franceinfo Sans paiement. Sans abonnement. L’homme qui …``
loses its two login sentences and keeps the rest.

No list of exact phrases: each line, and each sentence of a longer paragraph,
is scored on a vocabulary of furniture words for French and English
(``data/furniture_*.txt``) and on how it looks: short and without a full
stop, in capitals, a run of social-network names, an imperative or a
``you``/``vous`` addressed to the reader, a caption or tag-list opening.
Quoted speech is article text (unless the words outside the quotes address
the reader). Furniture glued onto a real sentence is cut off at the word that
starts it: a call to action ("Suivez …", "Sign up …") anywhere, a label
("Recommended for you", "Pic: …") only where the sentence has no full stop;
the words before it stay, so a truncated sentence is never deleted with the
furniture glued onto it. Beside furniture, a short sentence about the page
or the reader ("Cet article est réservé aux abonnés.") goes with it. A rail
of related headlines glued after the body of a flattened page is found by
its shape (see ``rails``); printed one headline per line, it is taken when
two or more such lines follow a furniture label ("Les plus lus") and run to
the end of the text or into more furniture. Known
limits: such a rail with no label above it, or a single related headline
glued into the body, is not recognised; a body paragraph that talks about newsletters while
addressing the reader may be taken for a pitch.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from .. import furniture, layout, rails
from ..data import load_words
from ..document import Document, Span
from ..flags import Flag

KIND = "boilerplate"
MESSAGE = "page furniture, not article text"


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
            # Each sentence must be furniture from its first word: a real
            # sentence with a call glued on keeps its head.
            if all(_sentence_verdicts(doc, sentences)) and all(
                _furniture_start(doc, s) == s.start for s in sentences
            ):
                found.add(index)
        elif (
            sentences
            and _sentence_verdicts(doc, sentences)[0]
            and _furniture_start(doc, sentences[0]) == sentences[0].start
        ) or layout.is_layout_line(doc.text[para.start : para.end], first=index == 0):
            found.add(index)
    # Share bars printed one button per line: two such lines or more in a row.
    buttons = [layout.is_button(doc.text[p.start : p.end]) for p in paragraphs]
    for index, is_button in enumerate(buttons):
        if is_button and (
            (index > 0 and buttons[index - 1]) or (index + 1 < len(buttons) and buttons[index + 1])
        ):
            found.add(index)
    # The short label over a share bar ("Envoyer", "Pass it on:") goes with it.
    for index, is_button in enumerate(buttons):
        if index and is_button and index + 1 < len(buttons) and buttons[index + 1]:
            label = doc.text[paragraphs[index - 1].start : paragraphs[index - 1].end]
            if len(furniture.words(label)) <= 4 and (
                label.endswith(":") or not label.endswith(furniture.TERMINAL)
            ):
                found.add(index - 1)
    # Headlines printed one per line under a furniture label ("Les plus lus"):
    # two or more such lines after furniture are the rail it heads, when they run
    # to the end of the text or into more furniture. Subheadings after an
    # "Advertisement" line are followed by the article's prose, and stay.
    for index in sorted(found):
        rail = []
        following = index + 1
        while following < len(paragraphs) and following not in found:
            if not _headline_line(doc, paragraphs[following]):
                break
            rail.append(following)
            following += 1
        ends_the_page = following == len(paragraphs) or following in found
        if len(rail) >= 2 and ends_the_page:
            found.update(rail)
    # A lone social-network name or "Email" next to furniture belongs to it.
    changed = True
    while changed:
        changed = False
        for index, para in enumerate(paragraphs):
            if index in found or not ({index - 1, index + 1} & found):
                continue
            if layout.is_button(doc.text[para.start : para.end]):
                found.add(index)
                changed = True
    doc.memo["furniture_paragraphs"] = found
    return found


def _headline_line(doc: Document, para: Span) -> bool:
    """A line shaped like a headline: a few words, a capital or a number first,
    no full stop at the end ("Le marché de Noël ouvrira ses portes vendredi")."""
    line = doc.text[para.start : para.end]
    if line.endswith((".", "!", "…", ",", ";")) or not (line[:1].isupper() or line[:1].isdigit()):
        return False
    return 3 <= len(line.split()) <= 16


def _duplicate_paragraphs(doc: Document) -> set[int]:
    from .duplicates import duplicate_paragraphs

    return set(duplicate_paragraphs(doc))


def _inline_runs(doc: Document, para: Span) -> Iterator[tuple[int, int]]:
    """Spans of furniture inside a paragraph of article text, with one adjacent space."""
    text = doc.text
    sentences = doc.sentences_in(para)
    if not sentences:
        return
    verdicts = _sentence_verdicts(doc, sentences)
    worth = any(verdicts) or doc.memo.get(("furniture_cues", sentences[0].start), False)
    pieces: list[tuple[int, int]] = []
    for sentence, verdict in zip(sentences, verdicts, strict=True):
        if verdict:
            pieces.append((_furniture_start(doc, sentence), sentence.end))
        elif worth:
            tail = _glued_tail(doc, sentence)
            if tail is not None:
                pieces.append((tail, sentence.end))
    if len(sentences) > 1:
        # Headlines of other stories, glued on before the furniture at the end.
        judged = [any(s.start <= a < s.end for a, _ in pieces) for s in sentences]
        rail = rails.rail_start(text, sentences, judged)
        if rail is not None:
            cut = sentences[rail].start
            pieces = [(a, b) for a, b in pieces if b <= cut] + [(cut, sentences[-1].end)]
    for start, end in _joined(text, pieces):
        # A closing quote or bracket before the furniture ends the sentence
        # before it ("… a-t-il dit. » Photo : …"); an opening one stays.
        lead = start
        while lead < end and text[lead] in _CLOSERS:
            lead += 1
        if lead > start and text[lead - 1] in " \t\u00a0\u202f":
            start = lead
        if start == para.start and end == para.end:
            continue  # a whole paragraph is the paragraph check's business
        if end == para.end or start > para.start:
            while start > para.start and text[start - 1] in " \t\u00a0":
                start -= 1
        else:
            while end < para.end and text[end] in " \t\u00a0":
                end += 1
        yield start, end


_CLOSERS = frozenset(' \t\u00a0\u202f»”’")]')


def _joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for start, end in pieces:
        if runs and not text[runs[-1][1] : start].strip():
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _sentence_verdicts(doc: Document, sentences: list[Span]) -> list[bool]:
    if not sentences:
        return []
    key = ("furniture_sentences", sentences[0].start, len(sentences))
    cached = doc.memo.get(key)
    if cached is None:
        tokens = [_words(doc, s) for s in sentences]
        cues = furniture.worth_judging(doc.text, sentences, tokens)
        cached = _judge_sentences(doc, sentences) if cues else [False] * len(sentences)
        doc.memo[key] = cached
        doc.memo[("furniture_cues", sentences[0].start)] = cues
    return cached


def _words(doc: Document, sentence: Span) -> list[str]:
    """The furniture words of a sentence, found once per document: the
    judgement, the furniture's start and the glued tail all read them."""
    seen = doc.memo.get("furniture_words")
    if seen is None:
        seen = doc.memo["furniture_words"] = {}
    found = seen.get(sentence)
    if found is None:
        found = seen[sentence] = furniture.words(doc.text[sentence.start : sentence.end])
    return found


def _judge_sentences(doc: Document, sentences: list[Span]) -> list[bool]:
    texts = [doc.text[s.start : s.end] for s in sentences]
    tokens = [_words(doc, s) for s in sentences]
    verdicts = [furniture.is_furniture(t, w) for t, w in zip(texts, tokens, strict=True)]
    # "Found this useful? Forward it to a colleague": a short question to the
    # reader answered by a call.
    for i in range(len(texts) - 1):
        first, call = tokens[i], tokens[i + 1]
        asks = texts[i].rstrip().endswith("?") and len(first) <= 6
        # "Readers like you make this possible. Pitch in": the reader, then a call.
        addressed = len(first) <= 12 and furniture.addresses_reader(first)
        if (
            (asks or addressed)
            and first
            and 0 < len(call) <= (8 if asks else 4)
            and furniture.is_imperative(call[0])
            and not furniture.QUOTES.search(texts[i] + texts[i + 1])
        ):
            verdicts[i] = verdicts[i + 1] = True
    if not any(verdicts):
        return verdicts
    for i, sentence in enumerate(texts):
        if verdicts[i] or furniture.QUOTES.search(sentence):
            continue
        words = tokens[i]
        between = 0 < i < len(texts) - 1 and verdicts[i - 1] and verdicts[i + 1]
        # "… créez un compte. Sans abonnement.": a short tail of a pitch.
        tail = (
            i > 0
            and verdicts[i - 1]
            and 0 < len(words) <= 4
            and (
                furniture.has_vocabulary(sentence)
                or furniture.is_imperative(words[0])
                # "… utile ? Oui Non": a row of buttons after the question.
                or (
                    all(w[:1].isupper() for w in sentence.split())
                    and not sentence.endswith(furniture.TERMINAL)
                )
            )
        )
        leads_in = i + 1 < len(texts) and verdicts[i + 1] and furniture.pitch(words) >= 2
        # "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous":
        # beside furniture, a sentence about the page or the reader is furniture.
        beside = (i > 0 and verdicts[i - 1]) or (i + 1 < len(texts) and verdicts[i + 1])
        about = beside and furniture.about_the_page(sentence)
        if (between and len(words) <= 12) or leads_in or tail or about:
            verdicts[i] = True
    # A pitch may lead into the call over several sentences.
    for i in range(len(texts) - 2, -1, -1):
        if (
            not verdicts[i]
            and verdicts[i + 1]
            and not furniture.QUOTES.search(texts[i])
            and furniture.pitch(tokens[i]) >= 2
        ):
            verdicts[i] = True
    return verdicts


def _furniture_start(doc: Document, sentence: Span) -> int:
    """Where the furniture starts in a sentence judged to be furniture: at a
    call glued on after a piece of something else ("… Lyon Suivez …"), else
    at its start."""
    text = doc.text
    tail = _glued_tail(doc, sentence)
    if tail is None:
        tail = _last_glue(text, sentence)
        if tail is None:
            return sentence.start
    head = text[sentence.start : tail].rstrip()
    # Glue means no stop between the two; a short head ("Image:", "Tweet")
    # or one that is furniture itself belongs to the same block.
    if head.endswith((*furniture.TERMINAL, ":")):
        return sentence.start
    if len(furniture.words(head)) < 3 and not any(w[:1].islower() for w in head.split()):
        return sentence.start  # "Tweet", "SHARE": a button before the call
    # The head goes too only when it opens like furniture itself ("Share this
    # article Follow us"); "The minister said subscribers" is cut-off prose.
    if furniture.starts_like_furniture(head) and (
        len(furniture.words(head)) <= 3 or furniture.is_furniture(head)
    ):
        return sentence.start  # "Leave a Reply": one call, not a head and a call
    return tail


# A lower-case word, a space, then a capitalised word that opens a sentence
# ("… is already Cette vidéo …"): text glued with no stop between.
_GLUE = re.compile(r"(?<!\S)[a-zà-ÿ0-9]\S*[ \t\u00a0]+([A-ZÀ-ÖØ-Þ][^\W\d_]*)")


def _last_glue(text: str, sentence: Span) -> int | None:
    """The last glue point after which the rest of a sentence is furniture.

    For furniture that opens on no known word ("… is already Cette vidéo ne
    peut pas être lue"): the words before it are kept, and when the cut is
    unsure the shorter furniture is taken, so no prose goes with it.
    """
    chunk = text[sentence.start : sentence.end]
    openers = load_words("sentence_openers")
    for match in reversed(list(_GLUE.finditer(chunk))):
        if match.group(1).lower() not in openers:
            continue  # "founder Julian Assange (AFP)": a name goes on
        suffix = chunk[match.start(1) :]
        if len(furniture.words(suffix)) <= 15 and furniture.is_furniture(suffix):
            return sentence.start + match.start(1)
    return None


# A capitalised word after a space: where glued furniture can start.
_CAPITALISED = re.compile(r"[ \t\u00a0]([A-ZÀ-ÖØ-Þ][^\W\d_]*+(?:[’'-][^\W\d_]++)*+)")


def _glued_tail(doc: Document, sentence: Span) -> int | None:
    """Where furniture starts when it is glued onto a real sentence's end.

    A sentence that ends like prose gives up its tail only to a call to
    action (an imperative such as "Suivez", "Sign up"); one left open (no full
    stop, as glued furniture often is) also to a furniture label.
    """
    chunk = doc.text[sentence.start : sentence.end]
    prose_end = chunk.endswith(furniture.TERMINAL) and not chunk.endswith(":")
    if prose_end and not _call_start().search(chunk):
        return None  # most sentences: prose with no call in them
    words = _words(doc, sentence)
    starts: list[int] | None = None
    lowered = ""
    for match in _CAPITALISED.finditer(chunk):
        offset = match.start(1)
        word = match.group(1)
        calls = furniture.is_imperative(word.lower())
        # Cheap tests on the word first: most capitals start names, not furniture.
        if prose_end and not calls:
            continue
        # "… étaient Pic: Lisa Berg/AFP": a capitalised label with its colon.
        label = chunk[match.end(1) : match.end(1) + 2].lstrip().startswith(":")
        if not (calls or label or word.isupper() or furniture.may_start_furniture(word.lower())):
            continue
        if starts is None:
            # The sentence is tokenised once; the words of each candidate tail
            # are the sentence's words from its offset on, since a tail starts
            # after a space and no word runs across one.
            lowered = chunk.lower()
            starts = [m.start() for m in furniture.WORD.finditer(lowered)]
        # Lower-casing can lengthen a letter ("İ"), so the offset is
        # measured in the lower-cased text.
        at = offset if len(lowered) == len(chunk) else len(chunk[:offset].lower())
        first = bisect_left(starts, at)
        if len(words) - first > (60 if calls else 12):
            continue  # too long a tail for furniture (counted before any copy is made)
        rest = words[first:]
        suffix = chunk[offset:]
        if (label or furniture.starts_like_furniture(suffix, rest)) and furniture.is_furniture(
            suffix, rest
        ):
            return sentence.start + offset
    return None


@cache
def _call_start() -> re.Pattern[str]:
    """A capitalised word after a space that may be a call to action: one of
    the reader verbs, or a word ending in "-ez" (before any hyphen).

    Wider than ``furniture.is_imperative`` (which still decides), never
    narrower: one search tells that a sentence ending like prose has no call,
    without a test for each of its capitalised words.
    """
    verbs = sorted(furniture.reader_verbs(), key=len, reverse=True)
    alternatives = "|".join(re.escape(v) for v in verbs)
    return re.compile(
        rf"[ \t\u00a0](?=[A-ZÀ-ÖØ-Þ])"
        rf"(?:(?i:{alternatives})|[^\W\d_](?:[^\W\d_]|[’'])*(?i:ez))(?![^\W\d_])"
    )


def _runs(indexes: list[int]) -> Iterator[tuple[int, int]]:
    start = prev = indexes[0]
    for index in indexes[1:]:
        if index != prev + 1:
            yield start, prev
            start = index
        prev = index
    yield start, prev
