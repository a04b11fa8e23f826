"""``manage.py flag [FILE|-]``: every defect of each article, as JSON Lines."""

from newsfix.text.cli import HELP

from ._text_command import TextCommand


class Command(TextCommand):
    name = "flag"
    help = HELP[name]
