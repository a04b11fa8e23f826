"""repair never deletes article text, even when furniture is glued onto it."""

import itertools

import pytest

from newsfix.text import repair

PROSE = [
    "Les autorités envisagent notamment de déployer des missiles sol-air sur six sites.",
    "Le parquet a ouvert une enquête pour homicide involontaire après la mort du cycliste.",
    "Il a dit que les abonnés recevraient un remboursement partiel en mai.",
    "The agency plans to deploy more inspectors to the border crossings next year.",
    "The minister said subscribers would get a partial refund in May.",
    "She said the photos had been shared by readers who wanted to donate.",
]
FURNITURE = [
    "Recommended for you",
    "Voir le diaporama (8 photos)",
    "Become a member today",
    "Haut de page",
    "Editor's picks",
    "Suivez-nous sur Instagram",
    "Subscribe now",
    "Print this page",
    "Back to top",
    "Faites un don",
    "Share this article",
    "Lire aussi",
    "Advertisement",
    "Image caption A crowd",
    "Pic: Lisa Berg/AFP",
    "Cette vidéo ne peut pas être lue",
    "Photo : Sam Lee pour Le Temps",
    "Vidéos recommandées",
]
LEADS = ["", "Le maire a parlé.\n\n", "Le maire a parlé. "]


def _heads(sentence: str) -> list[str]:
    """Every cut of a sentence after its second word: what truncation leaves."""
    words = sentence.rstrip(".").split()
    return [" ".join(words[:cut]) for cut in range(2, len(words) + 1)]


@pytest.mark.parametrize(
    ("prose", "furniture"),
    list(itertools.product(PROSE, FURNITURE)),
    ids=lambda value: value[:24],
)
def test_it_keeps_every_truncated_sentence_that_furniture_is_glued_onto(prose, furniture):
    for head, lead in itertools.product(_heads(prose), LEADS):
        text = lead + head + " " + furniture
        assert head in repair(text), text


@pytest.mark.parametrize("prose", PROSE, ids=lambda value: value[:24])
def test_it_keeps_a_truncated_line_of_prose(prose):
    for head in _heads(prose):
        for text in (
            "Le maire a parlé.\n\n" + head,
            "Le maire a parlé.\n" + head + "\nIl est parti.",
            head + "\n\nLe maire a parlé.",
        ):
            assert repair(text) == text


@pytest.mark.parametrize("furniture", FURNITURE, ids=lambda value: value[:24])
def test_it_keeps_the_closing_quote_of_a_paragraph_that_furniture_follows(furniture):
    text = "Le maire a parlé.\n\n« Nous reconstruirons la piscine », a-t-il promis. » " + furniture
    assert repair(text).startswith("Le maire a parlé.\n\n« Nous reconstruirons la piscine »")
    quoted = "Il a dit : « Nous reconstruirons la piscine. » " + furniture
    assert repair(quoted).startswith("Il a dit : « Nous reconstruirons la piscine. »")
