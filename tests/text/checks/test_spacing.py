"""spacing: double spaces, a space before , or ., no space after a comma."""

import pytest

from newsfix.text.checks import spacing
from newsfix.text.document import Document


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.suggestion) for f in spacing.check(Document(text))]


FLAGGED = [
    pytest.param("Le vote en  faveur de la loi.", "  ", " ", id="fr-double-space"),
    pytest.param("The attention,   but not the money.", "   ", " ", id="en-triple-space"),
    pytest.param(
        "Il a répondu :\u00a0 non.", "\u00a0 ", "\u00a0", id="fr-space-beside-no-break-space"
    ),
    pytest.param("Selon Ingrid Solberg , la ville paiera.", " ,", ",", id="en-space-before-comma"),
    pytest.param(
        "Elle parle le français et l’anglais .", " .", ".", id="fr-space-before-full-stop"
    ),
    pytest.param("Philippe Magnen,le maire, a parlé.", ",", ", ", id="fr-no-space-after-comma"),
    pytest.param("He was nervous at the start,but won.", ",", ", ", id="en-no-space-after-comma"),
    pytest.param("Il a dit ,non.", " ,", ", ", id="fr-comma-on-the-wrong-side"),
]

CLEAN = [
    pytest.param(
        "Le taux est de 3,5 % ; il était de 2,1 % !", id="fr-decimals-and-no-break-typography"
    ),
    pytest.param(
        "Il a dit\u00a0: «\u00a0Oui.\u00a0» Puis\u202f?", id="fr-no-break-spaces-in-guillemets"
    ),
    pytest.param("« Oui. »", id="fr-short-quote"),
    pytest.param("Voir https://example.com/a,b et a@b.fr.", id="en-url-and-email"),
    pytest.param("Attendez ... et vous verrez.", id="fr-spaced-ellipsis"),
    pytest.param("He learnt .NET in 2019 and owes $1,000,000.", id="en-dotnet-and-thousands"),
    pytest.param("The U.S. and M. Dupont, e.g. here.", id="en-abbreviations"),
    pytest.param("    Indented line.\nNext line.  \nLast.", id="en-line-edges"),
]


@pytest.mark.parametrize(("text", "span", "suggestion"), FLAGGED)
def test_it_flags_bad_spacing(text, span, suggestion):
    assert found(text) == [(span, suggestion)]


@pytest.mark.parametrize("text", CLEAN)
def test_it_leaves_good_typography_alone(text):
    assert found(text) == []
