"""The shared JSON Lines reader: one (article, error) per line, never stopping."""

import io

import pytest

from newsfix.text.jsonl import process, read_articles


@pytest.mark.parametrize(
    ("line", "error"),
    [
        pytest.param("{oops", "line 1: not valid JSON", id="not-json"),
        pytest.param('"text"', "line 1: expected a JSON object", id="not-an-object"),
        pytest.param("{}", "line 1: missing field `text`", id="no-text"),
        pytest.param('{"text": null}', "line 1: field `text` must be a string", id="null-text"),
        pytest.param(
            "[" * 100_000, "line 1: not valid JSON (nested too deeply)", id="nested-too-deeply"
        ),
    ],
)
def test_malformed_lines_give_an_error_with_the_line_number(line, error):
    [(article, message)] = list(read_articles([line]))
    assert article == {"id": "1"}
    assert message.startswith(error)


def test_ids_default_to_the_line_number_and_blank_lines_count():
    lines = ['{"text": "a"}', "", '{"id": "x", "text": "b"}', '{"id": 7, "text": "c"}']
    ids = [article["id"] for article, _ in read_articles(lines)]
    assert ids == ["1", "x", 7]


def test_unknown_keys_are_kept_for_the_caller():
    [(article, error)] = list(read_articles(['{"text": "a", "group": "g1"}']))
    assert error is None
    assert article["group"] == "g1"


def test_process_reports_a_failing_handler_as_an_error_line():
    out = io.StringIO()

    def handle(article):
        raise ValueError("boom")

    assert process(['{"text": "a"}'], out, handle) == 1
    assert '"error"' in out.getvalue()
