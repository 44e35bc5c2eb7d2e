"""The exercise contract in pytest, loaded by the project's ``conftest.py``.

A test belongs to an exercise through ``@pytest.mark.exercise("E03")``. While a
``TODO`` marker for that exercise is left in the code, plain ``pytest`` reports its
tests as expected failures that say where to read about it, so the skeleton stays
green; once the markers are gone, they run for real. ``--exercises=all`` runs every
exercise test for real, and ``--exercises=E03,E04`` runs only those exercises' tests.

A failing test shows, above its traceback, the rule it checks (the first paragraph
of its docstring) and, for the errors beginners meet most, what went wrong where
(``exercises.explain``). ``@pytest.mark.postgresql`` marks a test that only
PostgreSQL can show (real concurrent connections, case rules SQLite lacks): it is
skipped, saying so, on SQLite. Every run records its outcomes for the exercise list
(``exercises.record``).
"""

import json
import os
import time

import pytest

from exercises import record, schema_cache
from exercises.catalog import PROJECT_DIR, load_exercises
from exercises.explain import explain

PENDING, ALL = "pending", "all"
TEST_DATABASE_VARIABLE = "EXERCISES_TEST_DATABASE"
NEEDS_POSTGRESQL = (
    "needs PostgreSQL: set DATABASE_URL to a PostgreSQL database to run it (see the README)"
)
# Tests that run the learner's tests in a copy of the whole project (exercises.grading).
WHOLE_PROJECT = set()

_exercises = pytest.StashKey[dict]()
_outcomes = pytest.StashKey[dict]()
_errors = pytest.StashKey[list]()
_test_database = pytest.StashKey[str]()
_run = pytest.StashKey[dict]()


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
    config.stash[_errors] = []
    # Set by the planted-bug grading for the copy it runs (see exercises.grading); taken
    # out of the environment so that the tests under grading see the same one as ever.
    config.stash[_test_database] = os.environ.pop(TEST_DATABASE_VARIABLE, "")
    config.stash[_run] = {
        "started": time.time(),
        "files": record.snapshot(PROJECT_DIR, record.latest_files()),
        "lists": None,
        "templates": {},
    }


@pytest.fixture(scope="session")
def cached_test_database(request, django_db_use_migrations):
    """This run's copy of the SQLite test database made once (exercises.schema_cache), or None."""
    from django.conf import settings

    made_as_usual = (
        request.config.stash[_test_database]
        or "sqlite" not in settings.DATABASES["default"]["ENGINE"]
        or not django_db_use_migrations
        or request.config.getoption("reuse_db")
    )
    digest = None if made_as_usual else schema_cache.schema_digest()
    if digest is None:
        yield None
        return
    database = schema_cache.CachedTestDatabase(digest)
    yield database
    database.remove()


@pytest.fixture(scope="session")
def django_db_keepdb(request, cached_test_database):
    """Django keeps (so reuses) the copy of the cached database; else as --reuse-db says."""
    return cached_test_database is not None or request.config.getoption("reuse_db")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    request, django_db_modify_db_settings_parallel_suffix, cached_test_database
):
    """The copy of the cached test database; under grading, the copy's own test database."""
    name = request.config.stash[_test_database]
    if cached_test_database is not None:
        name = str(cached_test_database.path)
    if name:
        from django.conf import settings

        settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = name


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Once the test database is made, and before any test uses it, keep it for later runs."""
    result = yield
    if fixturedef.argname == "django_db_setup":
        database = request.getfixturevalue("cached_test_database")
        if database is not None:
            database.keep()
    return result


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


def _collects_every_test(config):
    """True when no path, node id or last-failed filter narrowed what pytest collected."""
    return config.args_source != pytest.Config.ArgsSource.ARGS and not config.getoption("lf", False)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark pending exercises' tests as expected failures, and keep only those asked for.

    Runs before pytest's own ``-k`` and ``-m`` filters, so that a whole collection
    also records every exercise's full list of tests.
    """
    exercises = config.stash[_exercises]
    if _collects_every_test(config):
        lists = {exercise_id: [] for exercise_id in exercises}
        for item in items:
            if exercise_of(item) in lists:
                lists[exercise_of(item)].append(item.nodeid)
        config.stash[_run]["lists"] = lists
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


class Explained:
    """A failure's report with the rule it checks and what went wrong above the traceback.

    It stands in for pytest's own report object: ``toterminal`` draws it, ``str()``
    gives it as text (for pytest-xdist) and ``reprcrash`` keeps the one-line summary.
    """

    def __init__(self, longrepr, rule="", explanation=None):
        self.longrepr = longrepr
        self.reprcrash = getattr(longrepr, "reprcrash", None)
        self.heading = [f"Rule: {rule}"] if rule else []
        self.heading += explanation.lines() if explanation else []

    def toterminal(self, tw):
        for line in self.heading:
            tw.line(line, bold=True)
        if hasattr(self.longrepr, "toterminal"):
            self.longrepr.toterminal(tw)
        else:
            tw.line(str(self.longrepr))

    def __str__(self):
        return "\n".join([*self.heading, str(self.longrepr)])


def _explained(report, rule=""):
    """Put the rule and the explanation (if any) above a failure's traceback.

    The explanation reads the captured output and logs too: Django logs a 501 page or
    a refused CSRF token there.
    """
    captured = "\n".join(content for _, content in getattr(report, "sections", ()))
    explanation = explain(f"{report.longreprtext}\n{captured}")
    if rule or explanation:
        report.longrepr = Explained(report.longrepr, rule, explanation)
    return explanation


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if report.failed:
        explanation = _explained(report)
        collector.config.stash[_errors].append(
            {
                "nodeid": report.nodeid,
                "message": _short_message(report),
                "explanation": explanation.as_dict() if explanation else None,
            }
        )
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Note the page templates each exercise test renders: a change to one affects it."""
    if exercise_of(item) is None:
        return (yield)
    from django.test.signals import template_rendered

    rendered = set()

    def note(sender, template, **kwargs):
        name = getattr(getattr(template, "origin", None), "name", None)
        if isinstance(name, str):
            rendered.add(name)

    template_rendered.connect(note)
    try:
        return (yield)
    finally:
        template_rendered.disconnect(note)
        item.config.stash[_run]["templates"][item.nodeid] = sorted(rendered)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    exercise_id = exercise_of(item)
    rule = rule_of(item) if exercise_id is not None else ""
    explanation = _explained(report, rule) if report.failed else None
    if exercise_id is not None:
        _record(item.config.stash[_outcomes], exercise_id, report, rule, explanation)
    return report


def _record(outcomes, exercise_id, report, rule, explanation):
    """Keep one outcome per test: a failure in any phase wins over the call's result."""
    if outcomes.get(report.nodeid, {}).get("outcome") == "failed":
        return
    message = ""
    if report.failed:
        outcome, message = "failed", _short_message(report)
    elif hasattr(report, "wasxfail"):
        outcome = "xpassed" if report.passed else "xfailed"
        message = _short_message(report) if report.skipped else ""
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
        "explanation": explanation.as_dict() if explanation else None,
    }


def _skip_reason(report):
    """Why a test was skipped: the reason pytest keeps as the last part of its longrepr."""
    longrepr = report.longrepr
    return str(longrepr[-1]).removeprefix("Skipped: ") if isinstance(longrepr, tuple) else ""


def _short_message(report):
    """The gist of a failure, such as ``AssertionError: assert 501 == 200``."""
    text = str(report.longrepr.longrepr) if isinstance(report.longrepr, Explained) else ""
    lines = [line for line in (text or report.longreprtext).splitlines() if line.strip()]
    for line in lines:
        if line.startswith("E "):
            return line[1:].strip()
    return lines[-1].strip() if lines else "failed"


def depends_on_whole_project():
    """Called by a test that runs tests in a copy of the whole project (the grading)."""
    current = os.environ.get("PYTEST_CURRENT_TEST", "")
    if current:
        WHOLE_PROJECT.add(current.rpartition(" ")[0])


def _recorded_outcome(result):
    """A recorded outcome means what the code does now: an expected failure failed."""
    return {"xfailed": "failed", "xpassed": "passed"}.get(result["outcome"], result["outcome"])


def _record_run(config):
    run = config.stash[_run]
    templates = run["templates"]
    tests = {}
    for nodeid, result in config.stash[_outcomes].items():
        rendered = [record.relative_to_project(name) for name in templates.get(nodeid, ())]
        tests[nodeid] = {
            **result,
            "outcome": _recorded_outcome(result),
            "file": nodeid.partition("::")[0],
            "templates": sorted(name for name in rendered if name),
            "whole_project": nodeid in WHOLE_PROJECT,
        }
    lists = run["lists"] if not config.stash[_errors] else None
    record.record_run(run["files"], run["started"], tests, lists or {}, config.stash[_errors])


def _distributed(config):
    """True under pytest-xdist, whose workers see only part of the run."""
    return hasattr(config, "workerinput") or bool(config.getoption("numprocesses", None))


def pytest_sessionfinish(session):
    config = session.config
    if not _distributed(config):
        _record_run(config)
    path = config.getoption("exercise_report")
    if path:
        tests = [{"nodeid": nodeid, **result} for nodeid, result in config.stash[_outcomes].items()]
        with open(path, "w", encoding="utf-8") as report:
            json.dump({"tests": tests, "errors": config.stash[_errors]}, report, indent=2)


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
        if outcomes.get(exercise.id, set()) - {"skipped"} == {"xpassed"}:
            where = f"its tests pass: remove the TODO({exercise.id}) markers to finish it"
        else:
            where = f"TODO at {exercise.markers[0]}"
        terminalreporter.line(f"{exercise.id}  {exercise.title}  ({where})")
    terminalreporter.line(f"Start with: python manage.py exercises {pending[0].id}")
