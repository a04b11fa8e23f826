"""``manage.py flag [FILE|-]``: every defect of each article, as JSON Lines."""

from newsfix.text.cli import HELP

from ._io import TextCommand


class Command(TextCommand):
    name = "flag"
    help = HELP[name]
