"""The progress report in Markdown, for a pull request or a CI job summary.

It reads the same progress as ``--format json``, so both always agree on statuses.
A mentor's review, with the notes, is ``exercises.review``.
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


def details(item):
    """A failing exercise's failing tests, each with the rule it checks."""
    exercise = item.exercise
    lines = ["", f"### {exercise.id} {exercise.title}: {item.status}", ""]
    for test in item.failures:
        rule = f" ({test.rule})" if test.rule else ""
        lines.append(f"- {code(test.nodeid)}{rule}: {code(test.message)}")
    return lines


def markdown_report(progresses, title):
    """The report: a progress line, the table, then the failing tests."""
    lines = [f"# Exercise progress: {title}", "", summary_line(progresses), "", *table(progresses)]
    failing = [item for item in progresses if item.status == FAILING]
    if failing:
        lines += ["", "## Failing tests"]
    for item in failing:
        lines += details(item)
    return "\n".join(lines)


def project_name():
    """The project's display name, read without setting Django up."""
    from config.project import NAME

    return NAME
