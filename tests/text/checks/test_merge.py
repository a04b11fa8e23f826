"""merge_artifact: words or sentences glued where markup was stripped."""

import pytest

from newsfix.text.checks import merge
from newsfix.text.document import Document


def found(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = Document(text, language=language)
    return [(text[f.start : f.end], f.suggestion) for f in merge.check(doc)]


FLAGGED = [
    pytest.param(
        "fr",
        "Le ministre del’Économie parle.",
        "del’Économie",
        "de l’Économie",
        id="fr-word-glued-to-an-elided-capitalised-noun",
    ),
    pytest.param(
        "fr", "Il a fini à la13e place.", "la13e", "la 13e", id="fr-word-glued-to-ordinal"
    ),
    pytest.param(
        "fr",
        "Une dizaine par an.Le premier partira en mai.",
        "an.Le",
        "an. Le",
        id="fr-two-letter-word-glued-to-next-sentence",
    ),
    pytest.param(
        "fr",
        "Il est arrivé aprèsMoscou hier.",
        "aprèsMoscou",
        "après Moscou",
        id="fr-lower-upper-accent",
    ),
    pytest.param(
        "fr",
        "Il a franchi la frontière.Le convoi a suivi.",
        "frontière.Le",
        "frontière. Le",
        id="fr-sentence-glue",
    ),
    pytest.param(
        "fr",
        "Elle est née en 2022Le bébé va bien.",
        "2022Le",
        "2022 Le",
        id="fr-digit-then-capital",
    ),
    pytest.param(
        "fr", "Le vote aura lieu mardi3 juillet.", "mardi3", "mardi 3", id="fr-word-then-digit"
    ),
    pytest.param(
        "fr",
        "Les sœurs Williams surles courts de Londres.",
        "surles",
        "sur les",
        id="fr-no-case-cue",
    ),
    pytest.param(
        "fr",
        "Il reste à récupérer lapersonne disparue.",
        "lapersonne",
        "la personne",
        id="fr-glued-form-known-to-the-web",
    ),
    pytest.param(
        "fr",
        "Les annonces qui font suiteà la décision.",
        "suiteà",
        "suite à",
        id="fr-one-letter-word",
    ),
    pytest.param(
        "fr",
        "Les fêtes tombent aujourd'huile même jour.",
        "aujourd'huile",
        "aujourd'hui le",
        id="fr-apostrophe-inside",
    ),
    pytest.param(
        "fr",
        "La 2èmejournée du championnat.",
        "2èmejournée",
        "2ème journée",
        id="fr-ordinal-then-word",
    ),
    pytest.param(
        "fr",
        "Le centenaire d'AlanTuring est fêté.",
        "d'AlanTuring",
        "d'Alan Turing",
        id="fr-elision-then-names",
    ),
    pytest.param(
        "fr",
        "Le comité de rédaction deTVE a protesté.",
        "deTVE",
        "de TVE",
        id="fr-word-then-acronym",
    ),
    pytest.param(
        "en", "Turnout was58 percent, officials said.", "was58", "was 58", id="en-word-then-digit"
    ),
    pytest.param(
        "en",
        "The findings had not appeared before.Its director declined to comment.",
        "before.Its",
        "before. Its",
        id="en-sentence-glue",
    ),
    pytest.param(
        "en",
        "A spokesman forthe council declined to comment.",
        "forthe",
        "for the",
        id="en-no-case-cue",
    ),
    pytest.param(
        "en",
        "The chamber opened a hardshipfund for traders.",
        "hardshipfund",
        "hardship fund",
        id="en-two-nouns",
    ),
    pytest.param(
        "en",
        "Aviation analystTom Reed said the deal was done.",
        "analystTom",
        "analyst Tom",
        id="en-lower-upper",
    ),
    pytest.param(
        "en",
        "The international master ViktorPetrov resigned.",
        "ViktorPetrov",
        "Viktor Petrov",
        id="en-two-names",
    ),
    pytest.param(
        "en", "“We love it here,” Sue Marshsaid.", "Marshsaid", "Marsh said", id="en-name-then-verb"
    ),
]

CLEAN = [
    pytest.param(
        "fr", "Elle s’est dite prÃªte et les hÃ´pitaux sont pleins.", id="fr-beside-mojibake"
    ),
    pytest.param(
        "fr", "Elle a vu quelqu’un sur la presqu’île aujourd’hui.", id="fr-inner-elisions"
    ),
    pytest.param("en", "She bought an iPhone on eBay.", id="en-brands-lower-first"),
    pytest.param("en", "They met at McDonald's after the PowerPoint talk.", id="en-brands-camel"),
    pytest.param(
        "en", "Details at https://www.example.com/NewsRoom/Index.html today.", id="en-url"
    ),
    pytest.param("en", "Write to press.office@example.org for details.", id="en-email"),
    pytest.param(
        "en", "The tag #ClimateStrike trended after @GretaThunberg posted.", id="en-hashtag-handle"
    ),
    pytest.param(
        "en", "The U.S. economy grew 3.5 percent, e.g. in services.", id="en-abbreviations-numbers"
    ),
    pytest.param(
        "en", "The A380 burns less per seat than older jets, and COVID19 cases fell.", id="en-codes"
    ),
    pytest.param("en", "Prices rose in the 1990s and the 3rd quarter.", id="en-decades-ordinals"),
    pytest.param(
        "en", "OpenAI and DeepMind presented RealClearPolitics data.", id="en-camel-names"
    ),
    pytest.param("en", "Analyst Elena Markou and coach Menear spoke.", id="en-unknown-names"),
    pytest.param(
        "fr", "La façade devrait connaître les précipitations lems plus importantes.", id="fr-typo"
    ),
    pytest.param("fr", "Le secrétaire général de l’OTAN a dit qu’il viendrait.", id="fr-elisions"),
    pytest.param("fr", "M. Dupont et Mme Durand sont arrivés.", id="fr-abbreviations"),
    pytest.param("fr", "Selon M.Houdré, la hausse atteint 3,5 %.", id="fr-initial-before-name"),
    pytest.param("fr", "Le dispositif antidiscriminations a été renforcé.", id="fr-prefixed-word"),
    pytest.param("fr", "La désinformation progresse sur les réseaux.", id="fr-long-rare-word"),
    pytest.param(
        "fr", "Le 1er mai, 20 000 personnes ont défilé à 15h30.", id="fr-numbers-and-times"
    ),
    pytest.param("fr", "Il a lu le site lemonde.fr ce matin.", id="fr-domain"),
]


@pytest.mark.parametrize(("language", "text", "span", "suggestion"), FLAGGED)
def test_it_flags_glued_words(language, text, span, suggestion):
    assert found(text, language) == [(span, suggestion)]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_it_leaves_look_alikes_alone(language, text):
    assert found(text, language) == []


@pytest.mark.xfail(strict=True, reason="digits glued to digits look like one number")
def test_it_misses_a_thousands_group_that_lost_its_space():
    assert found("La CGT estime à 75000 le nombre de manifestants.", "fr") == [("75000", "75 000")]


@pytest.mark.xfail(strict=True, reason="a capitalised name is not split before a two-letter word")
def test_it_misses_a_name_glued_to_a_short_word():
    assert found("Il habite dans le New Jerseyet travaille à New York.", "fr") == [
        ("Jerseyet", "Jersey et")
    ]
