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
from functools import cache

from .data import load_lines, load_words
from .document import Span

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
    "mentions de all up ad top more most the this you we your our post may might think "
    "at ce cette d in is of on to un une was que not have nos notre votre vos tout "
    "make full will what l' avez".split()
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
    to_reader = not _SECOND_PERSON.isdisjoint(words)
    for sentence in sentences:
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
            short = _words(unit)
            if _control(short) or (
                not _SECOND_PERSON.isdisjoint(short)
                and (not _PUBLISHER.isdisjoint(short) or not unit.endswith(_TERMINAL))
            ):
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
            and len(words) <= (60 if imperative else 40)
        )
    open_end = not unit.endswith(_TERMINAL) or unit.endswith(":")
    # A label line: "Related articles", "Publicité", "Écouter cet article".
    if strong and n <= 8 and (caps or (open_end and (n <= 5 or strong >= 2) and _labels(unit))):
        return True
    lead = _vocabulary().match(unit) if strong else None
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
    publisher = not _PUBLISHER.isdisjoint(words)
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
    if open_end and n <= 5 and _control(words):
        return True
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
    if open_end and n <= 15 and _credit().search(unit):
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
    match = _vocabulary().search(unit)
    if match is None or len(_words(unit[: match.start()])) > 2:
        return False
    words = _words(unit)
    return not words or words[-1] not in load_words("function_words")


@cache
def _credit() -> re.Pattern[str]:
    agencies = "|".join(re.escape(a) for a in load_lines("photo_agencies"))
    return re.compile(rf"(?:\((?:{agencies})\)|[/©:]\s*(?:{agencies}))\s*$", re.IGNORECASE)


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
    """A line whose shape alone says furniture: capitals, a time stamp, a quote table."""
    if _is_ticker(line):
        return True
    if len(line) > 150:
        return False
    # A line of capitals inside the body is a related link or a call to action.
    if not first and _is_caps(line) and len(_words(line)) >= 4:
        return not line.endswith((".", "!", "?"))
    # A time stamp has no full stop; "Updated guidance was published." is news.
    return bool(_DATE_LINE.match(line)) and len(_words(line)) <= 12 and not line.endswith(".")


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
    return (page or reader) and bool(_vocabulary().search(unit) or unit.rstrip().endswith("?"))


def _is_ticker(line: str) -> bool:
    """A quote table flattened by the scraper: long runs of glued letters and figures.

    "TickerSecurityLastChangeChange %HDTHE HOME DEPOT INC.225.86-12.99-5.44%":
    prose has spaces between its words; a URL (with ``/``) is left alone.
    """
    if len(line) < 30 or "/" in line or "@" in line:
        return False
    glued = sum(len(token) for token in line.split() if len(token) > 25 or _figures(token))
    return glued * 2 >= len(line) and sum(ch.isdigit() for ch in line) >= 6


def _figures(token: str) -> bool:
    """A long token of letters and figures glued together: "INC.225.86-12.99-5.44%"."""
    return (
        len(token) > 15
        and sum(ch.isdigit() for ch in token) >= 4
        and any(ch.isalpha() for ch in token)
    )


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
    return bool(_vocabulary().search(unit))


# The judgement, as the checks use it.
WORD = _WORD
QUOTES = _QUOTES
TERMINAL = _TERMINAL
is_furniture = _is_furniture
is_imperative = _is_imperative
starts_like_furniture = _starts_like_furniture
worth_judging = _worth_judging
is_layout_line = _is_layout_line
is_button = _is_button
about_the_page = _about_the_page
pitch = _pitch
words = _words
