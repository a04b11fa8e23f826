"""Each format read from bytes: rows, their line numbers, and the problems of bad rows."""

from __future__ import annotations

import codecs
import io

import pytest

from newsfix.importing.readers import open_rows

from .conftest import gzipped, jsonl, small_limits, zipped


def read(data: bytes, name: str = "file", **limits):
    fmt, rows = open_rows(io.BytesIO(data), name, small_limits(**limits))
    return fmt, [(row.member, row.line, row.fields, row.problem) for row in rows]


JSONL = jsonl({"text": "Un."}, "", {"text": "Deux."})
JSON_ARRAY = b'[\n  {"text": "Un."},\n  {"text": "Deux, [et] {trois} \\" ]"}\n]\n'
CSV_COMMA = b'title,text\nUn,"Texte un, avec virgule"\nDeux,"Texte\nsur deux lignes"\nTrois,Fin\n'
CSV_SEMICOLON = "titre;text\nUn;Café noir\n".encode("cp1252")
CSV_TAB = b"text\ttitle\nHello\tT\n"
HTML = (
    b"<!doctype html><html lang='fr'><head><title>T - Site</title>"
    b"<meta property='og:title' content='Le titre'><script>var x = 1;</script></head>"
    b"<body><nav>Menu</nav><article><p>Il a <b>dit</b> <a href='#'>non</a>.</p>"
    b"<div>Second<br>ligne</div></article></body></html>"
)

READS = [
    (
        "jsonl",
        JSONL,
        "a.jsonl",
        "jsonl",
        [("", 1, {"text": "Un."}, None), ("", 3, {"text": "Deux."}, None)],
    ),
    (
        "json array",
        JSON_ARRAY,
        "a.json",
        "json",
        [
            ("", 2, {"text": "Un."}, None),
            ("", 3, {"text": 'Deux, [et] {trois} " ]'}, None),
        ],
    ),
    (
        "csv comma, quoted newline",
        CSV_COMMA,
        "a.csv",
        "csv",
        [
            ("", 2, {"title": "Un", "text": "Texte un, avec virgule"}, None),
            ("", 3, {"title": "Deux", "text": "Texte\nsur deux lignes"}, None),
            ("", 5, {"title": "Trois", "text": "Fin"}, None),
        ],
    ),
    (
        "csv semicolon cp1252",
        CSV_SEMICOLON,
        "a.csv",
        "csv",
        [("", 2, {"titre": "Un", "text": "Café noir"}, None)],
    ),
    (
        "csv tab, no extension",
        CSV_TAB,
        "export",
        "csv",
        [("", 2, {"text": "Hello", "title": "T"}, None)],
    ),
    (
        "jsonl named .csv",
        JSONL,
        "wrong.csv",
        "jsonl",
        [("", 1, {"text": "Un."}, None), ("", 3, {"text": "Deux."}, None)],
    ),
    (
        "utf-8 bom",
        codecs.BOM_UTF8 + b'{"text": "Caf\xc3\xa9"}\n',
        "a",
        "jsonl",
        [("", 1, {"text": "Café"}, None)],
    ),
    (
        "utf-16 bom",
        '{"text": "Café"}\n'.encode("utf-16"),
        "a",
        "jsonl",
        [("", 1, {"text": "Café"}, None)],
    ),
    (
        "utf-16le without bom",
        '{"text": "Café"}\n'.encode("utf-16-le"),
        "a",
        "jsonl",
        [("", 1, {"text": "Café"}, None)],
    ),
    (
        "gzip of jsonl",
        gzipped(JSONL),
        "a.jsonl.gz",
        "gzip",
        [("", 1, {"text": "Un."}, None), ("", 3, {"text": "Deux."}, None)],
    ),
    (
        "zip of two formats",
        zipped(
            {
                "a.jsonl": jsonl({"text": "A."}),
                "b.csv": b"text\nB.\n",
                "__MACOSX/._a.jsonl": b"junk",
            }
        ),
        "a.zip",
        "zip",
        [("a.jsonl", 1, {"text": "A."}, None), ("b.csv", 2, {"text": "B."}, None)],
    ),
]


@pytest.mark.parametrize(
    ("data", "name", "fmt", "expected"), [r[1:] for r in READS], ids=[r[0] for r in READS]
)
def test_it_reads_each_format_from_its_content(data, name, fmt, expected):
    assert read(data, name) == (fmt, expected)


def test_html_blocks_become_paragraphs_and_inline_elements_keep_their_spaces():
    fmt, rows = open_rows(io.BytesIO(HTML), "page.html", small_limits())
    (row,) = list(rows)
    assert fmt == "html"
    assert row.fields["title"] == "Le titre"
    assert row.fields["text"] == "Il a dit non.\n\nSecond\nligne"
    assert row.fields["language"] == "fr"
    assert "var x" not in row.fields["text"]
    assert row.raw_html == HTML.decode()


PROBLEMS = [
    (
        "invalid json line",
        jsonl({"text": "ok"}, '{"text": '),
        "a.jsonl",
        [(1, None), (2, "not valid JSON (Expecting value)")],
    ),
    (
        "json value not an object",
        jsonl("[1, 2]", '"text"'),
        "a.jsonl",
        [
            (1, "expected a JSON object, found a list"),
            (2, "expected a JSON object, found a string"),
        ],
    ),
    (
        "undecodable bytes on one line",
        b'{"text": "ok"}\n{"text": "caf\xe9 \xff"}\n' + '{"text": "été"}\n'.encode() * 20,
        "a.jsonl",
        [(1, None), (2, "undecodable bytes: save the file as UTF-8")]
        + [(n, None) for n in range(3, 23)],
    ),
    (
        "json array element not an object",
        b'[{"text": "a"},\n 7,\n {"text": "b"}]',
        "a.json",
        [(1, None), (2, "expected a JSON object, found a number"), (3, None)],
    ),
    (
        "json array cut short",
        b'[{"text": "a"},\n {"text": "b',
        "a.json",
        [(1, None), (2, "the file ends inside this element")],
    ),
    (
        "csv row with too many fields",
        b"text,title\na,b\nc,d,e\nf,g\n",
        "a.csv",
        [(2, None), (3, "3 fields where the header has 2"), (4, None)],
    ),
    (
        "csv without a text column",
        b"name,age\nx,1\n",
        "a.csv",
        [(1, "the header row has no `text`, `body` or `content` column (found `name`, `age`)")],
    ),
    (
        "unknown format",
        b"just some words\n",
        "a",
        [
            (
                0,
                "cannot tell the format: expected JSON Lines, a JSON array, CSV with a header "
                "row, an HTML page, or a ZIP or gzip archive of these",
            )
        ],
    ),
    ("empty file", b"", "a.jsonl", []),
]


@pytest.mark.parametrize(
    ("data", "name", "expected"), [p[1:] for p in PROBLEMS], ids=[p[0] for p in PROBLEMS]
)
def test_a_bad_row_is_reported_at_its_line_and_the_rest_still_reads(data, name, expected):
    _, rows = read(data, name)
    assert [(line, problem) for _, line, _, problem in rows] == expected


def test_a_line_over_the_size_limit_is_a_problem_and_is_not_held():
    data = jsonl({"text": "a"}, {"text": "x" * 100_000}, {"text": "b"})
    _, rows = read(data, "a.jsonl", article_bytes=1000)
    assert [line for _, line, fields, _ in rows if fields] == [1, 3]
    assert rows[1][3].startswith("row longer than")


def test_a_huge_element_of_a_json_array_is_skipped():
    data = b'[{"text": "a"}, {"text": "' + b"x" * 300_000 + b'"}, {"text": "b"}]'
    _, rows = read(data, "a.json", article_bytes=1000)
    assert [(fields, bool(problem)) for _, _, fields, problem in rows] == [
        ({"text": "a"}, False),
        (None, True),
        ({"text": "b"}, False),
    ]


def test_a_nested_archive_is_not_unpacked():
    inner = zipped({"a.jsonl": jsonl({"text": "A."})})
    _, rows = read(zipped({"inner.zip": inner}), "a.zip")
    assert rows == [
        (
            "inner.zip",
            0,
            None,
            "an archive inside an archive is not read: unpack it and import its files",
        )
    ]


def test_a_zip_bomb_is_refused_before_unpacking():
    bomb = zipped({"bomb.jsonl": b" " * (5 * 1024**2)})
    _, rows = read(bomb, "bomb.zip")
    assert len(rows) == 1
    assert "looks like a zip bomb" in rows[0][3]


def test_a_gzip_bomb_is_stopped_while_reading():
    _, rows = read(gzipped(b" " * (5 * 1024**2)), "bomb.jsonl.gz")
    assert "looks like a zip bomb" in rows[-1][3]


@pytest.mark.parametrize(
    ("limit", "members", "message"),
    [
        ({"archive_files": 2}, 3, "holds 3 files, over the limit of 2"),
        ({"archive_bytes": 100}, 2, "unpacks to 186 bytes, over the limit of 100 bytes"),
    ],
    ids=["too many files", "too many bytes"],
)
def test_an_archive_over_a_limit_is_refused_with_the_setting_to_change(limit, members, message):
    archive = zipped({f"{n}.jsonl": jsonl({"text": "x" * 80}) for n in range(members)})
    _, rows = read(archive, "a.zip", **limit)
    assert len(rows) == 1
    assert message in rows[0][3]
