"""The exercise list as plain text, shared by ``manage.py exercises`` and the README.

No Django here: the post-generation hook imports this module to put a sample of the
list, exactly as the command prints it, into a new project's README.
"""

from exercises.progress import DONE, FAILING, READY, TODO, next_up

SYMBOLS = {DONE: "[x]", READY: "[~]", FAILING: "[!]", TODO: "[ ]"}
BAR_WIDTH = 30
HEADING = "heading"


def progress_bar(done, total):
    filled = round(BAR_WIDTH * done / total) if total else 0
    return f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done}/{total} done"


def advice(item):
    """What to do about an exercise in its current status."""
    exercise_id = item.exercise.id
    return {
        TODO: f"read it and start: python manage.py exercises {exercise_id}",
        READY: f"its tests pass: remove the TODO({exercise_id}) markers to finish it",
        FAILING: f"{len(item.failures)} test(s) fail: python manage.py exercises {exercise_id}",
        DONE: "done",
    }[item.status]


def overview(progresses, rows=None):
    """The list view as ``(style, line)`` pairs; the style is a status, HEADING or None.

    With ``rows``, only the first rows are listed, then "...".
    """
    done = sum(item.status == DONE for item in progresses)
    width = max(len(item.exercise.title) for item in progresses)
    lines = [(HEADING, "Exercises"), (None, progress_bar(done, len(progresses))), (None, "")]
    for item in progresses[:rows]:
        exercise = item.exercise
        title = exercise.title.ljust(width)
        skills = ", ".join(exercise.skills)
        line = f"{SYMBOLS[item.status]} {exercise.id}  {item.status:<8} {title}  {skills}"
        lines.append((item.status, line))
    if rows is not None and rows < len(progresses):
        lines.append((None, "..."))
    lines.append((None, ""))
    upcoming = next_up(progresses)
    if upcoming is None:
        return [*lines, (DONE, "Every exercise is done. Well built!")]
    exercise = upcoming.exercise
    return [
        *lines,
        (None, f"Next: {exercise.id}  {exercise.title}"),
        (None, f"  {advice(upcoming)}"),
    ]
