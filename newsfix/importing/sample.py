"""Realistic damaged scrapes, generated: for the benchmark, demos and tests.

Articles of about 3 KB in French (mostly) and English, each hit by the kinds
of damage scrapers cause: words glued where a tag was dropped, a missing
space after a full stop, share-button and "read also" furniture, a last
sentence cut short, a repeated paragraph, doubled spaces, an unpaired
quote and mojibake. One article in ten is a copy of an earlier wire story
on another site, damaged differently. The same seed gives the same articles.

    >>> rows = list(articles(3, seed=1))
    >>> len(rows), sorted(rows[0])
    (3, ['language', 'published', 'site', 'text', 'title', 'url'])
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

SITES = [
    "lemonde.example",
    "lefigaro.example",
    "liberation.example",
    "ouest-france.example",
    "20minutes.example",
    "leparisien.example",
    "bbc.example",
    "guardian.example",
    "reuters.example",
    "lesechos.example",
    "francetvinfo.example",
    "rfi.example",
]
WORDS = {
    "fr": {
        "who": [
            "le ministre",
            "la présidente",
            "le gouvernement",
            "les syndicats",
            "la mairie",
            "le porte-parole",
            "les enquêteurs",
            "la direction",
            "les agriculteurs",
            "le préfet",
            "les habitants",
            "la commission",
            "les députés",
            "l'entreprise",
        ],
        "did": [
            "a annoncé",
            "a confirmé",
            "a démenti",
            "a présenté",
            "a défendu",
            "a critiqué",
            "a reporté",
            "a rejeté",
            "a salué",
            "a dévoilé",
            "a précisé",
            "a promis",
        ],
        "what": [
            "un nouveau plan",
            "une réforme des retraites",
            "la hausse des prix",
            "un accord commercial",
            "le budget de l'année prochaine",
            "une enquête interne",
            "la fermeture de l'usine",
            "un projet de loi",
            "la baisse des impôts",
            "un plan d'investissement",
            "la construction du pont",
            "un référendum local",
        ],
        "where": [
            "à Paris",
            "à Lyon",
            "à Marseille",
            "à Genève",
            "à Bruxelles",
            "à Nantes",
            "à Bordeaux",
            "à Lille",
            "à Strasbourg",
            "à Toulouse",
            "à Rennes",
            "à Nice",
        ],
        "when": [
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "ce week-end",
            "hier soir",
            "dans la matinée",
            "en fin de journée",
            "la semaine dernière",
        ],
        "link": ["Selon", "D'après", "Pour", "Comme l'explique"],
        "said": ["a-t-il déclaré", "a-t-elle expliqué", "selon un communiqué", "a ajouté un élu"],
        "furniture": [
            "Share Post:",
            "Lire aussi : Les dernières informations",
            "Publicité",
            "Abonnez-vous à notre newsletter",
            "Partager sur Facebook",
        ],
        "glue": ["après", "avant", "contre", "depuis", "pendant", "chez", "vers"],
        "names": ["Moscou", "Paris", "Bruxelles", "Washington", "Berlin", "Madrid", "Rome"],
        "open": "«\u00a0",
        "close": "\u00a0»",
    },
    "en": {
        "who": [
            "the minister",
            "the president",
            "the government",
            "the unions",
            "the council",
            "a spokesman",
            "investigators",
            "the board",
            "farmers",
            "the governor",
            "residents",
            "the committee",
            "lawmakers",
            "the company",
        ],
        "did": [
            "announced",
            "confirmed",
            "denied",
            "presented",
            "defended",
            "criticised",
            "postponed",
            "rejected",
            "welcomed",
            "unveiled",
            "clarified",
            "promised",
        ],
        "what": [
            "a new plan",
            "a pension reform",
            "the rise in prices",
            "a trade deal",
            "next year's budget",
            "an internal inquiry",
            "the closure of the plant",
            "a draft law",
            "a tax cut",
            "an investment plan",
            "the new bridge",
            "a local referendum",
        ],
        "where": [
            "in London",
            "in Leeds",
            "in Geneva",
            "in Brussels",
            "in Dublin",
            "in Manchester",
            "in Glasgow",
            "in Bristol",
            "in Cardiff",
            "in York",
        ],
        "when": [
            "on Monday",
            "on Tuesday",
            "on Wednesday",
            "on Thursday",
            "on Friday",
            "this weekend",
            "last night",
            "in the morning",
            "late in the day",
        ],
        "link": ["According to", "For", "As explained by", "In the words of"],
        "said": ["he said", "she explained", "a statement said", "an official added"],
        "furniture": [
            "Share Post:",
            "Read more: Latest updates",
            "Advertisement",
            "Sign up to our newsletter",
            "Share on Facebook",
        ],
        "glue": ["after", "before", "against", "since", "during", "towards", "with"],
        "names": ["Moscow", "Paris", "Brussels", "Washington", "Berlin", "Madrid", "Rome"],
        "open": "\u201c",
        "close": "\u201d",
    },
}
TARGET_CHARS = 3000


def _sentence(rng: random.Random, w: dict, serial: int) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        text = (
            f"{rng.choice(w['who'])} {rng.choice(w['did'])} {rng.choice(w['what'])} "
            f"{rng.choice(w['where'])} {rng.choice(w['when'])}."
        )
    elif shape == 1:
        text = (
            f"{rng.choice(w['link'])} {rng.choice(w['who'])}, {rng.choice(w['what'])} "
            f"{rng.choice(w['did'])} {rng.randint(2, 950)} {rng.choice(w['where'])}."
        )
    elif shape == 2:
        text = (
            f"{w['open']}{rng.choice(w['what']).capitalize()} {rng.choice(w['where'])}"
            f"{w['close']}, {rng.choice(w['said'])} {rng.choice(w['when'])}."
        )
    else:
        text = (
            f"{rng.choice(w['who'])} {rng.choice(w['did'])} {rng.choice(w['what'])} "
            f"({serial % 97 + 3} %) {rng.choice(w['glue'])} {rng.choice(w['names'])}."
        )
    return text[0].upper() + text[1:]


def _story(rng: random.Random, language: str, serial: int) -> tuple[str, list[str]]:
    w = WORDS[language]
    title = (
        f"{rng.choice(w['who'])} {rng.choice(w['did'])} {rng.choice(w['what'])} "
        f"{rng.choice(w['where'])}"
    ).capitalize() + f" ({serial})"
    paragraphs, size = [], 0
    while size < TARGET_CHARS:
        paragraph = " ".join(_sentence(rng, w, serial + n) for n in range(rng.randint(3, 5)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return title, paragraphs


def _damage(rng: random.Random, paragraphs: list[str], language: str) -> str:
    w = WORDS[language]
    paragraphs = list(paragraphs)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(8)
        index = rng.randrange(len(paragraphs))
        text = paragraphs[index]
        if kind == 0:  # a dropped tag glues two words
            glue = rng.choice(w["glue"])
            paragraphs[index] = text.replace(f" {glue} ", f" {glue}", 1)
        elif kind == 1:  # no space after a full stop
            paragraphs[index] = text.replace(". ", ".", 1)
        elif kind == 2:  # page furniture
            paragraphs.insert(rng.choice([0, index]), rng.choice(w["furniture"]))
        elif kind == 3:  # the last sentence cut short
            last = paragraphs[-1]
            paragraphs[-1] = last[: rng.randint(len(last) // 2, len(last) - 5)].rstrip()
        elif kind == 4:  # a paragraph scraped twice
            paragraphs.insert(index + 1, text)
        elif kind == 5:
            paragraphs[index] = text.replace(" ", "  ", 1)
        elif kind == 6:  # an unpaired quote
            paragraphs[index] = text.replace(w["close"], "", 1)
        else:  # mojibake
            paragraphs[index] = text.replace("é", "Ã©", 1)
    return "\n\n".join(paragraphs)


def articles(count: int, seed: int = 0) -> Iterator[dict]:
    """``count`` damaged articles as dicts (``title``, ``text``, ``url``, ``site``…)."""
    rng = random.Random(seed)
    recent: list[tuple[str, str, list[str]]] = []
    for serial in range(count):
        site = rng.choice(SITES)
        if recent and rng.random() < 0.1:
            language, title, paragraphs = rng.choice(recent)
        else:
            language = "fr" if rng.random() < 0.8 else "en"
            title, paragraphs = _story(rng, language, serial)
            recent = [*recent[-49:], (language, title, paragraphs)]
        yield {
            "title": title,
            "text": _damage(rng, paragraphs, language),
            "url": f"https://{site}/{serial}",
            "site": site,
            "language": language,
            "published": f"2024-{serial % 12 + 1:02d}-{serial % 28 + 1:02d}T08:00:00Z",
        }


def write_jsonl(path: Path, count: int, seed: int = 0) -> Path:
    """Write ``count`` articles to ``path`` as JSON Lines, one at a time."""
    with path.open("w", encoding="utf-8") as out:
        for article in articles(count, seed):
            out.write(json.dumps(article, ensure_ascii=False))
            out.write("\n")
    return path
