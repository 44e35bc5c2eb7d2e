#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main():
    """Run administrative tasks."""
    if sys.argv[1:2] == ["exercises"]:
        # The exercise runner sets Django up only inside the test runs it starts, with the
        # test settings: it answers at once, and explains even code that cannot load.
        from exercises.cli import main as exercises

        sys.exit(exercises(sys.argv[2:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        # A missing secret key or a malformed variable: one line that says what to do.
        sys.exit(f"Settings: {error}")


if __name__ == "__main__":
    main()
