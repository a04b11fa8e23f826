"""A synthetic corpus of damaged news articles for the benchmarks.

Sentences are drawn from small French and English pools and damaged the way
scrapes are: glued words, mojibake, entities and tags, bad spacing, page
furniture, repeated headlines. Seeded, so every run times the same text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

FR = [
    "Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites.",
    "Selon le ministère de l’Intérieur, plus de 12 000 personnes ont manifesté à Paris.",
    "« Nous ne céderons pas », a déclaré la Première ministre devant l’Assemblée nationale.",
    "Les syndicats appellent à une nouvelle journée de grève jeudi prochain.",
    "La croissance de l’économie française a ralenti au troisième trimestre, selon l’Insee.",
    "Le maire de Lyon a annoncé la création de trois nouvelles lignes de tramway d’ici 2030.",
    "Les pompiers sont intervenus dans la nuit pour maîtriser un incendie dans un entrepôt.",
    "L’enquête a été confiée à la police judiciaire, qui n’exclut aucune piste.",
    "Cette décision, très attendue, pourrait être contestée devant le Conseil d’État.",
    "Au total, 47 % des ménages déclarent avoir réduit leurs dépenses d’énergie cet hiver.",
    "Le président de la République doit se rendre à Bruxelles pour un sommet européen.",
    "Les prix de l’électricité augmenteront de 10 % au 1er février, a confirmé le ministre.",
    "Après trois jours de négociations, un accord a finalement été trouvé dans la soirée.",
    "Les habitants du quartier réclament depuis des années la rénovation de l’école.",
    "M. Dupont a rappelé que l’OTAN restait « le pilier de la sécurité européenne ».",
]
EN = [
    "The government unveiled its budget on Tuesday, promising lower taxes for families.",
    "More than 12,000 people marched through the city centre, according to the police.",
    "“We will not back down,” the prime minister told reporters outside Downing Street.",
    "Unions have called for another day of strikes next Thursday.",
    "Economic growth slowed to 0.2 percent in the third quarter, official figures showed.",
    "The mayor said three new tram lines would open by 2030 to ease congestion.",
    "Firefighters battled the blaze for several hours before bringing it under control.",
    "Police said they were keeping an open mind about the cause of the crash.",
    "The ruling is expected to be challenged at the Supreme Court later this year.",
    "Almost half of households say they have cut back on heating this winter.",
    "The president is due to travel to Brussels for a summit of European leaders.",
    "Electricity prices will rise by 10 percent in February, the regulator confirmed.",
    "After three days of talks, a deal was finally reached late on Sunday evening.",
    "Residents have campaigned for years to have the school rebuilt.",
    "Mr. Smith said the U.S. remained committed to the alliance, e.g. through new funding.",
]
FURNITURE = [
    "Share this article\nFacebook\nX\nEmail",
    "Sign up for our morning newsletter",
    "Related stories",
    "ADVERTISEMENT",
    "Partager sur Facebook Partager sur X",
    "Abonnez-vous pour lire la suite",
    "À lire aussi : nos autres articles",
    "Publicité",
]


def _damage_sentence(sentence: str, rng: random.Random) -> str:
    roll = rng.random()
    words = sentence.split(" ")
    if roll < 0.10 and len(words) > 3:
        i = rng.randrange(len(words) - 1)
        words[i : i + 2] = [words[i] + words[i + 1]]
    elif roll < 0.15:
        sentence = sentence.replace("é", "Ã©", 1).replace("’", "&#8217;", 1)
        return sentence
    elif roll < 0.20 and len(words) > 3:
        i = rng.randrange(1, len(words))
        words[i] = " " + words[i]
    elif roll < 0.23:
        return sentence + "<br>"
    return " ".join(words)


def article(index: int, rng: random.Random) -> dict:
    language = "fr" if index % 3 else "en"
    pool = FR if language == "fr" else EN
    title = rng.choice(pool).rstrip(".")
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = [_damage_sentence(rng.choice(pool), rng) for _ in range(rng.randint(2, 5))]
        paragraphs.append(" ".join(sentences))
    if rng.random() < 0.5:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(FURNITURE))
    if rng.random() < 0.2:
        paragraphs.insert(0, title)
    return {
        "id": f"bench-{index}",
        "title": title,
        "language": language,
        "text": "\n\n".join(paragraphs),
    }


def generate(megabytes: float, seed: int = 7) -> Iterator[str]:
    """JSON lines of damaged articles, about ``megabytes`` of UTF-8 in all."""
    rng = random.Random(seed)
    budget = int(megabytes * 1_000_000)
    index = 0
    while budget > 0:
        line = json.dumps(article(index, rng), ensure_ascii=False)
        budget -= len(line.encode("utf-8")) + 1
        index += 1
        yield line
