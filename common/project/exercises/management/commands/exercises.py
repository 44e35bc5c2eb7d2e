"""``python manage.py exercises``, as Django's ``help`` and ``call_command`` see it.

``manage.py`` runs the command through ``exercises.cli`` before Django is set up, which
is faster and works even when the project's own code does not load; this class is
the same command for Django's own tools.
"""

from django.core.management.base import BaseCommand, CommandError

from exercises import cli


class Command(BaseCommand):
    help = "List the exercises with their status, or check one: manage.py exercises E03"
    requires_system_checks = []

    def add_arguments(self, parser):
        cli.add_arguments(parser)

    def handle(self, *args, **options):
        try:
            status = cli.run(options, cli.Terminal(self.stdout))
        except cli.UsageError as error:
            raise CommandError(str(error)) from None
        if status:
            raise SystemExit(status)
