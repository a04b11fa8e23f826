"""Words or sentences glued together where markup was stripped:
``aprèsMoscou``, ``frontière.Le``, ``2022Le``, ``mardi3``, ``lapersonne``.

    >>> from newsfix.text.document import Document
    >>> [(f.start, f.end, f.suggestion) for f in check(Document("Il est arrivé aprèsMoscou."))]
    [(14, 25, 'après Moscou')]

A real one: ``les sœurs Williams surles courts`` becomes ``sur les``.

Four cues: a lower-case letter then a capital inside a word, a sentence end
with no space after it, letters and digits run together, and (with no case
cue) an unknown word that splits into two common words of the article's
language, judged on wordfreq's frequencies. Left alone: brands and names
that are known words (``iPhone``, ``eBay``, ``McDonald``, ``PowerPoint``),
``data/merge_keep.txt``, initials and abbreviations (``U.S.``, ``M.Dupont``),
numbers (``3.5``), elisions (``l’OTAN``), URLs, addresses, hashtags, handles.
Known limits: a rare real word that looks like two common ones can be split
by mistake; digits glued to digits (``75000`` for ``75 000``) are not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate, compress, count

from ..data import load_words
from ..document import Document
from ..flags import Flag
from ..language import zipf
from .encoding import garbled

KIND = "merge_artifact"
MESSAGE = "words glued together"

# "frontière.Le": a word of two letters or more, a sentence end, a capitalised word.
# The mark comes first and the letters before it are looked behind from there:
# a pattern that opens on a character class is searched for by a fast scan,
# one that opens on a look-behind is tried at every position.
_MARK_THEN_CAPITAL = re.compile(r"[.!?](?<=[^\W\d_A-Z]{2}[.!?])(?=[A-ZÀ-ÖØ-Þ])")
_SENTENCE_GLUE = re.compile(
    r"((?:[^\W\d_][\w’'-]*?)?[^\W\d_A-Z]{2})([.!?])"
    r"([A-ZÀ-ÖØ-Þ](?:[’'][^\W\d_]+|[^\W\d_]+|(?=\s)))"
)
# A word or a number, an elision kept on (``l’OTAN``); in a group, so that
# split() gives the pieces along with the text between them.
_PIECE_SPLIT = re.compile(r"([^\W_]++(?:[’'][^\W_]++)*+)")
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)[’']", re.IGNORECASE)
_LETTERS_DIGITS = re.compile(
    r"^([^\W\d_](?:[^\W\d_]|[’'](?=[^\W\d_]))+)(\d+(?:e|er|re|ère|ème|es|èmes|th|st|nd|rd)?)$"
)
# "gouvernementn'acceptait": a word glued to the next one's elided article.
_ELIDED_GLUE = re.compile(r"^([^\W\d_]{2,}?)((?:[cdjlmnst]|qu)[’']([^\W\d_]+))$")
_DIGITS_LETTERS = re.compile(r"^(\d+)([^\W\d_]+)$")

# Thresholds on wordfreq's Zipf scale: a word this common is a real word, and
# a split must be likelier as two words than the glued form is as one.
_KNOWN = 2.5
_PART = 3.3
_MARGIN = 0.5
_UNKNOWN_PAIR = 8.0
_COMMON = 4.0
_KNOWN_MARGIN = 2.0
_UNKNOWN_NAME_PAIR = 9.0
_NAME_FOLLOWER = 5.5
_RARE_PART = 2.4
_FUNCTION_WORD = 6.5
_OPENER = 6.0


def check(doc: Document) -> Iterator[Flag]:
    text = doc.text
    lang = doc.language or "fr"
    abbreviations = load_words("abbreviations")
    for match in _glued_sentences(text):
        left, mark, right = match.groups()
        if left.lower() in abbreviations or doc.is_protected(match.start(), match.end()):
            continue
        yield Flag(KIND, match.start(), match.end(), MESSAGE, f"{left}{mark} {right}")
    # One split gives the text between pieces and the pieces in turn.
    parts = _PIECE_SPLIT.split(text)
    pieces = parts[1::2]
    # Each distinct word is judged once per document, and a word seen whole
    # before (most of them) costs nothing but a set difference.
    splits = _split_pieces(set(pieces), lang)
    if not splits:
        return
    # Offsets are the parts' lengths summed up; compress() hands over only the
    # pieces to split, so no loop in Python runs over every word.
    offsets = list(accumulate(map(len, parts)))
    for i in compress(count(), map(splits.__contains__, pieces)):
        split = splits[pieces[i]]
        start, end = offsets[2 * i], offsets[2 * i + 1]
        if isinstance(split, tuple):
            # Split only where a sentence starts ("Nous" in "Noussommes").
            if not _starts_sentence(text, start):
                continue
            split = split[0]
        if doc.is_protected(start, end):
            continue
        before = text[start - 1] if start else " "
        if text[end : end + 1] in ("&", ";") or before in "&#;":
            continue  # a piece of an HTML entity, judged by the encoding check
        if garbled(text[max(0, start - 2) : end + 2]):
            continue  # beside mis-decoded letters ("prÃªte", "hÃ´pitaux"): the encoding check's
        yield Flag(KIND, start, end, MESSAGE, split)


def _split_pieces(pieces: set[str], lang: str) -> dict[str, str | tuple[str]]:
    """The pieces that split, with their split (a 1-tuple: only at a sentence start)."""
    whole = _WHOLE.setdefault(lang, set())
    known = _SPLITS.setdefault(lang, {})
    splits: dict[str, str | tuple[str]] = {}
    for word in pieces - whole:
        split = known.get(word)
        if split is None:
            # Short words of letters only are never split, nor a run of letters
            # longer than any two glued words (a code, a blob of base64).
            short = len(word) < 4 and word.isalpha()
            split = None if short or len(word) > _LONGEST_GLUE else _judge(word, lang)
            if split is None:
                if len(whole) < _MAX_REMEMBERED:
                    whole.add(word)
                continue
            if len(known) < _MAX_REMEMBERED:
                known[word] = split
        splits[word] = split
    return splits


def _glued_sentences(text: str) -> Iterator[re.Match[str]]:
    # Sentence ends with a capital right after are rare: find them first, then
    # read the words around each, instead of trying the pattern everywhere.
    for mark in _MARK_THEN_CAPITAL.finditer(text):
        start = mark.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "’'-"):
            start -= 1
        if start > 0 and text[start - 1] == ".":
            continue  # "U.S.A"
        match = _SENTENCE_GLUE.match(text, start)
        if match and match.end(2) == mark.end():
            yield match


def _judge(word: str, lang: str) -> str | tuple[str] | None:
    split = _verdict(word, lang, False)
    if split is None and word[0].isupper():
        at_start = _verdict(word, lang, True)
        if at_start is not None:
            return (at_start,)
    return split


# Words repeat a lot across articles: each is judged once per process, per
# language; the words that stay whole and those that split are kept apart.
_WHOLE: dict[str, set[str]] = {}
_SPLITS: dict[str, dict[str, str | tuple[str]]] = {}
_MAX_REMEMBERED = 200_000
# Two long French words glued ("anticonstitutionnellementinconstitutionnel")
# stay under this; judging every cut of a longer piece would cost its length squared.
_LONGEST_GLUE = 50


def _verdict(piece: str, lang: str, sentence_start: bool) -> str | None:
    if piece.isalpha() and piece[1:].islower() and zipf(piece, lang) >= _COMMON:
        return None
    return _split(piece, lang, sentence_start)


def _split(piece: str, lang: str, sentence_start: bool = False) -> str | None:
    """The piece with spaces where words were glued, or None when it is one word."""
    if piece.lower() in load_words("merge_keep"):
        return None
    if any(ch.isdigit() for ch in piece):
        return _split_digits(piece, lang)
    body = piece
    prefix = ""
    elision = _ELISION.match(piece)
    if elision:
        prefix, body = piece[: elision.end()], piece[elision.end() :]
    camel = _split_camel(body)
    if camel is not None:
        return prefix + camel
    elided = _ELIDED_GLUE.match(body)
    if elided:
        head, tail, word = elided.groups()
        # "del’Économie": the elided word may be a name or a capitalised noun.
        cased = word.islower() or (word[0].isupper() and word[1:].islower())
        shaped = head.islower() and tail[0].islower() and cased
        if shaped and zipf(head, lang) >= 3.0 and zipf(body, lang) == 0:
            return f"{prefix}{head} {tail}"
    if len(body) >= 4 and not body.isupper() and body[1:].islower():
        glued = _split_lower(body, lang, sentence_start and not prefix)
        if glued is not None:
            return prefix + glued
    return None


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(' \u00a0«“"(')
    return not before or before[-1] in ".!?:\n"


def _split_camel(word: str) -> str | None:
    cuts = [
        i
        for i in range(2, len(word))
        if word[i].isupper() and word[i - 1].islower() and word[i - 2].isalpha()
    ]
    if not cuts:
        return None
    lowered = word.lower()
    if max(zipf(lowered, "fr"), zipf(lowered, "en")) >= _KNOWN:
        return None
    parts = [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]
    if any(len(p) < 2 for p in parts):
        return None
    if len(parts) > 2:
        return None  # "RealClearPolitics": names, not glue, when three or more
    if parts[0].islower():
        # "deTVE", "onMonday": a common word glued to a name.
        if max(zipf(parts[0], "fr"), zipf(parts[0], "en")) < 3.0:
            return None
    elif any(p.isupper() for p in parts[1:]):
        return None  # "OpenAI"-style names
    return " ".join(parts)


def _split_digits(piece: str, lang: str) -> str | None:
    suffixes = load_words("ordinal_suffixes")
    match = _LETTERS_DIGITS.match(piece)
    if match:
        letters, digits = match.groups()
        if letters.islower() and zipf(letters, lang) >= 3.0 and letters[-1] not in "’'":
            return f"{letters} {digits}"
        return None
    match = _DIGITS_LETTERS.match(piece)
    if not match:
        return None
    digits, letters = match.groups()
    if letters[0].isupper():
        if len(letters) >= 2 and letters[1:].islower():
            return f"{digits} {letters}"
        return None
    if letters.lower() in suffixes:
        return None
    for suffix in sorted(suffixes, key=len, reverse=True):
        rest = letters[len(suffix) :]
        if letters.startswith(suffix) and len(rest) >= 3 and zipf(rest, lang) >= 3.0:
            return f"{digits}{suffix} {rest}"
    if len(letters) >= 3 and zipf(letters, lang) >= 3.5:
        return f"{digits} {letters}"
    return None


_VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöûùüÿœæ]")


def _split_lower(word: str, lang: str, sentence_start: bool = False) -> str | None:
    lowered = word.lower()
    whole = zipf(lowered, lang)
    if whole >= _COMMON:
        return None
    other = "en" if lang == "fr" else "fr"
    if zipf(lowered, other) >= 3.0:
        return None  # a word of the other language ("latest" in a French article)
    singles = load_words(f"one_letter_words_{lang}")
    capitalised = word[0].isupper()
    prefixes = load_words("word_prefixes")
    best: tuple[float, int] | None = None
    for i in range(1, len(word)):
        left, right = lowered[:i], lowered[i:]
        if (len(left) < 2 and left not in singles) or (len(right) < 2 and right not in singles):
            continue
        if capitalised and ((len(left) < 3 and not sentence_start) or len(right) < 3):
            continue  # "Menear", "Sawe": names rarely hide two-letter words
        if left in prefixes and len(right) >= 5:
            continue  # "antidiscriminations"
        if "'" in (left[-1], right[0]) or "’" in (left[-1], right[0]):
            continue
        if not (_VOWELS.search(left) and _VOWELS.search(right)):
            continue  # "ms", "km", "mm" are units and abbreviations: "lems" is a typo, not "le ms"
        za = zipf(left, lang)
        if za < _RARE_PART:
            continue
        zb = zipf(right, lang)
        if zb < _RARE_PART:
            continue
        if capitalised and zb < _NAME_FOLLOWER and (not sentence_start or za < _OPENER):
            # A capitalised word is likely a name: split it only before a very
            # common word ("Marshsaid") or after a sentence's first function
            # word ("Theformer"), never "Menear" into "Men ear".
            continue
        rare = left if za < zb else right
        if min(za, zb) < _PART and (max(za, zb) < _FUNCTION_WORD or len(rare) < 5):
            continue  # a rarer word only beside an article or preposition ("depolonium")
        score = za + zb - 9  # log10 of the pair's frequency were the words independent
        # An unknown word needs two common halves (more so for what may be a
        # name); a rare known one must be likelier as two words than as itself.
        if whole == 0 and za + zb < (_UNKNOWN_NAME_PAIR if capitalised else _UNKNOWN_PAIR):
            continue
        if whole > 0 and score < whole + (_MARGIN if whole < _KNOWN else _KNOWN_MARGIN):
            continue  # "dela" is seen on the web, yet "de la" is far likelier
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None
    return f"{word[: best[1]]} {word[best[1] :]}"
