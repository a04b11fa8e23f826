"""Import scrape files in this process, with the same service as the web upload."""

from __future__ import annotations

import os
import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from newsfix.importing.service import run_batch
from newsfix.models import ImportBatch, ImportProblem

MAX_PRINTED_PROBLEMS = 200


class Command(BaseCommand):
    help = (
        "Import articles from JSON Lines, JSON, CSV or HTML files, or ZIP/gzip archives of them. "
        "Exits non-zero when a row had a problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--source", default="", help="source name for every article")
        parser.add_argument(
            "--dry-run", action="store_true", help="read, check and flag, but store nothing"
        )

    def handle(self, *args, files: list[str], source: str, dry_run: bool, **options):
        totals: Counter[str] = Counter()
        flags: Counter[str] = Counter()
        self.printed = 0
        for path in files:
            try:
                size = os.path.getsize(path)
                stream = open(path, "rb")  # noqa: SIM115 - closed below
            except OSError as exc:
                raise CommandError(f"cannot read {path}: {exc.strerror}") from None
            batch = ImportBatch(
                filename=os.path.basename(path),
                source_name=source.strip()[:200],
                bytes_total=size,
            )
            if not dry_run:
                batch.save()
            with stream, self._bar(path, size) as bar:

                def report(
                    batch: ImportBatch, problems: list[ImportProblem], bar=bar, path=path
                ) -> None:
                    self._problems(path, problems)
                    bar.update(batch.bytes_read - bar.n)
                    bar.set_postfix(
                        created=batch.created,
                        dup=batch.duplicates,
                        problems=batch.problems,
                        refresh=False,
                    )

                flags += run_batch(batch, stream, dry_run=dry_run, on_chunk=report)
            if batch.error:
                self.stderr.write(f"{path}: {batch.error}")
            for field in ("rows_read", "created", "duplicates", "problems"):
                totals[field] += getattr(batch, field)
        self._summary(totals, flags, dry_run)
        if totals["problems"]:
            raise CommandError(
                f"{totals['problems']} row(s) had a problem; see above", returncode=1
            )

    def _bar(self, path: str, size: int) -> tqdm:
        tty = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
        return tqdm(
            total=size,
            desc=os.path.basename(path),
            unit="B",
            unit_scale=True,
            disable=not tty,
            file=sys.stderr,
            leave=False,
        )

    def _problems(self, path: str, problems: list[ImportProblem]) -> None:
        for problem in problems:
            self.printed += 1
            if self.printed > MAX_PRINTED_PROBLEMS:
                continue
            where = f"{path}:{problem.member}:" if problem.member else f"{path}:"
            self.stderr.write(f"{where}{problem.line}: {problem.reason}")

    def _summary(self, totals: Counter[str], flags: Counter[str], dry_run: bool) -> None:
        if self.printed > MAX_PRINTED_PROBLEMS:
            self.stderr.write(f"… and {self.printed - MAX_PRINTED_PROBLEMS} more problem(s)")
        verb = "would create" if dry_run else "created"
        self.stdout.write(
            f"{totals['rows_read']} row(s) read: {totals['created']} {verb}, "
            f"{totals['duplicates']} duplicate(s), {totals['problems']} problem(s)"
        )
        if dry_run and flags:
            found = ", ".join(f"{kind} {count}" for kind, count in flags.most_common())
            self.stdout.write(f"flags found: {found}")
