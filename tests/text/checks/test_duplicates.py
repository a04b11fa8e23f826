"""duplicate: the title or a paragraph or sentence repeated."""

import pytest

from newsfix.text.checks import duplicates
from newsfix.text.document import Document

LEAD = "Les pompiers sont intervenus dans la nuit pour maîtriser un incendie dans un entrepôt."
BODY = "L’enquête a été confiée à la police judiciaire, qui n’exclut aucune piste à ce stade."
EN_LEAD = "Firefighters battled the blaze for several hours before bringing it under control."
EN_BODY = "Police said they were keeping an open mind about the cause of the fire last night."


def found(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    doc = Document(text, title=title)
    return [(text[f.start : f.end], f.suggestion) for f in duplicates.check(doc)]


FLAGGED = [
    pytest.param(
        "Incendie à Lyon\n\n" + LEAD,
        "Incendie à Lyon",
        "Incendie à Lyon\n\n",
        id="fr-title-at-start",
    ),
    pytest.param(
        LEAD + "\n\nIncendie à Lyon", "Incendie à Lyon", "\n\nIncendie à Lyon", id="fr-title-at-end"
    ),
    pytest.param(
        EN_LEAD + "\nWarehouse fire in Leeds\n" + EN_BODY,
        "Warehouse Fire in Leeds",
        "\nWarehouse fire in Leeds",
        id="en-title-in-the-middle-other-case",
    ),
    pytest.param(
        LEAD + "\n\n" + BODY + "\n\n" + LEAD, None, "\n\n" + LEAD, id="fr-paragraph-repeated"
    ),
    pytest.param(
        EN_LEAD + "\n\n" + EN_BODY + "\n\n" + EN_LEAD.replace("several", "many"),
        None,
        "\n\n" + EN_LEAD.replace("several", "many"),
        id="en-near-duplicate-paragraph",
    ),
    pytest.param(
        LEAD + " " + BODY + "\n\n" + "Un témoin raconte. " + BODY,
        None,
        " " + BODY,
        id="fr-sentence-repeated",
    ),
]


def test_the_copy_under_a_summary_label_is_the_one_to_delete():
    text = "Fire in Leeds\nHighlights\n" + EN_BODY + "\n" + EN_LEAD + "\n" + EN_BODY
    first_copy = len("Fire in Leeds\nHighlights")
    assert found(text) == [("\n" + EN_BODY, "")]
    assert text.index("\n" + EN_BODY) == first_copy


CLEAN = [
    pytest.param(LEAD + "\n\n" + BODY, "Incendie à Lyon", id="fr-distinct-paragraphs"),
    pytest.param(
        "Il a refusé.\n\nPuis il a refusé.\n\nIl a refusé.", None, id="fr-short-repeats-allowed"
    ),
    pytest.param(EN_LEAD + "\n\n" + EN_BODY, "Fire", id="en-short-title-word-in-body"),
    pytest.param("« Oui. »\n\n« Oui. »", None, id="fr-short-quote-twice"),
]


@pytest.mark.parametrize(("text", "title", "span"), FLAGGED)
def test_it_flags_the_repeat_for_deletion(text, title, span):
    assert found(text, title) == [(span, "")]


@pytest.mark.parametrize(("text", "title"), CLEAN)
def test_it_leaves_distinct_text_alone(text, title):
    assert found(text, title) == []


@pytest.mark.xfail(strict=True, reason="a repeat split into different paragraphs is not compared")
def test_it_misses_a_repeat_split_differently():
    text = LEAD + " " + BODY + "\n\n" + LEAD + "\n\n" + BODY
    assert len(found(text)) == 2


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("L’OTAN — « Oui »  !", "l otan oui"),
        ("Straße_Nord\t2024\n", "strasse nord 2024"),
        ("x² ½ 北京", "x² ½ 北京"),
    ],
    ids=["punctuation-and-case", "underscore-and-layout", "other-letters-and-digits"],
)
def test_copies_are_compared_on_case_folded_words(text, normal):
    assert duplicates._normal(text) == normal
