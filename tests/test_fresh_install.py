"""A newcomer's first steps work in a fresh virtual environment, for every template."""

import subprocess
import sys
import venv

from tests.conftest import run


def test_fresh_virtualenv_installs_and_passes(learner_project, tmp_path):
    """`pip install -r requirements-dev.txt`, `migrate`, then `pytest`: as the README says."""
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-r", "requirements-dev.txt"],
        cwd=learner_project,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr
    migrate = run(learner_project, "manage.py", "migrate", "--noinput", python=python)
    assert migrate.returncode == 0, migrate.stderr
    tests = run(learner_project, "-m", "pytest", "-q", "-p", "no:cacheprovider", python=python)
    assert tests.returncode == 0, tests.stdout + tests.stderr
