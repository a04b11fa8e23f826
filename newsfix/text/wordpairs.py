"""Word pairs that cannot follow each other: the trace of words dropped inside a sentence.

When a scraper loses a link's text, the words on either side of the hole meet.
Most such meetings read as French or English; some cannot: an article before a
preposition (``des de``), ``de`` before a vowel or a name without elision (``a de
acclamé``, ``sur le Obama``), a noun running into a possessive (``la mise leur
programme``), a participle taking a noun without its article (``signé
gouvernements``), an article before a conjunction or a clitic (``their because``,
``la se ressaisir``), a preposition before a conjugated verb (``pour permettra``),
a bare ``be`` after a noun (``A new regulator be able``), a modal before a past
form (``would marked``). Verb forms are told from nouns by their ending and by the
infinitive they come from being a word (``permettra`` from ``permettre``), since
there is no dictionary of parts of speech. A lost sentence end shows
as a run-on: a word running into a capitalised sentence start (``Deux membres La
police``). The word classes behind these rules live in
``data/truncation_<lang>.txt`` (see ``wordclasses``); one pass over the words and a
regular expression per language, no model.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import compress, count
from operator import eq

import wordfreq

from .wordclasses import WordClasses, Words, known_word

_VOWELS = frozenset("aeiouéèêëàâîïôöûùü")
# Endings of finite verbs and English past forms: such a word is not a noun.
_VERB_ENDINGS = ("ent", "ait", "aient", "era", "eront", "ons", "ez", "ed")
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
# Endings of conjugated verbs that cannot follow an article ("cette devait").
_CONJUGATED = ("aient", "èrent", "irent")
# Future, conditional and imperfect endings: told from a noun's by the infinitive they
# come from (``permettra`` from ``permettre``, ``parlait`` from ``parler``).
_TENSED = ("ra", "ront", "ait", "aient")
_VERB_AFTER_ARTICLE = (*_CONJUGATED, *_TENSED)
# The word that ends where a run-on starts; an elided pronoun may precede it
# ("ils ne m'ont C'est une décision").
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))(?:(?i:[ldjmtsnc]|qu)['’])?(\w+)$")
# Where a participle ends before a capitalised word: where a name run-on can be.
_PARTICIPLE_END = re.compile(r"é(?:es|e|s)? (?=[A-ZÀ-Ý])")
# Punctuation that closes what came before it: no article or preposition stands before it.
_CLOSING = frozenset(",;:.!?»”)")
# The reason given when the second word starts a new, whole sentence.
RUN_ON = "it runs into the next sentence"
# The reason given when an article stands before punctuation: what follows is whole.
STRANDED = "an article stands before punctuation"
# In the pair table: the pair needs a look at the words around it.
_CONTEXT = "context"
_ELISION = "a word that should elide stands before a vowel"
_NUMBER = "a number runs into a possessive"
_DIGITS = "a number lost its first digits"
# Names opening on a glide take no elision ("de Ouattara", "de Ouistreham").
_GLIDE = ("oua", "oui", "ouï", "oué")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


class Lexicon(WordClasses):
    """A language's word classes with its rules compiled for a fast scan.

    Rules on a pair alone are folded into one table, ``lex.table``, so that most
    pairs in a text cost one look-up.
    """

    def __init__(self, language: str) -> None:
        super().__init__(language)
        # One look-up per pair: its reason, RUN_ON when the case of the words decides,
        # or _CONTEXT when the rule must look at the words around it.
        table = {
            (x, y): RUN_ON
            for x in self["det"] | self["det_pron"] | self["prep"]
            for y in self.bare_starter
        }
        # Pairs wrong in lower case for another reason ("the but") are run-ons when the
        # second word is capitalised ("the But Rovers equalised"); so is an article after
        # one when a lower-case word follows ("sur la Les températures"), not a title
        # ("de Les Échos").
        self.run_on_pairs = frozenset(table) | {
            (x, y)
            for x in self["det"] | self["det_pron"] | self["prep"]
            for y in self["det_pron"] & self["starter"]
        }
        table.update(_pair_table(self))
        if language == "fr":
            table.update({(x, y): _CONTEXT for x in ("de", "à") for y in ("le", "les")})
        self.table = table
        self.run_on_pattern = _run_on_pattern(self)
        self.name_pattern = _name_pattern(self)
        # Words whose rules look further than the pair; an eliding word ("de", "la") is
        # looked at only before a vowel.
        if language == "fr":
            # A determiner that no other rule looks at matters only before a
            # conjugated verb ("cette devait"): its pairs are picked by the
            # verb's ending rather than all looked at (see _french_context).
            self.det_before_verb = (
                self["det"]
                - self["avoir"]
                - self["plural_det"]
                - self["elide"]
                - {"de", "à", "dans"}
            )
            self.context_x = (
                self["avoir"] | self["plural_det"] | self["det"] | {"dans"}
            ) - self.det_before_verb
            self.context_y = self["possessive"] | {"été", "000"}
        else:
            self.det_before_verb = frozenset()
            self.context_x = self["saying"] | {"a", "an", "with"}
            self.context_y = frozenset({"be", "than", "been", "not", "000"})
        # Endings only a noun has ("-tion", "-ité"): such a word needs an article.
        self.noun_endings = tuple(sorted(self["noun_ending"]))
        self.plural_noun_endings = tuple(sorted(self["plural_noun_ending"]))
        self.bare_noun_pattern = _bare_noun_pattern(self.noun_endings)
        # Words whose rule looks at the next word only when it ends a certain way:
        # an article or a preposition before a conjugated verb ("cette devait", "pour
        # permettra"), a subject before an infinitive ("il rappeler"), "qui" before a
        # participle ("qui déroulée").
        endings: dict[str, tuple[str, ...]] = {}
        if language == "fr":
            for x in self.det_before_verb:
                endings[x] = _VERB_AFTER_ARTICLE
            for x in self["prep"]:
                endings[x] = endings.get(x, ()) + _TENSED
            for x in self["subject"]:
                endings[x] = ("er",)
            endings["qui"] = _PARTICIPLE_ENDINGS
            for x in self["singular_article"]:
                endings[x] = endings.get(x, ()) + ("s",)
        else:
            for x in self["strict_modal"]:
                endings[x] = ("ed",)
        self.endings = endings
        # Every word some rule may look at when it comes first in a pair.
        self.first_words = (
            frozenset(x for x, _ in table) | self.context_x | self["elide"] | frozenset(endings)
        )


@cache
def lexicon(language: str) -> Lexicon:
    return Lexicon(language if language in ("fr", "en") else "fr")


def impossible_pairs(text: str, ws: Words, lex: Lexicon) -> Iterator[tuple[int, str]]:
    """``(i, reason)`` for each ``ws[i]``, ``ws[i + 1]`` that cannot follow each other."""
    table, context_x, elide, endings = lex.table, lex.context_x, lex["elide"], lex.endings
    needs, after = lex["needs_noun"], ws.after
    lowers, starts, ends = ws.lowers, ws.starts, ws.ends
    firsts, seconds = lowers[:-1], lowers[1:]
    # Cheap sweeps pick the few pairs worth a closer look. Words no rule looks
    # at first are passed over by compress(), in C; for the others (about a
    # third of the words) the pair is tested in Python. Repeats, and second
    # words some rule looks at, are picked by sweeps in C alone.
    found = {
        i
        for i, x, y, sep in compress(
            zip(count(), firsts, seconds, after), map(lex.first_words.__contains__, firsts)
        )
        if x in context_x
        or (x, y) in table
        or (x in elide and y[:1] in _VOWELS)
        or (x in endings and y.endswith(endings[x]))
        or (sep != " " and x in needs)
    }
    found.update(compress(count(), map(eq, firsts, seconds)))
    found.update(compress(count(), map(lex.context_y.__contains__, seconds)))
    if lex.bare_noun_pattern is not None:
        # A participle, then a word with a noun's ending: found by a scan for "é".
        for match in lex.bare_noun_pattern.finditer(text):
            i = bisect_left(ends, match.start(1))
            if i < len(ends) - 1 and ends[i] == match.start(1):
                found.add(i)
    for i in sorted(found):
        sep = after[i]
        if sep != " " and lowers[i] in needs and sep.strip(" "):
            # "de son ; le parti": an article or a preposition before closing punctuation
            # lost its noun. Opening quotes may follow one ("le « changement »"); a dot
            # with a word right after it is inside an abbreviation ("at 5 a.m.").
            if sep.lstrip(" ")[:1] in _CLOSING and text[starts[i]].islower() and sep != ".":
                yield i, STRANDED
            continue
        a = text[starts[i] : ends[i]]
        b = text[starts[i + 1] : ends[i + 1]]
        reason = table.get((lowers[i], lowers[i + 1]), _CONTEXT)
        if b[:1].isupper() and (lowers[i], lowers[i + 1]) in lex.run_on_pairs:
            reason = RUN_ON
        if reason is RUN_ON:
            # "the Now many of them": an article before a capitalised sentence start.
            if b[:1].isupper():
                fits = a.islower() and b[1:].islower()
                if fits and lowers[i + 1] in lex["det_pron"]:
                    following = text[starts[i + 2]] if i + 2 < len(starts) else ""
                    fits = following.islower()
            else:
                reason = _CONTEXT
        if reason is _CONTEXT:
            reason = _in_context(ws, i, lex)
            if reason is None:
                continue
        if reason is not RUN_ON:
            # "sur le Obama": a name elides as any word does ("d'Obama", "l'Europe").
            fits = b.islower() or reason is _DIGITS or (reason is _ELISION and _vowel_name(b))
        if (
            fits
            and (a.isalpha() or reason is _NUMBER)
            and ends[i] < starts[i + 1]
            and text[ends[i] : starts[i + 1]].strip(" ") == ""
            # "aux d&#233;putés": a word cut by an HTML entity is garbled, not misplaced.
            and text[ends[i + 1] : ends[i + 1] + 1] != "&"
        ):
            yield i, reason


def _pair_table(lex: Lexicon) -> dict[tuple[str, str], str]:
    """Pairs wrong whatever surrounds them, with the reason; the first rule listed wins."""
    table: dict[tuple[str, str], str] = {}

    def rule(xs: Iterable[str], ys: Iterable[str], reason: str) -> None:
        for x in xs:
            for y in ys:
                table.setdefault((x, y), reason)

    articles = lex["det_next"] - lex["det_pron"]
    rule(lex["det"], lex.after_article, "an article runs into a function word")
    # Pronouns follow object pronouns ("il les en a informés"); "les leurs" is "theirs".
    rule(
        lex["det_pron"],
        lex.after_article - {"en", "leurs"},
        "an article runs into a function word",
    )
    rule(lex["det"], lex["finite"], "an article runs into a verb")
    rule(lex["det"], lex["stressed"], "an article runs into a pronoun")
    rule(lex["det"] | lex["det_pron"], lex["not_after_article"], "an article runs into a pronoun")
    rule(lex["singular_det"], lex["quantifier"], "two determiners follow each other")
    # "environ kilomètres", "about hectares": a unit needs its number.
    rule(lex["approximator"], lex["unit"], "a number is missing")
    rule(
        lex["det"] | lex["det_pron"] | lex["possessive"],
        lex["subordinator"],
        "an article runs into a conjunction",
    )
    rule(lex["det"] | lex["prep"], lex["verb_only"], "a verb lost its subject")
    rule(lex["prep"], lex["finite"] | lex["subject"], "a preposition runs into a verb")
    # After a subject, "le", "la", "les" are object pronouns ("on les a croisés"), and
    # "entre" is a verb ("il entre en scène").
    rule(lex["subject"], articles | (lex["prep"] - {"entre"}), "a subject runs into an article")
    rule(lex["subject"], lex["infinitive"], "a subject runs into an infinitive")
    # "très", "very" qualify an adjective or an adverb: "très de", "very the" lost one.
    rule(
        lex["intensifier"],
        (articles | lex["prep"] | lex["finite"] | lex["conj"] | lex["subject"]) - {"à", "en"},
        "an adverb lost the word it qualifies",
    )
    if lex.language == "fr":
        # "le son", "le ton" are nouns (sound, tone); "leur" needs a look at what follows.
        possessive = lex["possessive"] - {"son", "ton", "leur", "leurs"}
        rule(lex["det"] | lex["det_pron"], possessive, "an article runs into a possessive")
        rule(lex["det_pron"], lex["etre"], "an article runs into a verb")
        # "est" may be the compass point ("la côte est sont"); "a" is a common typo for "à".
        rule(lex["chain"] - {"est"}, lex["chain"] - {"a"}, "two verbs follow each other")
        rule(lex["modal"], lex["prep"] - lex["adverbial_prep"], "a verb runs into a preposition")
        rule(
            lex["prep_pair"] | {"à"},
            lex["prep_pair"] | {"entre"},
            "two prepositions follow each other",
        )
        rule(lex["avoir"], lex["infinitive"], "an auxiliary runs into an infinitive")
        # "le un" may name the number; "des que", "la que" are "dès que", "là que" typed
        # without their accent.
        rule((lex["det"] | lex["det_pron"]) - {"le"}, {"un"}, "two determiners follow each other")
        rule(
            (lex["det"] | lex["det_pron"]) - {"des", "la"},
            {"que", "qu'"},
            "an article runs into a conjunction",
        )
        # A month follows "en", "de", "fin", a day's number…, never a verb ("avaient octobre");
        # "a" is left out: it stands for "à" in careless typing ("jusqu'a mars").
        rule((lex["avoir"] - {"a"}) | {"été"}, lex["month"], "a verb runs into a date")
        rule(lex["prep"] | lex["det"], lex["finite_irregular"], "a preposition runs into a verb")
        rule({"de"}, {"peut", "peuvent"}, "a preposition runs into a verb")
        # "de" absorbs a following "des" and never stands before "du" or "que".
        rule({"de"}, {"des", "du", "que"}, "two prepositions follow each other")
        # "leur" is a pronoun before a verb or a possessive before a noun, never before
        # a preposition ("leur par des programmes").
        rule({"leur"}, lex["prep"], "a possessive runs into a preposition")
        # A subject clitic stands before its verb, never before "que" ("qu'il que cela").
        rule(lex["subject"], {"que", "qu'"}, "a subject runs into a conjunction")
        rule(lex["before_conj"], lex["conj"], "a preposition runs into a conjunction")
        # "ne" and "se" stand before a verb (or a pronoun), never before an article.
        rule({"ne", "se"}, articles | (lex["prep"] - {"en"}) | lex["conj"], "a verb is missing")
        table[("que", "n'")] = _CONTEXT
    else:
        # "to" + a finite verb or a subject ("to was", "to they"); "to have" is fine.
        rule({"to"}, (lex["finite"] - {"have"}) | lex["subject"], "a verb is missing")
        # "being" is a noun too ("a human being is").
        rule(lex["be_forms"] | {"be", "been"}, lex.auxiliaries, "two verbs follow each other")
        # A subject pronoun does not stand before another, or before "to" ("they to save").
        rule(
            lex["subject"],
            {"to"} | {y for y in lex["subject"] if y != "i"},
            "a subject runs into a function word",
        )
        rule(lex["prep"], {"can", "must", "shall"}, "a preposition runs into a verb")
        rule(lex.auxiliaries | {"be", "been"}, lex["round_number"], "a number lost its count")
        rule(lex["have_forms"], lex["be_forms"] | lex["modal"], "two verbs follow each other")
        rule(lex["modal"], lex["modal"] | lex["be_forms"], "two verbs follow each other")
        rule(lex["modal"] | lex["have_forms"], {"of"}, "a verb runs into a preposition")
        rule(lex["before_of"], {"of"}, "two prepositions follow each other")
        rule({"of"}, lex["after_of"], "two prepositions follow each other")
        rule({"to"}, lex["after_to"], "two prepositions follow each other")
        # "for" may be a conjunction ("for he knew"), never before a bare auxiliary.
        rule({"for"}, lex["finite"], "a preposition runs into a verb")
        # "of million": a round number needs its count ("of a million", "of 40 million").
        rule((lex["prep"] - {"per"}) | {"for"}, lex["round_number"], "a number lost its count")
        rule({"it"}, lex["det"] | lex["prep"], _CONTEXT)
        # "with and without" is the one common pair joined this way: see _in_context.
        rule(lex["before_conj"] - {"with"}, lex["conj"], "a preposition runs into a conjunction")
    return table


def _in_context(ws: Words, i: int, lex: Lexicon) -> str | None:
    """The rules that look at more than the pair itself."""
    x, y = ws.lowers[i], ws.lowers[i + 1]
    if y == "000":
        # "proche de 000 euros": a group of thousands follows the digits it was cut from.
        return None if x.isdigit() else _DIGITS
    if not y.replace("'", "").isalpha():
        return None
    if x == y:
        return None if x in lex["may_repeat"] else "a word is repeated"
    return (_french_context if lex.language == "fr" else _english_context)(ws, i, lex)


def _french_context(ws: Words, i: int, lex: Lexicon) -> str | None:
    x, y = ws.lowers[i], ws.lowers[i + 1]
    if x in lex["elide"] and _needs_elision(y, lex, x):
        return _ELISION
    if x in lex["singular_article"] and y.endswith("s") and _plural(y, lex):
        return "a singular article runs into a plural word"
    if x in lex["subject"]:
        # "il rappeler": a subject clitic stands before a conjugated verb.
        return "a subject runs into an infinitive" if _infinitive(y, lex) else None
    if x == "qui":
        # "la manifestation qui déroulée vendredi": the auxiliary was lost. "à qui",
        # "par qui" open a relative whose subject follows.
        before = ws.lowers[i - 1] if i else ""
        if len(y) > 4 and y.endswith(_PARTICIPLE_ENDINGS) and before not in lex["prep"]:
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
        x.endswith(_PARTICIPLE_ENDINGS)
        and y.endswith(lex.noun_endings)
        and _bare_noun_after_participle(x, y, lex)
    ):
        return "a participle runs into a noun without its article"
    if y == "été":
        # After an adverb "été" is the participle ("ont également été"), and a participle
        # needs its auxiliary; "l'été", "cet été" (summer) follow no adverb.
        if (x in lex["adverb"] or x.endswith("ment")) and not _auxiliary_before(ws, i, lex):
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
            return _NUMBER
        # "a présenté aux élus du conseil son projet": after an indirect object
        # the direct one may follow with its possessive.
        indirect = not {"à", "au", "aux"}.isdisjoint(ws.lowers[max(0, i - 5) : i])
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
            y.endswith(_CONJUGATED)
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
    if x in lex["plural_pronoun"] and (y.endswith("nt") or y in lex.function or y == "que"):
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
    if word[:1] not in _VOWELS or not word.isalpha():
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
    return _zipf(word[:-1]) > max(2.5, _zipf(word))


@cache
def _zipf(word: str) -> float:
    return wordfreq.zipf_frequency(word, "fr")


def _vowel_name(word: str) -> bool:
    """A capitalised name (``Obama``, not ``ONU``) that elides what comes before it."""
    return word[:1].isupper() and word[1:].islower() and not word.lower().startswith(_GLIDE)


def _bare_noun_after_participle(x: str, y: str, lex: Lexicon) -> bool:
    """``signé gouvernements``, ``placé vigilance``: a French participle takes its object
    with an article. Verbs that name or rank take a bare noun as attribute (``nommé
    ambassadeur``, ``désigné personnalité``), and some fixed phrases are bare (``donné
    satisfaction``): their participles are listed."""
    if len(x) < 5 or not x.endswith(_PARTICIPLE_ENDINGS) or y in lex["not_noun"]:
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


def run_ons(text: str, lex: Lexicon) -> Iterator[int]:
    """Ends of lower-case words that run into a capitalised sentence starter.

    ``Deux membres La police n'a pas confirmé``: the first sentence lost its end.
    """
    # A conjunction may stand before a starter only when a sentence was cut
    # ("and It forecast", "et Il a"); an article or a preposition is the table's.
    skip = (lex.function - lex["conj"]) | lex["before_name"] | lex["before_quote"]
    for match in lex.run_on_pattern.finditer(text):
        end = match.start()
        before = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if before is None:
            continue
        word = before.group(1)
        if word.islower() and word.isalpha() and word not in skip:
            yield end


def name_run_ons(text: str, lex: Lexicon) -> Iterator[int]:
    """Ends of participles that run into a name starting the next sentence.

    ``l'autre partie n'est pas engagée Blinken a déclaré``: a name after a noun or a
    title is common (``le président Obama a``), after a participle it is not.
    """
    if lex.name_pattern is None:
        return
    # The pattern is tried only at the words that end like a participle before
    # a capital (found by a fast scan for "é"), not at every position; a match
    # may not start inside the one before, as with finditer().
    matched_to = 0
    for anchor in _PARTICIPLE_END.finditer(text):
        start = anchor.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1  # back to the start of the word (\w characters)
        if start < matched_to:
            continue
        match = lex.name_pattern.match(text, start)
        if match is None:
            continue
        matched_to = match.end()
        participle, name = match.group(1), match.group(2)
        if (
            participle.islower()
            and participle not in lex["title_participle"]
            and name.split(None, 1)[0].lower() not in lex["starter"]
        ):
            yield match.end(1)


def _run_on_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Spaces, then a capitalised starter (``La``, ``C'``) before a lower-case word."""
    starters = sorted((w[:1].upper() + w[1:] for w in lex["starter"]), key=len, reverse=True)
    # "Aujourd'hui" is written with either apostrophe.
    whole = "|".join(re.escape(w).replace("'", "['’]") for w in starters if not w.endswith("'"))
    elided = "|".join(re.escape(w[:-1]) + "['’]" for w in starters if w.endswith("'"))
    starter = rf"(?:(?:{whole})(?![\w'’-])" + (f"|{elided}" if elided else "") + ")"
    # An article may start the sentence with a name: "l'ensemble Le Luxembourg n'est pas".
    articles = "|".join(
        w[:1].upper() + w[1:]
        for w in sorted(lex["starter"] & (lex["det_pron"] | {"the"}))
        if not w.endswith("'")
    )
    # It opens on a space (a literal, found by a fast scan) and looks behind it for
    # the word; the capital a starter needs is checked before the alternatives.
    capitals = "".join(sorted({w[:1] for w in starters} | {w[:1] for w in articles.split("|")}))
    capital = f"(?=[{re.escape(capitals)}])" if articles else ""  # no articles: (?:) fits all
    return re.compile(
        rf" (?<=\w ) *{capital}"
        rf"(?:{starter}(?=\W*[a-zà-ÿ])|(?:{articles})(?= [A-ZÀ-Ý]\w+ [a-zà-ÿ]))"
    )


def _bare_noun_pattern(endings: tuple[str, ...]) -> re.Pattern[str] | None:
    """The end of a participle (``signé``), a space, a lower-case word ending like a noun."""
    if not endings:
        return None
    ending = "|".join(sorted(endings, key=len, reverse=True))
    return re.compile(rf"é(?:es|e|s)?( )(?=[a-zà-ÿ]+(?:{ending})(?![\w'’-]))")


def _name_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """A participle, one to three capitalised words, a finite verb, a lower-case word."""
    if not lex["after_name"]:
        return None
    verbs = "|".join(sorted(lex["after_name"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(\w{{2,}}(?:é|ée|és|ées)) ((?:[A-ZÀ-Ý][\w'’-]* ){{1,3}})(?:{verbs}) [a-zà-ÿ]"
    )
