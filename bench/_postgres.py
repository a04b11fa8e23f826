"""A throwaway PostgreSQL cluster and an import run by two db_worker processes."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PGBIN = Path("/usr/lib/postgresql/15/bin")
ROOT = Path(__file__).resolve().parent.parent

ENQUEUE = """
import sys
import django
django.setup()
from django.core.files import File
from newsfix.models import ImportBatch
from newsfix.tasks import run_import
for name in sys.argv[1:]:
    with open(name, "rb") as stream:
        batch = ImportBatch(filename=name.rsplit("/", 1)[-1], bytes_total=len(stream.read()))
        stream.seek(0)
        batch.file.save(batch.filename, File(stream), save=True)
    run_import.enqueue(batch.pk)
"""
COUNT = """
import django
django.setup()
from newsfix.models import Article, ImportBatch
print(Article.objects.filter(flagged_version__isnull=False).count(),
      list(ImportBatch.objects.values_list("status", flat=True)))
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _split(path: Path, parts: int, work: Path) -> list[Path]:
    outs = [work / f"part{n}.jsonl" for n in range(parts)]
    handles = [out.open("w", encoding="utf-8") for out in outs]
    with path.open(encoding="utf-8") as lines:
        for line, handle in zip(lines, itertools.cycle(handles), strict=False):
            handle.write(line)
    for handle in handles:
        handle.close()
    return outs


def two_workers(path: Path, work: Path, django_env: Callable[..., dict]) -> dict:
    """Seconds and rows for ``path`` imported as two batches by two workers on PostgreSQL."""
    if os.geteuid() != 0 or not (PGBIN / "initdb").exists():
        raise SystemExit("--postgres needs root and PostgreSQL 15 in " + str(PGBIN))
    pgdir = Path(tempfile.mkdtemp(prefix="newsfix-pg-", dir=os.environ.get("TMPDIR")))
    shutil.chown(pgdir, "postgres")
    port = _free_port()
    as_pg = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [
            *as_pg,
            PGBIN / "initdb",
            "-D",
            pgdir / "data",
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_pg,
            PGBIN / "pg_ctl",
            "-D",
            pgdir / "data",
            "-l",
            pgdir / "log",
            "-w",
            "-o",
            f"-p {port} -k {pgdir} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        env = django_env(f"postgres://postgres@127.0.0.1:{port}/newsfix", work / "media-pg")
        subprocess.run(
            [*as_pg, PGBIN / "createdb", "-h", "127.0.0.1", "-p", str(port), "newsfix"], check=True
        )
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
        parts = _split(path, 2, work)
        subprocess.run(
            [sys.executable, "-c", ENQUEUE, *map(str, parts)], env=env, check=True, cwd=ROOT
        )
        started = time.perf_counter()
        workers = [
            subprocess.Popen(
                [*manage, "db_worker", "--batch", "--no-startup-delay", "--no-reload", "-v0"],
                env=env,
            )
            for _ in range(2)
        ]
        for worker in workers:
            worker.wait()
        seconds = time.perf_counter() - started
        out = subprocess.run(
            [sys.executable, "-c", COUNT],
            env=env,
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.split(" ", 1)
        return {"seconds": seconds, "rows": int(out[0]), "peak_mb": 0.0, "status": out[1].strip()}
    finally:
        subprocess.run(
            [*as_pg, PGBIN / "pg_ctl", "-D", pgdir / "data", "-m", "fast", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(pgdir, ignore_errors=True)
