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
regular expression per language, no model. Rules on a pair alone are one table
here; those that read the words around a pair are in ``wordcontext``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import compress, count
from operator import eq

from .wordclasses import WordClasses, Words
from .wordcontext import (
    CONJUGATED,
    DIGITS,
    ELISION,
    NUMBER,
    PARTICIPLE_ENDINGS,
    VOWELS,
    in_context,
)

# Future, conditional and imperfect endings: told from a noun's by the infinitive they
# come from (``permettra`` from ``permettre``, ``parlait`` from ``parler``).
_TENSED = ("ra", "ront", "ait", "aient")
_VERB_AFTER_ARTICLE = (*CONJUGATED, *_TENSED)
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
# Names opening on a glide take no elision ("de Ouattara", "de Ouistreham").
_GLIDE = ("oua", "oui", "ouï", "oué")


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
            endings["qui"] = PARTICIPLE_ENDINGS
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
        or (x in elide and y[:1] in VOWELS)
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
            reason = in_context(ws, i, lex)
            if reason is None:
                continue
        if reason is not RUN_ON:
            # "sur le Obama": a name elides as any word does ("d'Obama", "l'Europe").
            fits = b.islower() or reason is DIGITS or (reason is ELISION and _vowel_name(b))
        if (
            fits
            and (a.isalpha() or reason is NUMBER)
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
    if lex.language == "fr":
        # Only "ne", a clitic or the verb stands between a subject clitic and its
        # verb: "qu'on plus vite", "il très content" lost the verb.
        rule(lex["subject"], lex["degree_adverb"], "a subject lost its verb")
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
        # Some modals are nouns too ("the will of the people").
        rule(
            lex["modal"] - lex["modal_noun"] | lex["have_forms"],
            {"of"},
            "a verb runs into a preposition",
        )
        rule(lex["before_of"], {"of"}, "two prepositions follow each other")
        rule({"of"}, lex["after_of"], "two prepositions follow each other")
        rule({"to"}, lex["after_to"], "two prepositions follow each other")
        # "for" may be a conjunction ("for he knew"), never before a bare auxiliary.
        rule({"for"}, lex["finite"], "a preposition runs into a verb")
        # "of million": a round number needs its count ("of a million", "of 40 million").
        rule((lex["prep"] - {"per"}) | {"for"}, lex["round_number"], "a number lost its count")
        rule({"it"}, lex["det"] | lex["prep"], _CONTEXT)
        # "with and without" is the one common pair joined this way: see in_context.
        rule(lex["before_conj"] - {"with"}, lex["conj"], "a preposition runs into a conjunction")
    return table


def _vowel_name(word: str) -> bool:
    """A capitalised name (``Obama``, not ``ONU``) that elides what comes before it."""
    return word[:1].isupper() and word[1:].islower() and not word.lower().startswith(_GLIDE)


def run_ons(text: str, lex: Lexicon) -> Iterator[int]:
    """Ends of lower-case words that run into a capitalised sentence starter.

    ``Deux membres La police n'a pas confirmé``: the first sentence lost its end.
    """
    skip = lex.function | lex["before_name"] | lex["before_quote"]
    subjects = lex["subject"] | lex["subject_starter"]
    for match in lex.run_on_pattern.finditer(text):
        end = match.start()
        before = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if before is None:
            continue
        word = before.group(1)
        if not (word.islower() and word.isalpha()):
            continue
        # After a conjunction only a subject pronoun shows a cut ("and It forecast",
        # "et Il a"): "et Le Monde", "and The Guardian" are names.
        if word in skip and not (word in lex["conj"] and match.group().strip().lower() in subjects):
            continue
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
