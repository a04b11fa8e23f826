"""The furniture vocabulary's fast matching finds exactly what its plain regex finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfix.text import vocabulary
from newsfix.text.data import load_lines

LINES = load_lines("furniture_en") + load_lines("furniture_fr")
# The words the patterns are made of, so that generated text hits them often.
WORDS = sorted({w for line in LINES for w in re.findall(r"[^\W\d_]+", line)} | {"le", "the"})

SENTENCES = [
    "Abonnez-vous à notre NEWSLETTER pour ne rien manquer.",
    "À LIRE AUSSI : la réforme des retraites adoptée",
    "Lire la suite de l'article sur notre site.",
    "Share this article on Facebook, Twitter and LinkedIn",
    "You might also enjoy these stories from our newsroom",
    "Le maire a annoncé sa démission mardi soir.",
    "The minister said the talks had failed.",
    "Photo credit: AFP. Comments (12). Back to top",
    "İstanbul : l'abonnement à la newsletter",  # lower-casing lengthens "İ"
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES, ids=range(len(SENTENCES)))
def test_fast_matching_agrees_with_the_plain_pattern(sentence):
    plain = vocabulary.pattern()
    sentence = sentence.replace("’", "'")  # the fast matching reads ’ as '
    found = plain.search(sentence)
    fast = vocabulary.search(sentence)
    assert (fast and fast.span()) == (found and found.span())
    assert vocabulary.count(sentence) == len(plain.findall(sentence))
    at_start = plain.match(sentence)
    fast_start = vocabulary.match(sentence)
    assert (fast_start and fast_start.span()) == (at_start and at_start.span())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(WORDS),
            st.sampled_from(["lower", "upper", "title"]),
            st.sampled_from([" ", " ", ", ", " : ", "-", "\n", "'", "’", ". "]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_every_match_of_the_fast_matching_is_a_match_of_the_plain_pattern(pieces):
    text = "".join(getattr(word, case)() + gap for word, case, gap in pieces)
    straight = text.replace("’", "'")  # the fast matching reads ’ as '
    plain = [m.span() for m in vocabulary.pattern().finditer(straight)]
    fast = [m.span() for m in vocabulary._lower_case_pattern().finditer(straight.lower())]
    assert fast == plain
    assert vocabulary.count(text) == len(plain)


@pytest.mark.parametrize("line", LINES)
def test_a_pattern_has_no_capital_letter_but_in_an_escape(line):
    """The fast matching reads lower-cased text: a capital letter there never matches."""
    assert not re.search(r"(?<!\\)[A-ZÀ-Þ]", line)


def test_a_curly_apostrophe_reads_as_the_straight_one():
    assert vocabulary.count("Lettre d’information : l’essentiel de l’actualité") == 2


def test_an_opening_group_is_written_out_in_order():
    assert vocabulary._opening_on_letters("(?:à )?lire (?:aussi|la suite)") == [
        "à lire (?:aussi|la suite)",
        "lire (?:aussi|la suite)",
    ]
    assert vocabulary._split_alternatives(r"a[|]b\|c|(d|e)") == [r"a[|]b\|c", "(d|e)"]
    assert vocabulary._split_alternatives(r"a[]|]b|c[^]|]d|e[\]|]f") == [
        r"a[]|]b",
        r"c[^]|]d",
        r"e[\]|]f",
    ]
    # A possessive or lazy "?" is not written out.
    assert vocabulary._opening_on_letters("(?:a|b)?+c") == ["(?:a|b)?+c"]
