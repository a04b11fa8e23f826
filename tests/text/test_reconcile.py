"""Rebuilding one story from damaged copies, and finding a lost sentence in another copy."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfix.text.reconcile import Restoration, consensus, find_full_sentence, reconcile

FR = [
    "Le pont de la Guillotière a rouvert lundi matin après huit mois de travaux, "
    "a annoncé la métropole de Lyon.",
    "Les piétons et les cyclistes pourront de nouveau traverser le Rhône à cet endroit "
    "dès 6 heures. Les bus reprendront leur itinéraire habituel la semaine prochaine.",
    "« C’est un soulagement pour tout le quartier », a déclaré Marie Lambert, présidente "
    "du comité des riverains.",
]
EN = [
    "The harbour ferry between Northport and Gull Island will run every twenty minutes "
    "from Monday, the council said on Friday.",
    "Crossings were cut to one an hour in March after two of the four boats failed "
    "safety inspections. Both have since been repaired.",
    "“People have been patient with us,” said transport officer Dana Reyes. “We owe "
    "them a proper service.”",
]
FR_TEXT = "\n\n".join(FR)
EN_TEXT = "\n\n".join(EN)
FR_TITLE = "Lyon : le pont de la Guillotière rouvert"


def _story(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


RECONCILED = [
    pytest.param(
        [
            _story([FR[0], FR[2], FR[1]]),
            FR_TEXT,
            _story([FR[0], FR[1].replace("de nouveau traverser le Rhône ", ""), FR[2]]),
        ],
        FR_TEXT,
        id="fr-one-copy-with-paragraphs-reordered",
    ),
    pytest.param(
        [
            _story([FR[0].replace(" après huit mois de travaux", ""), FR[1], FR[2]]),
            _story([FR[0], FR[1].replace("Les bus reprendront leur ", ""), FR[2]]),
            _story([FR[0], FR[1], FR[2].replace("pour tout le quartier", "pour tout")]),
        ],
        FR_TEXT,
        id="fr-each-copy-lost-a-different-link",
    ),
    pytest.param(
        [
            _story([FR[0].replace("lundi matin", "lundimatin"), FR[1], FR[2]]),
            _story([FR[0], FR[1].replace("heures. Les", "heures.Les"), FR[2]]),
            FR_TEXT,
        ],
        FR_TEXT,
        id="fr-glued-words-outvoted",
    ),
    pytest.param(
        [
            _story([FR_TITLE, *FR]),
            _story([FR[0], FR[1], FR[2][:60]]),
            FR_TEXT,
        ],
        FR_TEXT,
        id="fr-repeated-title-and-a-copy-cut-short",
    ),
    pytest.param(
        [
            "Get our free morning briefing in your inbox\n\n" + EN_TEXT + "\n\nShare on WhatsApp",
            EN_TEXT.replace("Friday.", "Friday. Most read: ten walks near the coast"),
            EN_TEXT,
        ],
        EN_TEXT,
        id="en-furniture-in-two-copies",
    ),
    pytest.param(
        [
            _story([EN[0], EN[1][:70], EN[2]]),
            _story([EN[0], EN[1], EN[2].replace(" said transport officer Dana Reyes.", "")]),
            _story([EN[0].replace("Gull Island", "GullIsland"), EN[1], EN[2]]),
        ],
        EN_TEXT,
        id="en-truncated-and-glued-copies",
    ),
    pytest.param(
        [
            EN_TEXT.replace("Monday", "Mon&shy;day").replace("“People", "&#8220;People"),
            EN_TEXT.replace("boats failed", "boats  failed"),
            EN_TEXT,
        ],
        EN_TEXT,
        id="en-entities-and-spacing-outvoted",
    ),
    pytest.param(
        [
            _story([EN[0], EN[1], EN[2], EN[1]]),
            _story([EN[2], EN[0], EN[1]]),
            EN_TEXT,
        ],
        EN_TEXT,
        id="en-repeated-paragraph-and-order",
    ),
    pytest.param(
        [EN_TEXT.replace("Northport and Gull", "Northport andGull"), EN_TEXT],
        EN_TEXT,
        id="en-two-copies-glue-split",
    ),
    pytest.param(
        [EN_TEXT.replace("“People", "People"), EN_TEXT.replace("« C’est", "C’est")],
        EN_TEXT,
        id="en-two-copies-a-lost-quote-mark-comes-back",
    ),
    pytest.param(
        [FR_TEXT.replace("« C’est", "C’est"), FR_TEXT.replace("rouvert lundi", "rouvertlundi")],
        FR_TEXT,
        id="fr-two-copies-quote-and-glue",
    ),
    pytest.param(
        [
            _story([EN[0], EN[1] + " " + EN[2]]),
            EN_TEXT.replace("every twenty minutes", "every minutes"),
            EN_TEXT,
        ],
        EN_TEXT,
        id="en-one-copy-merged-two-paragraphs",
    ),
    pytest.param(
        [
            EN_TEXT.replace("inspections. Both", "inspections.\n\nBoth"),
            EN_TEXT,
            EN_TEXT.replace("boats failed", "boatsfailed"),
        ],
        EN_TEXT,
        id="en-one-copy-split-a-paragraph",
    ),
]


@pytest.mark.parametrize(("copies", "expected"), RECONCILED)
def test_it_rebuilds_the_clean_story(copies: list[str], expected: str) -> None:
    assert reconcile(copies, titles=[FR_TITLE] * len(copies)) == expected


def test_it_returns_a_single_clean_copy_unchanged() -> None:
    assert reconcile([FR_TEXT]) == FR_TEXT


def test_it_returns_nothing_for_no_text() -> None:
    assert reconcile([]) == ""
    assert reconcile(["", "  "]) == ""


def test_it_does_not_depend_on_the_order_of_the_copies() -> None:
    copies = [
        _story([EN[0], EN[1][:70], EN[2]]),
        _story([EN[0], EN[1], EN[2].replace(" said transport officer Dana Reyes.", "")]),
        _story([EN[0].replace("Gull Island", "GullIsland"), EN[1], EN[2]]),
    ]
    assert reconcile(copies[::-1]) == reconcile(copies) == EN_TEXT


CONSENSUS = [
    pytest.param(
        ["il a dit à Paris.", "il a ditàParis.", "il a dit à Paris ."],
        "il a dit à Paris.",
        id="majority-per-gap",
    ),
    pytest.param(
        ["Il est parti hier soir.", "Il est hier.", "Il est parti hier."],
        "Il est parti hier soir.",
        id="words-only-one-copy-kept-come-back",
    ),
    pytest.param(
        ["The vote is on Monday.", "The vote is on Monday. Read more", "The vote is on Monday."],
        "The vote is on Monday.",
        id="text-glued-after-the-last-sentence-goes",
    ),
    pytest.param(
        ["Le texte de la loi", "Le texte de la loi", "Le texte"],
        "Le texte de la loi",
        id="a-cut-short-copy-does-not-vote-past-its-end",
    ),
]


@pytest.mark.parametrize(("readings", "expected"), CONSENSUS)
def test_consensus_takes_the_fullest_clean_reading(readings: list[str], expected: str) -> None:
    assert consensus(readings) == expected


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_it_finds_the_full_sentence_of_a_truncated_one() -> None:
    cut = _story([FR[0], "Les piétons et les cyclistes pourront de nouveau", FR[2]])
    texts = [cut, FR_TEXT, FR_TEXT.replace("lundi matin", "lundimatin")]
    start, end = _span(cut, "Les piétons et les cyclistes pourront de nouveau")
    found = find_full_sentence(texts, 0, start, end)
    sentence = FR[1][: FR[1].index("heures.") + len("heures.")]
    assert found == Restoration(
        copy=1,
        start=FR_TEXT.index(sentence),
        end=FR_TEXT.index(sentence) + len(sentence),
        text=sentence,
        support=2,
    )


def test_it_finds_the_start_of_a_dangling_fragment() -> None:
    broken = EN_TEXT.replace("Crossings were cut to one an hour in March after ", "")
    start, end = _span(broken, "two of the four boats failed safety inspections.")
    found = find_full_sentence([broken, EN_TEXT], 0, start, end)
    assert found is not None
    assert found.copy == 1
    assert found.text == (
        "Crossings were cut to one an hour in March after two of the four boats failed "
        "safety inspections."
    )
    assert EN_TEXT[found.start : found.end] == found.text


def test_it_prefers_the_version_of_the_sentence_not_glued() -> None:
    cut = "The harbour ferry between Northport and Gull Island will run"
    glued = EN_TEXT.replace("Gull Island", "GullIsland")
    found = find_full_sentence([cut, glued, EN_TEXT], 0, 0, len(cut))
    assert found is not None
    assert found.copy == 2


def test_the_restored_sentence_is_put_right_by_the_other_copies() -> None:
    cut = EN_TEXT.replace("after two of the four boats failed safety inspections.", "after")
    texts = [cut, EN_TEXT.replace("four boats", "fourboats"), EN_TEXT.replace("“", "")]
    start, end = _span(cut, "Crossings were cut to one an hour in March after")
    found = find_full_sentence(texts, 0, start, end)
    assert found is not None
    assert found.text == (
        "Crossings were cut to one an hour in March after two of the four boats failed "
        "safety inspections."
    )
    assert found.support == 2


def test_it_prefers_the_sentence_to_one_a_lost_link_merged_with_it() -> None:
    merged = EN_TEXT.replace(
        "from Monday, the council said on Friday.\n\nCrossings were cut to one an hour in",
        "from in",
    )
    fragment = "two of the four boats failed safety inspections."
    broken = EN_TEXT.replace("Crossings were cut to one an hour in March after ", "")
    start, end = _span(broken, fragment)
    found = find_full_sentence([broken, merged, EN_TEXT], 0, start, end)
    assert found is not None
    assert (found.copy, found.text) == (
        2,
        "Crossings were cut to one an hour in March after two of the four boats failed "
        "safety inspections.",
    )


@pytest.mark.parametrize(
    ("texts", "index", "part"),
    [
        pytest.param([FR_TEXT, FR_TEXT], 0, FR[0], id="the-other-copy-is-no-fuller"),
        pytest.param([FR_TEXT, EN_TEXT], 0, FR[2], id="the-other-copy-is-another-story"),
        pytest.param([FR_TEXT], 0, FR[0], id="no-other-copy"),
    ],
)
def test_it_finds_nothing_when_no_copy_is_fuller(texts: list[str], index: int, part: str) -> None:
    start, end = _span(texts[index], part)
    assert find_full_sentence(texts, index, start, end) is None


def test_it_finds_nothing_for_a_bad_index_or_an_empty_span() -> None:
    assert find_full_sentence([FR_TEXT, FR_TEXT], 5, 0, 10) is None
    assert find_full_sentence([FR_TEXT, FR_TEXT], 0, 3, 3) is None


# Copies built from the pieces scraped text is made of, so the odd cases (a
# paragraph of only marks, a lone quote, markup) come up often.
_pieces = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        "«",
        "»",
        "“",
        "”",
        "Ã©",
        "&nbsp;",
        "<br>",
        "Il",
        "a dit",
        "aprèsMoscou",
        "Share",
        "le président",
        "The council",
        "said.",
        "1 000",
    ]
)
_copy = st.lists(_pieces, max_size=30).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    copies=st.lists(_copy, min_size=1, max_size=4),
    start=st.integers(-3, 90),
    end=st.integers(-3, 90),
)
def test_it_never_raises_whatever_the_copies(copies: list[str], start: int, end: int) -> None:
    assert isinstance(reconcile(copies, titles=copies), str)
    found = find_full_sentence(copies, 0, start, end)
    assert found is None or copies[found.copy][found.start : found.end]
