"""dangling_fragment: the tail of a sentence whose beginning was lost."""

import pytest

from newsfix.text.checks import fragments
from newsfix.text.document import Document

FLAGGED = [
    pytest.param(
        "fr",
        "Le salon a fermé dimanche. 000 visiteurs, soit davantage que prévu, sont venus.",
        "000 visiteurs, soit davantage que prévu, sont venus.",
        id="fr-a-number-cut-in-two",
    ),
    pytest.param(
        "fr",
        "Ils se réunissent lundi à Genève. les pourparlers se concentreraient sur l'Ukraine.",
        "les pourparlers se concentreraient sur l'Ukraine.",
        id="fr-lower-case-after-a-full-stop",
    ),
    pytest.param(
        "fr",
        "La Russie soutient le contraire.\n\nparce que ses occupants constituent une menace.",
        "parce que ses occupants constituent une menace.",
        id="fr-lower-case-paragraph-start",
    ),
    pytest.param(
        "fr",
        "La Russie soutient le contraire. ex-Union soviétique. La pression monte.",
        "ex-Union soviétique.",
        id="fr-short-orphan",
    ),
    pytest.param(
        "fr",
        "Les ministres ont parlé de la Russie. , plus de capacités. La Russie dit le contraire.",
        ", plus de capacités.",
        id="fr-comma-start",
    ),
    pytest.param(
        "fr",
        "Cette assemblée, dont la majorité a de acclamé le nouveau premier ministre, écouta.",
        "acclamé le nouveau premier ministre, écouta.",
        id="fr-de-before-a-vowel",
    ),
    pytest.param(
        "fr",
        "La police recommande l'installation ou la mise leur programme antivirus à jour.",
        "leur programme antivirus à jour.",
        id="fr-possessive-after-a-noun",
    ),
    pytest.param(
        "fr",
        "Ces derniers souhaitent des de nouvelles règles.",
        "de nouvelles règles.",
        id="fr-article-runs-into-preposition",
    ),
    pytest.param(
        "fr",
        "Share Post:\n6 juillet 2012. - rose au premier Forum mondial de la langue française.",
        "rose au premier Forum mondial de la langue française.",
        id="fr-lower-case-after-dateline-dash",
    ),
    pytest.param(
        "fr",
        "Le ministre ne des mesures prises hier.",
        "des mesures prises hier.",
        id="fr-ne-before-an-article",
    ),
    pytest.param(
        "fr",
        "Les députés ont voté. Selon ces pourraient être adoptées demain.",
        "pourraient être adoptées demain.",
        id="fr-article-before-a-conjugated-verb",
    ),
    pytest.param(
        "en",
        "Residents objected.\n\n“ to every objection, and we changed the route,” he said.",
        "to every objection, and we changed the route,” he said.",
        id="en-quotation-opening-lower-case",
    ),
    pytest.param(
        "en",
        "The council wants to they approve the plan.",
        "they approve the plan.",
        id="en-to-before-a-subject",
    ),
    pytest.param(
        "en",
        "The crews fought through the night. the return was slow and costly.",
        "the return was slow and costly.",
        id="en-lower-case-after-a-full-stop",
    ),
    pytest.param(
        "en",
        "Officials said the the road would reopen on Monday.",
        "the road would reopen on Monday.",
        id="en-repeated-article",
    ),
    pytest.param(
        "en",
        "A new regulator be able to audit software suppliers.",
        "be able to audit software suppliers.",
        id="en-bare-be-after-a-noun",
    ),
    pytest.param(
        "fr",
        "Les réunions prévues également été annulées par la direction.",
        "été annulées par la direction.",
        id="fr-ete-without-auxiliary",
    ),
    pytest.param(
        "en",
        "Three concerts in the series been cancelled by the orchestra.",
        "been cancelled by the orchestra.",
        id="en-been-without-have",
    ),
    pytest.param(
        "fr",
        "L'accord avait été ratifié institutions européennes au printemps.",
        "institutions européennes au printemps.",
        id="fr-bare-noun-after-a-participle",
    ),
    pytest.param(
        "fr",
        "Le candidat a longuement critiqué le Obama lors du débat télévisé.",
        "Obama lors du débat télévisé.",
        id="fr-name-after-an-unelided-article",
    ),
    pytest.param(
        "en",
        "Many tenants fear they will lose their because the rent has doubled.",
        "because the rent has doubled.",
        id="en-conjunction-after-a-possessive",
    ),
    pytest.param(
        "fr",
        "Le préjudice atteindrait près de 000 euros selon la banque.",
        "000 euros selon la banque.",
        id="fr-thousands-without-their-first-digits",
    ),
    pytest.param(
        "fr",
        "Menée au premier set, la ne sont jamais revenues au score.",
        "ne sont jamais revenues au score.",
        id="fr-clitic-after-an-article",
    ),
    pytest.param(
        "fr",
        "Le fonds investira dans des projets pour permettra aux communes de recruter.",
        "permettra aux communes de recruter.",
        id="fr-future-after-a-preposition",
    ),
    pytest.param(
        "fr",
        "Les diplomates craignent une tensions accrues dans la région.",
        "tensions accrues dans la région.",
        id="fr-plural-after-a-singular-article",
    ),
    pytest.param(
        "en",
        "Pupils who miss school because of the strike would marked absent, the school said.",
        "marked absent, the school said.",
        id="en-past-form-after-a-modal",
    ),
    pytest.param(
        "en",
        "Inflation fell to from a peak of 11 per cent last year.",
        "from a peak of 11 per cent last year.",
        id="en-preposition-after-to",
    ),
]

CLEAN = [
    pytest.param(
        "fr",
        "Cet été, les réunions ont également été annulées et n'ont pas toujours été reprises.",
        id="fr-ete-with-auxiliary-or-summer",
    ),
    pytest.param(
        "en",
        "The concerts have been cancelled; the hall has not yet been repaired, having been hit.",
        id="en-been-after-have",
    ),
    pytest.param(
        "en", "Apple sold more phones. iPhone sales rose 5 per cent.", id="en-iphone-start"
    ),
    pytest.param("en", "The auction closed. eBay said bids doubled.", id="en-ebay-start"),
    pytest.param(
        "fr", "Le budget est voté. 12 millions d'euros sont prévus.", id="fr-number-start"
    ),
    pytest.param("fr", "Il a répondu : « Oui. » Puis il est parti.", id="fr-oui-in-quotes"),
    pytest.param(
        "fr",
        "« Nous sommes prêts. Mais une solution est possible », a déclaré Blinken.",
        id="fr-quote-continues",
    ),
    pytest.param("fr", "M. Dupont a parlé. Mme Durand a répondu.", id="fr-abbreviations"),
    pytest.param("en", "Bring a coat, e.g. a raincoat, and boots.", id="en-eg"),
    pytest.param("fr", "Ah ! c'est le moment. Enfin, peut-être…", id="fr-exclamation-inside"),
    pytest.param("fr", "Il hésite… et puis il signe.", id="fr-ellipsis-continues"),
    pytest.param(
        "fr", "L'étoile est à 4,3 a.l. de notre système solaire.", id="fr-abbreviation-al"
    ),
    pytest.param("en", "Visit example.org for details. @newsfix posted it.", id="en-handle"),
    pytest.param("fr", "Il dit que leur programme est prêt.", id="fr-leur-after-que"),
    pytest.param("fr", "Le ministre leur demande de partir.", id="fr-leur-as-pronoun"),
    pytest.param(
        "fr", "Il y a trop d'informations et il est très en colère.", id="fr-trop-de-tres-en"
    ),
    pytest.param("en", "He too was happy to have been there.", id="en-too-was-to-have"),
    pytest.param("fr", "Le fait est que ce portrait plaisait.", id="fr-nouns-ending-in-ait"),
    pytest.param("fr", "Le maire a signé.\n\nphoto : AFP\n\nvia Reuters", id="fr-credit-lines"),
    pytest.param(
        "en", "One reviewer called it “the most honest show” this year.", id="en-partial-quote"
    ),
    pytest.param(
        "fr", "Il a répondu : « pas question ». Puis il est parti.", id="fr-quote-after-colon"
    ),
    pytest.param(
        "fr", "Elle a parlé d'une menace. » Blinken a répondu.", id="fr-closing-quote-then-name"
    ),
    pytest.param(
        "fr",
        "Il a été désigné personnalité de l'année par le magazine de Ouagadougou.",
        id="fr-bare-attribute-and-glide-name",
    ),
    pytest.param(
        "en",
        "It was a not insignificant sum, and their not being there was noticed.",
        id="en-not-after-an-article",
    ),
    pytest.param("fr", "Le préjudice atteint 700 000 euros.", id="fr-spaced-thousands"),
    pytest.param(
        "fr",
        "Il a parlé en tenant compte de sa ; le parti écologiste a répondu dimanche.",
        id="fr-what-follows-a-stranded-article-is-whole",
    ),
    pytest.param(
        "en",
        "They would need more staff and could proceed with the plan.",
        id="en-modal-before-an-eed-verb",
    ),
]


def _spans(language: str, text: str) -> list[tuple[str, None]]:
    doc = Document(text, language=language)
    return [(text[f.start : f.end], f.suggestion) for f in fragments.check(doc)]


@pytest.mark.parametrize(("language", "text", "span"), FLAGGED)
def test_it_flags_the_fragment(language, text, span):
    assert _spans(language, text) == [(span, None)]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_it_leaves_look_alikes_alone(language, text):
    assert _spans(language, text) == []


@pytest.mark.xfail(strict=True, reason="a drop that leaves a grammatical pair shows no trace")
def test_it_misses_a_fragment_that_reads_as_a_sentence():
    text = "La voix du chanteur est montée encore ciel québécois."
    assert _spans("fr", text)


@pytest.mark.xfail(strict=True, reason="a lost start that leaves a capitalised name looks whole")
def test_it_misses_a_fragment_starting_with_a_name():
    text = "Le concert a eu lieu. Quadrature du Net, se félicite du débat."
    assert _spans("fr", text)
