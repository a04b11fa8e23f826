"""``manage.py reconcile [FILE|-]``: one story rebuilt from all its copies, as JSON Lines."""

from newsfix.text.cli import HELP

from ._io import TextCommand


class Command(TextCommand):
    name = "reconcile"
    help = HELP[name]
