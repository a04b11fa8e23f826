"""Word-pair rules that look beyond the pair: the words before it, or after.

``wordpairs`` folds the rules on a pair alone into one table; a pair the table
marks ``context`` is judged here, by the language's rules, which may read the
words around it: ``la mise leur programme`` (a noun, then a possessive before a
noun), ``cette devait`` (an article before a conjugated verb, told by the verb's
infinitive being a word), ``that the plan be dropped`` (a bare ``be`` needs a
modal, ``to`` or ``that`` before it). Known limits: with no dictionary of parts
of speech, a word is a verb or a noun by its ending, so irregular forms
(``fera``, ``disait``) and nouns with verb endings slip through.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .language import zipf
from .wordclasses import Words, known_word

if TYPE_CHECKING:
    from .wordpairs import Lexicon

VOWELS = frozenset("aeiouéèêëàâîïôöûùü")
# Endings of finite verbs and English past forms: such a word is not a noun.
_VERB_ENDINGS = ("ent", "ait", "aient", "era", "eront", "ons", "ez", "ed")
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
# Endings of conjugated verbs that cannot follow an article ("cette devait").
CONJUGATED = ("aient", "èrent", "irent")
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# Reasons the pair scan itself tells apart.
ELISION = "a word that should elide stands before a vowel"
NUMBER = "a number runs into a possessive"
DIGITS = "a number lost its first digits"


def in_context(ws: Words, i: int, lex: Lexicon) -> str | None:
    """The rules that look at more than the pair itself."""
    x, y = ws.lowers[i], ws.lowers[i + 1]
    if y == "000":
        # "proche de 000 euros": a group of thousands follows the digits it was cut from.
        return None if x.isdigit() else DIGITS
    if not y.replace("'", "").isalpha():
        return None
    if x == y:
        return None if x in lex["may_repeat"] else "a word is repeated"
    return (_french_context if lex.language == "fr" else _english_context)(ws, i, lex)


def _french_context(ws: Words, i: int, lex: Lexicon) -> str | None:
    x, y = ws.lowers[i], ws.lowers[i + 1]
    if x in lex["elide"] and _needs_elision(y, lex, x):
        return ELISION
    if x in lex["singular_article"] and y.endswith("s") and _plural(y, lex):
        return "a singular article runs into a plural word"
    if x in lex["subject"]:
        # "il rappeler": a subject clitic stands before a conjugated verb.
        return "a subject runs into an infinitive" if _infinitive(y, lex) else None
    if x == "qui":
        # "la manifestation qui déroulée vendredi": the auxiliary was lost. "à qui",
        # "par qui" open a relative whose subject follows.
        before = ws.lowers[i - 1] if i else ""
        if len(y) > 4 and y.endswith(PARTICIPLE_ENDINGS) and before not in lex["prep"]:
            return "a relative pronoun runs into a participle"
        return None
    if x in lex["avoir"] and y[-1:] in ("a", "s", "t"):
        if _tensed_verb(y):
            return "two verbs follow each other"  # "ils ont permettront"
        if y.endswith(lex.plural_noun_endings):
            # "les Etats-Unis ont sanctions": a plural noun or adjective needs its article
            # after "avoir" (the bare nouns of "avoir lieu", "avoir tendance" are singular).
            return "an auxiliary runs into a noun without its article"
    elif (
        x.endswith(PARTICIPLE_ENDINGS)
        and y.endswith(lex.noun_endings)
        and _bare_noun_after_participle(x, y, lex)
    ):
        return "a participle runs into a noun without its article"
    if y == "été":
        # After an adverb "été" is the participle ("ont également été"), and a participle
        # needs its auxiliary; "l'été", "cet été" (summer) follow no adverb.
        if (x in lex["adverb"] or x.endswith("ment")) and not _auxiliary_before(ws, i, lex):
            return "a participle lost its auxiliary"
        # "lorsqu'un vote été annoncé": after a plain noun, "été" is a participle
        # whose auxiliary was lost ("en été", "cet été", "l'été" follow function words).
        noun = x.isalpha() and x not in lex.function and x not in lex["after_ete"]
        # A word unknown to the language is glued ("ilavait été"): the merge check's.
        noun = noun and ws.text[ws.starts[i]].islower() and known_word(x, "fr")
        if noun and not _auxiliary_before(ws, i, lex):
            return "a participle lost its auxiliary"
        return None
    if x == "que" and y == "n'":
        # "pense que n'est probablement pas": the clause lost its subject. "Que n'a-t-il
        # fait" opens a sentence; "plus que n'en a" and "que n'importe qui" are whole.
        after = ws.lowers[i + 2] if i + 2 < len(ws) else ""
        lower = ws.text[ws.starts[i]].islower()
        return "a clause lost its subject" if lower and after in lex["chain"] else None
    if y in lex["possessive"]:
        # "à 25 sa route": a count needs its noun ("25 km/h"); a score ("6-2 sa") does not.
        if x.isdigit() and len(x) <= 3 and ws.text[ws.starts[i] - 1 : ws.starts[i]] == " ":
            return NUMBER
        # "a présenté aux élus du conseil son projet": after an indirect object
        # the direct one may follow with its possessive.
        indirect = not lex["indirect_object"].isdisjoint(ws.lowers[max(0, i - 5) : i])
        if not indirect and _is_noun(ws, i, lex) and _noun_follows(ws, i + 1, lex):
            return "a noun runs into a possessive"
        # "la leur" alone is a pronoun ("theirs"); before a noun it is two determiners.
        if y.startswith("leur") and (x in lex["det"] or x in lex["det_pron"]):
            return "an article runs into a possessive" if _noun_follows(ws, i + 1, lex) else None
        return None
    # "de le faire" is right (a pronoun before an infinitive); "de les discours" is not.
    if x in ("de", "à") and y in ("le", "les"):
        if _noun_follows(ws, i + 1, lex) and not ws.lowers[i + 2].endswith(_INFINITIVE_ENDINGS):
            return "an article is missing its contraction"
        return None
    if x in lex["avoir"] and _infinitive(y, lex):
        return "an auxiliary runs into an infinitive"
    # "cette devait", "des pourraient": an article before a conjugated verb.
    if (
        x in lex["det"]
        and (
            y.endswith(CONJUGATED)
            or (y.endswith("ait") and y not in lex["noun_ait"] and len(y) > 4)
        )
        and known_word(y, "fr")
    ) or (x in lex["det"] and _tensed_verb(y)):
        return "an article runs into a verb"
    if x in lex["prep"] and _tensed_verb(y):
        return "a preposition runs into a verb"
    if x not in lex["plural_det"] and x != "dans":
        return None
    if y in lex["invariable"] or not known_word(y, lex.language):
        return None
    alone = y.endswith(("nt", "'")) or y in lex.function or y in lex["after_pronoun"]
    if x in lex["plural_pronoun"] and alone:
        return None  # "certains estiment", "plusieurs d'entre eux", "certains que": a pronoun
    if x in lex["plural_det"] and not y.endswith(("s", "x", "z")):
        return "a plural determiner runs into a singular word"
    if x == "dans" and y not in lex["after_dans"] and not y.endswith("ment"):
        return "a preposition lost its article"
    return None


def _english_context(ws: Words, i: int, lex: Lexicon) -> str | None:
    x, y = ws.lowers[i], ws.lowers[i + 1]
    if x in lex["strict_modal"]:
        # "the strike would marked absent": a modal takes a bare verb ("would need").
        past = y.endswith("ed") and not y.endswith("eed") and len(y) > 4
        return "a modal runs into a past form" if past else None
    if x == "it":
        # "It the scheme": "it" opening a sentence is its subject ("call it a day" is not).
        start = ws.starts[i]
        opens = (
            start == 0
            or ws.text[start - 1] in '\n“"'
            or ws.text[start - 2 : start] in (". ", "! ", "? ")
        )
        return "a subject runs into an article" if ws.text[start] == "I" and opens else None
    if _wrong_indefinite(x, y):
        return "the article does not fit the next word"
    if y == "be":
        if not known_word(x, "en"):
            return None  # "fieldswould be": glued words, the merge check's
        return None if _licenses_be(ws, i, lex) else "a verb lost its auxiliary"
    if y == "not":
        # "their not be established": a possessive needs its noun ("their not being" is one).
        after = ws.lowers[i + 2] if i + 2 < len(ws) else ""
        if x in lex["possessive"] and not after.endswith("ing"):
            return "a possessive runs into a negation"
        return None
    if y == "been":
        # "been" is only ever a perfect: "has", "have", "had" or "having" come shortly before.
        return None if _auxiliary_before(ws, i + 1, lex) else "a participle lost its auxiliary"
    if x == "with":
        after = ws.lowers[i + 2] if i + 2 < len(ws) else ""
        if y in lex["conj"] and after != "without":
            return "a preposition runs into a conjunction"
        return None
    if x in lex["saying"] and y in lex.auxiliaries:
        before = set(ws.lowers[max(0, i - 4) : i])
        return None if before & lex["said_subject"] else "a verb of saying lost its clause"
    if y == "than" and known_word(x, "en"):
        window = ws.lowers[max(0, i - 6) : i + 1]
        if not any(w.endswith("er") or w in lex["comparative"] for w in window):
            return "a comparison lost its first half"
    return None


def _auxiliary_before(ws: Words, i: int, lex: Lexicon) -> bool:
    """A form of avoir/have among ``ws[i]`` and the three words before it (adverbs may come
    between: "ont aussi déjà été", "has not yet been")."""
    for w in ws.lowers[max(0, i - 3) : i + 1]:
        if w in lex["have"] or w.endswith(("'ve", "'d", "'s", "’ve", "’d", "’s")):
            return True
    return False


def _licenses_be(ws: Words, i: int, lex: Lexicon) -> bool:
    """A bare "be" needs a modal, "to" or a negation shortly before (``there'll now be``),
    or "that" as in "insisted that the plan be dropped" (the subjunctive)."""
    for w in ws.lowers[max(0, i - 2) : i + 1]:
        if w in lex["before_be"] or w.endswith(("'ll", "'d", "n't")):
            return True
    if "that" in ws.lowers[max(0, i - 3) : i]:
        return True
    return ws.lowers[i].endswith("ly")


def _infinitive(word: str, lex: Lexicon) -> bool:
    if word in lex["infinitive"]:
        return True
    return word.endswith("er") and len(word) > 4 and word not in lex["not_infinitive"]


def _needs_elision(word: str, lex: Lexicon, before: str = "") -> bool:
    """``de acclamé``; ``le onze``, ``la une`` (the front page) keep their vowel, but
    ``que une`` is always ``qu'une``."""
    if word[:1] not in VOWELS or not word.isalpha():
        return False
    return word not in lex["no_elision"] or (before in lex["elide_before_un"] and word[:2] == "un")


@cache
def _tensed_verb(word: str) -> bool:
    """``permettra``, ``pourraient``, ``parlait``: a French future, conditional or imperfect.

    The ending alone would take in nouns (``caméra``, ``portrait``); the infinitive it
    comes from must be a word. Irregular stems (``fera``, ``disait``) are missed.
    """
    if len(word) < 6 or not word.isalpha():
        return False
    for ending in ("aient", "ait", "ont", "a"):
        if word.endswith("r" + ending):
            # The future's stem is the infinitive, less a final "e" (permettr-a).
            base = word[: -len(ending)]
            if base.endswith(("er", "ir")) and known_word(base, "fr"):
                return True
            if known_word(base + "e", "fr") and base.endswith(("tr", "dr", "ur", "vr")):
                return True
    for ending in ("aient", "ait"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if stem.endswith("iss"):  # finissait
                return known_word(stem[:-2] + "r", "fr")
            if stem.endswith(("ge", "ç")):  # mangeait, commençait
                stem = stem[:-1] + ("" if stem.endswith("ge") else "c")
            return any(known_word(stem + end, "fr") for end in ("er", "ir", "re"))
    return False


def _plural(word: str, lex: Lexicon) -> bool:
    """``tensions``, ``postes``: a plural, its singular being the commoner word.

    Singular words in ``-s`` (``mois``, ``cours``) are listed; ``sont`` is commoner
    than ``son``, so it passes for what it is.
    """
    if len(word) < 5 or not word.isalpha() or word in lex["singular_s"]:
        return False
    return zipf(word[:-1], "fr") > max(2.5, zipf(word, "fr"))


def _bare_noun_after_participle(x: str, y: str, lex: Lexicon) -> bool:
    """``signé gouvernements``, ``placé vigilance``: a French participle takes its object
    with an article. Verbs that name or rank take a bare noun as attribute (``nommé
    ambassadeur``, ``désigné personnalité``), and some fixed phrases are bare (``donné
    satisfaction``): their participles are listed."""
    if len(x) < 5 or not x.endswith(PARTICIPLE_ENDINGS) or y in lex["not_noun"]:
        return False
    stem = x.removesuffix("s").removesuffix("e")
    return stem not in lex["bare_object_participle"] and stem not in lex["title_participle"]


def _wrong_indefinite(x: str, y: str) -> bool:
    """``a apple`` / ``an car``; ``a union``, ``a one-off``, ``an hour`` are fine."""
    if not y.isalpha():
        return False
    if x == "a":
        return y[:1] in "aeio" and not y.startswith(("one", "once", "eu"))
    if x == "an":
        return y[:1] not in "aeiouh"
    return False


def _is_noun(ws: Words, i: int, lex: Lexicon) -> bool:
    """``ws[i]`` follows an article that cannot be a pronoun here, so it is a noun."""
    lowers = ws.lowers
    if i < 1 or not lowers[i].isalpha() or lowers[i] in lex.function:
        return False
    article = lowers[i - 1]
    # "rendre au peuple sa souveraineté": after "au"/"aux" a second object may follow.
    if article in lex["det"] and article not in ("au", "aux"):
        close = i - 1
    # "la", "le", "les" are articles, not pronouns, right after a preposition or "et"/"ou".
    elif article in lex["det_pron"] and i >= 2 and lowers[i - 2] in lex["prep"] | lex["conj"]:
        close = i - 2
    else:
        return False
    starts, ends = ws.starts, ws.ends
    if not ws.text[starts[i] : ends[i]].islower():
        return False
    return all(starts[k + 1] - ends[k] <= 1 for k in range(close, i))


def _noun_follows(ws: Words, i: int, lex: Lexicon) -> bool:
    """The word after ``ws[i]`` looks like a noun: lower-case and no verb ending."""
    if i + 1 >= len(ws):
        return False
    nxt = ws.lowers[i + 1]
    if not nxt.isalpha() or nxt in lex["finite"] or nxt in lex.function:
        return False
    if nxt.endswith(_VERB_ENDINGS):
        return False
    return ws.text[ws.starts[i + 1] : ws.ends[i + 1]].islower()
