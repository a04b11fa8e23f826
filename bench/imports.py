"""Import throughput and memory, measured side by side in one run.

Generates damaged articles with the project's own generator under $TMPDIR
(removed afterwards) and reports, each measurement in its own process on
its own fresh SQLite database:

- the whole import including flagging, next to a loop of plain bulk_create
  plus scan() over the same rows (goal: at most 1.5x slower);
- the import with flagging deferred to the workers, next to plain
  bulk_create (goal: at most 3x slower);
- peak memory of the import at a tenth of the rows and at all of them
  (goal: within 1.2x: memory does not grow with the file);
- with --postgres, the same file imported by two db_worker processes on a
  throwaway PostgreSQL cluster.

    python bench/imports.py [--rows 100000] [--flagged-rows N] [--repeat N] [--postgres]

Flagging costs tens of milliseconds an article, so --flagged-rows lets the
flagging comparison run on fewer rows than the rest.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHUNK = 500


def django_env(db_url: str, media: Path, tasks: str = "database") -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": db_url,
        "DEBUG": "0",
        "SECRET_KEY": "bench-only",
        "TASKS_BACKEND": tasks,
        "MEDIA_ROOT": str(media),
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "newsfix.settings",
    }


def _setup_django() -> None:
    import django

    django.setup()


def _rows(path: Path):
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def _plain_bulk(path: Path, with_scan: bool) -> int:
    from newsfix.models import Article
    from newsfix.text import scan

    count = 0
    rows = _rows(path)
    while chunk := list(itertools.islice(rows, CHUNK)):
        articles = [
            Article(title=r["title"], url=r["url"], raw_text=r["text"], current_text=r["text"])
            for r in chunk
        ]
        Article.objects.bulk_create(articles)
        if with_scan:
            for r in chunk:
                scan(r["text"], title=r["title"], language=r["language"])
        count += len(chunk)
    return count


def _import(path: Path, defer: bool) -> int:
    from newsfix.importing.service import run_batch
    from newsfix.models import ImportBatch

    batch = ImportBatch.objects.create(
        filename=path.name, bytes_total=path.stat().st_size, defer_flagging=defer
    )
    with path.open("rb") as stream:
        run_batch(batch, stream)
    return batch.created


def worker(mode: str, path: Path) -> None:
    """One measurement in this process; prints seconds, rows and peak memory as JSON."""
    _setup_django()
    started = time.perf_counter()
    if mode == "import":
        rows = _import(path, defer=False)
    elif mode == "deferred":
        rows = _import(path, defer=True)
    elif mode == "bulk_scan":
        rows = _plain_bulk(path, with_scan=True)
    elif mode == "bulk":
        rows = _plain_bulk(path, with_scan=False)
    else:
        raise SystemExit(f"unknown mode {mode}")
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": peak_kb / 1024}))


def head(source: Path, target: Path, count: int) -> Path:
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(lines, count))
    return target


def measure(mode: str, path: Path, template_db: Path, work: Path) -> dict:
    db = work / f"{mode}-{path.stem}.sqlite3"
    shutil.copy(template_db, db)
    env = django_env(f"sqlite:///{db}", work / "media")
    out = subprocess.run(
        [sys.executable, __file__, "--worker", mode, "--file", str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        raise SystemExit(f"{mode} failed:\n{out.stderr[-3000:]}")
    db.unlink()
    return json.loads(out.stdout.strip().splitlines()[-1])


def side_by_side(modes: list[str], path: Path, template_db: Path, work: Path, repeat: int):
    """Each mode ``repeat`` times, alternating so a busy machine hurts both alike; best kept."""
    best: dict[str, dict] = {}
    for _ in range(repeat):
        for mode in modes:
            result = measure(mode, path, template_db, work)
            if mode not in best or result["seconds"] < best[mode]["seconds"]:
                best[mode] = result
    return [best[mode] for mode in modes]


def rate(result: dict) -> float:
    return result["rows"] / result["seconds"]


def line(label: str, result: dict) -> str:
    return (
        f"  {label:<38} {result['rows']:>7} rows {result['seconds']:>8.1f} s "
        f"{rate(result):>8.0f} rows/s  peak {result['peak_mb']:>6.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--flagged-rows", type=int, default=10_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, best kept")
    parser.add_argument("--worker")
    parser.add_argument("--file")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, Path(args.file))
        return
    flagged_rows = min(args.flagged_rows or args.rows, args.rows)
    work = Path(tempfile.mkdtemp(prefix="newsfix-bench-", dir=os.environ.get("TMPDIR")))
    try:
        run(args.rows, flagged_rows, args.postgres, work, max(args.repeat, 1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(rows: int, flagged_rows: int, postgres: bool, work: Path, repeat: int) -> None:
    from newsfix.importing.sample import write_jsonl

    started = time.perf_counter()
    full = write_jsonl(work / "articles.jsonl", rows)
    size = full.stat().st_size
    print(
        f"generated {rows} articles, {size / rows / 1024:.1f} KB each on average, "
        f"in {time.perf_counter() - started:.0f} s"
    )
    flagged = head(full, work / "flagged.jsonl", flagged_rows)
    tenth = head(full, work / "tenth.jsonl", max(rows // 10, 1))

    template_db = work / "template.sqlite3"
    env = django_env(f"sqlite:///{template_db}", work / "media")
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"], env=env, check=True)

    print(f"\nwith flagging, {flagged_rows} rows:")
    imp, base = side_by_side(["import", "bulk_scan"], flagged, template_db, work, repeat)
    print(line("import (flagged in the same task)", imp))
    print(line("plain bulk_create + scan()", base))
    print(f"  ratio {rate(base) / rate(imp):.2f}x slower (goal <= 1.5x)")

    print(f"\nflagging deferred, {rows} rows:")
    deferred, bulk = side_by_side(["deferred", "bulk"], full, template_db, work, repeat)
    print(line("import (flagging deferred)", deferred))
    print(line("plain bulk_create", bulk))
    print(f"  ratio {rate(bulk) / rate(deferred):.2f}x slower (goal <= 3x)")

    print("\npeak memory of the import (flagging deferred):")
    small = measure("deferred", tenth, template_db, work)
    print(line(f"{small['rows']} rows", small))
    print(line(f"{deferred['rows']} rows", deferred))
    print(f"  ratio {deferred['peak_mb'] / small['peak_mb']:.2f}x (goal <= 1.2x)")

    if postgres:
        from bench._postgres import two_workers

        result = two_workers(flagged, work, django_env)
        print(f"\nPostgreSQL, two db_worker processes, {flagged_rows} rows flagged in the tasks:")
        print(line("import in two batches", result))


if __name__ == "__main__":
    main()
