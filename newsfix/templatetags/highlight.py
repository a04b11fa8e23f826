"""Show a scraped text with its flags highlighted, the text always escaped first.

Each piece of text between two flag boundaries is escaped on its own and only
then wrapped in ``<mark>``, so nothing in the scrape can ever become markup.
One pass over the flags in text order, the usual case; overlapping flags are
cut into pieces at every boundary, each piece naming every flag covering it,
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


class _Span:
    """One flag's span, with its attribute text escaped once however many pieces it is cut in."""

    __slots__ = ("start", "end", "id", "kind", "message", "attrs")

    def __init__(self, start: int, end: int, flag_id: str, kind: str, message: str):
        self.start, self.end = start, end
        self.id = flag_id
        self.kind = kind
        self.message = message
        self.attrs = f'class="flag {kind}" data-flags="{flag_id}" title="{message}"'


def _spans(text: str, flags: Iterable[Any], prefix: str) -> list[_Span]:
    length = len(text)
    spans = []
    # Kinds and messages repeat across flags: escape each distinct one once.
    kinds: dict[str, str] = {}
    messages: dict[str, str] = {}
    prefix = escape(prefix)
    for index, flag in enumerate(flags):
        start = min(max(flag.start, 0), length)
        end = min(max(flag.end, start), length)
        pk = getattr(flag, "pk", None)
        kind = kinds.get(flag.kind) or kinds.setdefault(flag.kind, f"flag-{escape(flag.kind)}")
        message = flag.message or ""
        shown = messages.get(message)
        if shown is None:
            shown = messages[message] = escape(message)
        flag_id = f"{prefix}-{int(pk) if pk is not None else index}"
        spans.append(_Span(start, end, flag_id, kind, shown))
    return spans


def _in_order(text: str, flags: Sequence[Any], prefix: str) -> str | None:
    """The usual case in one loop: flags in text order, none empty, none overlapping.

    None when the flags are not like that; they then go through the boundary events.
    """
    length = len(text)
    # Kinds and messages repeat across flags: each distinct pair is escaped once.
    tags: dict[tuple[str, str], tuple[str, str]] = {}
    out: list[str] = []
    append = out.append
    pos = 0
    for index, flag in enumerate(flags):
        start, end = flag.start, flag.end
        if not pos <= start < end <= length:
            return None
        tag = tags.get((flag.kind, flag.message))
        if tag is None:
            tag = tags[flag.kind, flag.message] = (
                f'" tabindex="0" class="flag flag-{escape(flag.kind)}" data-flags="',
                f'" title="{escape(flag.message or "")}">',
            )
        pk = getattr(flag, "pk", None)
        flag_id = f"{prefix}-{index if pk is None else int(pk)}"
        append(escape(text[pos:start]))
        append(f'<mark id="{flag_id}{tag[0]}{flag_id}{tag[1]}{escape(text[start:end])}</mark>')
        pos = end
    append(escape(text[pos:]))
    return "".join(out)


def highlight_text(text: str, flags: Iterable[Any], prefix: str = "flag") -> SafeString:
    """``text`` escaped, with every flag (``kind``, ``start``, ``end``, ``message``) in a mark.

    Flags without a primary key (a scan not saved) get ids numbered by position.
    """
    flags = flags if isinstance(flags, Sequence) else list(flags)
    if not flags:
        return mark_safe(escape(text))  # noqa: S308 - escaped just now
    in_order = _in_order(text, flags, escape(prefix))
    if in_order is not None:
        return mark_safe(in_order)  # noqa: S308 - every piece is escaped in _in_order
    spans = _spans(text, flags, prefix)

    # Boundary events: (position, 0 = close / 1 = open, span index). Closing first
    # at a shared position keeps pieces from spilling over into the next flag.
    events: list[tuple[int, int, int]] = []
    for index, span in enumerate(spans):
        events.append((span.start, 1, index))
        events.append((span.end, 0, index))
    events.sort()

    out: list[str] = []
    active: dict[int, None] = {}
    started: set[int] = set()
    pos = 0
    for position, opens, index in events:
        if position > pos:
            out.append(_piece(text[pos:position], active, spans, started))
            pos = position
        span = spans[index]
        if span.start == span.end:
            # A flag on an empty span (a point where text is missing) still gets a mark.
            if opens:
                out.append(f'<mark id="{span.id}" tabindex="0" {span.attrs} data-point="1"></mark>')
        elif opens:
            active[index] = None
        else:
            active.pop(index, None)
    if pos < len(text):
        out.append(_piece(text[pos:], active, spans, started))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped in _piece


def _attrs(members: Sequence[_Span]) -> str:
    if len(members) == 1:
        return members[0].attrs
    kinds = " ".join(dict.fromkeys(m.kind for m in members))
    ids = " ".join(m.id for m in members)
    title = " · ".join(m.message for m in members if m.message)
    return f'class="flag {kinds}" data-flags="{ids}" title="{title}"'


def _piece(chunk: str, active: dict[int, None], spans: list[_Span], started: set[int]) -> str:
    if not active:
        return escape(chunk)
    members = [spans[index] for index in active]
    fresh = [index for index in active if index not in started]
    if not fresh:
        return f"<mark {_attrs(members)}>{escape(chunk)}</mark>"
    started.update(fresh)
    # Flags starting together: the first owns the mark, the others get an anchor.
    anchors = "".join(f'<span id="{spans[i].id}" class="flag-anchor"></span>' for i in fresh[1:])
    mark = f'<mark id="{spans[fresh[0]].id}" tabindex="0" {_attrs(members)}>{escape(chunk)}</mark>'
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
