"""repair: apply the safe suggestions and nothing else."""

import pytest

from newsfix.text import repair
from newsfix.text.flags import Flag
from newsfix.text.repair import apply_safe


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le maire a démissionné mardi. Il sera remplacé.", id="fr-clean"),
        pytest.param("The mayor resigned on Tuesday.\n\nA vote follows.", id="en-clean"),
        pytest.param("Il a dit « non à la réforme.", id="fr-lone-quote-needs-a-human"),
        pytest.param("", id="empty"),
    ],
)
def test_a_text_with_nothing_safe_to_repair_comes_back_identical(text):
    assert repair(text) == text


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        pytest.param(
            "Il est arrivé aprèsMoscou hier.", "Il est arrivé après Moscou hier.", id="fr-glue"
        ),
        pytest.param("Il a  dit ,non.", "Il a dit, non.", id="fr-spacing"),
        pytest.param("La convention dÃ©mocrate.<br>", "La convention démocrate.", id="fr-encoding"),
        pytest.param(
            "Share this:\n\nThe mayor resigned.\n\nRelated articles",
            "The mayor resigned.",
            id="en-furniture-at-both-ends",
        ),
    ],
)
def test_it_applies_safe_fixes(damaged, repaired):
    assert repair(damaged) == repaired


def test_overlapping_deletions_join_into_one():
    text = "Menu\n\nTitre\nCorps."
    flags = [Flag("boilerplate", 0, 6, "", ""), Flag("duplicate", 4, 12, "", "")]
    assert apply_safe(text, flags) == "Corps."


def test_it_never_empties_a_text():
    text = "Publicité"
    assert apply_safe(text, [Flag("boilerplate", 0, 9, "", "")]) == text


def test_it_ignores_kinds_that_need_a_human():
    text = "Il a dit « non."
    assert apply_safe(text, [Flag("unbalanced_quote", 9, 10, "", "")]) == text
