"""The queue's repeated parts, built in Python: a page shows 50 rows and two charts.

Rendered node by node in the template language they cost several times the
queries behind them (about 10 µs a node, a dozen nodes a row), which is what
would keep the queue from staying close to a trivial page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from html import escape

from django import template
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsfix.models import FLAG_KINDS, Article
from newsfix.overview import Chart
from newsfix.templatetags.highlight import KIND_LABELS
from newsfix.views.links import editor_url_maker

register = template.Library()


@functools.cache
def _labels(language: str | None) -> dict[str, str]:
    """The kind and status names in one language, translated once per process."""
    with translation.override(language):
        names = {kind: str(KIND_LABELS.get(kind, kind)) for kind in FLAG_KINDS}
        names.update((value, str(label)) for value, label in Article.Status.choices)
    return names


def _badges(row: dict, labels: dict[str, str]) -> str:
    """One small badge per kind of open flag: ``glued words 3`` (labels already escaped)."""
    return " ".join(
        f'<span class="kind k-{kind}">{labels[kind]} {count:d}</span>'
        for kind in FLAG_KINDS
        if (count := row[f"flags_{kind}"])
    )


def _row_html(row: dict, labels: dict[str, str], select: str, url: Callable) -> str:
    title = row["title"]
    short = escape(title if len(title) <= 120 else title[:119] + "…")
    source = escape(row["source__name"] or "—")
    updated = timezone.localtime(row["updated_at"])
    status = row["status"]
    return (
        f'<tr><td><input type="checkbox" name="ids" value="{row["id"]:d}" form="bulk-form"'
        f' aria-label="{select} {escape(title)}"></td>'
        f'<td><a href="{escape(url(row["id"]))}">{short}</a></td>'
        f"<td>{source}</td><td>{escape(row['language'])}</td>"
        f'<td><span class="status status-{escape(status)}">'
        f"{labels.get(status) or escape(status)}</span></td>"
        f"<td><strong>{row['open_flags']:d}</strong> {_badges(row, labels)}</td>"
        f'<td><time datetime="{updated.isoformat()}">{updated:%Y-%m-%d %H:%M}</time></td></tr>'
    )


@register.simple_tag
def queue_rows(rows: list[dict]) -> SafeString:
    """The rows of one queue page; every text from the database is escaped."""
    labels = {k: escape(v) for k, v in _labels(translation.get_language()).items()}
    select = escape(_("Select"))
    url = editor_url_maker()
    return mark_safe(  # noqa: S308 - _row_html escapes every value it inserts
        "\n".join(_row_html(row, labels, select, url) for row in rows)
    )


@register.simple_tag
def options(choices, selected) -> SafeString:
    """``<option>`` elements for (value, label) pairs, the ``selected`` value marked."""
    chosen = "" if selected is None else str(selected)
    return mark_safe(  # noqa: S308 - values and labels are escaped
        "".join(
            f'<option value="{escape(str(value))}"'
            f"{' selected' if str(value) == chosen else ''}>{escape(str(label))}</option>"
            for value, label in choices
        )
    )


@register.simple_tag
def kind_options(selected: str) -> SafeString:
    labels = _labels(translation.get_language())
    return options([(kind, labels[kind]) for kind in FLAG_KINDS], selected)


def _svg_number(value: float) -> str:
    # SVG wants a dot whatever the reader's language.
    return f"{value:.1f}".removesuffix(".0")


def _row(row, labels: dict[str, str]) -> str:
    name = labels[row.kind] if row.kind else row.label
    summary = f"{name}: {row.total}"
    if row.articles is not None:
        summary += " / " + ngettext("%(n)s article", "%(n)s articles", row.articles) % {
            "n": row.articles
        }
    short = name if len(name) <= 22 else name[:21] + "…"
    bars = "".join(
        f'<rect x="{_svg_number(s.x)}" y="{row.y + 3:d}" width="{_svg_number(s.width)}"'
        f' height="16" class="bar k-{s.kind}"><title>{escape(labels[s.kind])}: {s.count:d}'
        "</title></rect>"
        for s in row.segments
    )
    return (
        f"<g><title>{escape(summary)}</title>"
        f'<text x="0" y="{row.text_y:d}" class="label">{escape(short)}</text>{bars}'
        f'<text x="{_svg_number(row.end_x)}" y="{row.text_y:d}" class="value">{row.total:d}</text>'
        "</g>"
    )


@register.simple_tag
def damage_chart(chart: Chart, label: str) -> SafeString:
    """An SVG bar chart (no inline style: colours come from the stylesheet by kind)."""
    if not chart.rows:
        return format_html('<p class="muted">{}</p>', _("No open flags."))
    labels = _labels(translation.get_language())
    rows = "".join(_row(row, labels) for row in chart.rows)
    return mark_safe(  # noqa: S308 - built by _row from escaped text and numbers
        f'<svg class="chart" viewBox="0 0 {chart.width:d} {chart.height:d}" role="img"'
        f' aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">{rows}</svg>'
    )
