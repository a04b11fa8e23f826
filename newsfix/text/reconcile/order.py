"""Where the kept paragraphs go: the order most copies give them, and the line
breaks the copies put between them."""

from __future__ import annotations

from collections import Counter

from .paragraphs import _Cluster, _Paragraph


def _story_order(kept: list[_Cluster], copies: list[list[_Paragraph]]) -> list[_Cluster]:
    """Kept paragraphs in the order most copies give them."""
    positions: dict[int, list[float]] = {id(c): [] for c in kept}
    for copy in range(len(copies)):
        mine = [c for c in kept if copy in c.members]
        ordered = sorted(mine, key=lambda c: _index_in_copy(c.members[copy], copies[copy]))
        for rank, cluster in enumerate(ordered):
            positions[id(cluster)].append(rank / max(1, len(ordered) - 1))
    return sorted(kept, key=lambda c: (_median(positions[id(c)]), c.order))


def _index_in_copy(paragraph: _Paragraph, paragraphs: list[_Paragraph]) -> int:
    for position, other in enumerate(paragraphs):
        if other is paragraph:
            return position
    return len(paragraphs)


def _separator(cluster: _Cluster, previous: _Cluster, copies: list[list[_Paragraph]]) -> str:
    """The line breaks the copies put between two kept paragraphs that they hold side by side."""
    votes: Counter[str] = Counter()
    for copy, paragraph in cluster.members.items():
        before = previous.members.get(copy)
        paragraphs = copies[copy]
        at = _index_in_copy(paragraph, paragraphs)
        if before is not None and at > 0 and paragraphs[at - 1] is before:
            votes[paragraph.separator] += 1
    return votes.most_common(1)[0][0] if votes else "\n\n"


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
