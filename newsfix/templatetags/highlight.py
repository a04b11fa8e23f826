"""Show a scraped text with its flags highlighted, the text always escaped first.

Each piece of text between two flag boundaries is escaped on its own and only
then wrapped in ``<mark>``, so nothing in the scrape can ever become markup.
One pass over the sorted boundaries: fast for long articles with many flags.
Overlapping flags are cut into pieces; each piece names every flag covering it
and the first piece of a flag carries its ``id`` so a link can jump to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

register = template.Library()


def _flag_id(flag: Any, prefix: str, index: int) -> str:
    pk = getattr(flag, "pk", None)
    return f"{prefix}-{pk if pk is not None else index}"


def highlight_text(text: str, flags: Iterable[Any], prefix: str = "flag") -> SafeString:
    """``text`` escaped, with every flag (``kind``, ``start``, ``end``, ``message``) in a mark.

    Flags without a primary key (a scan not saved) get ids numbered by position.
    """
    length = len(text)
    spans: list[tuple[int, int, Any, str]] = []
    for index, flag in enumerate(flags):
        start = min(max(flag.start, 0), length)
        end = min(max(flag.end, start), length)
        spans.append((start, end, flag, _flag_id(flag, prefix, index)))
    if not spans:
        return mark_safe(escape(text))  # noqa: S308 - escaped just now

    # Boundary events: (position, 0 = close / 1 = open, span index). Closing first
    # at a shared position keeps pieces from spilling over into the next flag.
    events: list[tuple[int, int, int]] = []
    for index, (start, end, _flag, _id) in enumerate(spans):
        events.append((start, 1, index))
        events.append((end, 0, index))
    events.sort()

    out: list[str] = []
    active: dict[int, None] = {}
    started: set[int] = set()
    pos = 0
    for position, kind, index in events:
        if position > pos:
            out.append(_piece(text[pos:position], active, spans, started))
            pos = position
        if spans[index][0] == spans[index][1]:
            # A flag on an empty span (a point where text is missing) still gets a mark.
            if kind == 1:
                out.append(_point(spans[index]))
        elif kind == 1:
            active[index] = None
        else:
            active.pop(index, None)
    if pos < length:
        out.append(_piece(text[pos:], active, spans, started))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped in _piece


def _attrs(members: Sequence[tuple[int, int, Any, str]]) -> str:
    kinds = " ".join(dict.fromkeys(f"flag-{m[2].kind}" for m in members))
    ids = " ".join(m[3] for m in members)
    title = " · ".join(m[2].message for m in members if m[2].message)
    return f'class="flag {kinds}" data-flags="{escape(ids)}" title="{escape(title)}"'


def _point(span: tuple[int, int, Any, str]) -> str:
    flag_id = span[3]
    return f'<mark id="{escape(flag_id)}" tabindex="0" {_attrs([span])} data-point="1"></mark>'


def _piece(
    chunk: str,
    active: dict[int, None],
    spans: list[tuple[int, int, Any, str]],
    started: set[int],
) -> str:
    if not active:
        return escape(chunk)
    members = [spans[index] for index in active]
    fresh = [index for index in active if index not in started]
    started.update(fresh)
    if not fresh:
        return f"<mark {_attrs(members)}>{escape(chunk)}</mark>"
    # Flags starting together: the first owns the mark, the others get an anchor.
    anchors = "".join(
        f'<span id="{escape(spans[index][3])}" class="flag-anchor"></span>' for index in fresh[1:]
    )
    flag_id = spans[fresh[0]][3]
    mark = f'<mark id="{escape(flag_id)}" tabindex="0" {_attrs(members)}>{escape(chunk)}</mark>'
    return anchors + mark


@register.simple_tag
def highlight(text: str, flags: Iterable[Any], prefix: str = "flag") -> SafeString:
    """``{% highlight article.raw_text raw_flags %}``: the text escaped, flags in marks."""
    return highlight_text(text or "", flags or (), prefix)


KIND_LABELS = {
    "merge_artifact": _("glued words"),
    "truncated_sentence": _("truncated sentence"),
    "dangling_fragment": _("dangling fragment"),
    "boilerplate": _("page furniture"),
    "duplicate": _("duplicate"),
    "unbalanced_quote": _("unbalanced quote"),
    "spacing": _("spacing"),
    "encoding": _("encoding"),
}


@register.filter
def kind_label(kind: str) -> str:
    """The name an editor reads for a kind of flag."""
    return KIND_LABELS.get(kind, kind)
