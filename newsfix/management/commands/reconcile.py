"""``manage.py reconcile [FILE|-]``: one story rebuilt from all its copies, as JSON Lines."""

from newsfix.text.cli import HELP

from ._text_command import TextCommand


class Command(TextCommand):
    name = "reconcile"
    help = HELP[name]
