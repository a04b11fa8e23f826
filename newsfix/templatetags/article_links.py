"""Links to an article's screens, for templates."""

from django import template

from newsfix.views.links import editor_url as _editor_url

register = template.Library()


@register.simple_tag
def editor_url(pk: int) -> str:
    return _editor_url(pk)
