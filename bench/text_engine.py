"""Throughput of the text engine next to ftfy and a bare tokenisation pass.

    python bench/text_engine.py [FILE.jsonl] [--megabytes N]

A given file is repeated until the corpus reaches ``--megabytes`` (10 by
default), so a small labelled file is measured at a size where start-up does
not dominate; ``--megabytes 0`` takes it once.

Each pass is a whole process, start-up included, over the same texts:
``manage.py flag`` (every check, as the command line runs it: big files
shared among one process per CPU), the same in one process (its CPU time is
the work itself, without two processes contending for the cores),
``ftfy.fix_text`` on every text, and ``re.finditer(r"\\w+")`` on every text.
Without a file, a seeded synthetic corpus of damaged articles is written to a
temporary file first. Printed: seconds (wall and CPU), articles/s, MB/s, peak
memory, and the ratios that matter: flag ÷ ftfy and flag ÷ tokenise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfix.importing.sample import articles  # noqa: E402

FTFY = """
import json, sys, ftfy
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        ftfy.fix_text(json.loads(line)["text"])
"""
TOKENISE = """
import json, re, sys
word = re.compile(r"\\w+")
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        for _ in word.finditer(json.loads(line)["text"]):
            pass
"""


def timed(argv: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MB) of one child process."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(argv, cwd=ROOT, stdout=sink)
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv[:3])}… failed")
    # ru_maxrss is in kilobytes on Linux.
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def generate(megabytes: float, seed: int = 7) -> Iterator[str]:
    """JSON lines of the project's generated damaged articles, about ``megabytes`` in all."""
    budget = int(megabytes * 1_000_000)
    for row in articles(sys.maxsize, seed=seed):
        if budget <= 0:
            return
        line = json.dumps(row, ensure_ascii=False)
        budget -= len(line.encode("utf-8")) + 1
        yield line


def _repeated(path: Path, megabytes: float, tmp: Path) -> Path:
    """``path`` repeated until it holds ``megabytes``, in a temporary file."""
    data = path.read_bytes()
    if not data.endswith(b"\n"):
        data += b"\n"
    copies = max(1, int(-(-megabytes * 1_000_000 // len(data))))
    if copies == 1:
        return path
    out = tmp / f"{path.stem}-x{copies}.jsonl"
    out.write_bytes(data * copies)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="JSON Lines articles (default: generated)")
    parser.add_argument(
        "--megabytes",
        type=float,
        default=10.0,
        help="corpus size: generated, or the file repeated up to it",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.file:
            path = _repeated(Path(args.file).resolve(), args.megabytes, Path(tmp))
        else:
            path = Path(tmp) / "bench.jsonl"
            path.write_text("\n".join(generate(args.megabytes)) + "\n", encoding="utf-8")
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        articles = len(lines)
        size_mb = path.stat().st_size / 1_000_000
        python = sys.executable
        runs = {
            "flag": timed([python, "manage.py", "flag", str(path)]),
            "flag, 1 job": timed([python, "manage.py", "flag", "--jobs", "1", str(path)]),
            "ftfy.fix_text": timed([python, "-c", FTFY, str(path)]),
            "tokenise": timed([python, "-c", TOKENISE, str(path)]),
        }

    source = Path(args.file).name if args.file else "generated"
    print(f"corpus: {source}, {articles} articles, {size_mb:.1f} MB")
    print(f"{'pass':<14} {'wall s':>8} {'cpu s':>8} {'art/s':>9} {'MB/s':>7} {'peak MB':>8}")
    for name, (wall, cpu, peak) in runs.items():
        print(
            f"{name:<14} {wall:8.2f} {cpu:8.2f} {articles / wall:9.0f} "
            f"{size_mb / wall:7.2f} {peak:8.0f}"
        )
    for flag in ("flag", "flag, 1 job"):
        flag_wall, flag_cpu, _ = runs[flag]
        for other in ("ftfy.fix_text", "tokenise"):
            wall, cpu, _ = runs[other]
            print(
                f"{flag} speed vs {other}: {wall / flag_wall:.2f}× (wall), "
                f"{cpu / flag_cpu:.2f}× (cpu)  [≥ 1.0 means flag is faster]"
            )


if __name__ == "__main__":
    main()
