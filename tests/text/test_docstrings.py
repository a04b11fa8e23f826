"""The examples in the text engine's docstrings run and say what they show."""

import doctest
import importlib

import pytest

MODULES = [
    "newsfix.text",
    "newsfix.text.document",
    "newsfix.text.fingerprint",
    "newsfix.text.furniture",
    "newsfix.text.jsonl",
    "newsfix.text.language",
    "newsfix.text.checks.boilerplate",
    "newsfix.text.checks.duplicates",
    "newsfix.text.checks.encoding",
    "newsfix.text.checks.merge",
    "newsfix.text.checks.quotes",
    "newsfix.text.checks.spacing",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
