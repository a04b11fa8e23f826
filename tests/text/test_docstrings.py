"""The examples in the text engine's docstrings run and say what they show."""

import doctest
import importlib
import pkgutil

import pytest

import newsfix.text
from newsfix.text.checks import CHECKS

MODULES = sorted(
    ["newsfix.text"]
    + [info.name for info in pkgutil.walk_packages(newsfix.text.__path__, "newsfix.text.")]
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_every_check_shows_a_real_example(kind):
    module = importlib.import_module(CHECKS[kind].__module__)
    assert doctest.testmod(module).attempted > 0, f"{module.__name__} has no runnable example"
