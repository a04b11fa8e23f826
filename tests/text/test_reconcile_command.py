"""``manage.py reconcile``: JSON Lines in, one rebuilt story per group out."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]

STORY = (
    "Le pont de la Guillotière a rouvert lundi matin, a annoncé la métropole de Lyon.\n\n"
    "Les bus reprendront leur itinéraire habituel la semaine prochaine."
)
OTHER = "The ferry will run every twenty minutes from Monday.\n\nBoth boats have been repaired."


def _line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def _run(lines: list[str], tmp_path: Path) -> tuple[list[dict], CommandError | None]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    error = None
    try:
        call_command("reconcile", str(path), stdout=out)
    except CommandError as exc:
        error = exc
    return [json.loads(line) for line in out.getvalue().splitlines()], error


def test_it_prints_one_story_per_group_in_order_of_first_appearance(tmp_path: Path) -> None:
    lines = [
        _line(id="b1", group="g-b", text=OTHER),
        _line(id="a1", group="g-a", text=STORY.replace("lundi matin", "lundimatin")),
        _line(id="b2", group="g-b", text=OTHER + "\n\nShare on WhatsApp"),
        _line(id="a2", group="g-a", text=STORY),
        _line(id="a3", group="g-a", text="Partager l’article\n\n" + STORY),
        _line(id="b3", group="g-b", text=OTHER.replace("Monday", "Mon-\nday")),
    ]
    rows, error = _run(lines, tmp_path)
    assert error is None
    assert rows == [{"group": "g-b", "text": OTHER}, {"group": "g-a", "text": STORY}]


def test_an_article_without_a_group_is_a_group_named_by_its_id(tmp_path: Path) -> None:
    lines = [_line(id="solo", text=OTHER), _line(text=STORY), _line(group="solo", text=STORY)]
    rows, error = _run(lines, tmp_path)
    assert error is None
    assert rows == [
        {"group": "solo", "text": OTHER},
        {"group": "2", "text": STORY},
        {"group": "solo", "text": STORY},
    ]


def test_a_bad_line_is_reported_in_place_and_the_rest_still_answered(tmp_path: Path) -> None:
    lines = [
        _line(id="a1", group="g", text=STORY),
        "{not json",
        _line(id="x", group="g"),
        _line(id="a2", group="g", text=STORY),
        _line(id="o", group=7, text=OTHER),
    ]
    rows, error = _run(lines, tmp_path)
    assert error is not None
    assert rows == [
        {"group": "g", "text": STORY},
        {
            "id": "2",
            "error": "line 2: not valid JSON (Expecting property name enclosed in double quotes)",
        },
        {"id": "x", "error": "line 3: missing field `text`"},
        {"group": 7, "text": OTHER},
    ]


def test_it_reads_standard_input_with_no_environment_and_no_database(tmp_path: Path) -> None:
    lines = [_line(group="g", text=STORY), _line(group="g", text=STORY), "[1]"]
    result = subprocess.run(
        [sys.executable, "manage.py", "reconcile", "-"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", "")},
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"group": "g", "text": STORY},
        {"id": "3", "error": "line 3: expected a JSON object"},
    ]


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="cannot read"):
        call_command("reconcile", str(tmp_path / "nope.jsonl"), stdout=io.StringIO())
