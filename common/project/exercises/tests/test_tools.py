"""The mentor's report and the watch mode's choice of files, without running any test."""

from dataclasses import replace

import pytest

from exercises.catalog import PROJECT_DIR, load_exercises
from exercises.progress import Progress
from exercises.progress import TestResult as Result  # a Test* name would be collected
from exercises.report import markdown_report
from exercises.watch import is_learner_file


@pytest.fixture
def finished_and_broken():
    """Two exercises with their markers gone: the first passes its test, the second fails it."""
    first, second = (replace(exercise, markers=()) for exercise in load_exercises()[:2])
    return [
        Progress(first, [Result("app/tests/test_a.py::test_works", "passed")]),
        Progress(second, [Result("app/tests/test_b.py::test_breaks", "failed", "assert 1 == 2")]),
    ]


def test_report_shows_statuses_and_the_failing_tests(finished_and_broken):
    """A mentor sees the score, each status, and what fails only where something fails."""
    done, failing = finished_and_broken
    report = markdown_report(finished_and_broken, "Practice")
    assert "**1 of 2 exercises done** (0 ready, 1 failing, 0 todo)" in report
    assert f"| {done.exercise.id} | " in report and " | done | " in report
    assert f"### {failing.exercise.id} {failing.exercise.title}: failing" in report
    assert "- `app/tests/test_b.py::test_breaks`: `assert 1 == 2`" in report
    assert f"### {done.exercise.id}" not in report


@pytest.mark.parametrize(
    "path, watched",
    [
        ("app/views.py", True),
        ("app/templates/app/page.html", True),
        ("exercises.toml", True),
        ("db.sqlite3", False),
        ("app/__pycache__/views.cpython-312.pyc", False),
        (".venv/lib/site.py", False),
        ("venv/lib/site.py", False),
        ("staticfiles/css/site.css", False),
        ("app/.#views.py", False),
        (".ruff_cache/0.17.6/cache.py", False),
    ],
)
def test_watch_mode_reacts_to_the_learners_files_only(path, watched):
    """Caches, databases and virtualenvs change while tests run; reacting would loop."""
    assert is_learner_file(None, str(PROJECT_DIR / path)) is watched
