"""Fixtures for baking every practice-project template with pytest-cookies."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.postgres import PostgresMissing, start_server

REPOSITORY = Path(__file__).resolve().parents[1]
TEMPLATES_DIR = REPOSITORY / "templates"
TEMPLATES = sorted(path.name for path in TEMPLATES_DIR.iterdir() if (path / "cookiecutter.json").exists())
VARIANTS = ["learner", "solution"]
DATABASES = ["sqlite", "postgresql"]

# pytest-cookies renders a template's questions before calling cookiecutter, outside the
# import path cookiecutter gives local Jinja extensions; every template's shim is the same
# module, so one template folder on sys.path serves them all.
sys.path.append(str(TEMPLATES_DIR / "todo-fbv"))
# Variables a developer's shell may set that must not leak into a baked project's commands.
LEAKY_VARIABLES = ("DJANGO_", "DATABASE_URL", "CACHE_URL", "EXERCISES_", "PYTEST_")
# pytest plugins of this repository's own environment that a learner's has not: loading
# them (hypothesis above all) would triple the cost of every test run of a baked project.
FOREIGN_PLUGINS = ["cookies", "xdist", "xdist.looponfail", "anyio", "schemathesis", "hypothesispytest"]
LEARNER_PYTEST = " ".join(f"-p no:{name}" for name in FOREIGN_PLUGINS)


def project_environment(**overrides):
    """The environment a baked project's commands run in: clean, as a learner's, plus ``overrides``."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith(LEAKY_VARIABLES)}
    environment["PYTEST_ADDOPTS"] = LEARNER_PYTEST
    environment.update(overrides)
    return environment


def run_command(project, *command, **overrides):
    """Run ``command`` in a baked project, in its clean environment; returns the process."""
    return subprocess.run(
        [str(part) for part in command],
        cwd=project,
        env=project_environment(**overrides),
        capture_output=True,
        text=True,
        timeout=600,
    )


def run(project, *arguments, python=sys.executable, **overrides):
    """Run ``python arguments...`` in a baked project and return the completed process."""
    return run_command(project, python, *arguments, **overrides)


def run_pytest(project, *arguments, report=None, **overrides):
    """Run the baked project's own pytest; with ``report``, the plugin writes outcomes there."""
    options = ["-m", "pytest", "-q", "-p", "no:cacheprovider"]
    if report is not None:
        options.append(f"--exercise-report={report}")
    return run(project, *options, *arguments, **overrides)


def read_report(path):
    """The exercise plugin's report: outcome of each exercise test, by node id."""
    tests = json.loads(Path(path).read_text(encoding="utf-8"))["tests"]
    return {test["nodeid"]: test for test in tests}


@pytest.fixture(scope="session")
def bake(cookies_session):
    """Bake a template once per session and set of answers; returns the project path."""
    baked = {}

    def bake(template, solutions=False, **answers):
        key = (template, solutions, tuple(sorted(answers.items())))
        if key not in baked:
            result = cookies_session.bake(
                template=str(TEMPLATES_DIR / template),
                extra_context={"include_solutions": solutions, **answers},
            )
            assert result.exception is None, result.exception
            assert result.exit_code == 0
            baked[key] = Path(result.project_path)
        return baked[key]

    return bake


@pytest.fixture(params=TEMPLATES)
def template(request):
    return request.param


@pytest.fixture(params=VARIANTS)
def variant(request):
    return request.param


@pytest.fixture
def project(bake, template, variant):
    """A baked project: every template, in the learner and the solution variants."""
    return bake(template, solutions=variant == "solution")


@pytest.fixture
def learner_project(bake, template):
    return bake(template)


@pytest.fixture
def solution_project(bake, template):
    return bake(template, solutions=True)


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for this test process (see tests/postgres.py); never skipped."""
    try:
        server = start_server()
    except PostgresMissing as error:
        pytest.fail(str(error), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server):
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    name = postgres_server.create_database()
    yield postgres_server.database_url(name)
    postgres_server.drop_database(name)


@pytest.fixture(params=DATABASES)
def database(request):
    """The settings that point a baked project at each database: SQLite, then PostgreSQL."""
    if request.param == "sqlite":
        return {}
    return {"DATABASE_URL": request.getfixturevalue("postgres_url")}
