"""The editor's flag list items, written in one pass.

An article may carry hundreds of flags; a template loop with a few buttons per
flag costs more than the rest of the page together, so the items are built
here from one string pattern. Every value from the text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from newsfix.templatetags.highlight import kind_label

register = template.Library()


def _words() -> dict[str, str]:
    return {
        "accept": escape(gettext("Accept")),
        "dismiss": escape(gettext("Dismiss")),
        "restore": escape(gettext("Restore from copy")),
        "delete": escape(gettext("delete")),
        "from": escape(gettext("from")),
        "empty": escape(gettext("No open flags.")),
    }


def _suggestion(flag: Any, words: dict[str, str]) -> str:
    if flag.suggestion is None:
        return ""
    shown = (
        f"“<ins>{escape(flag.suggestion)}</ins>”"
        if flag.suggestion
        else f"<em>{words['delete']}</em>"
    )
    return f'<span class="suggestion">→ {shown}</span>'


def _full_sentence(found: Any, words: dict[str, str]) -> str:
    if found is None:
        return ""
    source = found.source
    href = reverse("editor", args=[source.pk])
    name = escape(str(source.source or source.title))
    return (
        f'<blockquote class="full-sentence">{escape(found.text)}'
        f'<footer>{words["from"]} <a href="{href}">{name}</a></footer></blockquote>'
    )


def _actions(flag: Any, url: str, words: dict[str, str], found: Any) -> str:
    base = f"{url}{int(flag.pk)}/"
    buttons = []
    if flag.suggestion is not None:
        buttons.append(
            f'<button type="submit" formaction="{base}accept" data-action="accept">'
            f"{words['accept']}</button>"
        )
    buttons.append(
        f'<button type="submit" formaction="{base}dismiss" data-action="dismiss">'
        f"{words['dismiss']}</button>"
    )
    if found is not None:
        buttons.append(
            f'<button type="submit" formaction="{base}restore-from-copy" '
            f'data-action="restore-copy">{words["restore"]}</button>'
        )
    return f'<span class="actions">{"".join(buttons)}</span>'


@register.simple_tag
def flag_items(
    flags: Iterable[Any], flags_url: str, scanned: bool = False, full_sentences=None
) -> SafeString:
    """``<li>`` items for the flag list; scanned (unsaved) flags get no action buttons.

    ``full_sentences`` maps a flag's primary key to the full sentence another copy has.
    """
    full_sentences = full_sentences or {}
    words = _words()
    url = escape(flags_url)
    # Kinds and messages repeat across flags: escape each distinct one once.
    seen: dict[str, str] = {}
    labels: dict[str, str] = {}

    def once(value: str) -> str:
        shown = seen.get(value)
        if shown is None:
            shown = seen[value] = escape(value)
        return shown

    items = []
    for index, flag in enumerate(flags):
        mark = f"scan-{index}" if scanned else f"flag-{int(flag.pk)}"
        kind = once(flag.kind)
        excerpt = getattr(flag, "excerpt", "")
        suggestion = flag.suggestion
        found = None if scanned else full_sentences.get(flag.pk)
        if scanned:
            actions = ""
        elif suggestion is None and found is None:
            # Most flags: one button, written inline.
            actions = (
                f'<span class="actions"><button type="submit" formaction="{url}{int(flag.pk)}'
                f'/dismiss" data-action="dismiss">{words["dismiss"]}</button></span>'
            )
        else:
            actions = _actions(flag, url, words, found)
        items.append(
            f'<li class="flag-item flag-{kind}" data-mark="{mark}" data-start="{int(flag.start)}" '
            f'data-end="{int(flag.end)}"><a class="jump" href="#{mark}">'
            f"{labels.get(kind) or labels.setdefault(kind, escape(str(kind_label(flag.kind))))}</a>"
            f"{f'<q class=excerpt>{escape(excerpt)}</q>' if excerpt else ''}"
            f'<span class="message">{once(flag.message or "")}</span>'
            f"{_suggestion(flag, words) if suggestion is not None else ''}"
            f"{_full_sentence(found, words)}{actions}</li>"
        )
    if not items:
        items.append(f'<li class="empty">{words["empty"]}</li>')
    return mark_safe("".join(items))  # noqa: S308 - every value above is escaped
