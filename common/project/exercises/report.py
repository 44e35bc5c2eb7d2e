"""The mentor's progress report in Markdown, for a pull request or a CI job summary.

It reads the same progress as ``--format json``, so both always agree on statuses.
"""

from exercises.progress import DONE, FAILING, READY, TODO

STATUSES = (DONE, READY, FAILING, TODO)


def code(text):
    """``text`` as inline code, so Markdown leaves ``__str__`` and ``*args`` alone."""
    fence = "``" if "`" in text else "`"
    padding = " " if fence == "``" else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def cell(text):
    """``text`` safe inside a table cell."""
    return text.replace("|", "\\|")


def summary_line(progresses):
    """How many exercises are done, then how many are in each other status."""
    counts = {status: 0 for status in STATUSES}
    for item in progresses:
        counts[item.status] += 1
    others = ", ".join(f"{counts[status]} {status}" for status in STATUSES[1:])
    return f"**{counts[DONE]} of {len(progresses)} exercises done** ({others})"


def table(progresses):
    rows = [
        "| Exercise | Title | Status | Skills | Tests passing |",
        "| --- | --- | --- | --- | --- |",
    ]
    for item in progresses:
        exercise = item.exercise
        passing = sum(test.passed for test in item.tests)
        rows.append(
            f"| {exercise.id} | {cell(exercise.title)} | {item.status} "
            f"| {', '.join(exercise.skills)} | {passing}/{len(item.tests)} |"
        )
    return rows


def details(item, review):
    """An exercise's failing tests (when it is failing) and, for a review, its notes."""
    exercise = item.exercise
    lines = ["", f"### {exercise.id} {exercise.title}: {item.status}"]
    if item.status == FAILING:
        lines.append("")
        lines += [f"- {code(test.nodeid)}: {code(test.message)}" for test in item.failures]
    if review:
        lines.append("")
        lines += [f"> {line}".rstrip() for line in exercise.review.splitlines()]
    return lines


def markdown_report(progresses, title, review=False):
    """The report: a progress line, the table, then the failing tests (and review notes)."""
    lines = [f"# Exercise progress: {title}", "", summary_line(progresses), "", *table(progresses)]
    detailed = progresses if review else [item for item in progresses if item.status == FAILING]
    if detailed:
        lines += ["", "## Review notes" if review else "## Failing tests"]
    for item in detailed:
        lines += details(item, review)
    return "\n".join(lines)
