"""Full-text search index for the queue, on PostgreSQL only.

The index is on exactly the expression the queue searches with
(``newsfix.queue.TS_DOCUMENT``), so PostgreSQL can use it; SQLite searches
with a plain contains and gets no index.
"""

from django.db import migrations

INDEX = "article_search_gin"

# Frozen copy of newsfix.queue.TS_DOCUMENT at the time of this migration.
DOCUMENT = (
    "to_tsvector((CASE WHEN language = 'fr' THEN 'french'::regconfig "
    "ELSE 'english'::regconfig END), "
    "coalesce(title, '') || ' ' || coalesce(current_text, ''))"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON newsfix_article USING GIN ({DOCUMENT})"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("newsfix", "0002_groups")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
