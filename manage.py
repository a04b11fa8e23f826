#!/usr/bin/env python
"""Django's command-line utility for newsfix."""

import os
import sys

# The text engine's commands read and write files only: they run without
# starting Django, so a big file waits for no start-up but the engine's.
TEXT_COMMANDS = ("flag", "repair", "reconcile")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in TEXT_COMMANDS:
        from newsfix.text.cli import main as run_text_command

        status = run_text_command(sys.argv[1:])
        if status is not None:  # else options only Django knows: Django runs it
            sys.exit(status)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsfix.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
