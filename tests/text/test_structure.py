"""Every check module is registered, named after its kind, and tested both ways."""

import ast
import pkgutil
from pathlib import Path

import pytest

from newsfix.text import checks
from newsfix.text.checks import CHECKS

TESTS = Path(__file__).parent / "checks"
# kind -> the test file that holds its FLAGGED and CLEAN tables
TEST_FILES = {
    "merge_artifact": "test_merge.py",
    "truncated_sentence": "test_truncation.py",
    "dangling_fragment": "test_fragments.py",
    "boilerplate": "test_boilerplate.py",
    "duplicate": "test_duplicates.py",
    "unbalanced_quote": "test_quotes.py",
    "spacing": "test_spacing.py",
    "encoding": "test_encoding.py",
}
KINDS = [
    "merge_artifact",
    "truncated_sentence",
    "dangling_fragment",
    "boilerplate",
    "duplicate",
    "unbalanced_quote",
    "spacing",
    "encoding",
]


def test_the_registry_holds_exactly_the_contract_kinds():
    assert sorted(CHECKS) == sorted(KINDS)


def test_every_module_in_checks_is_registered():
    modules = {info.name for info in pkgutil.iter_modules(checks.__path__)}
    registered = {fn.__module__.rsplit(".", 1)[1] for fn in CHECKS.values()}
    assert modules == registered


@pytest.mark.parametrize("kind", KINDS)
def test_every_check_says_what_it_finds_with_an_example(kind):
    module = __import__(CHECKS[kind].__module__, fromlist=["check"])
    doc = module.__doc__ or ""
    assert len(doc) > 200, f"{kind}: the module docstring should explain the damage"
    assert ">>>" in doc or "real one" in doc.lower() or "example" in doc.lower()


@pytest.mark.parametrize("kind", KINDS)
def test_every_check_has_flagged_and_clean_tables(kind):
    path = TESTS / TEST_FILES[kind]
    assert path.exists(), f"{kind}: missing {path.name}"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tables = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert {"FLAGGED", "CLEAN"} <= tables, f"{path.name} needs FLAGGED and CLEAN tables"
