"""import_articles: imports in its own process, prints a summary, fails when a row had a problem."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from newsfix.models import Article, ImportBatch

from .conftest import TEXT_EN, TEXT_FR, jsonl

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_imports_a_clean_file_and_prints_the_summary(tmp_path):
    path = tmp_path / "clean.jsonl"
    path.write_bytes(jsonl({"text": TEXT_FR}, {"text": TEXT_EN}, {"text": TEXT_EN}))
    out, err = run(str(path), "--source", "AFP")
    assert out == "3 row(s) read: 2 created, 1 duplicate(s), 0 problem(s)\n"
    assert err == ""
    assert set(Article.objects.values_list("source__name", flat=True)) == {"AFP"}
    assert ImportBatch.objects.get().status == "done"


def test_it_prints_each_problem_with_its_line_and_exits_non_zero(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(jsonl({"text": TEXT_FR}, {"text": 5}))
    with pytest.raises(CommandError, match="1 row"):
        call_command(
            "import_articles", str(path), stdout=io.StringIO(), stderr=(err := io.StringIO())
        )
    assert err.getvalue() == f"{path}:2: field `text` must be text, found a number\n"
    assert Article.objects.count() == 1


def test_the_exit_status_is_one_when_a_row_had_a_problem(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"{nope\n")
    with pytest.raises(SystemExit) as exit_info:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["manage.py", "import_articles", str(path)])
    assert exit_info.value.code == 1


def test_a_dry_run_reads_and_flags_but_stores_nothing(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl({"text": "Il est arrivé aprèsMoscou hier.Le ministre a  parlé."}))
    out, _ = run(str(path), "--dry-run")
    assert out.startswith("1 row(s) read: 1 would create, 0 duplicate(s), 0 problem(s)\n")
    assert (Article.objects.count(), ImportBatch.objects.count()) == (0, 0)


def test_several_files_are_summed(tmp_path):
    one, two = tmp_path / "1.jsonl", tmp_path / "2.csv"
    one.write_bytes(jsonl({"text": TEXT_FR}))
    two.write_bytes(f"text\n{TEXT_EN}\n".encode())
    out, _ = run(str(one), str(two))
    assert out == "2 row(s) read: 2 created, 0 duplicate(s), 0 problem(s)\n"
    assert ImportBatch.objects.count() == 2


def test_a_missing_file_is_an_error_a_person_can_act_on(tmp_path):
    with pytest.raises(CommandError, match="cannot read .*nothing.jsonl: No such file"):
        run(str(tmp_path / "nothing.jsonl"))
