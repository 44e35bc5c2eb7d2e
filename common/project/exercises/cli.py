"""``python manage.py exercises``: where you stand, and what to do next.

``manage.py`` hands this command to :func:`main` before Django is set up. The runner
reads the manifest, the markers and the recorded test runs by itself, and Django
starts only inside the test runs, with the test settings. So the list is instant
when nothing changed, and the runner still says what is wrong when the project's
own code cannot even be imported. (``exercises/management/commands/exercises.py``
offers the same command to Django's ``help`` and ``call_command``.)
"""

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from exercises import hints
from exercises.catalog import get_exercise, load_exercises
from exercises.progress import DONE, TestRunError, first_not_done, progress
from exercises.text import HEADING, collection_errors, description, hint, overview, result

CLEAR_SCREEN = "\033[2J\033[H"
WATCHING = "Watching for saved files (Ctrl-C to stop)"


def add_arguments(parser):
    parser.add_argument("exercise", nargs="?", help="an exercise id, such as E03: run its tests")
    parser.add_argument("--hint", metavar="ID", help="show the hint of exercise ID")
    parser.add_argument(
        "--format",
        choices=["text", "json", "markdown"],
        default="text",
        help="markdown: a progress report for a mentor or a CI job summary",
    )
    parser.add_argument(
        "--grade",
        action="store_true",
        help="with an exercise id: exit 0 only if it is done (markers gone, tests pass)",
    )
    mentors = parser.add_argument_group("for mentors")
    mentors.add_argument(
        "--review",
        metavar="PATH_OR_URL",
        help="review a learner's repository against this reference project's notes",
    )
    mentors.add_argument(
        "--cohort",
        metavar="PATH",
        nargs="+",
        help="one table of many learners, from their progress files (or folders holding them)",
    )
    mentors.add_argument(
        "--html", metavar="FILE", help="with --cohort: also write the table as a page"
    )
    mentors.add_argument(
        "--run",
        action="store_true",
        help="with --review or --cohort: run a learner's tests here when no progress file is there",
    )
    parser.add_argument(
        "--watch",
        action="store_true",
        help="check an exercise again each time you save a file (the one given, else the first "
        "not done; Ctrl-C stops)",
    )
    parser.add_argument(
        "--reset",
        metavar="ID",
        help="put exercise ID's code back as the skeleton had it (your version is kept as a patch)",
    )
    parser.add_argument("--yes", action="store_true", help="with --reset: do not ask first")


class Terminal:
    """Where the command writes: colours and a cleared screen in a terminal, else plain text."""

    def __init__(self, stream=None):
        from django.core.management.color import color_style, no_style

        self.stream = stream or sys.stdout
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        style = color_style() if self.tty else no_style()
        self.styles = {
            HEADING: style.MIGRATE_HEADING,
            DONE: style.SUCCESS,
            "ready": style.WARNING,
            "failing": style.ERROR,
        }

    def write(self, text="", style=None):
        styled = self.styles.get(style)
        self.stream.write((styled(text) if styled and text else text) + "\n")
        self.stream.flush()

    def lines(self, pairs):
        for style, line in pairs:
            self.write(line, style)

    def clear(self):
        """A fresh screen in a terminal; a rule between checks when output goes to a file."""
        self.stream.write(CLEAR_SCREEN if self.tty else "-" * 72 + "\n")


class UsageError(Exception):
    """Options that do not go together, or an unknown exercise: the message says which."""


def run(options, terminal):
    """Do what ``options`` (parsed by :func:`add_arguments`) ask; returns the exit status."""
    exercise, format = options.get("exercise"), options.get("format", "text")
    if options.get("watch") and (options.get("hint") or options.get("reset") or format != "text"):
        raise UsageError("--watch takes at most an exercise id: no --hint, --reset or --format.")
    if options.get("html") and not options.get("cohort"):
        raise UsageError("--html goes with --cohort.")
    try:
        if options.get("review"):
            return review(terminal, options["review"], options.get("run"))
        if options.get("cohort"):
            return cohort(terminal, options["cohort"], options.get("html"), options.get("run"))
        if options.get("grade"):
            if not exercise:
                raise UsageError("--grade takes an exercise id: manage.py exercises E03 --grade")
            return grade(terminal, get_exercise(exercise))
        if options.get("watch"):
            return watch_until_interrupted(terminal, exercise and get_exercise(exercise))
        if options.get("reset"):
            return reset(terminal, get_exercise(options["reset"]), options.get("yes"))
        if options.get("hint"):
            return show_hint(terminal, get_exercise(options["hint"]))
        if exercise:
            return check_one(terminal, get_exercise(exercise), format)
        if format == "markdown":
            return markdown(terminal)
        return list_all(terminal, format)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    except TestRunError as error:
        if error.errors:
            terminal.lines(collection_errors(error.errors))
            return 1
        raise UsageError(str(error)) from None


def list_all(terminal, format):
    progresses = progress()
    if format == "json":
        from exercises.progress_file import document

        terminal.write(json.dumps(document(progresses), indent=2))
    else:
        terminal.lines(overview(progresses))
    return 0


def grade(terminal, exercise):
    """Run the exercise's tests now; the exit status says whether it is done (0) or not (1)."""
    (item,) = progress([exercise.id], recorded=False)
    earned = exercise.points if item.status == DONE else 0
    terminal.write(
        f"{exercise.id} {exercise.title}: {item.status}, {earned}/{exercise.points} points"
    )
    return 0 if item.status == DONE else 1


def review(terminal, target, run):
    from exercises.review import ReviewError
    from exercises.review import review as review_of

    try:
        terminal.write(review_of(target, run, say=lambda text: terminal.write(text, "failing")))
    except ReviewError as error:
        raise UsageError(str(error)) from None
    return 0


def cohort(terminal, paths, html_file, run):
    from exercises import cohort as cohorts
    from exercises.report import project_name

    try:
        learners = cohorts.gather(paths, run, say=lambda text: terminal.write(text, "failing"))
    except cohorts.CohortError as error:
        raise UsageError(str(error)) from None
    title = f"{project_name()} cohort"
    terminal.write(cohorts.markdown(learners, title))
    if html_file:
        Path(html_file).write_text(cohorts.page(learners, title), encoding="utf-8")
        terminal.write(f"Wrote {html_file}: open it in a browser, no server needed.")
    return 0


def check_one(terminal, exercise, format):
    """Show the exercise, run its tests now (pytest's own output shows), then the verdict."""
    if format == "json":
        (item,) = progress([exercise.id], recorded=False)
        terminal.write(json.dumps(item.as_dict(), indent=2))
        return 0
    terminal.lines(description(exercise))
    terminal.write("Running its tests", HEADING)
    (item,) = progress([exercise.id], quiet=False, recorded=False)
    terminal.write()
    terminal.lines(result(item, checking=True, failures_shown=0))
    return 0


def show_hint(terminal, exercise):
    terminal.lines(hint(exercise))
    hints.note(exercise)
    return 0


def markdown(terminal):
    from exercises.report import markdown_report, project_name

    terminal.write(markdown_report(progress(), project_name()))
    return 0


def reset(terminal, exercise, yes):
    """Show what resetting changes, ask, keep the learner's version as a patch, reset."""
    from exercises import reset as resetting

    try:
        resets = [item for item in resetting.plan(exercise) if item.changes]
    except resetting.ResetError as error:
        raise UsageError(str(error)) from None
    if not resets:
        terminal.write(f"{exercise.id}'s files are as the skeleton had them: nothing to reset.")
        return 0
    terminal.write(
        f"Resetting {exercise.id} {exercise.title} puts back, as the skeleton had it:", HEADING
    )
    for item in resets:
        terminal.write(f"  {item.path}: {', '.join(item.parts)}")
    terminal.write()
    terminal.write(resetting.diff(resets))
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("--reset asks before it changes files: add --yes to reset anyway.")
        answer = input(f"Reset {exercise.id}? Your version is kept as a patch. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            terminal.write("Nothing was changed.")
            return 1
    patch = resetting.apply(exercise, resets)
    terminal.write(
        f"Reset {exercise.id}. Your version is in {patch}: git apply {patch} brings it back.", DONE
    )
    return 0


def watch_until_interrupted(terminal, exercise=None):
    """Watch the project's files; Ctrl-C is how a learner stops, so it is no error.

    A process started in the background by a shell inherits Ctrl-C ignored, and
    Python then never raises KeyboardInterrupt: Ctrl-C is made to stop it all the same.
    """
    from exercises.warm import WarmRunner
    from exercises.watch import saved_files

    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        watch(terminal, saved_files(), WarmRunner(), exercise)
    except KeyboardInterrupt:
        again = f" {exercise.id}" if exercise else ""
        terminal.write(
            f"\nStopped watching. Start again: python manage.py exercises --watch{again}"
        )
    return 0


def watch(terminal, changes, runner, exercise=None):
    """Check ``exercise`` (else the first not done), then again after each batch of ``changes``."""
    from exercises.warm import needs_restart

    terminal.clear()
    watched = check(terminal, runner, exercise)
    terminal.write(f"\n{WATCHING}", HEADING)
    for batch in changes:
        paths = [path for _, path in batch]
        if needs_restart(paths):
            terminal.write("Settings changed: starting the watch again...")
            os.execv(sys.executable, [sys.executable, *sys.argv])
        terminal.clear()
        try:
            watched = check(terminal, runner, exercise, watched)
        except TestRunError as error:
            terminal.lines(
                collection_errors(error.errors) if error.errors else [(None, str(error))]
            )
        terminal.write(f"\n{WATCHING}", HEADING)


def check(terminal, runner, exercise=None, watched=None):
    """One check of the watch mode; returns what it watches next.

    With ``exercise``, always that one. Otherwise the first exercise not done; once
    it is done, the next one.
    """
    exercises = load_exercises()
    if exercise is not None:
        (item,) = progress([exercise.id], run=runner)
        terminal.lines(description(item.exercise))
        terminal.lines(result(item, checking=True))
        return item
    if watched is None:
        return move_on(terminal, runner, exercises)
    terminal.write(f"{watched.exercise.id}  {watched.exercise.title}", HEADING)
    (item,) = progress([watched.exercise.id], run=runner)
    if item.status != DONE:
        terminal.lines(result(item, checking=True))
        return item
    terminal.write(f"{item.exercise.id} is done. On to the next one!\n", DONE)
    ids = [candidate.id for candidate in exercises]
    return move_on(terminal, runner, exercises[ids.index(item.exercise.id) + 1 :])


def move_on(terminal, runner, exercises):
    """Introduce the first of ``exercises`` not done, with its result; None when all are."""
    item = first_not_done(exercises, run=runner)
    if item is None:
        terminal.write("Every exercise is done. Well built!", DONE)
        return None
    terminal.lines(description(item.exercise))
    terminal.lines(result(item, checking=True))
    return item


def main(argv=None, stream=None):
    """The command line: ``python manage.py exercises [ID] [options]``; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="manage.py exercises",
        description="List the exercises with their status, or check one: manage.py exercises E03",
    )
    add_arguments(parser)
    options = vars(parser.parse_args(argv))
    terminal = Terminal(stream)
    try:
        return run(options, terminal)
    except UsageError as error:
        print(f"manage.py exercises: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Output piped into `head` or `less` that stopped reading: a quiet end.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
