"""``manage.py repair [FILE|-]``: each article with its safe fixes applied, as JSON Lines."""

from newsfix.text.cli import HELP

from ._text_command import TextCommand


class Command(TextCommand):
    name = "repair"
    help = HELP[name]
