"""Server time of the heavy screens, each next to a trivial view in the same run.

The trivial view needs a login and looks one article up by primary key: what
any page costs at the least. Each case is timed against it on the same
process and database, requests interleaved, and reported as the ratio of the
medians (goal: at most 5x).

    python bench/views.py [--requests 50]

A case is one function taking the editor user and returning a label, a URL
and the goal ratio; add it to ``CASES``. Runs on a throwaway SQLite database
with production settings (DEBUG off).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKDIR = tempfile.mkdtemp(prefix="newsfix-bench-views-")
os.environ.update(
    {
        "DATABASE_URL": f"sqlite:///{WORKDIR}/bench.sqlite3",
        "DEBUG": "0",
        "SECRET_KEY": "bench-only",
        "ALLOWED_HOSTS": "testserver",
        "TASKS_BACKEND": "immediate",
        "MEDIA_ROOT": WORKDIR,
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "newsfix.settings",
    }
)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.decorators import login_required  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.http import HttpRequest, HttpResponse  # noqa: E402
from django.urls import include, path  # noqa: E402

from newsfix import queue  # noqa: E402
from newsfix.models import FLAG_KINDS, Article, Flag, Source  # noqa: E402


@login_required
def trivial(request: HttpRequest, pk: int) -> HttpResponse:
    article = Article.objects.only("title").get(pk=pk)
    return HttpResponse(article.title)


urlpatterns = [
    path("bench/trivial/<int:pk>/", trivial),
    path("", include("newsfix.urls")),
]
settings.ROOT_URLCONF = __name__
# No collectstatic for a throwaway run: static URLs without the hashed manifest.
settings.STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

Case = tuple[str, str, float]

WORDS = (
    "le ministre a déclaré lundi que les discussions se poursuivraient à Genève "
    "jusqu’à ce qu’un accord soit trouvé entre les deux délégations réunies"
).split()


def editor_case(user) -> Case:
    """The editor on a 10,000-word article with 300 stored open flags."""
    text = " ".join(WORDS[i % len(WORDS)] for i in range(10_000))
    article = Article.objects.create(title="Bench article", raw_text=text)
    step = len(text) // 300
    flags = []
    for i in range(300):
        start = i * step
        end = text.index(" ", start + 1)
        for target in (Flag.Target.RAW, Flag.Target.CURRENT):
            flags.append(
                Flag(
                    article=article,
                    target=target,
                    kind="merge_artifact" if i % 2 else "spacing",
                    start=start,
                    end=end,
                    message="words glued together",
                    suggestion=text[start:end] + " ",
                    excerpt=text[start:end],
                )
            )
    Flag.objects.bulk_create(flags)
    Article.objects.filter(pk=article.pk).update(
        flagged_version=article.version, open_flags=300, flags_merge_artifact=150, flags_spacing=150
    )
    return "editor, 10,000 words, 300 flags", f"/articles/{article.pk}/", 5.0


QUEUE_ARTICLES = 100_000
QUEUE_SOURCES = 20


def _queue_articles() -> None:
    """100,000 analysed articles over 20 sources, made with bulk_create in one transaction."""
    if Source.objects.filter(name="site-0.example").exists():
        return
    sources = Source.objects.bulk_create(
        Source(
            name=f"site-{i}.example",
            article_count=QUEUE_ARTICLES // QUEUE_SOURCES,
            flag_counts={kind: (i * 37 + j * 101) % 900 for j, kind in enumerate(FLAG_KINDS)},
        )
        for i in range(QUEUE_SOURCES)
    )
    statuses = ["new", "flagged", "flagged", "in_review", "published", "rejected"]
    text = " ".join(WORDS[:40])
    rng = random.Random(7)

    def articles():
        for i in range(QUEUE_ARTICLES):
            counts = {f"flags_{kind}": rng.choice((0, 0, 0, 1, 2)) for kind in FLAG_KINDS}
            yield Article(
                title=f"Les diplomates se réunissent à Genève, épisode {i}",
                raw_text=text,
                current_text=text,
                content_hash=f"{i:064x}",
                language="fr" if i % 3 else "en",
                source=sources[i % QUEUE_SOURCES],
                status=statuses[i % len(statuses)],
                open_flags=sum(counts.values()),
                flagged_version=1,
                **counts,
            )

    with transaction.atomic():
        for chunk in itertools.batched(articles(), 2000):
            Article.objects.bulk_create(chunk)
    with connection.cursor() as cursor:
        # Fold the write-ahead log into the database, as a long-running server would have.
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("ANALYZE")


def queue_case(user) -> Case:
    """The queue's first page over 100,000 articles, with the damage charts."""
    _queue_articles()
    return "queue, 100,000 articles", "/", 5.0


def queue_filtered_case(user) -> Case:
    """A later page of flagged articles of one source, most open flags first."""
    _queue_articles()
    source = Source.objects.get(name="site-3.example")
    filters = queue.Filters(status="flagged", source=source.pk, sort="flags")
    _rows, cursor = queue.page(filters, None)
    return "queue, 100,000 articles, filtered, page 2", f"/?{filters.as_query(after=cursor)}", 5.0


CASES: list[Callable] = [editor_case, queue_case, queue_filtered_case]


def _timed(client, url: str) -> tuple[float, float]:
    """Wall and CPU milliseconds of one request; CPU time is what a busy machine disturbs least."""
    wall, cpu = time.perf_counter(), time.process_time()
    response = client.get(url, secure=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return wall * 1000, cpu * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client

    from newsfix.models import User

    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench", password="bench-pw!")  # noqa: S106
    user.groups.add(Group.objects.get(name="editors"))
    client = Client()
    client.force_login(user)
    lookup = Article.objects.create(title="Trivial", raw_text="Un texte.")
    trivial_url = f"/bench/trivial/{lookup.pk}/"

    print(f"median of {args.requests} requests each, interleaved, same process and database")
    for make_case in CASES:
        label, url, goal = make_case(user)
        for _ in range(3):
            _timed(client, trivial_url), _timed(client, url)
        base, heavy = [], []
        for _ in range(args.requests):
            base.append(_timed(client, trivial_url))
            heavy.append(_timed(client, url))
        for index, clock in enumerate(("wall", "cpu")):
            b = statistics.median(t[index] for t in base)
            h = statistics.median(t[index] for t in heavy)
            verdict = "ok" if h / b <= goal else "OVER GOAL"
            print(
                f"{label} ({clock}): {h:.1f} ms vs trivial {b:.1f} ms = {h / b:.1f}x "
                f"(goal ≤ {goal:g}x) {verdict}"
            )


if __name__ == "__main__":
    try:
        main()
    finally:
        import shutil

        shutil.rmtree(WORKDIR, ignore_errors=True)
