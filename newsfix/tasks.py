"""Background work on django.tasks: the web only enqueues, a db_worker runs these."""

from __future__ import annotations

from django.tasks import task

from newsfix import analysis
from newsfix.models import Article

ANALYSE_CHUNK = 500


@task()
def analyse_articles(article_ids: list[int], rescan_raw: bool = False) -> int:
    """Re-flag the given articles (working copies untouched); returns how many were done."""
    done = 0
    source_ids = set()
    for offset in range(0, len(article_ids), ANALYSE_CHUNK):
        chunk = Article.objects.filter(pk__in=article_ids[offset : offset + ANALYSE_CHUNK])
        for article in chunk:
            analysis.analyse(article, rescan_raw=rescan_raw)
            if article.source_id:
                source_ids.add(article.source_id)
            done += 1
    analysis.refresh_source_summaries(source_ids)
    return done


@task()
def run_import(batch_id: int) -> None:
    """Import an uploaded file kept with its batch; a second run resumes where one stopped."""
    from newsfix.importing.batches import run_stored

    run_stored(batch_id)
