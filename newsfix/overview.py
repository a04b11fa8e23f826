"""The damage overview: open flags per source and per kind, drawn as SVG bars.

It reads only the summary stored on each source (``article_count`` and
``flag_counts``), never the articles, so it costs the same with 100 or
100,000 articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsfix.models import FLAG_KINDS, Source

MAX_SOURCES = 12
LABEL_WIDTH = 160
BAR_WIDTH = 260
ROW_HEIGHT = 22


@dataclass
class Segment:
    kind: str
    x: float
    width: float
    count: int


@dataclass
class Row:
    label: str
    total: int
    y: int
    articles: int | None = None
    kind: str = ""
    segments: list[Segment] = field(default_factory=list)

    @property
    def text_y(self) -> int:
        return self.y + 15

    @property
    def end_x(self) -> float:
        return LABEL_WIDTH + sum(s.width for s in self.segments) + 6


@dataclass
class Chart:
    rows: list[Row]
    height: int
    width: int = LABEL_WIDTH + BAR_WIDTH + 110


def _segments(counts: dict[str, int], scale: float) -> list[Segment]:
    segments, x = [], float(LABEL_WIDTH)
    for kind in FLAG_KINDS:
        count = counts.get(kind, 0)
        if count:
            width = round(count * scale, 1)
            segments.append(Segment(kind, x, width, count))
            x += width
    return segments


def _chart(items: list[tuple[str, dict[str, int], int | None]], by_kind: bool = False) -> Chart:
    biggest = max((sum(counts.values()) for _, counts, _ in items), default=0)
    scale = BAR_WIDTH / biggest if biggest else 0
    rows = [
        Row(
            label=label,
            total=sum(counts.values()),
            y=i * ROW_HEIGHT,
            articles=articles,
            kind=label if by_kind else "",
            segments=_segments(counts, scale),
        )
        for i, (label, counts, articles) in enumerate(items)
    ]
    return Chart(rows=rows, height=max(len(rows), 1) * ROW_HEIGHT)


def summaries() -> list[Source]:
    return list(Source.objects.only("name", "article_count", "flag_counts"))


def damage(sources: list[Source]) -> dict[str, Chart]:
    """Two charts: the most damaged sources (bars split by kind) and the totals per kind."""
    per_kind: Counter[str] = Counter()
    items = []
    for source in sources:
        counts = {k: int(v) for k, v in (source.flag_counts or {}).items() if k in FLAG_KINDS}
        per_kind.update(counts)
        items.append((source.name, counts, source.article_count))
    items.sort(key=lambda item: (-sum(item[1].values()), item[0]))
    kinds = [(kind, {kind: per_kind[kind]}, None) for kind in FLAG_KINDS if per_kind[kind]]
    return {"sources": _chart(items[:MAX_SOURCES]), "kinds": _chart(kinds, by_kind=True)}
