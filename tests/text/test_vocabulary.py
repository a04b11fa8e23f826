"""The furniture vocabulary's fast matching finds exactly what its plain regex finds."""

import pytest

from newsfix.text import vocabulary

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
    found = plain.search(sentence)
    fast = vocabulary.search(sentence)
    assert (fast and fast.span()) == (found and found.span())
    assert vocabulary.count(sentence) == len(plain.findall(sentence))
    at_start = plain.match(sentence)
    assert bool(vocabulary.match(sentence)) == bool(at_start)


def test_an_opening_group_is_written_out_in_order():
    assert vocabulary._opening_on_letters("(?:à )?lire (?:aussi|la suite)") == [
        "à lire (?:aussi|la suite)",
        "lire (?:aussi|la suite)",
    ]
    assert vocabulary._split_alternatives(r"a[|]b\|c|(d|e)") == [r"a[|]b\|c", "(d|e)"]
