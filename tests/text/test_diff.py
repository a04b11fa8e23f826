"""Word diffs for display: what was put in and taken out, and nothing lost on the way."""

from __future__ import annotations

import pytest

from newsfix.text.diff import DELETE, EQUAL, INSERT, Segment, changed, diff, stats, tokens


def _old(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != INSERT)


def _new(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != DELETE)


CASES = [
    (
        "Il vint aprèsMoscou.",
        "Il vint après Moscou.",
        [
            (EQUAL, "Il vint "),
            (DELETE, "aprèsMoscou"),
            (INSERT, "après Moscou"),
            (EQUAL, "."),
        ],
    ),
    ("Share Post:\n\nLe texte.", "Le texte.", [(DELETE, "Share Post:\n\n"), (EQUAL, "Le texte.")]),
    (
        "Le ministre a parlé",
        "Le ministre a parlé lundi.",
        [
            (EQUAL, "Le ministre a parlé"),
            (INSERT, " lundi."),
        ],
    ),
    ("a  b", "a b", [(EQUAL, "a"), (DELETE, "  "), (INSERT, " "), (EQUAL, "b")]),
    ("« Oui »", "« Non »", [(EQUAL, "« "), (DELETE, "Oui"), (INSERT, "Non"), (EQUAL, " »")]),
    ("", "Nouveau.", [(INSERT, "Nouveau.")]),
    ("Ancien.", "", [(DELETE, "Ancien.")]),
    ("Pareil.", "Pareil.", [(EQUAL, "Pareil.")]),
    ("", "", []),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    CASES,
    ids=[
        "glued-words",
        "furniture-removed",
        "end-restored",
        "spacing",
        "quote",
        "from-empty",
        "to-empty",
        "same",
        "both-empty",
    ],
)
def test_it_marks_whole_words_put_in_and_taken_out(old, new, expected):
    segments = diff(old, new)
    assert [(s.op, s.text) for s in segments] == expected
    assert _old(segments) == old
    assert _new(segments) == new


def test_a_change_in_a_long_article_keeps_both_texts_whole():
    old = " ".join(f"mot{i}" for i in range(10_000))
    new = old.replace("mot5000 ", "mot5000 inséré ").replace("mot9 ", "")
    segments = diff(old, new)
    assert _old(segments) == old and _new(segments) == new
    assert stats(segments) == {INSERT: 1, DELETE: 1}
    assert changed(segments)


def test_neighbouring_segments_never_share_an_operation():
    segments = diff("un deux trois quatre cinq", "un DEUX trois QUATRE cinq six")
    ops = [s.op for s in segments]
    assert all(a != b for a, b in zip(ops, ops[1:], strict=False))
    assert not changed(diff("même", "même"))


@pytest.mark.parametrize(
    "text",
    ["Bonjour, monde !", "l’Assemblée a voté", "  \n\t x", "café crème 3,5 %"],
    ids=["punctuation", "apostrophe", "white-space", "numbers"],
)
def test_tokens_join_back_into_the_text(text):
    assert "".join(tokens(text)) == text
