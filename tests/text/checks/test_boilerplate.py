"""boilerplate: page furniture that is not article text."""

import pytest

from newsfix.text.checks import boilerplate
from newsfix.text.document import Document

FR = "Le maire a annoncé mardi la fermeture de la piscine pour des travaux de rénovation."
FR2 = "Les travaux doivent durer six mois et coûter près de deux millions d’euros."
EN = "The council confirmed on Tuesday that the pool would close for six months of repairs."
EN2 = "The work is expected to cost almost two million pounds, officials said."


def found(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.suggestion) for f in boilerplate.check(Document(text))]


FLAGGED = [
    pytest.param(
        "Partager :\n\n" + FR + "\n\n" + FR2, "Partager :\n\n", id="fr-share-label-at-start"
    ),
    pytest.param(
        FR + "\n\nÀ lire également\n\n" + FR2, "\n\nÀ lire également", id="fr-read-also-between"
    ),
    pytest.param(
        FR + "\n\n" + FR2 + "\n\nRecevez notre lettre d'information chaque matin",
        "\n\nRecevez notre lettre d'information chaque matin",
        id="fr-newsletter-pitch-at-end",
    ),
    pytest.param(
        FR + "\n\n" + FR2 + "\nFacebook\nX\nWhatsApp\nCopier le lien",
        "\nFacebook\nX\nWhatsApp\nCopier le lien",
        id="fr-share-bar-one-button-per-line",
    ),
    pytest.param(
        FR + " Inscrivez-vous gratuitement à notre newsletter.\n\n" + FR2,
        " Inscrivez-vous gratuitement à notre newsletter.",
        id="fr-pitch-glued-onto-a-paragraph",
    ),
    pytest.param(
        FR + " Retrouvez-nous sur Instagram\n\n" + FR2,
        " Retrouvez-nous sur Instagram",
        id="fr-follow-call-glued-without-full-stop",
    ),
    pytest.param(
        FR + "\n\nMots-clés associés : travaux, piscine",
        "\n\nMots-clés associés : travaux, piscine",
        id="fr-tag-list",
    ),
    pytest.param(
        FR + " Pour lire la suite, connectez-vous ou créez un compte. " + FR2,
        " Pour lire la suite, connectez-vous ou créez un compte.",
        id="fr-login-pitch-inside-a-paragraph",
    ),
    pytest.param(
        FR + " Un incendie à Lyon Suivez toute l'actualité locale et recevez votre newsletter.",
        " Suivez toute l'actualité locale et recevez votre newsletter.",
        id="fr-call-glued-after-a-headline-without-stop",
    ),
    pytest.param(EN + "\n\nADVERTISEMENT\n\n" + EN2, "\n\nADVERTISEMENT", id="en-ad-label"),
    pytest.param(
        EN + "\n\nComments are closed.", "\n\nComments are closed.", id="en-comments-closed"
    ),
    pytest.param(
        FR + "\nNewsletter : le meilleur de la semaine chaque vendredi\n" + FR2,
        "\nNewsletter : le meilleur de la semaine chaque vendredi",
        id="fr-label-then-colon",
    ),
    pytest.param(
        FR + " Pour lire la suite, créez un compte. Sans abonnement.\n\n" + FR2,
        " Pour lire la suite, créez un compte. Sans abonnement.",
        id="fr-short-tail-of-a-pitch",
    ),
    pytest.param(
        EN + "\n\n" + EN2 + "\n\nYou may also like",
        "\n\nYou may also like",
        id="en-you-may-also-like",
    ),
    pytest.param(
        EN + "\n\nCLICK HERE TO WATCH THE FULL INTERVIEW\n\n" + EN2,
        "\n\nCLICK HERE TO WATCH THE FULL INTERVIEW",
        id="en-capitals-call-to-action",
    ),
    pytest.param(
        EN + "\n\n" + EN2 + "\nShare this story\nFacebook\nTwitter\nEmail",
        "\nShare this story\nFacebook\nTwitter\nEmail",
        id="en-share-block",
    ),
    pytest.param(
        EN + " Join our mailing list to get the latest stories first.\n\n" + EN2,
        " Join our mailing list to get the latest stories first.",
        id="en-imperative-to-the-reader",
    ),
    pytest.param(
        EN + "\nPublished November 20th, 2019 - 07:50 GMT\n" + EN2,
        "\nPublished November 20th, 2019 - 07:50 GMT",
        id="en-time-stamp-line",
    ),
    pytest.param(
        EN + "\n\nImage caption The pool opened in 1972\n\n" + EN2,
        "\n\nImage caption The pool opened in 1972",
        id="en-image-caption",
    ),
    pytest.param(
        EN + "\n\nThe old pool in 1972 (Getty Images)\n\n" + EN2,
        "\n\nThe old pool in 1972 (Getty Images)",
        id="en-photo-credit",
    ),
    pytest.param(
        EN + "\n\n" + EN2 + "\n\nWe use cookies to improve your experience on our site.",
        "\n\nWe use cookies to improve your experience on our site.",
        id="en-cookie-notice",
    ),
]

CLEAN = [
    pytest.param(FR + "\n\n" + FR2, id="fr-plain-article"),
    pytest.param(
        FR + " « Abonnez-vous au bulletin municipal », a lancé le maire en riant.",
        id="fr-call-inside-a-quotation",
    ),
    pytest.param(
        "Les abonnés de la plateforme ont reçu un courriel annonçant une hausse de 10 %.",
        id="fr-subscribers-as-news",
    ),
    pytest.param(
        "Le texte a été partagé plus de 10 000 fois sur Facebook et Twitter depuis dimanche soir.",
        id="fr-social-networks-in-a-sentence",
    ),
    pytest.param(
        EN + " Shares in the company fell 3 percent after the announcement.",
        id="en-shares-as-stock",
    ),
    pytest.param(EN + " Share prices fell 3 percent on Monday.", id="en-share-prices"),
    pytest.param(FR + " Les avis sont partagés.", id="fr-short-sentence-with-a-furniture-stem"),
    pytest.param(FR + " Les abonnés protestent.", id="fr-subscribers-protest"),
    pytest.param(
        "Partage des richesses : le débat relancé\n\n" + FR, id="fr-subheading-on-sharing"
    ),
    pytest.param(
        EN + "\nComments made by the minister on Tuesday\n" + EN2, id="en-subheading-on-comments"
    ),
    pytest.param(
        EN + " The comments drew criticism across Twitter on Monday.", id="en-comments-as-news"
    ),
    pytest.param("Washington –\n\n" + EN, id="en-dateline"),
    pytest.param("What did the prosecutors say?\n\n" + EN, id="en-subheading-question"),
    pytest.param(FR + "\n\n« Oui. »", id="fr-short-quoted-line"),
    pytest.param(
        EN + "\nUpdated guidance was published on 3 May.",
        id="en-sentence-starting-like-a-time-stamp",
    ),
]


@pytest.mark.parametrize(("text", "span"), FLAGGED)
def test_it_flags_furniture_for_deletion(text, span):
    assert found(text) == [(span, "")]


@pytest.mark.parametrize("text", CLEAN)
def test_it_leaves_article_text_alone(text):
    assert found(text) == []


@pytest.mark.xfail(strict=True, reason="a rail of related headlines has no furniture word")
def test_it_misses_a_rail_of_related_headlines():
    text = (
        EN + "\n\nFloods hit the coast again\nMinister resigns over expenses\nLocal team wins cup"
    )
    assert found(text) != []
