"""The exercise contract in pytest, loaded by the project's ``conftest.py``.

A test belongs to an exercise through ``@pytest.mark.exercise("E03")``. While a
``TODO`` marker for that exercise is left in the code, plain ``pytest`` reports its
tests as expected failures that say where to read about it, so the skeleton stays
green; once the markers are gone, they run for real. ``--exercises=all`` runs every
exercise test for real, and ``--exercises=E03,E04`` runs only those exercises' tests.

A failing exercise test shows its rule (the first paragraph of its docstring) above
the traceback. ``@pytest.mark.postgresql`` marks a test that only PostgreSQL can
show (real concurrent connections, case rules SQLite lacks): it is skipped, saying
so, on SQLite.
"""

import json
import os

import pytest

from exercises.catalog import load_exercises

PENDING, ALL = "pending", "all"
TEST_DATABASE_VARIABLE = "EXERCISES_TEST_DATABASE"
NEEDS_POSTGRESQL = (
    "needs PostgreSQL: set DATABASE_URL to a PostgreSQL database to run it (see the README)"
)

_exercises = pytest.StashKey[dict]()
_outcomes = pytest.StashKey[dict]()
_test_database = pytest.StashKey[str]()


def pytest_addoption(parser):
    group = parser.getgroup("exercises")
    group.addoption(
        "--exercises",
        default=PENDING,
        metavar="WHICH",
        help=(
            "pending (default): tests of exercises whose TODO markers remain are expected "
            "failures; all: run every exercise test for real; E03,E04: run only these "
            "exercises' tests, for real."
        ),
    )
    group.addoption(
        "--exercise-report",
        metavar="PATH",
        help="write the outcome of every exercise test to PATH as JSON.",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "exercise(id): the test checks exercise `id` of exercises.toml"
    )
    config.addinivalue_line(
        "markers", "postgresql: the test needs PostgreSQL, and is skipped on SQLite"
    )
    config.stash[_exercises] = {exercise.id: exercise for exercise in load_exercises()}
    config.stash[_outcomes] = {}
    # Set by the planted-bug grading for the copy it runs (see exercises.grading); taken
    # out of the environment so that the tests under grading see the same one as ever.
    config.stash[_test_database] = os.environ.pop(TEST_DATABASE_VARIABLE, "")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(request, django_db_modify_db_settings_parallel_suffix):
    """Under grading, the copy's own test database, beside the one the outer run holds."""
    name = request.config.stash[_test_database]
    if name:
        from django.conf import settings

        settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = name


def on_postgresql():
    from django.conf import settings

    return "postgresql" in settings.DATABASES["default"]["ENGINE"]


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgresql") and not on_postgresql():
        pytest.skip(NEEDS_POSTGRESQL)


def exercise_of(item):
    """The id of the exercise ``item`` tests, or None for a skeleton test."""
    mark = item.get_closest_marker("exercise")
    return mark.args[0].upper() if mark else None


def _selected_ids(config):
    which = config.getoption("exercises")
    if which in (PENDING, ALL):
        return None
    wanted = {part.strip().upper() for part in which.split(",") if part.strip()}
    unknown = sorted(wanted - config.stash[_exercises].keys())
    if unknown:
        known = ", ".join(config.stash[_exercises])
        raise pytest.UsageError(
            f"--exercises: no exercise {', '.join(unknown)} (this project has {known})"
        )
    return wanted


def pending_reason(exercise):
    """The expected-failure reason: which exercise, what is left, where to read."""
    return (
        f"{exercise.id} ({exercise.title}) is not done yet: TODO({exercise.id}) left at "
        f"{exercise.markers[0]}. Read it with: python manage.py exercises {exercise.id}"
    )


def pytest_collection_modifyitems(config, items):
    exercises = config.stash[_exercises]
    selected = _selected_ids(config)
    run_pending_for_real = config.getoption("exercises") != PENDING
    kept, deselected = [], []
    for item in items:
        exercise_id = exercise_of(item)
        if exercise_id is not None and exercise_id not in exercises:
            raise pytest.UsageError(
                f"{item.nodeid} is marked for {exercise_id}, which exercises.toml does not list"
            )
        if selected is not None and exercise_id not in selected:
            deselected.append(item)
            continue
        kept.append(item)
        if exercise_id is None:
            continue
        exercise = exercises[exercise_id]
        if exercise.pending and not run_pending_for_real:
            item.add_marker(pytest.mark.xfail(reason=pending_reason(exercise), strict=False))
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


def rule_of(item):
    """The rule a test checks: the first paragraph of its docstring, on one line."""
    doc = getattr(getattr(item, "obj", None), "__doc__", None) or ""
    return " ".join(doc.strip().split("\n\n")[0].split())


class RuleFirst:
    """A failure's report with the rule the test checks above the traceback.

    It stands in for pytest's own report object: ``toterminal`` draws it, ``str()``
    gives it as text (for pytest-xdist) and ``reprcrash`` keeps the one-line summary.
    """

    def __init__(self, rule, longrepr):
        self.rule = rule
        self.longrepr = longrepr
        self.reprcrash = getattr(longrepr, "reprcrash", None)

    def toterminal(self, tw):
        tw.line(f"Rule: {self.rule}", bold=True)
        if hasattr(self.longrepr, "toterminal"):
            self.longrepr.toterminal(tw)
        else:
            tw.line(str(self.longrepr))

    def __str__(self):
        return f"Rule: {self.rule}\n\n{self.longrepr}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    exercise_id = exercise_of(item)
    if exercise_id is not None:
        rule = rule_of(item)
        if report.failed and rule:
            report.longrepr = RuleFirst(rule, report.longrepr)
        _record(item.config.stash[_outcomes], exercise_id, report, rule)
    return report


def _record(outcomes, exercise_id, report, rule):
    """Keep one outcome per test: a failure in any phase wins over the call's result."""
    if outcomes.get(report.nodeid, {}).get("outcome") == "failed":
        return
    message = ""
    if report.failed:
        outcome, message = "failed", _short_message(report)
    elif hasattr(report, "wasxfail"):
        outcome = "xpassed" if report.passed else "xfailed"
    elif report.skipped:
        outcome, message = "skipped", _skip_reason(report)
    elif report.when == "call":
        outcome = report.outcome
    else:
        return
    outcomes[report.nodeid] = {
        "exercise": exercise_id,
        "outcome": outcome,
        "message": message,
        "rule": rule,
    }


def _skip_reason(report):
    """Why a test was skipped: the reason pytest keeps as the last part of its longrepr."""
    longrepr = report.longrepr
    return str(longrepr[-1]).removeprefix("Skipped: ") if isinstance(longrepr, tuple) else ""


def _short_message(report):
    """The gist of a failure, such as ``AssertionError: assert 501 == 200``."""
    lines = [
        line
        for line in report.longreprtext.splitlines()
        if line.strip() and not line.startswith("Rule: ")
    ]
    for line in lines:
        if line.startswith("E "):
            return line[1:].strip()
    return lines[-1].strip() if lines else "failed"


def pytest_sessionfinish(session):
    path = session.config.getoption("exercise_report")
    if path:
        tests = [
            {"nodeid": nodeid, **result}
            for nodeid, result in session.config.stash[_outcomes].items()
        ]
        with open(path, "w", encoding="utf-8") as report:
            json.dump({"tests": tests}, report, indent=2)


def pytest_terminal_summary(terminalreporter, config):
    if config.getoption("exercises") != PENDING:
        return
    pending = [exercise for exercise in config.stash[_exercises].values() if exercise.pending]
    if not pending:
        return
    outcomes = {}
    for result in config.stash[_outcomes].values():
        outcomes.setdefault(result["exercise"], set()).add(result["outcome"])
    terminalreporter.section("exercises to do", sep="-")
    for exercise in pending:
        if outcomes.get(exercise.id) == {"xpassed"}:
            where = f"its tests pass: remove the TODO({exercise.id}) markers to finish it"
        else:
            where = f"TODO at {exercise.markers[0]}"
        terminalreporter.line(f"{exercise.id}  {exercise.title}  ({where})")
    terminalreporter.line(f"Start with: python manage.py exercises {pending[0].id}")
