"""Every template bakes, in both variants, into a clean project that keeps the exercise contract."""

import json
import re
import secrets

import pytest

from tests.conftest import read_report, run, run_pytest

LEFTOVER_TEMPLATE_SYNTAX = re.compile(r"\{\{\s*cookiecutter|\{%-?\s*\w+[^%]*cookiecutter")
REGION_MARKER = re.compile(r"BEGIN SOLUTION|END SOLUTION|^\s*(#|\{#|/\*|<!--)\s*STUB\b", re.MULTILINE)
PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "example.com",
}


def text_files(project):
    for path in sorted(project.rglob("*")):
        if path.is_file() and ".git" not in path.parts and "__pycache__" not in path.parts:
            try:
                yield path, path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue


def succeeded(completed):
    return completed.returncode == 0, completed.stdout + completed.stderr


def test_no_template_syntax_or_region_markers_left(project):
    """Nothing half-rendered: no Jinja meant for cookiecutter, no .jinja file, no solution marker."""
    leftovers = [
        str(path.relative_to(project))
        for path, text in text_files(project)
        if path.suffix == ".jinja" or LEFTOVER_TEMPLATE_SYNTAX.search(text) or REGION_MARKER.search(text)
    ]
    assert leftovers == []


def test_ruff_is_clean(project):
    """Generated code passes the project's own linter and formatter settings."""
    ok, output = succeeded(run(project, "-m", "ruff", "check", "--no-cache", "."))
    assert ok, output
    ok, output = succeeded(run(project, "-m", "ruff", "format", "--check", "--no-cache", "."))
    assert ok, output


def test_django_checks_are_clean(project):
    """`check` finds nothing and the migrations match the models."""
    ok, output = succeeded(run(project, "manage.py", "check", "--fail-level", "WARNING"))
    assert ok, output
    ok, output = succeeded(run(project, "manage.py", "makemigrations", "--check", "--dry-run"))
    assert ok, output


def test_deploy_check_is_clean_in_production(project):
    """With DEBUG off and the three production variables set, `check --deploy` is clean."""
    completed = run(project, "manage.py", "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    ok, output = succeeded(completed)
    assert ok, output


def skipped_for_postgresql(test, database):
    """A test that only PostgreSQL can show, skipped (saying so) on SQLite."""
    return not database and test["outcome"] == "skipped" and "needs PostgreSQL" in test["message"]


def test_skeleton_is_green_with_every_exercise_test_pending(learner_project, database, tmp_path):
    """Plain `pytest` on the learner's project passes, every exercise test an expected failure."""
    report = tmp_path / "report.json"
    completed = run_pytest(learner_project, report=report, **database)
    ok, output = succeeded(completed)
    assert ok, output
    tests = read_report(report).values()
    others = [test for test in tests if not skipped_for_postgresql(test, database)]
    assert {test["outcome"] for test in others} == {"xfailed"}, output
    assert "passed" in output


def test_forcing_exercises_fails_every_exercise_test(learner_project, database, tmp_path):
    """With --exercises=all, no exercise test passes without the learner's work."""
    report = tmp_path / "report.json"
    run_pytest(learner_project, "-m", "exercise", "--exercises=all", report=report, **database)
    passing = [
        nodeid
        for nodeid, test in read_report(report).items()
        if test["outcome"] != "failed" and not skipped_for_postgresql(test, database)
    ]
    assert read_report(report)
    assert passing == []


def test_solution_passes_every_test_with_none_pending(solution_project, database, tmp_path):
    """The reference solution passes every test, exercise tests included, none expected to fail."""
    report = tmp_path / "report.json"
    completed = run_pytest(solution_project, report=report, **database)
    ok, output = succeeded(completed)
    assert ok, output
    assert "xfail" not in output
    tests = read_report(report).values()
    assert {test["outcome"] for test in tests if not skipped_for_postgresql(test, database)} == {"passed"}


def exercise_statuses(project):
    completed = run(project, "manage.py", "exercises", "--format", "json")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    data = json.loads(completed.stdout)
    return {exercise["id"]: exercise["status"] for exercise in data["exercises"]}, data


def test_exercises_command_reports_every_solution_done(solution_project):
    """On the reference solution `manage.py exercises` says every exercise is done."""
    statuses, data = exercise_statuses(solution_project)
    assert set(statuses.values()) == {"done"}
    assert data["next"] is None


def test_exercises_command_reports_every_skeleton_exercise_todo(learner_project):
    """On the skeleton every exercise is still to do, and the first one is next."""
    statuses, data = exercise_statuses(learner_project)
    assert set(statuses.values()) == {"todo"}
    assert data["next"] == next(iter(statuses))


@pytest.mark.parametrize("command", [["exercises"], ["exercises", "--hint", "E01"]])
def test_exercises_command_prints_for_people(learner_project, command):
    """The text views work: the list with its progress bar, and a hint."""
    completed = run(learner_project, "manage.py", *command)
    assert completed.returncode == 0, completed.stderr
    assert "E01" in completed.stdout


def test_passing_exercise_with_a_marker_left_is_ready(bake, template):
    """Tests pass but a TODO marker is left: pytest and `manage.py exercises` both say "ready"."""
    project = bake(template, solutions=True, project_slug="ready_practice")
    (project / "probe.py").write_text("# TODO(E01): left behind on purpose\n", encoding="utf-8")
    completed = run_pytest(project, "-m", "exercise")
    assert completed.returncode == 0, completed.stdout
    assert "remove the TODO(E01) markers to finish it" in completed.stdout
    statuses, _ = exercise_statuses(project)
    assert statuses.pop("E01") == "ready"
    assert set(statuses.values()) == {"done"}
