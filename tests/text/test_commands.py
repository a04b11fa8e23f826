"""manage.py flag and repair: JSON Lines in, JSON Lines out, in input order."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]

GOOD = {"id": "a1", "text": "Il est arrivé aprèsMoscou hier.", "language": "fr"}
LINES = [
    json.dumps(GOOD, ensure_ascii=False),
    "not json",
    "",
    "[1, 2]",
    json.dumps({"id": "a5", "text": 42}),
    json.dumps({"title": "no text"}),
    json.dumps({"text": "The mayor  resigned.", "extra": "ignored"}),
]


def python(*args: str) -> subprocess.CompletedProcess[str]:
    """Run Python as a fresh process with an empty environment, like a new checkout."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def run(command: str, path: Path) -> tuple[int, list[dict]]:
    result = python("manage.py", command, str(path))
    return result.returncode, [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_flag_answers_every_line_in_order_and_fails_at_the_end(articles):
    code, out = run("flag", articles)
    assert code != 0
    assert [o["id"] for o in out] == ["a1", "2", "4", "a5", "6", "7"]
    assert out[0]["flags"] == [
        {
            "kind": "merge_artifact",
            "start": 14,
            "end": 25,
            "message": out[0]["flags"][0]["message"],
            "suggestion": "après Moscou",
        }
    ]
    assert [sorted(o) for o in out[1:5]] == [["error", "id"]] * 4
    assert "not valid JSON" in out[1]["error"]
    assert "object" in out[2]["error"]
    assert "must be a string" in out[3]["error"]
    assert "missing field `text`" in out[4]["error"]
    assert "spacing" in [f["kind"] for f in out[5]["flags"]]


def test_repair_answers_every_line_with_the_repaired_text(articles):
    code, out = run("repair", articles)
    assert code != 0
    assert out[0] == {"id": "a1", "text": "Il est arrivé après Moscou hier."}
    assert out[-1] == {"id": "7", "text": "The mayor resigned."}


def test_a_clean_file_exits_zero_and_keeps_text_byte_identical(tmp_path):
    text = "Le maire a démissionné mardi.\n\nIl sera remplacé en juin."
    path = tmp_path / "clean.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    code, out = run("repair", path)
    assert code == 0
    assert out == [{"id": "1", "text": text}]


def test_commands_read_stdin_when_given_a_dash(capsys, monkeypatch):
    import io

    data = (json.dumps({"id": "x", "text": "Le maire a  démissionné."}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    call_command("flag", "-")
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out == [
        {
            "id": "x",
            "flags": [
                {
                    "kind": "spacing",
                    "start": 10,
                    "end": 12,
                    "message": "several spaces in a row",
                    "suggestion": " ",
                }
            ],
        }
    ]


def test_a_missing_file_is_a_readable_error(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("flag", str(tmp_path / "absent.jsonl"))


def test_a_line_with_bad_utf8_is_reported_alone(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "\xff"}\n{"text": "ok"}\n')
    with pytest.raises(CommandError):
        call_command("repair", str(path))
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out == [{"id": "1", "error": "line 1: not valid UTF-8"}, {"id": "2", "text": "ok"}]


def test_manage_py_runs_the_text_commands_without_starting_django(articles):
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['manage.py', 'flag', {str(articles)!r}]\n"
        "try:\n"
        "    runpy.run_path('manage.py', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    sys.stderr.write(f'status {exit.code}; django loaded: {\"django\" in sys.modules}')\n"
    )
    result = python("-c", probe)
    assert "CommandError: 4 line(s) could not be processed" in result.stderr
    assert result.stderr.endswith("status 1; django loaded: False")
    assert len(result.stdout.splitlines()) == 6


def test_a_missing_file_is_a_readable_error_on_the_command_line(tmp_path):
    result = python("manage.py", "flag", str(tmp_path / "absent.jsonl"))
    assert (result.returncode, result.stdout) == (1, "")
    assert "CommandError: cannot read" in result.stderr


def test_options_only_django_knows_still_work(articles):
    """``--verbosity`` and the like send the command through Django, with the same answers."""
    plain = python("manage.py", "flag", str(articles))
    through_django = python("manage.py", "flag", "--verbosity", "0", str(articles))
    assert through_django.returncode == plain.returncode == 1
    assert through_django.stdout == plain.stdout
