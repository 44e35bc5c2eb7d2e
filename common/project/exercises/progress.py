"""Where a learner stands: each exercise's status, from its markers and its tests.

=========  ===========================================================
status     meaning
=========  ===========================================================
todo       TODO markers are left and the tests fail: work to do
ready      the tests pass but TODO markers are left: remove them
failing    no markers are left, but some tests fail
done       no markers are left and every test passes
=========  ===========================================================
"""

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from exercises.catalog import PROJECT_DIR, load_exercises

TODO, READY, FAILING, DONE = "todo", "ready", "failing", "done"


@dataclass
class TestResult:
    """One exercise test's outcome, with the rule it checks (its docstring)."""

    nodeid: str
    outcome: str
    message: str = ""
    rule: str = ""

    @property
    def passed(self):
        return self.outcome == "passed"

    @property
    def failed(self):
        return self.outcome == "failed"


@dataclass
class Progress:
    """An exercise with its test results and the status they give."""

    exercise: object
    tests: list = field(default_factory=list)

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
                {"test": test.nodeid, "rule": test.rule, "message": test.message}
                for test in self.failures
            ],
        }


def run_exercise_tests(exercise_ids=None, quiet=True):
    """Run exercise tests for real (all, or those of ``exercise_ids``) in a fresh pytest.

    A separate process sees the code as it is on disk now. Returns the test results
    by exercise id; with ``quiet=False`` pytest's own output goes to the terminal.
    """
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        which = ",".join(exercise_ids) if exercise_ids else "all"
        command = [
            sys.executable,
            "-m",
            "pytest",
            f"--exercises={which}",
            f"--exercise-report={report}",
            "-m",
            "exercise",
            "-p",
            "no:cacheprovider",
        ]
        command += ["-q", "--no-header", "--tb=short"] if not quiet else ["-qq", "--tb=no"]
        completed = subprocess.run(command, cwd=PROJECT_DIR, capture_output=quiet, text=True)
        if not report.exists():
            output = (completed.stdout or "") + (completed.stderr or "") if quiet else ""
            raise RuntimeError(f"pytest could not run the exercise tests.\n{output}".strip())
        tests = json.loads(report.read_text(encoding="utf-8"))["tests"]
    results = {}
    for test in tests:
        results.setdefault(test["exercise"], []).append(
            TestResult(test["nodeid"], test["outcome"], test["message"], test.get("rule", ""))
        )
    return results


def progress(exercise_ids=None, quiet=True):
    """The progress of every exercise (or of ``exercise_ids``), in manifest order."""
    exercises = load_exercises()
    if exercise_ids:
        exercises = [exercise for exercise in exercises if exercise.id in exercise_ids]
    results = run_exercise_tests(
        [exercise.id for exercise in exercises] if exercise_ids else None, quiet
    )
    return [Progress(exercise, results.get(exercise.id, [])) for exercise in exercises]


def next_up(progresses):
    """The first exercise that is not done: what to work on next."""
    return next((item for item in progresses if item.status != DONE), None)


def first_not_done(exercises):
    """The progress of the first of ``exercises`` that is not done, or None if all are.

    An exercise with TODO markers left is never done, so only the exercises up to the
    first one with markers need their tests run: on a fresh project, just the first.
    """
    if not exercises:
        return None
    pending = next((i for i, exercise in enumerate(exercises) if exercise.pending), -1)
    candidates = exercises[: pending + 1] if pending >= 0 else exercises
    return next_up(progress([exercise.id for exercise in candidates]))
