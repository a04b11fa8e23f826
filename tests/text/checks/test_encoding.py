"""encoding: mojibake, HTML entities, leftover tags, control characters."""

import pytest

from newsfix.text.checks import encoding
from newsfix.text.document import Document


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.suggestion) for f in encoding.check(Document(text))]


FLAGGED = [
    pytest.param("La convention dÃ©mocrate a voté.", "dÃ©mocrate", "démocrate", id="fr-mojibake"),
    pytest.param("Ils ont Ã©tÃ© libérés.", "Ã©tÃ©", "été", id="fr-mojibake-twice-in-a-word"),
    pytest.param("Il est dÃ©jÃ\u00a0 parti.", "dÃ©jÃ\u00a0", "déjà", id="fr-mojibake-of-a-grave"),
    pytest.param("Itâ€™s over, he said.", "Itâ€™s", "It’s", id="en-mojibake-keeps-curly-quote"),
    pytest.param(
        "Il est allé Ã  la plage.", "Ã ", "à", id="fr-a-grave-whose-no-break-space-became-plain"
    ),
    pytest.param("Washington â€“ Le président a parlé.", "â€“", "–", id="en-dash-mojibake"),
    pytest.param("Ils ont envahi l&#39;ambassade.", "&#39;", "'", id="fr-numeric-entity"),
    pytest.param("Le projet lanc&eacute; hier.", "&eacute;", "é", id="fr-named-entity"),
    pytest.param("Too many&nbsp;people came.", "&nbsp;", " ", id="en-nbsp-entity"),
    pytest.param(
        "Fin de la phrase.<br>Début de la suivante.", "<br>", " ", id="fr-tag-between-sentences"
    ),
    pytest.param("Fin de la phrase. <br /> Suite.", " <br /> ", " ", id="fr-tag-with-spaces"),
    pytest.param("Last line of the story.</p>", "</p>", "", id="en-tag-at-the-end"),
    pytest.param("Paragraphe.<br /></div>\nSuite.", "<br /></div>", "", id="fr-tags-in-a-row"),
    pytest.param("Bad\u0007bell here.", "\u0007", "", id="en-control-character"),
]

CLEAN = [
    pytest.param("Crème brûlée, naïve, Ångström, Ærø.", id="fr-real-accents"),
    pytest.param("AT&T and H&M; a < b but c > d; <3 love.", id="en-ampersands-and-comparisons"),
    pytest.param("« Oui », dit-il — l’OTAN “agit”.", id="fr-curly-and-guillemets"),
    pytest.param("Ça coûte 5 € à São Paulo, Łódź et Köln.", id="fr-currency-and-place-names"),
    pytest.param("Il a écrit <nom> dans le formulaire.", id="fr-angle-brackets-not-a-tag"),
]


@pytest.mark.parametrize(("text", "span", "suggestion"), FLAGGED)
def test_it_flags_bad_encoding(text, span, suggestion):
    assert found(text) == [(span, suggestion)]


@pytest.mark.parametrize("text", CLEAN)
def test_it_leaves_real_characters_alone(text):
    assert found(text) == []
