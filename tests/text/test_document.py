"""Document: paragraphs, sentences, tokens and protected spans, computed once."""

import pytest

from newsfix.text.document import Document, Span


def texts(doc: Document, spans: list[Span]) -> list[str]:
    return [doc.text[s.start : s.end] for s in spans]


def test_paragraphs_split_on_line_breaks_and_drop_blank_ones():
    doc = Document("Un.\n\n  Deux.  \nTrois.\n\n\n")
    assert texts(doc, doc.paragraphs) == ["Un.", "Deux.", "Trois."]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("Il pleut. Il vente.", ["Il pleut.", "Il vente."], id="fr-two"),
        pytest.param(
            "M. Dupont est là. Bien.", ["M. Dupont est là.", "Bien."], id="fr-abbreviation"
        ),
        pytest.param(
            "The U.S. team won. Great.", ["The U.S. team won.", "Great."], id="en-initials"
        ),
        pytest.param("« Oui. » Il part.", ["« Oui. »", "Il part."], id="fr-closing-guillemet"),
        pytest.param("Pas de point final", ["Pas de point final"], id="fr-no-full-stop"),
    ],
)
def test_sentences_end_at_terminal_punctuation_but_not_abbreviations(text, sentences):
    doc = Document(text)
    assert texts(doc, doc.sentences) == sentences


def test_sentences_in_returns_one_paragraphs_sentences():
    doc = Document("Un. Deux.\n\nTrois. Quatre.")
    assert texts(doc, doc.sentences_in(doc.paragraphs[1])) == ["Trois.", "Quatre."]


def test_tokens_keep_inner_apostrophes_and_hyphens():
    doc = Document("L’ex-président n’a rien dit.")
    assert texts(doc, doc.tokens) == ["L’ex-président", "n’a", "rien", "dit"]


@pytest.mark.parametrize(
    "protected",
    ["https://example.com/a,b", "www.lemonde.fr", "press@example.org", "#Hashtag", "@handle"],
)
def test_urls_addresses_hashtags_and_handles_are_protected(protected):
    text = f"Voir {protected} ici."
    doc = Document(text)
    start = text.index(protected)
    assert doc.is_protected(start, start + len(protected))
    assert not doc.is_protected(0, 4)


def test_block_span_takes_the_break_after_leading_and_before_other_paragraphs():
    doc = Document("Menu\n\nCorps.\n\nPied")
    assert doc.block_span(0, {0}) == (0, 6)
    assert doc.block_span(2, {2}) == (12, 18)


def test_language_is_detected_when_absent_and_kept_when_given():
    assert Document("The minister said the talks had failed.").language == "en"
    assert Document("Le ministre a dit que les négociations ont échoué.").language == "fr"
    assert Document("Whatever it says.", language="fr").language == "fr"


def test_the_analysis_is_computed_once():
    doc = Document("Un. Deux.")
    assert doc.sentences is doc.sentences
    assert doc.tokens is doc.tokens
