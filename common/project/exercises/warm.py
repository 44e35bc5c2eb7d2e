"""Checking an exercise again in a moment: a warm process that forks each test run.

The watch mode imports pytest, Django and Django REST framework once, with the test
settings, and never sets Django up itself. Each check forks a child that does: the
child imports the project's own code fresh from disk, runs only the watched
exercise's tests and writes their report. So a check after a save costs about as
much as ``manage.py check``, and never sees code older than the file just saved.
Where there is no fork (Windows), each check is a new pytest process.
"""

import contextlib
import gc
import importlib
import os
import tempfile
import traceback
from pathlib import Path

from exercises import record
from exercises.catalog import PROJECT_DIR
from exercises.progress import pytest_arguments, read_report, run_pytest

TEST_SETTINGS = "config.test_settings"
# Libraries every test run imports: loaded once in the warm process.
PRELOADED = (
    "pytest",
    "pytest_django.plugin",
    "django.test",
    "django.test.client",
    "django.db.models",
    "django.forms",
    "django.template.loader",
    "django.urls",
    "django.contrib.auth.hashers",
    "rest_framework.views",
    "rest_framework.response",
    "rest_framework.parsers",
    "rest_framework.test",
)
# Saving one of these changes what the warm process loaded: it starts again.
RESTART_ON = ("config/", ".env", "conftest.py", "pyproject.toml")


def needs_restart(paths):
    """True when a saved file is one the warm process has already read."""
    relatives = (record.relative_to_project(path) for path in paths)
    return any(relative.startswith(RESTART_ON) for relative in relatives if relative)


class WarmRunner:
    """Runs exercise tests in a fresh child of a process that has the libraries loaded."""

    def __init__(self):
        self.forks = hasattr(os, "fork")
        if self.forks:
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", TEST_SETTINGS)
            from django.conf import settings

            settings.INSTALLED_APPS  # noqa: B018 - reads the settings (and .env) now
            for module in PRELOADED:
                importlib.import_module(module)
            # Loaded for good: the garbage collector of each forked check (pytest runs
            # it as a session ends) need not walk all of it again.
            gc.freeze()

    def __call__(self, exercise_ids, quiet=True):
        """Run the tests of ``exercise_ids``; returns the results by exercise and the errors."""
        with tempfile.TemporaryDirectory() as folder:
            report = Path(folder) / "report.json"
            arguments = pytest_arguments(exercise_ids, report, quiet=True)
            if self.forks:
                output = self._fork(arguments, Path(folder) / "output.txt")
            else:
                output = run_pytest(arguments, quiet=True)
            return read_report(report, output)

    def _fork(self, arguments, output):
        """Run pytest in a forked child; returns what it printed."""
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child, which never returns
            code = 1
            try:
                os.chdir(PROJECT_DIR)
                with (
                    open(output, "w", encoding="utf-8") as printed,
                    contextlib.redirect_stdout(printed),
                    contextlib.redirect_stderr(printed),
                ):
                    code = self._pytest(arguments)
            finally:
                os._exit(code)
        os.waitpid(child, 0)
        return output.read_text(encoding="utf-8") if output.exists() else ""

    @staticmethod
    def _pytest(arguments):
        import pytest

        try:
            return int(pytest.main(arguments))
        except Exception:  # Django could not start: the traceback says why
            traceback.print_exc()
            return 1
