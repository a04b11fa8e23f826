"""unbalanced_quote: a quote mark or bracket without its partner."""

import pytest

from newsfix.text.checks import quotes
from newsfix.text.document import Document


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in quotes.check(Document(text)) if f.suggestion is None]


FLAGGED = [
    pytest.param("Il a dit « non à la réforme.", "«", id="fr-open-guillemet"),
    pytest.param(
        "L’Europe doit être impliquée  » dans toute solution.", "»", id="fr-close-guillemet-alone"
    ),
    pytest.param("He said “yes and left.", "“", id="en-open-curly"),
    pytest.param(
        "Intitulée « Le fleuve et la lumière, l’exposition ouvre.\n« La suite », dit-il.",
        "«",
        id="fr-title-quote-lost-its-closer-before-a-quoted-paragraph",
    ),
    pytest.param("He said yes” and left.", "”", id="en-close-curly"),
    pytest.param('He said "no and left.', '"', id="en-lone-straight-quote"),
    pytest.param("Le gouvernement (Ayrault 2 a parlé.", "(", id="fr-open-bracket"),
    pytest.param("Il a dit « oui “ peut-être » enfin.", "“", id="fr-inner-quote-never-closed"),
]

CLEAN = [
    pytest.param("« Oui. »", id="fr-short-quote"),
    pytest.param("« Il a dit “oui” », raconte-t-elle.", id="fr-nested-quotes"),
    pytest.param("Le nouveau gouvernement (Ayrault 2) est nommé.", id="fr-bracket-with-number"),
    pytest.param("l’OTAN, qu’il, aujourd’hui, it’s, the 90’s", id="fr-en-apostrophes"),
    pytest.param("a) premier point b) second point", id="fr-list-labels"),
    pytest.param('He is 5\'11" tall and said "fine".', id="en-inches-and-straight-quotes"),
    pytest.param(
        "Il dit : « Nous partirons.\n« Et nous reviendrons », ajoute-t-il.",
        id="fr-quote-over-paragraphs",
    ),
    pytest.param("Great news :)", id="en-smiley"),
    pytest.param(
        "Selon l’adjointe, « ce sera long.\n« Mais nous tiendrons », dit-elle.",
        id="fr-quote-over-paragraphs-after-a-comma",
    ),
    pytest.param(
        "Elle a prévenu\u00a0:\u202f« Ce sera long.\n« Mais nous tiendrons », dit-elle.",
        id="fr-quote-over-paragraphs-after-a-narrow-space",
    ),
    pytest.param("La chaîne met tout en Å“uvre pour la sécurité.", id="fr-mojibake-curly-quote"),
    pytest.param(
        '“Our results were strong," the chief executive said.', id="en-mixed-curly-and-straight"
    ),
]


@pytest.mark.parametrize(("text", "mark"), FLAGGED)
def test_it_flags_the_lone_mark(text, mark):
    assert found(text) == [mark]


@pytest.mark.parametrize("text", CLEAN)
def test_it_leaves_paired_marks_alone(text):
    assert found(text) == []


@pytest.mark.xfail(strict=True, reason="quotes are paired within a paragraph only")
def test_it_misses_a_quote_closed_in_a_later_paragraph():
    text = "Il dit : « Nous partirons.\nEt nous reviendrons », ajoute-t-il."
    assert found(text) == []
