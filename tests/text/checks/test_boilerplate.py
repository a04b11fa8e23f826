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
        EN + "\nAdvertisement\nWhy the schools need repairs\nWhat parents can expect\n"
        "Most of the work will be done over the summer.",
        "\nAdvertisement",
        id="en-ad-label-keeps-the-subheadings-after-it",
    ),
    pytest.param(
        FR + "\n\nPublicité\n\nUn calendrier serré\n\n" + FR2,
        "\n\nPublicité",
        id="fr-ad-label-but-not-the-subheading-after-it",
    ),
    pytest.param(
        FR + "\n\n" + FR2 + "\n\nLes plus lus\nUn incendie ravage un entrepôt à Rouen\n"
        "Le marché de Noël ouvrira ses portes vendredi",
        "\n\nLes plus lus\nUn incendie ravage un entrepôt à Rouen\n"
        "Le marché de Noël ouvrira ses portes vendredi",
        id="fr-rail-of-headlines-one-per-line-under-a-label",
    ),
    pytest.param(
        FR + "\n\nLa rédaction vous recommande\n\n" + FR2,
        "\n\nLa rédaction vous recommande",
        id="fr-editors-picks-label",
    ),
    pytest.param(
        FR + "\n\n" + FR2 + "\n\nAccepter et continuer\nPersonnaliser mes choix",
        "\n\nAccepter et continuer\nPersonnaliser mes choix",
        id="fr-consent-buttons",
    ),
    pytest.param(
        "Par Jeanne Roux, avec Reuters\n\n" + FR + "\n\n" + FR2,
        "Par Jeanne Roux, avec Reuters\n\n",
        id="fr-byline-with-agency",
    ),
    pytest.param(
        FR + " Publié le 12/05/2025 à 18h02\n\n" + FR2,
        " Publié le 12/05/2025 à 18h02",
        id="fr-time-stamp-glued-on",
    ),
    pytest.param(
        EN + "\n\nContact him at news@example.org or follow him on X.",
        "\n\nContact him at news@example.org or follow him on X.",
        id="en-author-contact-line",
    ),
    pytest.param(
        FR + "\n\n" + FR2 + "\n\nPlus d’articles de la rédaction",
        "\n\nPlus d’articles de la rédaction",
        id="fr-more-articles-with-a-curly-apostrophe",
    ),
    pytest.param(
        EN + "\n\nSupport local journalism with a monthly donation",
        "\n\nSupport local journalism with a monthly donation",
        id="en-donation-pitch",
    ),
    pytest.param(EN + "\n\nFurther reading", "\n\nFurther reading", id="en-further-reading"),
    pytest.param(
        EN + " Update: this story has been revised.",
        " Update: this story has been revised.",
        id="en-revision-notice-glued-on",
    ),
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
    pytest.param(
        FR + " Les autorités envisagent notamment de déployer des Recommended for you",
        " Recommended for you",
        id="fr-label-glued-onto-a-truncated-sentence-keeps-the-sentence",
    ),
    pytest.param(
        FR + " Le préfet a dit que les abonnés Voir le diaporama (8 photos)",
        " Voir le diaporama (8 photos)",
        id="fr-gallery-link-glued-after-a-furniture-word-in-prose",
    ),
    pytest.param(
        FR + "\n\nLundi soir, les actions Samsung étaient Pic: Lisa Berg/AFP",
        " Pic: Lisa Berg/AFP",
        id="fr-credit-with-a-label-glued-onto-a-truncated-sentence",
    ),
    pytest.param(
        FR + "\n\nCet article est réservé aux abonnés. Déjà abonné ? Connectez-vous",
        "\n\nCet article est réservé aux abonnés. Déjà abonné ? Connectez-vous",
        id="fr-paywall-sentence-about-the-page-beside-a-login-call",
    ),
    pytest.param(
        EN + "\n\nThis article is for subscribers only. Already a member? Log in",
        "\n\nThis article is for subscribers only. Already a member? Log in",
        id="en-paywall-sentence-about-the-page-beside-a-login-call",
    ),
    pytest.param(
        EN + "\n\nEnjoyed this story? Pass it on:\nWhatsApp\nReddit\nPinterest",
        "\n\nEnjoyed this story? Pass it on:\nWhatsApp\nReddit\nPinterest",
        id="en-question-and-share-bar",
    ),
    pytest.param(
        FR + "\n\nSoutenez une information indépendante : faites un don",
        "\n\nSoutenez une information indépendante : faites un don",
        id="fr-donation-pitch",
    ),
    pytest.param(
        EN + "\n\nSupport independent journalism. Donate today",
        "\n\nSupport independent journalism. Donate today",
        id="en-donation-pitch",
    ),
    pytest.param(EN + "\n\nBack to top", "\n\nBack to top", id="en-back-to-top"),
    pytest.param(FR + " Haut de page", " Haut de page", id="fr-top-of-page-glued"),
    pytest.param(EN + " Print this page", " Print this page", id="en-print-control-glued"),
    pytest.param(
        FR + "\n\nVoir tous les articles\n\n" + FR2,
        "\n\nVoir tous les articles",
        id="fr-page-control-infinitive",
    ),
    pytest.param(
        EN + "\n\nFound this useful? Forward it to a colleague",
        "\n\nFound this useful? Forward it to a colleague",
        id="en-question-answered-by-a-call",
    ),
    pytest.param(
        EN + "\n\nHandpicked for you\n\n" + EN2,
        "\n\nHandpicked for you",
        id="en-short-line-addressed-to-the-reader",
    ),
    pytest.param(
        EN + "\nMedia playback is unsupported on your device\n" + EN2,
        "\nMedia playback is unsupported on your device",
        id="en-media-player-message",
    ),
    pytest.param(
        EN + "\nMedia captionJulian Assange being dragged from the embassy\n" + EN2,
        "\nMedia captionJulian Assange being dragged from the embassy",
        id="en-media-caption-glued-to-its-label",
    ),
    pytest.param(
        FR + " Veuillez réessayer avec un fichier image de moins de 1.5 Mo.",
        " Veuillez réessayer avec un fichier image de moins de 1.5 Mo.",
        id="fr-widget-message",
    ),
    pytest.param(
        EN
        + "\n\nTickerSecurityLastChangeChange %HDTHE HOME DEPOT INC.225.86-12.99-5.44%\n\n"
        + EN2,
        "\n\nTickerSecurityLastChangeChange %HDTHE HOME DEPOT INC.225.86-12.99-5.44%",
        id="en-flattened-quote-table",
    ),
    pytest.param(
        FR + " « Nous reconstruirons », a-t-il dit. » Photo : Sam Lee pour Le Temps",
        " Photo : Sam Lee pour Le Temps",
        id="fr-credit-after-a-closing-quote-keeps-the-quote",
    ),
    pytest.param(
        EN + " A second season is already Cette vidéo ne peut pas être lue",
        " Cette vidéo ne peut pas être lue",
        id="fr-player-message-glued-onto-truncated-english-prose",
    ),
    pytest.param(
        EN + "\nWikiLeaks founder Julian Assange (AFP)\n" + EN2,
        "\nWikiLeaks founder Julian Assange (AFP)",
        id="en-caption-with-a-name-and-a-credit-goes-whole",
    ),
    pytest.param(
        'Il est mort le 21 mars 2022, à 61 ans. "Ma vie a basculé" : Alia raconte Hérault : un '
        "braqueur tué par des gendarmes Le boum des vêtements Gazole : ce qui change Voitures "
        "dépouillées : enquête sur un trafic Le mystère des mottureaux Qui fait le meilleur flan ?",
        ' "Ma vie a basculé" : Alia raconte Hérault : un braqueur tué par des gendarmes Le '
        "boum des vêtements Gazole : ce qui change Voitures dépouillées : enquête sur un trafic "
        "Le mystère des mottureaux Qui fait le meilleur flan ?",
        id="fr-rail-opening-on-a-quoted-headline-keeps-its-quote",
    ),
    pytest.param(
        EN + "\nSupported by\n" + EN2, "\nSupported by", id="en-sponsor-label-ending-on-by"
    ),
    pytest.param(
        FR + "\n\nExplorez d'autres sujets\n\n" + FR2,
        "\n\nExplorez d'autres sujets",
        id="fr-imperative-control",
    ),
    pytest.param(
        EN + "\n\nLeave a Reply\n\n" + EN2, "\n\nLeave a Reply", id="en-call-ending-on-a-verb"
    ),
    pytest.param(
        FR + "\n\nCet article vous a-t-il été utile ? Oui Non\n\n" + FR2,
        "\n\nCet article vous a-t-il été utile ? Oui Non",
        id="fr-feedback-question-and-its-buttons",
    ),
    pytest.param(
        EN + "\n\nMembers get unlimited reading. Start your free trial today",
        "\n\nMembers get unlimited reading. Start your free trial today",
        id="en-pitch-leading-into-a-trial-call",
    ),
    pytest.param(FR + "\n\nÉcouter\n\n" + FR2, "\n\nÉcouter", id="fr-lone-button-word"),
    pytest.param(
        EN + "\nVideo not available\n" + EN2, "\nVideo not available", id="en-player-message"
    ),
    pytest.param(
        FR + "\n\nEnvoyer\nGmail\nOutlook\nMessenger",
        "\n\nEnvoyer\nGmail\nOutlook\nMessenger",
        id="fr-label-over-a-share-bar",
    ),
    pytest.param(
        EN + "\nMore about: transport, strikes\n" + EN2,
        "\nMore about: transport, strikes",
        id="en-tag-list-by-shape",
    ),
    pytest.param(FR + "\n\nHaut ↑\n\n" + FR2, "\n\nHaut ↑", id="fr-navigation-arrow"),
    pytest.param(
        EN + "\n\nClarification: an earlier version misstated the date",
        "\n\nClarification: an earlier version misstated the date",
        id="en-correction-notice",
    ),
    pytest.param(
        FR + " Cette vidéo ne peut pas être lue",
        " Cette vidéo ne peut pas être lue",
        id="fr-player-message-glued",
    ),
    pytest.param(
        FR + "\n\nDes lecteurs comme vous rendent ce travail possible. Contribuez",
        "\n\nDes lecteurs comme vous rendent ce travail possible. Contribuez",
        id="fr-reader-addressed-then-a-one-word-call",
    ),
    pytest.param(
        FR + "\n\nContenu de l'annonceur\n\n" + FR2,
        "\n\nContenu de l'annonceur",
        id="fr-sponsor-label-after-an-elided-article",
    ),
    pytest.param(
        "Yvan Colonna est mort le 21 mars 2022, à l'âge de 61 ans. Comment faire passer le "
        "hoquet ? Hérault : un braqueur tué par des gendarmes Le boum des vêtements sous licence "
        "Gazole : été ou hiver, ce qui change Voitures dépouillées : enquête sur un trafic Le "
        "mystère des mottureaux du Marais poitevin Qui fait le meilleur flan de France ?",
        " Comment faire passer le hoquet ? Hérault : un braqueur tué par des gendarmes Le boum "
        "des vêtements sous licence Gazole : été ou hiver, ce qui change Voitures dépouillées : "
        "enquête sur un trafic Le mystère des mottureaux du Marais poitevin Qui fait le meilleur "
        "flan de France ?",
        id="fr-rail-of-related-headlines-after-the-body",
    ),
]

CLEAN = [
    pytest.param(FR + "\n\n" + FR2, id="fr-plain-article"),
    pytest.param(
        "Le délégué ne décolère pas : « On nous a demandé des efforts, on les a faits."
        " Et voilà comment on nous remercie ? » Une assemblée générale est prévue jeudi.",
        id="fr-comment-meaning-how",
    ),
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
    pytest.param(
        FR + " Les abonnés de Netflix ont vu leur facture augmenter de deux euros en janvier.",
        id="fr-netflix-subscribers-as-news",
    ),
    pytest.param(
        EN + " The charity asked readers to donate to the flood appeal before Christmas.",
        id="en-charity-asks-readers-to-donate",
    ),
    pytest.param(
        FR + " Il a fait un don de 5 millions d'euros à l'hôpital.", id="fr-donation-as-news"
    ),
    pytest.param(
        FR + " La photo, prise en 1972, a été partagée des milliers de fois sur les réseaux.",
        id="fr-photo-shared-as-news",
    ),
    pytest.param(
        EN + " The image was shared widely on social media after the match.",
        id="en-image-shared-as-news",
    ),
    pytest.param(
        EN + " Back to top form, the striker scored twice on Saturday.", id="en-back-to-top-form"
    ),
    pytest.param(
        FR + " Devenez membre, lui avait conseillé son père, et il adhéra au parti en 1981.",
        id="fr-imperative-reported-without-quotes",
    ),
    pytest.param(
        FR + " Cet article de loi n'a jamais été appliqué par les abonnés.",
        id="fr-article-of-law",
    ),
    pytest.param(
        EN + "\n\nThe minister said subscribers would", id="en-truncated-line-with-a-pitch-word"
    ),
    pytest.param(EN + "\n\nFollow the money\n\n" + EN2, id="en-subheading-with-an-imperative"),
    pytest.param(FR + "\n\nRéformer l'école\n\n" + FR2, id="fr-subheading-infinitive"),
    pytest.param(
        FR + " Le président a parlé à Washington : il a répondu aux questions. Qui paiera ?",
        id="fr-question-at-the-end-is-not-a-rail",
    ),
    pytest.param(
        "Ingrédients du débat : la dette, les impôts, la croissance et l'emploi.\n\n" + FR,
        id="fr-colon-list-ending-with-a-full-stop",
    ),
    pytest.param(FR + "\n« Oui, partons.\nOn y va. »", id="fr-short-line-closing-a-quote"),
    pytest.param(
        EN + " You can apply online until Friday. Visit the council offices for help with forms.",
        id="en-service-information-addressed-to-readers",
    ),
    pytest.param(
        EN + "\n\nThe project was funded by the European Union and two charities.",
        id="en-funded-by-in-a-sentence",
    ),
    pytest.param(
        EN + "\n\nMembers of parliament voted 320 to 210 in favour of the bill.",
        id="en-members-of-parliament",
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
