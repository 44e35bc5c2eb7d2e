"""What ``manage.py exercises`` prints, as plain text: lines paired with a style.

No Django here: the post-generation hook imports this module to put a sample of the
list, exactly as the command prints it, into a new project's README. A style is a
status, HEADING or None; the command colours them in a terminal.
"""

import time

from exercises.progress import DONE, FAILING, READY, TODO, next_up

SYMBOLS = {DONE: "[x]", READY: "[~]", FAILING: "[!]", TODO: "[ ]"}
BAR_WIDTH = 30
HEADING = "heading"
FAILURES_SHOWN = 5


def progress_bar(done, total):
    filled = round(BAR_WIDTH * done / total) if total else 0
    return f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done}/{total} done"


def advice(item, checking=False):
    """What to do about an exercise in its current status.

    ``checking`` is true right after ``exercises Exx`` ran its tests: then the
    advice is what to do next, not the command just typed.
    """
    exercise_id = item.exercise.id
    if checking:
        start = f"work on it, then check again, or keep it checked: exercises --watch {exercise_id}"
    else:
        start = f"read it and start: python manage.py exercises {exercise_id}"
    return {
        TODO: start,
        READY: f"its tests pass: remove the TODO({exercise_id}) markers to finish it",
        FAILING: f"{len(item.failures)} test(s) fail: python manage.py exercises {exercise_id}",
        DONE: "well done",
    }[item.status]


def status_line(item, checking=False):
    """``E03 is todo: read it and start...``, or ``E03 is done: well done.``"""
    return f"{item.exercise.id} is {item.status}: {advice(item, checking)}"


def when(timestamp):
    """A recording's time, as a learner reads it: 10:42, or 3 Dec 10:42 on another day."""
    moment = time.localtime(timestamp)
    today = time.localtime()
    if moment[:3] == today[:3]:
        return time.strftime("%H:%M", moment)
    return time.strftime("%d %b %H:%M", moment).lstrip("0")


def recorded_note(progresses):
    """Where the statuses come from: the last test runs, and when, or a run just now."""
    times = [item.recorded_at for item in progresses if item.recorded_at is not None]
    if not times:
        return ""
    ran = len(progresses) - len(times)
    note = f"Statuses from the test run of {when(max(times))}: nothing they depend on has changed"
    return note + (f" ({ran} checked again now)." if ran else ".")


def overview(progresses, rows=None):
    """The list view as ``(style, line)`` pairs; with ``rows``, only the first rows, then "..."."""
    done = sum(item.status == DONE for item in progresses)
    width = max(len(item.exercise.title) for item in progresses)
    lines = [(HEADING, "Exercises"), (None, progress_bar(done, len(progresses))), (None, "")]
    for item in progresses[:rows]:
        exercise = item.exercise
        title = exercise.title.ljust(width)
        skills = ", ".join(exercise.skills)
        line = f"{SYMBOLS[item.status]} {exercise.id}  {item.status:<8} {title}  {skills}"
        lines.append((item.status, line.rstrip()))
    if rows is not None and rows < len(progresses):
        lines.append((None, "..."))
    lines.append((None, ""))
    note = recorded_note(progresses)
    if note:
        lines += [(None, note), (None, "")]
    upcoming = next_up(progresses)
    if upcoming is None:
        return [*lines, (DONE, "Every exercise is done. Well built!")]
    exercise = upcoming.exercise
    return [
        *lines,
        (None, f"Next: {exercise.id}  {exercise.title}"),
        (None, f"  {advice(upcoming)}"),
    ]


def indent(text, prefix="    "):
    return "\n".join(prefix + line if line.strip() else "" for line in text.splitlines())


def description(exercise):
    """An exercise's heading, skills, files, statement and the markers left for it."""
    lines = [
        (HEADING, f"{exercise.id}  {exercise.title}"),
        (None, f"Skills: {', '.join(exercise.skills)}"),
        (None, f"Files:  {', '.join(exercise.files)}"),
        (None, ""),
        (None, indent(exercise.statement)),
        (None, ""),
    ]
    if exercise.markers:
        markers = ", ".join(str(marker) for marker in exercise.markers)
        lines.append((None, f"TODO markers left: {markers}"))
    return lines


def hint(exercise):
    return [(HEADING, f"Hint for {exercise.id}  {exercise.title}"), (None, indent(exercise.hint))]


def failure_lines(test):
    """A failing test: where it is, the rule it checks, what went wrong and the assertion."""
    lines = [(None, f"  {test.nodeid}")]
    if test.rule:
        lines.append((None, f"      Rule: {test.rule}"))
    explanation = test.explanation
    if explanation:
        place = f" in {explanation['where']}" if explanation.get("where") else ""
        lines.append((FAILING, f"      {explanation['name']}{place}"))
        lines.append((None, f"      {explanation['advice']}"))
    lines.append((None, f"      {test.message}"))
    return lines


def result(item, checking=False, failures_shown=FAILURES_SHOWN):
    """The status, the first failing tests (rule first) and, while work is left, the hint."""
    lines = []
    if item.recorded_at is not None:
        recorded = when(item.recorded_at)
        lines.append((None, f"From the test run of {recorded}: nothing it depends on has changed."))
    lines.append((item.status, status_line(item, checking)))
    for test in item.failures[:failures_shown]:
        lines += failure_lines(test)
    if failures_shown and len(item.failures) > failures_shown:
        lines.append((None, f"  ...and {len(item.failures) - failures_shown} more"))
    for test in item.skipped:
        lines.append((None, f"  skipped {test.nodeid}: {test.message}"))
    if item.status in (TODO, FAILING):
        lines += [(None, ""), *hint(item.exercise)]
    return lines


def collection_errors(errors):
    """Files pytest could not even import, each with what went wrong in the learner's code."""
    lines = [(FAILING, "These could not be loaded, so their tests did not run:")]
    for error in errors:
        lines.append((None, f"  {error['nodeid']}"))
        explanation = error.get("explanation")
        if explanation:
            place = f" in {explanation['where']}" if explanation.get("where") else ""
            lines.append((FAILING, f"      {explanation['name']}{place}"))
            lines.append((None, f"      {explanation['advice']}"))
        lines.append((None, f"      {error['message']}"))
    lines.append((None, "Run pytest to see the whole traceback."))
    return lines
