"""``python manage.py exercises``: where you stand, and what to do next."""

import json
import textwrap

from django.core.management.base import BaseCommand, CommandError

from exercises.catalog import get_exercise
from exercises.progress import DONE, FAILING, READY, TODO, next_up, progress

SYMBOLS = {DONE: "[x]", READY: "[~]", FAILING: "[!]", TODO: "[ ]"}
BAR_WIDTH = 30


def progress_bar(done, total):
    filled = round(BAR_WIDTH * done / total) if total else 0
    return f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done}/{total} done"


def indent(text):
    return textwrap.indent(text, "    ")


class Command(BaseCommand):
    help = "List the exercises with their status, or check one: manage.py exercises E03"

    def add_arguments(self, parser):
        parser.add_argument(
            "exercise", nargs="?", help="an exercise id, such as E03: run its tests"
        )
        parser.add_argument("--hint", metavar="ID", help="show the hint of exercise ID")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, exercise=None, hint=None, format="text", **options):
        try:
            if hint:
                return self.show_hint(get_exercise(hint))
            if exercise:
                return self.check_one(get_exercise(exercise), format)
            return self.list_all(format)
        except KeyError as error:
            raise CommandError(error.args[0]) from None
        except RuntimeError as error:
            raise CommandError(str(error)) from None

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
        self.stdout.write(self.style.MIGRATE_HEADING("Exercises"))
        self.stdout.write(progress_bar(done, len(progresses)) + "\n")
        width = max(len(item.exercise.title) for item in progresses)
        for item in progresses:
            exercise = item.exercise
            title = exercise.title.ljust(width)
            skills = ", ".join(exercise.skills)
            line = f"{SYMBOLS[item.status]} {exercise.id}  {item.status:<8} {title}  {skills}"
            self.stdout.write(self.styled(item.status, line))
        self.stdout.write("")
        if upcoming is None:
            self.stdout.write(self.style.SUCCESS("Every exercise is done. Well built!"))
            return
        self.stdout.write(f"Next: {upcoming.exercise.id}  {upcoming.exercise.title}")
        self.stdout.write(f"  {self.advice(upcoming)}")

    def check_one(self, exercise, format):
        if format == "text":
            self.describe(exercise)
            self.stdout.write(self.style.MIGRATE_HEADING("Running its tests"))
        (item,) = progress([exercise.id], quiet=format == "json")
        if format == "json":
            self.stdout.write(json.dumps(item.as_dict(), indent=2))
            return
        self.stdout.write("")
        self.stdout.write(
            self.styled(item.status, f"{exercise.id} is {item.status}: {self.advice(item)}")
        )
        if item.status in (TODO, FAILING):
            self.show_hint(exercise)

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

    @staticmethod
    def advice(item):
        exercise_id = item.exercise.id
        return {
            TODO: f"read it and start: python manage.py exercises {exercise_id}",
            READY: f"its tests pass: remove the TODO({exercise_id}) markers to finish it",
            FAILING: f"{len(item.failures)} test(s) fail: python manage.py exercises {exercise_id}",
            DONE: "done",
        }[item.status]

    def styled(self, status, text):
        style = {
            DONE: self.style.SUCCESS,
            READY: self.style.WARNING,
            FAILING: self.style.ERROR,
        }.get(status)
        return style(text) if style else text
