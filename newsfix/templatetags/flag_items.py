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
    # What repeats across flags is escaped once: per kind, the start of the item
    # and its label; per message, the message.
    kinds: dict[str, tuple[str, str]] = {}
    messages: dict[str, str] = {}
    # The buttons of most flags: dismiss alone, or accept and dismiss.
    accept = f'/accept" data-action="accept">{words["accept"]}</button>'
    dismiss = f'/dismiss" data-action="dismiss">{words["dismiss"]}</button></span>'
    button = f'<button type="submit" formaction="{url}'
    deletion = f'<span class="suggestion">→ <em>{words["delete"]}</em></span>'

    items = []
    append = items.append
    for index, flag in enumerate(flags):
        kind = kinds.get(flag.kind)
        if kind is None:
            kind = kinds[flag.kind] = (
                f'<li class="flag-item flag-{escape(flag.kind)}" data-mark="',
                escape(str(kind_label(flag.kind))),
            )
        message = messages.get(flag.message)
        if message is None:
            message = messages[flag.message] = escape(flag.message or "")
        excerpt = getattr(flag, "excerpt", "")
        suggestion = flag.suggestion
        if suggestion is None:
            proposal = ""
        elif suggestion:
            proposal = f'<span class="suggestion">→ “<ins>{escape(suggestion)}</ins>”</span>'
        else:
            proposal = deletion
        if scanned:
            mark, found, actions = f"scan-{index}", None, ""
        else:
            pk = int(flag.pk)
            mark, found = f"flag-{pk}", full_sentences.get(pk)
            if found is not None:
                actions = _actions(flag, url, words, found)
            elif suggestion is None:
                actions = f'<span class="actions">{button}{pk}{dismiss}'
            else:
                actions = f'<span class="actions">{button}{pk}{accept}{button}{pk}{dismiss}'
        append(
            f'{kind[0]}{mark}" data-start="{int(flag.start)}" data-end="{int(flag.end)}">'
            f'<a class="jump" href="#{mark}">{kind[1]}</a>'
            f"{f'<q class=excerpt>{escape(excerpt)}</q>' if excerpt else ''}"
            f'<span class="message">{message}</span>{proposal}'
            f"{_full_sentence(found, words)}{actions}</li>"
        )
    if not items:
        append(f'<li class="empty">{words["empty"]}</li>')
    return mark_safe("".join(items))  # noqa: S308 - every value above is escaped
