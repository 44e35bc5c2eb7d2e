"""``python manage.py exercises``: where you stand, and what to do next."""

import json
import textwrap

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from exercises.catalog import get_exercise, load_exercises
from exercises.progress import DONE, FAILING, READY, TODO, first_not_done, next_up, progress
from exercises.report import markdown_report
from exercises.text import HEADING, advice, overview

FAILURES_SHOWN = 5
CLEAR_SCREEN = "\033[2J\033[H"
WATCHING = "\nWatching for saved files (Ctrl-C to stop)"


def indent(text):
    return textwrap.indent(text, "    ")


class Command(BaseCommand):
    help = "List the exercises with their status, or check one: manage.py exercises E03"

    def add_arguments(self, parser):
        parser.add_argument(
            "exercise", nargs="?", help="an exercise id, such as E03: run its tests"
        )
        parser.add_argument("--hint", metavar="ID", help="show the hint of exercise ID")
        parser.add_argument(
            "--format",
            choices=["text", "json", "markdown"],
            default="text",
            help="markdown: a progress report for a mentor or a CI job summary",
        )
        parser.add_argument(
            "--review",
            action="store_true",
            help="with --format markdown: add each exercise's review notes",
        )
        parser.add_argument(
            "--watch",
            action="store_true",
            help="check the current exercise again each time you save a file (Ctrl-C stops)",
        )

    def handle(self, *args, exercise=None, hint=None, format="text", **options):
        if options["review"] and format != "markdown":
            raise CommandError("--review goes with --format markdown.")
        if options["watch"] and (exercise or hint or format != "text"):
            raise CommandError("--watch takes no exercise id, --hint or --format.")
        try:
            if options["watch"]:
                return self.watch_until_interrupted()
            if hint:
                return self.show_hint(get_exercise(hint))
            if exercise:
                return self.check_one(get_exercise(exercise), format)
            if format == "markdown":
                return markdown_report(progress(), settings.SITE_NAME, review=options["review"])
            return self.list_all(format)
        except KeyError as error:
            raise CommandError(error.args[0]) from None
        except RuntimeError as error:
            raise CommandError(str(error)) from None

    def watch_until_interrupted(self):
        """Watch the project's files; Ctrl-C is how a learner stops, so it is no error."""
        # Imported here: only the watch mode needs watchfiles, a development requirement.
        from exercises.watch import saved_files

        try:
            self.watch(saved_files())
        except KeyboardInterrupt:
            self.stdout.write("\nStopped watching. Start again: python manage.py exercises --watch")

    def watch(self, changes):
        """Check the first exercise not done, then again after each batch of ``changes``."""
        self.clear_screen()
        self.stdout.write("Looking for the first exercise not done yet...\n")
        watched = self.move_on(load_exercises())
        self.stdout.write(self.style.MIGRATE_HEADING(WATCHING))
        for _batch in changes:
            self.clear_screen()
            try:
                watched = self.check_again(watched)
            except RuntimeError as error:
                self.stderr.write(str(error))
            self.stdout.write(self.style.MIGRATE_HEADING(WATCHING))

    def check_again(self, watched):
        """Re-run the watched exercise's tests; once it is done, move on to the next one."""
        exercises = load_exercises()
        if watched is None:
            return self.move_on(exercises)
        exercise = watched.exercise
        self.stdout.write(self.style.MIGRATE_HEADING(f"{exercise.id}  {exercise.title}"))
        (item,) = progress([exercise.id])
        if item.status != DONE:
            self.show_result(item)
            return item
        self.stdout.write(self.style.SUCCESS(f"{item.exercise.id} is done. On to the next one!\n"))
        ids = [exercise.id for exercise in exercises]
        return self.move_on(exercises[ids.index(item.exercise.id) + 1 :])

    def move_on(self, exercises):
        """Introduce the first of ``exercises`` not done, with its result; None when all are."""
        item = first_not_done(exercises)
        if item is None:
            self.stdout.write(self.style.SUCCESS("Every exercise is done. Well built!"))
            return None
        self.describe(item.exercise)
        self.stdout.write("")
        self.show_result(item)
        return item

    def show_result(self, item, failures_shown=FAILURES_SHOWN):
        """The status, the first failing tests and, while there is work to do, the hint.

        ``failures_shown=0`` when pytest's own output, just printed, already lists them.
        """
        exercise = item.exercise
        self.stdout.write(
            self.styled(item.status, f"{exercise.id} is {item.status}: {advice(item)}")
        )
        if failures_shown:
            for test in item.failures[:failures_shown]:
                self.stdout.write(f"  {test.nodeid}")
                if test.rule:
                    self.stdout.write(f"      Rule: {test.rule}")
                self.stdout.write(f"      {test.message}")
            if len(item.failures) > failures_shown:
                self.stdout.write(f"  ...and {len(item.failures) - failures_shown} more")
        for test in item.skipped:
            self.stdout.write(f"  skipped {test.nodeid}: {test.message}")
        if item.status in (TODO, FAILING):
            self.show_hint(exercise)

    def clear_screen(self):
        """A fresh screen in a terminal; a rule between runs when output goes to a file."""
        if self.stdout.isatty():
            self.stdout.write(CLEAR_SCREEN, ending="")
        else:
            self.stdout.write("-" * 72)

    def list_all(self, format):
        progresses = progress()
        done = sum(item.status == DONE for item in progresses)
        upcoming = next_up(progresses)
        if format == "json":
            data = {
                "exercises": [item.as_dict() for item in progresses],
                "summary": {"done": done, "total": len(progresses)},
                "next": upcoming.exercise.id if upcoming else None,
            }
            self.stdout.write(json.dumps(data, indent=2))
            return
        for style, line in overview(progresses):
            self.stdout.write(self.styled(style, line))

    def check_one(self, exercise, format):
        if format == "text":
            self.describe(exercise)
            self.stdout.write(self.style.MIGRATE_HEADING("Running its tests"))
        (item,) = progress([exercise.id], quiet=format == "json")
        if format == "json":
            self.stdout.write(json.dumps(item.as_dict(), indent=2))
            return
        self.stdout.write("")
        self.show_result(item, failures_shown=0)

    def describe(self, exercise):
        self.stdout.write(self.style.MIGRATE_HEADING(f"{exercise.id}  {exercise.title}"))
        self.stdout.write(f"Skills: {', '.join(exercise.skills)}")
        self.stdout.write(f"Files:  {', '.join(exercise.files)}\n")
        self.stdout.write(indent(exercise.statement) + "\n")
        if exercise.markers:
            self.stdout.write(
                "TODO markers left: " + ", ".join(str(marker) for marker in exercise.markers)
            )

    def show_hint(self, exercise):
        self.stdout.write(self.style.MIGRATE_HEADING(f"Hint for {exercise.id}  {exercise.title}"))
        self.stdout.write(indent(exercise.hint))

    def styled(self, status, text):
        style = {
            HEADING: self.style.MIGRATE_HEADING,
            DONE: self.style.SUCCESS,
            READY: self.style.WARNING,
            FAILING: self.style.ERROR,
        }.get(status)
        return style(text) if style else text
