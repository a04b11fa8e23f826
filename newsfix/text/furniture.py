"""What page furniture looks like, for the boilerplate check and for reconciling copies.

A line or a sentence is judged on a vocabulary of furniture words in French
and English (``data/furniture_*.txt``, patterns rather than phrases) and on
its shape: short and without a full stop, in capitals, a run of
social-network names, an imperative or a ``you``/``vous`` addressed to the
reader, the site speaking of itself ("our", "this article"), a page control
("Load more", "Voir tous les articles"), a caption or tag-list opening, a
time stamp, an agency credit, a flattened quote table.

    >>> is_furniture("Abonnez-vous à notre newsletter")
    True
    >>> is_furniture("Le maire a annoncé sa démission mardi soir.")
    False
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import vocabulary as _vocabulary
from .data import load_lines, load_words
from .document import Span
from .vocabulary import trigger_keys as _trigger_keys

_WORD = re.compile(r"[^\W\d_]++(?:[’'-][^\W\d_]++)*+")
_LETTERS = re.compile(r"[^\W\d_]+")
_TERMINAL = (".", "!", "?", "…", "»", "”", '"', "»")
_QUOTES = re.compile(r"[«»“”]|(?:^|\s)\"\w")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_SECOND_PERSON = frozenset("you your yours you're vous votre vos".split())
_PUBLISHER = frozenset("our us we notre nos nous".split())


@cache
def _markers() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + "|".join(load_lines("furniture_markers")) + ")", re.IGNORECASE)


def _worth_judging(text: str, sentences: list[Span], tokens: list[list[str]] | None = None) -> bool:
    """Whether a run of sentences has any cue at all that furniture could need.

    Most paragraphs are plain prose; this cheap look at their words spares
    them the full judgement (vocabulary patterns, sentence by sentence).
    ``tokens``, when given, are ``_words`` of each sentence, already found by
    the caller.
    """
    if not sentences:
        return False
    chunk = text[sentences[0].start : sentences[-1].end]
    # The run's words are its sentences' words when only white space parts
    # them: no word runs across a space, and a space is no word.
    joined = tokens is not None and all(
        text[a.end : b.start].isspace() for a, b in zip(sentences, sentences[1:], strict=False)
    )
    if tokens is not None and joined:
        words = [w for sentence in tokens for w in sentence]
    else:
        words = _words(chunk)
    if _has_trigger(words):
        return True
    words = _unelided(words)
    if "©" in chunk or not _social().isdisjoint(words):
        return True
    if not _agency_words().isdisjoint(words):  # a credit ("Photo : J. Roux / AFP")
        return True
    to_reader = not _SECOND_PERSON.isdisjoint(words)
    for index, sentence in enumerate(sentences):
        unit = text[sentence.start : sentence.end]
        first = _WORD.search(unit)
        if not first:
            continue
        lead = first.group().lower()
        if _is_imperative(lead):
            return True
        if unit.isupper() or _markers().match(unit):
            return True
        # Short units only: a page control or a line addressed to the reader.
        if len(unit) < 60 and (to_reader or lead.endswith(("er", "ir", "re"))):
            short = _words(unit) if tokens is None else tokens[index]
            if _control(short) or (
                not _SECOND_PERSON.isdisjoint(short)
                and (not _PUBLISHER.isdisjoint(short) or not unit.endswith(_TERMINAL))
            ):
                return True
    return False


@cache
def _agency_words() -> frozenset[str]:
    return frozenset(w for line in load_lines("photo_agencies") for w in _words(line))


def _starts_like_furniture(unit: str, words: list[str] | None = None) -> bool:
    """``words``, when given, are ``_words(unit)``, already found by the caller."""
    if _markers().match(unit):
        return True
    match = _vocabulary.match(unit)
    if match:
        return True
    if words is None:
        words = _words(unit)
    return bool(words) and (_is_imperative(words[0]) or _is_caps(unit))


def _is_furniture(unit: str, words: list[str] | None = None) -> bool:
    """``words``, when given, are ``_words(unit)``: a caller that has them
    already spares the tokenisation (stripping the unit changes no word)."""
    unit = unit.strip()
    if not unit:
        return False
    if _markers().match(unit):
        return True
    if words is None:
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
    found = _has_trigger(words) or "©" in unit
    strong = _vocabulary.count(unit) if found else 0
    open_end = not unit.endswith(_TERMINAL) or unit.endswith(":")
    if not (strong or imperative or second or caps or open_end):
        return False  # a full sentence with no furniture word that calls or speaks to no one
    if _QUOTES.search(unit):
        # Quotation marks mean reported speech, unless what lies outside the
        # quotes addresses the reader about furniture (a newsletter's name).
        outside = _QUOTED.sub(" ", unit)
        if outside == unit or not strong:
            return False
        rest = _words(outside)
        return bool(
            _vocabulary.search(outside)
            and not _SECOND_PERSON.isdisjoint(rest)
            and len(words) <= (60 if imperative else 40)
        )
    # A label line: "Related articles", "Publicité", "Écouter cet article".
    if strong and n <= 8 and (caps or (open_end and (n <= 5 or strong >= 2) and _labels(unit))):
        return True
    lead = _vocabulary.match(unit) if strong else None
    if lead and n <= 15:
        # Opening on a furniture word: "Comments are closed.", "Newsletter : …".
        rest = unit[lead.end() :].lstrip()
        if (
            rest.startswith(":")
            or n <= 3
            or not rest.strip(".!?… ")
            or (
                # "Retour en haut de la page": a short line led by a furniture phrase.
                open_end and n <= 8 and " " in lead.group()
            )
        ):
            return True
    publisher = not _PUBLISHER.isdisjoint(words) or any(w.endswith("-nous") for w in words)
    # A call to action; several run together when the page lost their stops.
    if (
        imperative
        and (strong or second or publisher or social)
        # A furniture word alone carries a short call; a long one must also
        # address the reader ("Devenez membre, lui avait conseillé son père, …").
        and (n <= 12 or second or publisher or social)
        and (n <= 30 or (strong and second and n <= 60))
    ):
        return True
    if caps and n <= 10 and (strong or imperative):
        return True
    if open_end and n <= 6 and _control(words):
        return True
    if n == 1 and open_end and imperative and len(unit) < 20:
        return True  # a button alone on its line: "Écouter", "Subscribe"
    # The site speaking to the reader about itself: "Our top picks for you",
    # "Chip in to keep this newsroom going".
    page = bool(_THIS_PAGE.search(unit))
    if n <= 12 and (second or imperative or strong) and (publisher or page):
        return True
    # "Handpicked for you", "Vidéo indisponible dans votre région": a short
    # open line addressed to the reader, with no verb of its own.
    if (
        open_end
        and n <= 6
        and second
        and (strong or words[-1] in _SECOND_PERSON or _control(["voir", *words]))
    ):
        return True
    if strong and second and n <= 40:
        return True
    # A credit ends on an agency's name: its last word first, then the pattern.
    if open_end and n <= 15 and words[-1] in _agency_words() and _credit().search(unit):
        return True
    return strong >= 2 and n <= 15 and (open_end or publisher)


def _control(words: list[str]) -> bool:
    """A page control: a verb (imperative or infinitive) naming what it acts on.

    "Load more", "See all stories", "Voir tous les articles", "Suivre
    l'auteur", "Continuer avec Google". A subheading such as "Follow the
    money" or "Réformer l'école" names none of the control words.
    """
    first = words[0]
    verb = _is_imperative(first) or (len(first) > 3 and first.endswith(("er", "ir", "re")))
    ui = load_words("ui_words")
    return verb and any(w in ui or w.split("'")[-1].split("’")[-1] in ui for w in words[1:])


def _labels(unit: str) -> bool:
    """Whether an open line reads as a label: its furniture words come first
    ("Les articles les plus partagés") and it does not stop on a word that
    needs a sequel. "The minister said subscribers would" is cut-off prose."""
    match = _vocabulary.search(unit)
    if match is None:
        return False
    before = unit[: match.start()]
    if before.endswith(("'", "’")):
        before = before.rstrip("'’").rstrip("dlDL")  # "de l'annonceur": "l'" is the word's
    if len(_words(before)) > 2:
        return False
    if match.end() >= len(unit.rstrip(" :")):
        return True  # "Supported by", "Avec le soutien de": the label is the line
    # "Unlimited digital access from $2" ends on a price, not on "from".
    last = unit.split()[-1].lower().strip(".,;:…")
    return last not in load_words("function_words")


@cache
def _credit() -> re.Pattern[str]:
    agencies = "|".join(re.escape(a) for a in load_lines("photo_agencies"))
    joiners = "|".join(re.escape(w) for w in load_lines("credit_joiners"))
    byline = rf",\s*(?:{joiners})\s+(?:l['’])?(?:{agencies})"  # "Par J. Roux, avec AFP"
    return re.compile(rf"(?:\((?:{agencies})\)|[/©:]\s*(?:{agencies})|{byline})\s*$", re.IGNORECASE)


# The same few words are asked about on every page; the answer depends on the
# word alone.
@lru_cache(maxsize=65536)
def _is_imperative(word: str) -> bool:
    word = word.lower()
    head = word.split("-", 1)[0]
    if head in _reader_verbs():
        return True
    return len(head) > 3 and head.endswith("ez") and head not in load_words("not_imperatives_fr")


def _is_caps(unit: str) -> bool:
    if not unit.isupper():
        return False
    letters = "".join(_LETTERS.findall(unit))
    return len(letters) >= 4 and len(_words(unit)) >= 2


# "this article", "cette page", "notre site": the page speaking of itself.
_THIS_PAGE = re.compile(
    r"(?<!\w)(?:this|cet|cette|ce|our|notre|nos) (?:article|story|piece|page|site|website|"
    r"content|contenu|newsletter|lettre|video|vidéo|journalism|journalisme|rédaction|newsroom)"
    r"(?!\w)(?! (?:of|de|du|des|d['’])\b)",
    re.IGNORECASE,
)


def _about_the_page(unit: str) -> bool:
    """Whether a short sentence speaks of the page, the reader or the site.

    Said of a sentence beside furniture: "Cet article est réservé aux
    abonnés." or "This article is for subscribers only." before a login
    call, "Enjoyed this story?" before a share bar. "Les abonnés
    protestent." speaks of no page and no reader, so it is not.

        >>> _about_the_page("Cet article est réservé aux abonnés.")
        True
        >>> _about_the_page("Les abonnés de Netflix ont reçu un courriel.")
        False
    """
    words = _words(unit)
    if not words or len(words) > 12 or _QUOTES.search(unit):
        return False
    page = bool(_THIS_PAGE.search(unit))
    reader = not _SECOND_PERSON.isdisjoint(words) or any(w.endswith("-vous") for w in words)
    if page and reader:
        return True
    return (page or reader) and bool(_vocabulary.search(unit) or unit.rstrip().endswith("?"))


def _has_trigger(words: list[str]) -> bool:
    """Whether a word could start a vocabulary pattern: a short trigger ("app")
    must be the whole word, a longer one ("abonn") its start. An elided word
    counts by its bare form too ("l'abonnement")."""
    if not _TRIGGERING.isdisjoint(words):
        return True
    if _INERT.issuperset(words):
        return False  # most paragraphs: every word seen before, none a trigger
    found = False
    for word in words:
        if word in _INERT:
            continue
        if _triggers(word) or (
            ("'" in word or "’" in word) and _triggers(word.split("'")[-1].split("’")[-1])
        ):
            _remember(_TRIGGERING, word)
            found = True
        else:
            _remember(_INERT, word)
    return found


# The words met so far that are, or are not, triggers: a paragraph's words
# are then tested with one set operation instead of one lookup per word.
_TRIGGERING: set[str] = set()
_INERT: set[str] = set()
_MAX_REMEMBERED = 200_000


def _remember(seen: set[str], word: str) -> None:
    if len(seen) < _MAX_REMEMBERED:
        seen.add(word)


def _triggers(word: str) -> bool:
    short, by_prefix = _trigger_keys()
    if word in short:
        return True
    starts = by_prefix.get(word[:4])
    return starts is not None and word.startswith(starts)


def _unelided(words: list[str]) -> list[str]:
    """The words, plus each elided one without its article: "l'annonceur" gives
    "annonceur" too, so that a furniture word after "l'" or "d'" is seen."""
    bare = [w.split("'")[-1].split("’")[-1] for w in words if "'" in w or "’" in w]
    return words + bare if bare else words


def _addresses_reader(words: list[str]) -> bool:
    """Whether the words speak to the reader: "you", "vous", "souhaitez-vous"."""
    return not _SECOND_PERSON.isdisjoint(words) or any(w.endswith("-vous") for w in words)


def _pitch(words: list[str]) -> int:
    pitch = load_words("pitch_words")
    return sum(1 for w in words if w in pitch)


def _words(unit: str) -> list[str]:
    return _WORD.findall(unit.lower())


def _reader_verbs() -> frozenset[str]:
    """The verbs that, leading a sentence, address the reader."""
    return load_words("reader_verbs")


def _social() -> frozenset[str]:
    return load_words("social_networks")


@lru_cache(maxsize=65536)  # a pure test of one word, asked again on every page
def may_start_furniture(word: str) -> bool:
    """Whether a lower-cased word could open a furniture pattern or marker."""
    short, by_prefix = _trigger_keys()
    if word in short or word in _social() or word in _MARKER_STARTS:
        return True
    return any(word.startswith(t) for t in by_prefix.get(word[:4], ()))


# First words of the caption, credit and tag-list openings (furniture_markers.txt).
_MARKER_STARTS = frozenset(
    "image photo photograph photographie picture illustration video vidéo crédit credit crédits "
    "credits source sources tags tag mots media caption légende keyword keywords "
    "mot topics topic thèmes thème sujets sujet categories catégories read see related lire "
    "à voir sur copyright © reporting additional avec with most more top you vous".split()
)


def has_vocabulary(unit: str) -> bool:
    """Whether a furniture word or phrase occurs in ``unit`` at all."""
    return bool(_vocabulary.search(unit))


# The judgement, as the checks use it.
WORD = _WORD
QUOTES = _QUOTES
TERMINAL = _TERMINAL
is_furniture = _is_furniture
is_imperative = _is_imperative
starts_like_furniture = _starts_like_furniture
worth_judging = _worth_judging
is_caps = _is_caps
social = _social
about_the_page = _about_the_page
addresses_reader = _addresses_reader
pitch = _pitch
words = _words
reader_verbs = _reader_verbs
