"""Where a learner stands: each exercise's status, from its markers and its tests.

=========  ===========================================================
status     meaning
=========  ===========================================================
todo       TODO markers are left and the tests fail: work to do
ready      the tests pass but TODO markers are left: remove them
failing    no markers are left, but some tests fail
done       no markers are left and every test passes
=========  ===========================================================

Outcomes come from the last test runs while they still hold for the code on disk
(``exercises.record``); the tests of any other exercise run again, for real.
"""

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from exercises import record
from exercises.catalog import PROJECT_DIR, load_exercises
from exercises.explain import explain

TODO, READY, FAILING, DONE = "todo", "ready", "failing", "done"


@dataclass
class TestResult:
    """One exercise test's outcome, with the rule it checks (its docstring)."""

    nodeid: str
    outcome: str
    message: str = ""
    rule: str = ""
    explanation: dict | None = None

    @property
    def passed(self):
        return self.outcome == "passed"

    @property
    def failed(self):
        return self.outcome == "failed"

    @classmethod
    def from_record(cls, nodeid, test):
        return cls(
            nodeid, test["outcome"], test["message"], test.get("rule", ""), test.get("explanation")
        )


@dataclass
class Progress:
    """An exercise with its test results, the status they give, and when they were found.

    ``recorded_at`` (seconds since the epoch) is set when the results come from an
    earlier run that still holds; None when the tests ran just now.
    """

    exercise: object
    tests: list = field(default_factory=list)
    recorded_at: float | None = None

    @property
    def failures(self):
        return [test for test in self.tests if test.failed]

    @property
    def skipped(self):
        """Tests that could not run here, such as those that need PostgreSQL."""
        return [test for test in self.tests if test.outcome == "skipped"]

    @property
    def status(self):
        passing = any(test.passed for test in self.tests) and not self.failures
        if self.exercise.pending:
            return READY if passing else TODO
        return DONE if passing else FAILING

    def as_dict(self):
        exercise = self.exercise
        return {
            "id": exercise.id,
            "slug": exercise.slug,
            "title": exercise.title,
            "skills": list(exercise.skills),
            "status": self.status,
            "files": list(exercise.files),
            "markers": [str(marker) for marker in exercise.markers],
            "tests": {
                "total": len(self.tests),
                "failed": len(self.failures),
                "skipped": len(self.skipped),
            },
            "failures": [
                {
                    "test": test.nodeid,
                    "rule": test.rule,
                    "message": test.message,
                    "explanation": test.explanation,
                }
                for test in self.failures
            ],
            "recorded_at": self.recorded_at,
        }


class TestRunError(RuntimeError):
    """pytest could not run the tests: what it said, and the files it could not collect."""

    def __init__(self, message, errors=()):
        super().__init__(message)
        self.errors = list(errors)


def pytest_arguments(exercise_ids, report, quiet):
    """pytest's arguments for these exercises' tests (all without ids).

    Only the exercises' own test files are collected while their recorded lists hold.
    """
    which = ",".join(exercise_ids) if exercise_ids else "all"
    arguments = [f"--exercises={which}", f"--exercise-report={report}", "-m", "exercise"]
    arguments += ["-p", "no:cacheprovider"]
    arguments += ["-qq", "--tb=no"] if quiet else ["-q", "--no-header", "--tb=short"]
    return arguments + record.test_files(exercise_ids or [])


def _django_is_set_up():
    """True in a process that Django already configured (then tests run in a new one)."""
    return "django.conf" in sys.modules and sys.modules["django.conf"].settings.configured


class Tee(io.StringIO):
    """Text kept for the runner, and shown on ``stream`` as it comes."""

    def __init__(self, stream):
        super().__init__()
        self.stream = stream

    def write(self, text):
        self.stream.write(text)
        return super().write(text)


def run_pytest(arguments, quiet):
    """Run pytest with ``arguments`` in the project; returns what it printed.

    It runs in this process when it can, which saves starting Python and pytest
    again; that needs a process that has not set Django up with other settings
    (``manage.py exercises`` has not). Otherwise it runs in a new process.
    """
    if _django_is_set_up():
        command = [sys.executable, "-m", "pytest", *arguments]
        completed = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True)
        if not quiet:
            sys.stdout.write(completed.stdout + completed.stderr)
        return completed.stdout + completed.stderr
    import pytest

    previous = os.getcwd()
    os.chdir(PROJECT_DIR)
    output = io.StringIO() if quiet else Tee(sys.stdout)
    try:
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            pytest.main(arguments)
    except Exception:  # Django could not start: the traceback says why, for read_report
        output.write(traceback.format_exc())
    finally:
        os.chdir(previous)
    return output.getvalue()


def read_report(report, output=""):
    """The test results by exercise id, from a report the plugin wrote.

    Without a report, pytest stopped before any test: Django or a conftest could not
    load. Then ``output`` (what pytest printed) says why.
    """
    if not report.exists():
        explanation = explain(output)
        lines = [line for line in output.splitlines() if line.strip()]
        error = {
            "nodeid": "Django, while starting the test run",
            "message": lines[-1].strip() if lines else "pytest stopped before any test",
            "explanation": explanation.as_dict() if explanation else None,
        }
        raise TestRunError("pytest could not start the tests.", [error])
    data = json.loads(report.read_text(encoding="utf-8"))
    results = {}
    for test in data["tests"]:
        results.setdefault(test["exercise"], []).append(
            TestResult.from_record(test["nodeid"], test)
        )
    if data.get("errors") and not data["tests"]:
        raise TestRunError("pytest could not collect the tests.", data["errors"])
    return results, data.get("errors", [])


def run_exercise_tests(exercise_ids=None, quiet=True):
    """Run exercise tests for real (all, or those of ``exercise_ids``); results by exercise."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        output = run_pytest(pytest_arguments(exercise_ids, report, quiet), quiet)
        return read_report(report, output)


def progress(exercise_ids=None, quiet=True, recorded=True, run=run_exercise_tests):
    """The progress of every exercise (or of ``exercise_ids``), in manifest order.

    With ``recorded``, outcomes that the last runs recorded and that still hold are
    used as they are; the tests of every other exercise run now, through ``run``
    (the watch mode's is a warm process).
    """
    exercises = load_exercises()
    if exercise_ids:
        exercises = [exercise for exercise in exercises if exercise.id in exercise_ids]
    fresh = record.fresh_exercises()[0] if recorded else {}
    stale = [exercise.id for exercise in exercises if exercise.id not in fresh]
    results = run(stale, quiet)[0] if stale else {}
    progresses = []
    for exercise in exercises:
        if exercise.id in fresh:
            recorded_at, tests = fresh[exercise.id]
            tests = [TestResult.from_record(test["nodeid"], test) for test in tests]
            progresses.append(Progress(exercise, tests, recorded_at))
        else:
            progresses.append(Progress(exercise, results.get(exercise.id, [])))
    return progresses


def next_up(progresses):
    """The first exercise that is not done: what to work on next."""
    return next((item for item in progresses if item.status != DONE), None)


def first_not_done(exercises, run=run_exercise_tests):
    """The progress of the first of ``exercises`` that is not done, or None if all are.

    An exercise with TODO markers left is never done, so only the exercises up to the
    first one with markers need their tests run: on a fresh project, just the first.
    """
    if not exercises:
        return None
    pending = next((i for i, exercise in enumerate(exercises) if exercise.pending), -1)
    candidates = exercises[: pending + 1] if pending >= 0 else exercises
    return next_up(progress([exercise.id for exercise in candidates], run=run))
