"""Mentors and classrooms: honest points, a cohort at a glance, a review, and template fixes
that reach a learner's project without touching their work."""

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPOSITORY, TEMPLATES, project_environment, run, run_command
from tests.test_tools import command_output, output_of

CLASSROOM = ".github/workflows/classroom.yml"
# Two exercises of todo-fbv whose files no other exercise shares: a learner who did them.
DONE_BY_THE_PARTIAL_LEARNER = ("admin", "completion-signal")
FIXED_HINT = "(A sentence the maintainers added.)"
FIXED_TEST = '''

def test_the_home_page_is_the_root():
    """A test the maintainers added after the project was generated."""
    assert reverse("home") == "/"
'''


def manifest(project):
    with open(project / "exercises.toml", "rb") as file:
        return tomllib.load(file)["exercises"]


def grading_steps(project):
    workflow = yaml.safe_load((project / CLASSROOM).read_text(encoding="utf-8"))
    steps = workflow["jobs"]["run-autograding-tests"]["steps"]
    return [step for step in steps if "autograding-command-grader" in step.get("uses", "")]


def progress_of(project):
    return json.loads(output_of(run(project, "manage.py", "exercises", "--format", "json")))


def do_exercises(learner, solution, slugs):
    """Do the exercises ``slugs`` in ``learner`` as the solution does them, and commit."""
    entries = {entry["slug"]: entry for entry in manifest(learner)}
    for slug in slugs:
        for name in entries[slug]["files"]:
            shutil.copyfile(solution / name, learner / name)
    command_output(learner, "git", "add", "--all")
    command_output(
        learner,
        "git",
        "-c",
        "user.name=Learner",
        "-c",
        "user.email=l@example.com",
        "commit",
        "-qm",
        "Did two",
    )


@pytest.fixture(scope="module")
def cohort(bake):
    """todo-fbv three times: untouched, with two exercises done, and the reference solution."""
    skeleton = bake("todo-fbv", project_slug="cohort_untouched")
    partial = bake("todo-fbv", project_slug="cohort_partial")
    solution = bake("todo-fbv", solutions=True, project_slug="cohort_reference")
    if not (partial / ".cohort-done").exists():
        do_exercises(partial, solution, DONE_BY_THE_PARTIAL_LEARNER)
        (partial / ".cohort-done").write_text("")
    return {"untouched": skeleton, "partial": partial, "reference": solution}


@pytest.mark.parametrize("template", TEMPLATES)
def test_classroom_workflow_grades_every_exercise_by_its_points(bake, template):
    """One graded step per exercise, in order, worth its manifest's points, graded by --grade."""
    project = bake(template)
    steps = grading_steps(project)
    entries = manifest(project)
    assert [step["with"]["command"] for step in steps] == [
        f"python manage.py exercises {entry['id']} --grade" for entry in entries
    ]
    assert [step["with"]["max-score"] for step in steps] == [entry.get("points", 10) for entry in entries]
    workflow = (project / CLASSROOM).read_text(encoding="utf-8")
    assert "autograding-python-grader" not in workflow


@pytest.mark.parametrize("stage", ["untouched", "partial", "reference"])
def test_classroom_points_are_the_done_exercises_points(cohort, stage):
    """Run every grading step as Classroom would: only done exercises score, as --format json says."""
    project = cohort[stage]
    earned = 0
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    for step in grading_steps(project):
        completed = run_command(project, "bash", "-c", step["with"]["command"], PATH=path)
        assert completed.returncode in (0, 1), completed.stdout + completed.stderr
        earned += step["with"]["max-score"] if completed.returncode == 0 else 0
    summary = progress_of(project)["summary"]
    assert earned == summary["points"]
    expected = {"untouched": 0, "reference": summary["max_points"]}
    if stage in expected:
        assert earned == expected[stage]
    else:
        assert summary["done"] == len(DONE_BY_THE_PARTIAL_LEARNER) and 0 < earned < summary["max_points"]


def test_a_pending_exercise_scores_nothing_even_with_passing_tests(bake):
    """An exercise whose tests pass but whose TODO marker is left is `ready`: 0 points."""
    project = bake("todo-fbv", solutions=True, project_slug="ready_grading")
    first = manifest(project)[0]["id"]
    (project / "probe.py").write_text(f"# TODO({first}): left behind\n", encoding="utf-8")
    completed = run(project, "manage.py", "exercises", first, "--grade")
    assert completed.returncode == 1
    assert "ready, 0/" in completed.stdout


def test_cohort_view_from_progress_files(cohort, tmp_path):
    """Three learners' progress files make one table and a page that needs no server."""
    for name in ("untouched", "partial", "reference"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "progress.json").write_text(json.dumps(progress_of(cohort[name])), encoding="utf-8")
    (tmp_path / "silent").mkdir()
    page = tmp_path / "cohort.html"
    completed = run(
        cohort["reference"],
        "manage.py",
        "exercises",
        "--cohort",
        *(str(tmp_path / name) for name in ("untouched", "partial", "reference", "silent")),
        "--html",
        str(page),
    )
    table = output_of(completed)
    rows = {line.split(" | ")[0].strip("| "): line for line in table.splitlines() if line.startswith("| ")}
    total = len(manifest(cohort["reference"]))
    assert f"| 0/{total} |" in rows["untouched"]
    assert f"| 2/{total} |" in rows["partial"]
    assert f"| {total}/{total} |" in rows["reference"]
    assert "no progress file" in rows["silent"]
    assert "Running" not in table
    html = page.read_text(encoding="utf-8")
    assert "<table>" in html and 'class="done"' in html
    assert not re.search(r"<script|<link|src=|https?://", html)


def test_cohort_runs_a_learners_code_only_when_asked_and_says_so(cohort, tmp_path):
    completed = run(
        cohort["reference"], "manage.py", "exercises", "--cohort", str(cohort["partial"]), "--run"
    )
    output = output_of(completed)
    assert f"Running {cohort['partial'].name}'s code on this machine" in output
    assert "| 2/" in output


def test_review_from_the_reference_project(cohort):
    """Statuses, the diff since the skeleton, hints asked for, and the notes, per exercise."""
    learner = cohort["partial"]
    output_of(run(learner, "manage.py", "exercises", "--hint", "E01"))
    url = f"file://{learner.as_posix()}"
    without = output_of(run(cohort["reference"], "manage.py", "exercises", "--review", str(learner)))
    assert "statuses not shown" in without
    review = output_of(run(cohort["reference"], "manage.py", "exercises", "--review", str(learner), "--run"))
    assert "Running the learner's code on this machine" in review
    entries = {entry["slug"]: entry for entry in manifest(cohort["reference"])}
    admin = entries["admin"]
    assert f"## {admin['id']} {admin['title']}: done" in review
    assert "1 file changed" in review
    assert "Hint: asked for 1 time(s)" in review
    assert f"> {admin['review'].strip().splitlines()[0]}" in review
    assert output_of(run(cohort["reference"], "manage.py", "exercises", "--review", url)).startswith(
        "# Review"
    )


def test_review_needs_the_reference_project(cohort):
    completed = run(cohort["untouched"], "manage.py", "exercises", "--review", str(cohort["partial"]))
    assert completed.returncode == 2
    assert "reference project" in completed.stderr


def test_hints_asked_for_are_recorded_for_the_mentor(bake):
    project = bake("todo-fbv", project_slug="hinted_practice")
    output_of(run(project, "manage.py", "exercises", "--hint", "E02"))
    output_of(run(project, "manage.py", "exercises", "--hint", "E02"))
    hints = json.loads((project / ".exercises" / "hints.json").read_text(encoding="utf-8"))
    slug = manifest(project)[1]["slug"]
    assert len(hints[slug]["asked"]) == 2
    exercise = next(item for item in progress_of(project)["exercises"] if item["id"] == "E02")
    assert exercise["hints_used"] == 2


def git(folder, *arguments):
    return command_output(
        folder, "git", "-c", "user.name=Maintainer", "-c", "user.email=m@example.com", *arguments
    )


def generate(template_repo, output, *answers):
    """Generate todo-fbv from the template repository at ``template_repo``, as a learner does."""
    command = [sys.executable, "-m", "cookiecutter", "--no-input", "-o", str(output)]
    command += [str(template_repo / "templates" / "todo-fbv"), *answers]
    completed = subprocess.run(command, env=project_environment(), capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr


def test_a_template_fix_reaches_a_project_with_work_in_it(tmp_path):
    """A fixed test and hint arrive with `cruft update`; the learner's two exercises stay as they were."""
    template_repo = tmp_path / "template"
    shutil.copytree(
        REPOSITORY,
        template_repo,
        ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache"),
    )
    git(template_repo, "init", "-q")
    git(template_repo, "add", "--all")
    git(template_repo, "commit", "-qm", "The template as it is")
    generate(template_repo, tmp_path)
    project = tmp_path / "my_to_do_app"
    state = json.loads((project / ".cruft.json").read_text(encoding="utf-8"))
    assert state["directory"] == "templates/todo-fbv"
    assert {"tasks/views.py", ".env", ".git"} <= set(state["skip"])
    generate(template_repo, tmp_path / "ref", "include_solutions=yes")
    do_exercises(project, tmp_path / "ref" / "my_to_do_app", DONE_BY_THE_PARTIAL_LEARNER)
    worked = {
        name: (project / name).read_text(encoding="utf-8") for name in ("tasks/admin.py", "tasks/signals.py")
    }
    env_file = (project / ".env").read_text(encoding="utf-8")

    source = template_repo / "templates" / "todo-fbv" / "{{cookiecutter.__project_dir}}"
    manifest_file = source / "exercises.toml"
    text = manifest_file.read_text(encoding="utf-8")
    manifest_file.write_text(text.replace('hint = """\n', f'hint = """\n{FIXED_HINT} ', 1), encoding="utf-8")
    with open(source / "tasks" / "tests" / "test_pages.py", "a", encoding="utf-8") as test_file:
        test_file.write(FIXED_TEST)
    git(template_repo, "commit", "-qam", "Fix a hint and a test")

    updated = run_command(project, sys.executable, "-m", "cruft", "update", "--skip-apply-ask")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert FIXED_HINT in (project / "exercises.toml").read_text(encoding="utf-8")
    assert FIXED_TEST in (project / "tasks" / "tests" / "test_pages.py").read_text(encoding="utf-8")
    assert {name: (project / name).read_text(encoding="utf-8") for name in worked} == worked
    assert (project / ".env").read_text(encoding="utf-8") == env_file
    assert not list(project.rglob("*.rej"))
    assert command_output(project, "git", "tag", "--list").split() == ["skeleton"]
    statuses = {item["slug"]: item["status"] for item in progress_of(project)["exercises"]}
    assert [statuses[slug] for slug in DONE_BY_THE_PARTIAL_LEARNER] == ["done", "done"]
