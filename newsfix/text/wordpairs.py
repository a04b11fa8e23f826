"""Word pairs that cannot follow each other: the trace of words dropped inside a sentence.

When a scraper loses a link's text, the words on either side of the hole meet.
Most such meetings read as French or English; some cannot: an article before a
preposition (``des de``), ``de`` before a vowel without elision (``a de
acclamé``), a noun running into a possessive (``la mise leur programme``), a
bare ``be`` after a noun (``A new regulator be able``). The word classes behind
these rules live in ``data/truncation_<lang>.txt``; one linear pass over the
words, no model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import wordfreq

from .data import load_lines
from .document import Document

# An elided article or pronoun glued to its word: "l'OTAN", "qu’il", "d'après".
_ELISION = re.compile(r"(?i)(?:l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\w)")
_VOWELS = frozenset("aeiouéèêëàâîïôöûùü")
# Endings of finite verbs and English past forms: such a word is not a noun.
_VERB_ENDINGS = ("ent", "ait", "aient", "era", "eront", "ons", "ez", "ed")
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
# The reason given when the second word starts a new, whole sentence.
RUN_ON = "it runs into the next sentence"


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    lower: str


class Lexicon:
    """The word classes of one language, read once from ``data/truncation_<lang>.txt``."""

    def __init__(self, language: str) -> None:
        self.language = language
        entries: dict[str, frozenset[str]] = {}
        for line in load_lines(f"truncation_{language}"):
            name, _, listed = line.partition(":")
            entries[name.strip()] = frozenset(w.replace("’", "'") for w in listed.split())
        self.entries = entries
        self.function = (
            frozenset().union(
                *(entries.get(name, frozenset()) for name in ("det", "det_pron", "prep", "subject"))
            )
            | entries.get("conj", frozenset())
            | entries.get("possessive", frozenset())
        )

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.entries.get(name, frozenset())


@cache
def lexicon(language: str) -> Lexicon:
    return Lexicon(language if language in ("fr", "en") else "fr")


def words(doc: Document) -> list[Word]:
    """Word tokens with elided articles split off (``l'OTAN`` -> ``l'`` + ``OTAN``)."""
    text = doc.text
    out = []
    for tok in doc.tokens:
        start, end = tok.start, tok.end
        match = _ELISION.match(text, start, end)
        if match and match.end() < end:
            cut = match.end()
            out.append(Word(start, cut, text[start:cut], _lower(text[start:cut])))
            start = cut
        piece = text[start:end]
        out.append(Word(start, end, piece, _lower(piece)))
    return out


def _lower(word: str) -> str:
    return word.lower().replace("’", "'")


def adjacent(text: str, a: Word, b: Word) -> bool:
    """Only plain spaces separate two words: no punctuation, no quote, no line break."""
    between = text[a.end : b.start]
    return between != "" and between.strip(" ") == ""


def impossible_pairs(text: str, ws: list[Word], lex: Lexicon) -> Iterator[tuple[int, str]]:
    """``(i, reason)`` for each ``ws[i]``, ``ws[i + 1]`` that cannot follow each other."""
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if not a.text.isalpha() or not adjacent(text, a, b):
            continue
        reason = _pair_reason(ws, i, text, lex)
        if reason:
            yield i, reason


def _pair_reason(ws: list[Word], i: int, text: str, lex: Lexicon) -> str | None:
    a, b = ws[i], ws[i + 1]
    x, y = a.lower, b.lower
    fr = lex.language == "fr"
    lower_b = b.text.islower()
    after_article = lex["det_next"] | lex["prep"] | lex["conj"] | lex["subject"]
    if lower_b and y in after_article and (x in lex["det"] or (x in lex["det_pron"] and y != "en")):
        return "an article runs into a function word"
    if lower_b and x in lex["det"] and y in lex["finite"]:
        return "an article runs into a verb"
    if lower_b and x in lex["prep"] and (y in lex["finite"] or y in lex["subject"]):
        return "a preposition runs into a verb"
    # After a subject, "le", "la", "les" are object pronouns ("on les a croisés").
    articles = lex["det_next"] - lex["det_pron"]
    if lower_b and x in lex["subject"] and (y in articles or y in lex["prep"]):
        return "a subject runs into an article"
    # "the Now many of them": an article or preposition before a capitalised sentence start.
    if (
        (x in lex["det"] or x in lex["det_pron"] or x in lex["prep"])
        and b.text[:1].isupper()
        and b.text[1:].islower()
        and y in lex["starter"] - lex["det_pron"] - lex["det"]
        and a.text.islower()
    ):
        return RUN_ON
    if x == y and a.text.islower() and x not in lex["may_repeat"]:
        return "a word is repeated"
    if fr and x in lex["elide"] and lower_b and _needs_elision(y, lex):
        return "a word that should elide stands before a vowel"
    if not fr and lower_b and _wrong_indefinite(x, y):
        return "the article does not fit the next word"
    if (
        fr
        and y in lex["possessive"]
        and _is_noun(ws, i, text, lex)
        and _noun_follows(ws, i + 1, lex)
    ):
        return "a noun runs into a possessive"
    # "de le faire" is right (a pronoun before an infinitive); "de les discours" is not.
    if (
        fr
        and x in ("de", "à")
        and y in ("le", "les")
        and lower_b
        and _noun_follows(ws, i + 1, lex)
        and not ws[i + 2].lower.endswith(_INFINITIVE_ENDINGS)
    ):
        return "an article is missing its contraction"
    if not fr and y == "be" and lower_b and a.text.islower() and not _licenses_be(ws, i, lex):
        return "a verb lost its auxiliary"
    if lower_b and b.text.isalpha():
        return (_french_pair if fr else _english_pair)(ws, i, text, lex)
    return None


def _french_pair(ws: list[Word], i: int, text: str, lex: Lexicon) -> str | None:
    x, y = ws[i].lower, ws[i + 1].lower
    # "le son", "le ton" are nouns (sound, tone); "la leur" alone is a pronoun ("theirs"),
    # before a noun it is two determiners.
    if (
        x in lex["det"] | lex["det_pron"]
        and y in lex["possessive"]
        and y not in ("son", "ton")
        and (not y.startswith("leur") or _noun_follows(ws, i + 1, lex))
    ):
        return "an article runs into a possessive"
    if x in lex["det_pron"] and y in lex["etre"]:
        return "an article runs into a verb"
    # "est" may be the compass point ("la côte est sont"); "a" is a common typo for "à".
    if x in lex["chain"] and y in lex["chain"] and x != "est" and y != "a":
        return "two verbs follow each other"
    if x in lex["modal"] and y in lex["prep"]:
        return "a verb runs into a preposition"
    if (x == "à" or x in lex["prep_pair"]) and (y in lex["prep_pair"] or y == "entre"):
        return "two prepositions follow each other"
    if x in lex["avoir"] and _infinitive(y, lex):
        return "an auxiliary runs into an infinitive"
    if x in lex["before_conj"] and y in lex["conj"]:
        return "a preposition runs into a conjunction"
    if y in lex["invariable"] or not known_word(y, lex.language):
        return None
    if x in lex["plural_det"] and not y.endswith(("s", "x", "z")):
        return "a plural determiner runs into a singular word"
    if x == "dans" and y not in lex["after_dans"] and not y.endswith("ment"):
        return "a preposition lost its article"
    return None


def _english_pair(ws: list[Word], i: int, text: str, lex: Lexicon) -> str | None:
    x, y = ws[i].lower, ws[i + 1].lower
    auxiliaries = lex["be_forms"] | lex["have_forms"] | lex["modal"]
    if x in lex["be_forms"] and y in auxiliaries:
        return "two verbs follow each other"
    if x in lex["have_forms"] and (y in lex["be_forms"] or y in lex["modal"]):
        return "two verbs follow each other"
    if x in lex["modal"] and (y in lex["modal"] or y in lex["be_forms"] or y == "of"):
        return "two verbs follow each other"
    if x in lex["have_forms"] and y == "of":
        return "a verb runs into a preposition"
    if (x in lex["before_of"] and y == "of") or (x == "of" and y in lex["after_of"]):
        return "two prepositions follow each other"
    # "with and without" is the one common pair of prepositions joined this way.
    after = ws[i + 2].lower if i + 2 < len(ws) else ""
    if x in lex["before_conj"] and y in lex["conj"] and after != "without":
        return "a preposition runs into a conjunction"
    before = {w.lower for w in ws[max(0, i - 4) : i]}
    if x in lex["saying"] and y in auxiliaries and not before & lex["said_subject"]:
        return "a verb of saying lost its clause"
    window = [w.lower for w in ws[max(0, i - 6) : i + 1]]
    comparison = any(w.endswith(("er", "ier")) or w in lex["comparative"] for w in window)
    if y == "than" and not comparison and known_word(x, "en"):
        return "a comparison lost its first half"
    return None


def _licenses_be(ws: list[Word], i: int, lex: Lexicon) -> bool:
    """A bare "be" needs a modal, "to" or a negation shortly before (``there'll now be``)."""
    for w in ws[max(0, i - 2) : i + 1]:
        if w.lower in lex["before_be"] or w.lower.endswith(("'ll", "'d", "n't")):
            return True
    return ws[i].lower.endswith("ly")


@cache
def known_word(word: str, language: str) -> bool:
    """A word of the language, not two words glued by the scraper (``donnéesseront``)."""
    return wordfreq.zipf_frequency(word, language) >= 1.5


def _infinitive(word: str, lex: Lexicon) -> bool:
    if word in lex["infinitive"]:
        return True
    return word.endswith("er") and len(word) > 4 and word not in lex["not_infinitive"]


def _needs_elision(word: str, lex: Lexicon) -> bool:
    return word[:1] in _VOWELS and word.isalpha() and word not in lex["no_elision"]


def _wrong_indefinite(x: str, y: str) -> bool:
    """``a apple`` / ``an car``; ``a union``, ``a one-off``, ``an hour`` are fine."""
    if not y.isalpha():
        return False
    if x == "a":
        return y[:1] in "aeio" and not y.startswith(("one", "once", "eu"))
    if x == "an":
        return y[:1] not in "aeiouh"
    return False


def _is_noun(ws: list[Word], i: int, text: str, lex: Lexicon) -> bool:
    """``ws[i]`` follows an article that cannot be a pronoun here, so it is a noun."""
    word = ws[i]
    if i < 1 or not word.text.isalpha() or not word.text.islower() or word.lower in lex.function:
        return False
    article = ws[i - 1]
    if not (adjacent(text, article, word) or article.lower.endswith("'")):
        return False
    # "rendre au peuple sa souveraineté": after "au"/"aux" a second object may follow.
    if article.lower in lex["det"] and article.lower not in ("au", "aux"):
        return True
    # "la", "le", "les" are articles, not pronouns, right after a preposition or "et"/"ou".
    return (
        article.lower in lex["det_pron"]
        and i >= 2
        and (ws[i - 2].lower in lex["prep"] or ws[i - 2].lower in lex["conj"])
        and adjacent(text, ws[i - 2], article)
    )


def _noun_follows(ws: list[Word], i: int, lex: Lexicon) -> bool:
    """The word after ``ws[i]`` looks like a noun: lower-case and no verb ending."""
    if i + 1 >= len(ws):
        return False
    nxt = ws[i + 1]
    if not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if nxt.lower in lex["finite"] or nxt.lower in lex.function:
        return False
    return not nxt.lower.endswith(_VERB_ENDINGS)


def run_ons(text: str, ws: list[Word], lex: Lexicon) -> Iterator[int]:
    """Indexes ``i`` where ``ws[i]`` (lower-case) runs into a capitalised sentence starter.

    ``Deux membres La police n'a pas confirmé``: the first sentence lost its end.
    """
    skip = lex.function | lex["before_name"]
    starter = lex["starter"]
    for i in range(len(ws) - 2):
        a, b, c = ws[i], ws[i + 1], ws[i + 2]
        if not (a.text.isalpha() and a.text.islower()) or a.lower in skip:
            continue
        rest = b.text[1:].rstrip("'’")
        if b.lower not in starter or not (b.text[:1].isupper() and (rest == "" or rest.islower())):
            continue
        if adjacent(text, a, b) and c.text[:1].islower():
            yield i
