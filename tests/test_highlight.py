"""Flags highlighted in scraped text: escaped first, then marked, overlaps and all."""

from __future__ import annotations

import re

import pytest
from django.template import Context, Template

from newsfix.templatetags.highlight import highlight_text, kind_label
from newsfix.text.flags import Flag


def _text_of(html: str) -> str:
    """What a reader sees: tags dropped, entities left as they are."""
    return re.sub(r"<[^>]+>", "", html)


def test_it_escapes_the_scrape_before_marking_it():
    text = "<script>alert(1)</script> et <img src=x onerror=alert(1)>"
    html = highlight_text(text, [Flag("boilerplate", 0, 25, 'says "<b>"')])
    assert "<script>" not in html and "<img" not in html
    assert html.startswith('<mark id="flag-0" tabindex="0" class="flag flag-boilerplate"')
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in html
    assert 'title="says &quot;&lt;b&gt;&quot;"' in html


def test_a_text_without_flags_is_only_escaped():
    assert highlight_text("a < b & c", []) == "a &lt; b &amp; c"


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ([Flag("spacing", 2, 4, "m")], 'ab<mark id="flag-0"|cd</mark>ef'),
        (
            [Flag("spacing", 0, 4, "m"), Flag("encoding", 2, 6, "n")],
            'ab</mark><mark id="flag-1"|cd</mark><mark class="flag flag-encoding"',
        ),
        (
            [Flag("spacing", 0, 6, "m"), Flag("encoding", 2, 4, "n")],
            'class="flag flag-spacing flag-encoding" data-flags="flag-0 flag-1"',
        ),
        ([Flag("truncated_sentence", 3, 3, "m")], 'data-point="1"></mark>def'),
    ],
    ids=["one", "overlapping", "nested", "point"],
)
def test_flags_are_cut_at_every_boundary(flags, expected):
    html = highlight_text("abcdef", flags)
    for part in expected.split("|"):
        assert part in html
    assert _text_of(html) == "abcdef"


def test_two_flags_starting_together_both_get_an_anchor():
    html = highlight_text("abcdef", [Flag("spacing", 0, 3, "m"), Flag("encoding", 0, 5, "n")])
    assert 'id="flag-0"' in html and 'id="flag-1"' in html


def test_offsets_beyond_the_text_are_clamped():
    html = highlight_text("abc", [Flag("spacing", 1, 99, "m")])
    assert _text_of(html) == "abc"


def test_stored_flags_are_named_by_their_primary_key():
    class Stored:
        pk, kind, start, end, message = 42, "spacing", 0, 1, "m"

    assert 'id="raw-42"' in highlight_text("ab", [Stored()], prefix="raw")


def test_a_long_article_with_many_flags_keeps_every_character():
    text = " ".join(f"mot{i}" for i in range(10_000))
    flags = [Flag("spacing", i * 150, i * 150 + 20, "m") for i in range(300)]
    html = highlight_text(text, flags)
    assert html.count("<mark") == 300
    assert _text_of(html) == text


def test_the_template_tag_and_the_kind_label():
    template = Template("{% load highlight %}{% highlight text flags %}|{{ kind|kind_label }}")
    html = template.render(Context({"text": "<i>", "flags": [], "kind": "merge_artifact"}))
    assert html == f"&lt;i&gt;|{kind_label('merge_artifact')}"


def test_flags_in_any_order_give_the_same_marks():
    class Stored:
        def __init__(self, pk, start, end):
            self.pk, self.kind, self.start, self.end, self.message = pk, "spacing", start, end, "m"

    text = "l'AT&T <b> a dit « oui » & c'est \"tout\"."
    flags = [Stored(1, 0, 6), Stored(2, 7, 10), Stored(3, 28, 35)]
    in_order = highlight_text(text, flags)
    assert in_order == highlight_text(text, flags[::-1])
    assert '<mark id="flag-1" tabindex="0" class="flag flag-spacing"' in in_order
    assert "l&#x27;AT&amp;T</mark>" in in_order and "&lt;b&gt;</mark>" in in_order
    assert _text_of(in_order) == _text_of(highlight_text(text, []))
