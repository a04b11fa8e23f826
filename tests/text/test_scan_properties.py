"""scan never raises and its offsets stay inside the text, whatever the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfix.text import CHECKS, repair, scan

# Text with the characters scraping damage is made of, so the checks' special
# cases are reached more often than with arbitrary code points alone.
pieces = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\n\n",
        "\u00a0",
        ".",
        ",",
        "«",
        "»",
        "“",
        "”",
        '"',
        "(",
        ")",
        "’",
        "'",
        "Ã©",
        "&nbsp;",
        "&#8217;",
        "<br>",
        "</p>",
        "aprèsMoscou",
        "frontière.Le",
        "2022Le",
        "Share",
        "Partager",
        "Facebook",
        "SUBSCRIBE NOW",
        "Abonnez-vous",
        "https://x.fr/a",
        "@handle",
        "#tag",
        "M.",
        "U.S.",
        "3,5",
        "l’OTAN",
        "\x07",
        "é",
        "A",
    ]
)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, title=st.one_of(st.none(), st.text(max_size=40)))
def test_scan_never_raises_and_offsets_are_in_range(text, title):
    for flag in scan(text, title=title):
        assert flag.kind in CHECKS
        assert 0 <= flag.start <= flag.end <= len(text)
        assert flag.suggestion is None or isinstance(flag.suggestion, str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_repair_never_raises_and_keeps_some_text(text):
    repaired = repair(text)
    assert isinstance(repaired, str)
    if text.strip():
        assert repaired.strip()
