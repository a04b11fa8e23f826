"""What the JSON Lines commands share (not a command itself): the engine's
command line (``newsfix.text.cli``) run as a Django command."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from newsfix.text import cli


class TextCommand(BaseCommand):
    """``manage.py <name> [FILE|-]``, answered by ``newsfix.text.cli``.

    ``manage.py`` itself runs these without Django; this class serves
    ``call_command`` and ``manage.py help``.
    """

    name = ""
    # Runs on files alone: no database, no system checks, before migrate.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: Any) -> None:
        cli.add_arguments(parser, self.name)

    def handle(self, *args: Any, **options: Any) -> None:
        out: Any = getattr(self.stdout, "_out", self.stdout)
        try:
            cli.run(self.name, options["file"], out, options.get("jobs"))
        except cli.CommandFailed as exc:
            raise CommandError(str(exc)) from None
