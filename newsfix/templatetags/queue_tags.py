"""The queue's repeated bits, built in Python: a page shows 50 rows and two charts,
and rendering them node by node in the template language would cost more than
the queries behind them.
"""

from __future__ import annotations

import functools
from html import escape

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsfix.models import FLAG_KINDS, Article
from newsfix.overview import Chart
from newsfix.templatetags.highlight import KIND_LABELS

register = template.Library()


@functools.cache
def _labels(language: str | None) -> dict[str, str]:
    """The kind and status names in one language, translated once per process."""
    with translation.override(language):
        names = {kind: str(KIND_LABELS.get(kind, kind)) for kind in FLAG_KINDS}
        names.update((value, str(label)) for value, label in Article.Status.choices)
    return names


def _label(kind: str) -> str:
    return _labels(translation.get_language())[kind]


@register.filter
def status_label(status: str) -> str:
    return _label(status)


@register.simple_tag
def flag_badges(article: Article) -> SafeString:
    """One small badge per kind of open flag: ``glued words 3``."""
    labels = _labels(translation.get_language())
    return mark_safe(  # noqa: S308 - every value below is escaped or a number
        " ".join(
            f'<span class="kind k-{kind}">{escape(labels[kind])} {count:d}</span>'
            for kind in FLAG_KINDS
            if (count := getattr(article, f"flags_{kind}"))
        )
    )


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
