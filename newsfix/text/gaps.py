"""Where words went missing: the analysis shared by the truncation and fragment checks.

A scraper that drops a link's text, or stops early, leaves a *gap*: the words
before it are a truncated sentence, the words after it a dangling fragment.
A gap shows on the surface (a paragraph that stops without a full stop, a
sentence that starts lower-case, a sentence running into the next without
punctuation) or only to someone who knows the language (see ``wordpairs``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

import wordfreq

from .data import load_words
from .document import Document, Span
from .wordclasses import Word, adjacent, count_words, words, words_between
from .wordpairs import (
    RUN_ON,
    STRANDED,
    Lexicon,
    impossible_pairs,
    lexicon,
    name_run_ons,
    run_ons,
)

_TERMINAL = frozenset(".!?…")
_CLOSE_QUOTES = frozenset("»”")
_TRAILING_MARKUP = re.compile(r"<[^<>]*>?$|&#?\w+;$")
_ABBREVIATION = re.compile(r"(?:\w{1,3}\.)+|\d{1,2}\.")
_DASH_START = re.compile(r"[-–—] +(?=\w)")
_LIST_MARKS = frozenset("-–—•*·")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)] ")
_THOUSANDS_START = re.compile(r"0{3}(?![\d,.])")
_QUOTE_START = re.compile(r"[“\"] *(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Gap:
    """Words are missing between offsets ``left`` (a word's end) and ``right`` (a word's start).

    ``left`` is None when the gap opens a sentence (nothing before it was cut);
    ``right`` is None when what follows is whole (a new sentence, or nothing).
    """

    left: int | None
    right: int | None
    reason: str


def find_gaps(doc: Document, side: str) -> list[Gap]:
    """The gaps in ``doc`` seen from one ``side``, in text order.

    ``"left"``: gaps with a truncated sentence before them (what the truncation
    check reports); ``"right"``: gaps with a fragment after them.
    """
    lex = lexicon(doc.language or "fr")
    gaps = set(_pair_gaps(doc, lex))
    if side == "left":
        gaps.update(_run_on_gaps(doc, lex))
        gaps.update(_end_gaps(doc, lex))
        found = [g for g in gaps if g.left is not None]
        seen = {g.left for g in found}
    else:
        gaps.update(_start_gaps(doc))
        found = [g for g in gaps if g.right is not None]
        seen = {g.right for g in found}
    found.sort(key=lambda g: (g.left if g.left is not None else g.right, g.right or 0, g.reason))
    if len(seen) < len(found):
        # Two rules found the same gap: it is reported once, with the first reason.
        side_of = (lambda g: g.left) if side == "left" else (lambda g: g.right)
        found = list({side_of(g): g for g in reversed(found)}.values())[::-1]
    return found


def _pair_gaps(doc: Document, lex: Lexicon) -> list[Gap]:
    """The gaps behind impossible word pairs, found once per document for both sides."""
    found = doc.memo.get("pair_gaps")
    if found is None:
        ws = words(doc)
        starts, ends = ws.starts, ws.ends
        found = [
            Gap(ends[i], None if why in (RUN_ON, STRANDED) else starts[i + 1], why)
            for i, why in impossible_pairs(doc.text, ws, lex)
        ]
        doc.memo["pair_gaps"] = found
    return found


def _run_on_gaps(doc: Document, lex: Lexicon) -> Iterator[Gap]:
    """Run-ons, unless the "sentence" is a string of headlines glued together.

    Related-link blocks chain titles without punctuation (``… à Washington Le boum
    des vêtements …``): several run-ons in one sentence, a headline colon before
    the run-on, or a short title after a teaser mark such a string.
    """
    by_sentence: dict[int, list[int]] = {}
    sentence_at = sentence_finder(doc)
    for end in sorted({*run_ons(doc.text, lex), *name_run_ons(doc.text, lex)}):
        sentence = sentence_at(end)
        by_sentence.setdefault(sentence.start if sentence else end, []).append(end)
    text = doc.text
    for start, found in by_sentence.items():
        if len(found) > 1 or ":" in text[start : found[0]]:
            continue
        # A short title after a teaser that ended on "…", "?" or "!" ("Découvrir Copenhague
        # en kayak... En ramassant les déchets Le succès fou…") is a link list too.
        before = text[max(0, start - 5) : start].rstrip()
        if before.endswith(("…", "...", "?", "!")) and len(text[start : found[0]].split()) < 6:
            continue
        yield Gap(found[0], None, RUN_ON)


def sentence_finder(doc: Document) -> Callable[[int], Span | None]:
    """A function giving the sentence that holds an offset (None between sentences)."""
    sentences = doc.sentences
    starts = doc.sentence_starts

    def sentence_at(pos: int) -> Span | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and sentences[i].start <= pos <= sentences[i].end:
            return sentences[i]
        return None

    return sentence_at


def _start_gaps(doc: Document) -> Iterator[Gap]:
    """A sentence that starts lower-case, with ``,`` ``;`` or with a quote nobody opened."""
    text = doc.text
    paragraph_starts = {p.start for p in doc.paragraphs}
    paragraph_start = 0
    previous: Span | None = None
    for sent in doc.sentences:
        if sent.start in paragraph_starts:
            paragraph_start = sent.start
            previous = None
        first = text[sent.start]
        if first in ",;":
            yield Gap(None, sent.start, "it starts with punctuation")
        elif (
            first in _CLOSE_QUOTES
            and _open_quotes(text[paragraph_start : sent.start]) <= 0
            and _lower_after_quote(text, sent)
        ):
            # "menace. » Blinken a déclaré" only ends the sentence before; "» a-t-il dit"
            # after a full stop shows the quote's start was lost.
            yield Gap(None, sent.start, "it starts by closing a quote never opened")
        elif previous is None or _ends_with_full_stop(text, previous):
            # Each pattern is tried only where its first character is.
            dash = _DASH_START.match(text, sent.start, sent.end) if first in "-–—" else None
            quoted = _QUOTE_START.match(text, sent.start, sent.end) if first in '“"' else None
            if first.islower() and _ordinary_lower_word(text, sent) and not _caption(text, sent):
                yield Gap(None, sent.start, "it starts lower-case")
            elif first == "0" and _THOUSANDS_START.match(text, sent.start, sent.end):
                # "sur les quais. 000 visiteurs": a group of thousands lost its first digits.
                yield Gap(None, sent.start, "it starts with a number cut in two")
            elif quoted and _ordinary_lower_word(text, Span(quoted.end(), sent.end)):
                # “ to every objection, and we changed…”: an English quotation opens
                # on a capital; the words before this one were lost.
                yield Gap(None, quoted.end(), "it starts lower-case")
            elif dash and previous is not None and text[dash.end()].islower():
                # "6 juillet 2012. - rose au premier Forum": a dateline, then a lost start.
                # A dash opening a paragraph is a list item and may well start lower-case.
                lead = Span(dash.end(), sent.end)
                if _ordinary_lower_word(text, lead):
                    yield Gap(None, dash.end(), "it starts lower-case")
        previous = sent


def _open_quotes(before: str) -> int:
    """Quotations left open by what comes before a sentence in its paragraph.

    Counted only for a sentence that opens on a closing quote: most never do.
    """
    return before.count("«") + before.count("“") - before.count("»") - before.count("”")


def _caption(text: str, sent: Span) -> bool:
    """A credit, caption or source line (``photo : AFP``, ``via Reuters``), not a lost start."""
    first = text[sent.start : sent.end].split(None, 1)[0].strip(":").lower()
    return first in load_words("fragments_captions")


def _lower_after_quote(text: str, sent: Span) -> bool:
    rest = text[sent.start + 1 : sent.end].lstrip()
    return rest[:1] == "," or rest[:1].islower()


def _ends_with_full_stop(text: str, sent: Span) -> bool:
    """The sentence ends with a plain full stop: not ``...``, ``!``, ``?`` or an abbreviation.

    French puts lower case after ``!`` and ``?`` inside a sentence (``Ah ! c'est``),
    after ``…`` a sentence often goes on, and after a closed quotation comes the
    speaker (``« Nous partons. » a déclaré le ministre``).
    """
    # The last word is all that matters: a long sentence is not copied whole.
    body = text[max(sent.start, sent.end - 60) : sent.end].rstrip()
    if not body.endswith(".") or body.endswith(".."):
        return False
    return not _ABBREVIATION.fullmatch(body.rsplit(None, 1)[-1])


def _ordinary_lower_word(text: str, sent: Span) -> bool:
    """The first word is plain lower case: not ``iPhone``, ``eBay``, a number, a URL or a handle.

    ``ex-Union`` counts as lower case: its capital comes after the hyphen.
    """
    first = text[sent.start : sent.end].split(None, 1)[0].rstrip(".,;:!?»”)")
    if not re.fullmatch(r"\w+(?:[-'’]\w+)*", first):
        return False
    head = re.split(r"[-'’]", first, maxsplit=1)[0]
    return head.isalpha() and head.islower()


def _end_gaps(doc: Document, lex: Lexicon) -> Iterator[Gap]:
    """A paragraph of article prose that stops without final punctuation.

    Headlines, captions, datelines, list items and page furniture also lack a full
    stop: they are told apart by being short, capitalised, first in the text,
    holding a colon or dash, or naming a social network or a call to subscribe.
    """
    text = doc.text
    paragraphs = doc.paragraphs
    ends = [_content_end(text, p) for p in paragraphs]
    sentence_starts = doc.sentence_starts
    title = (doc.title or "").strip().lower()
    # The last paragraph that is not a short unpunctuated line (furniture, tags…).
    last_body = len(paragraphs) - 1
    while last_body > 0 and _furniture_line(text, paragraphs[last_body], ends[last_body]):
        last_body -= 1
    for index, (para, end) in enumerate(zip(paragraphs, ends, strict=True)):
        if end <= para.start or text[end - 1] in _TERMINAL or text[end - 1] in '»”"':
            continue
        if _NUMBERED_ITEM.match(text, para.start, end):
            continue  # "2. Heatwave warning extended": a list item needs no full stop
        first_sentence = bisect.bisect_left(sentence_starts, para.start)
        last_sentence = bisect.bisect_left(sentence_starts, end) - 1
        if last_sentence < first_sentence:
            continue
        tail_start = sentence_starts[last_sentence]
        tail = text[tail_start:end]
        if title and tail.strip().lower() == title:
            continue
        tail_words = words_between(text, tail_start, end)
        glued = _before_glued_furniture(text, tail_words)
        if glued is not None:
            # Furniture glued to the paragraph's end without punctuation: judge what precedes it.
            tail_words = tail_words[:glued]
            tail = text[tail_start : tail_words[-1].end] if tail_words else ""
        elif text[end - 1] in ")]:;":
            # "(photo AFP)", "Tags:": a caption or a label, not a cut sentence.
            continue
        if len(tail_words) < 3 or not _reads_as_prose(tail, tail_words, lex):
            continue
        final = tail_words[-1]
        if glued is None and text[end - 1] == ",":
            # "Depuis son titre de 2010," then a new paragraph opening on a capital: prose
            # that stops on a comma. A list item, a line running on or a salutation
            # ("Chers amis, chers collègues,") is not cut.
            following = paragraphs[index + 1].start if index + 1 < len(paragraphs) else None
            if (
                len(tail_words) >= 6
                and not text[final.end : end - 1].strip()
                and text[para.start] not in _LIST_MARKS
                and (following is None or text[following].isupper())
            ):
                yield Gap(final.end, None, "the paragraph stops on a comma")
            continue
        if not (final.text.islower() or final.text.isdigit()):
            continue
        if (
            final.start > tail_start
            and not text[final.start - 1].isspace()
            and len(tail_words) > 1
            and not tail_words[-2].lower.endswith("'")
        ):
            # "europÃ©en": the last "word" is the end of a garbled one ("n'avait" is whole).
            continue
        if final.lower in lex["open_end"]:
            yield Gap(final.end, None, "the paragraph stops on a word that needs a sequel")
            continue
        if tail_words[-2].lower in lex["negation"]:
            # "elle n'avait": a French negation is closed by "pas", "plus", "jamais"…
            yield Gap(final.end, None, "the paragraph stops inside a negation")
            continue
        # A one-sentence paragraph without a full stop is a headline or a caption unless
        # it closes the article: the last long paragraph, or the line right after it.
        closes_article = index > 0 and last_body <= index <= last_body + 1
        # Prose is full of the language's common words; the first may be capitalised.
        common = common_words(lex.language)
        familiar = sum(
            1
            for k, w in enumerate(tail_words)
            if (k == 0 or w.text.islower()) and w.lower in common
        )
        # After a full sentence in the same paragraph, a headline is unlikely: less proof needed.
        # Furniture glued to the text's opening line (a standfirst, which often lacks a full
        # stop) is no such proof.
        within = last_sentence > first_sentence or (glued is not None and index > 0)
        if within:
            enough = len(tail_words) >= 4 and familiar >= 1
        else:
            enough = closes_article and len(tail_words) >= 5 and familiar >= 2
        if enough:
            yield Gap(final.end, None, "the paragraph stops mid-sentence")


def _before_glued_furniture(text: str, tail_words: list[Word]) -> int | None:
    """Where furniture glued to the last sentence starts (``… would not be Suivez-nous``)."""
    furniture = load_words("truncation_furniture")
    first = next((k for k, w in enumerate(tail_words) if w.lower in furniture), None)
    if first is None:
        return None
    for k in range(first, 0, -1):
        word, before = tail_words[k], tail_words[k - 1]
        if word.text[:1].isupper() and before.text.islower() and adjacent(text, before, word):
            return k
    return None


def _reads_as_prose(tail: str, tail_words: list[Word], lex: Lexicon) -> bool:
    if any(mark in tail for mark in ":|—") or tail.isupper():
        return False
    furniture = load_words("truncation_furniture")
    if any(w.lower in furniture for w in tail_words):
        return False
    capitalised = sum(1 for w in tail_words if w.text[:1].isupper())
    return capitalised * 2 <= len(tail_words)


def _furniture_line(text: str, para: Span, end: int) -> bool:
    """A short line without a full stop, as page furniture is."""
    if end > para.start and text[end - 1] in _TERMINAL:
        return False
    return count_words(text, para.start, end) <= 10


def _content_end(text: str, para: Span) -> int:
    """End of a paragraph without the tags, entities and spaces a scraper left behind it."""
    end = para.end
    if end > para.start and text[end - 1] in _TERMINAL:
        return end  # the usual case: no tag, entity or space after the full stop
    while end > para.start:
        chunk = text[max(para.start, end - 40) : end]
        match = _TRAILING_MARKUP.search(chunk)
        if match:
            end -= len(chunk) - match.start()
        elif text[end - 1].isspace():
            end -= 1
        else:
            break
    return end


@cache
def common_words(language: str) -> frozenset[str]:
    """The language's most frequent words: prose is full of them, headlines less so."""
    return frozenset(wordfreq.top_n_list(language, 300))
