"""The learner's and the mentor's tools, in a project baked from every template.

The watch mode, the seed command, the markdown report, the CI workflow and the git
baseline each run here as a learner or a mentor would run them. Tests that change
their project bake one of their own (a ``project_slug`` of their own), so the
projects shared through ``bake`` stay as generated.
"""

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.conftest import TEMPLATES_DIR, project_environment, run, run_command

WORKFLOW = Path(".github/workflows/ci.yml")
SKELETON_TAG = "skeleton"
MARKED_SUFFIXES = {".py", ".html", ".txt", ".css", ".js"}
COUNT_ROWS = """
import json
import django
django.setup()
from django.apps import apps
from django.contrib.auth import get_user_model
print(json.dumps({
    "users": get_user_model().objects.count(),
    "rows": {model._meta.label: model._default_manager.count() for model in apps.get_models()},
}))
"""


def output_of(completed):
    """The standard output of a command that must have succeeded."""
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def command_output(project, *command, **environment):
    """Run a command that is not Python (git, a shell line) in ``project``."""
    return output_of(run_command(project, *command, **environment))


def manifest(project):
    with open(project / "exercises.toml", "rb") as file:
        return tomllib.load(file)["exercises"]


def finish_markers(project, exercise_id):
    """Take away ``exercise_id``'s TODO markers as a learner does, leaving the code as it is."""
    marker = f"TODO({exercise_id})"
    for path in project.rglob("*"):
        if path.suffix in MARKED_SUFFIXES and ".git" not in path.parts:
            text = path.read_text(encoding="utf-8")
            if marker in text:
                path.write_text(text.replace(marker, f"DONE({exercise_id})"), encoding="utf-8")


class Output:
    """What a running process prints, read on a thread so that a test can wait for a line."""

    def __init__(self, process):
        self.text = ""
        self.reader = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self.reader.start()

    def _read(self, stream):
        for line in stream:
            self.text += line

    def wait_for(self, text, timeout=180, meanwhile=None):
        """Wait until ``text`` is printed, calling ``meanwhile`` every few seconds."""
        deadline = time.monotonic() + timeout
        while text not in self.text:
            assert time.monotonic() < deadline, f"{text!r} was never printed. Output:\n{self.text}"
            if meanwhile:
                meanwhile()
            time.sleep(3 if meanwhile else 0.2)


def start_watch(project, *arguments, **options):
    """`manage.py exercises --watch` started in ``project``; its output read as it comes."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "exercises", "--watch", *arguments],
        cwd=project,
        env=project_environment(PYTHONUNBUFFERED="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **options,
    )
    return process, Output(process)


@contextlib.contextmanager
def watching(project, *arguments, **options):
    """The watch mode, running while the block runs; at its end, Ctrl-C must stop it with 0."""
    process, output = start_watch(project, *arguments, **options)
    try:
        yield output
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
        process.wait()
        output.reader.join(timeout=10)


def save_probe(project, *exercise_ids):
    """Save ``probe.py`` anew, with a TODO marker for each of ``exercise_ids``."""
    markers = "".join(f"# TODO({exercise_id}): added by the test\n" for exercise_id in exercise_ids)
    (project / "probe.py").write_text(f"{markers}# saved at {time.time()}\n")


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT, as Ctrl-C does in a terminal")
def test_watch_reruns_on_save_moves_on_and_stops_on_ctrl_c(bake, template):
    """Saving a file re-checks the current exercise; once it is done the next is up; Ctrl-C exits 0.

    The solution's first two exercises, each with a TODO marker added, are "ready";
    saving the file without the first marker makes the first one done.
    """
    project = bake(template, solutions=True, project_slug="watch_practice")
    first, second = (entry["id"] for entry in manifest(project)[:2])
    save_probe(project, first, second)
    with watching(project) as output:
        output.wait_for(f"{first} is ready")
        output.wait_for("Watching for saved files")
        # Saved again until seen: the watcher starts a moment after it says so.
        output.wait_for(f"{first} is done", meanwhile=lambda: save_probe(project, second))
        output.wait_for(f"{second} is ready")
    assert "Stopped watching" in output.text
    assert "Traceback" not in output.text


def test_seed_creates_demo_data_and_is_idempotent(bake, template):
    """A second seed leaves exactly the rows of the first: users and the template's own objects."""
    project = bake(template, project_slug="seed_practice")
    apps = json.loads((TEMPLATES_DIR / template / "cookiecutter.json").read_text(encoding="utf-8"))["_apps"]
    output_of(run(project, "manage.py", "migrate", "--verbosity", "0"))
    seeded = output_of(run(project, "manage.py", "seed"))
    counts = json.loads(output_of(run(project, "-c", COUNT_ROWS, DJANGO_SETTINGS_MODULE="config.settings")))
    output_of(run(project, "manage.py", "seed"))
    again = json.loads(output_of(run(project, "-c", COUNT_ROWS, DJANGO_SETTINGS_MODULE="config.settings")))

    assert again == counts
    assert counts["users"] >= 2
    domain_rows = sum(count for label, count in counts["rows"].items() if label.split(".")[0] in apps)
    assert domain_rows > counts["users"], counts
    assert "password" in seeded.lower()


def test_markdown_report_matches_json_statuses(bake, template):
    """The mentor's report gives every exercise the status JSON gives, and says why one fails."""
    project = bake(template, project_slug="report_practice")
    entries = manifest(project)
    finish_markers(project, entries[0]["id"])
    report = json.loads(output_of(run(project, "manage.py", "exercises", "--format", "json")))
    markdown = output_of(run(project, "manage.py", "exercises", "--format", "markdown"))

    statuses = {item["id"]: item["status"] for item in report["exercises"]}
    table = dict(re.findall(r"^\| (E\d+) \| .*? \| (todo|ready|failing|done) \| ", markdown, re.MULTILINE))
    assert table == statuses
    assert statuses[entries[0]["id"]] == "failing"
    assert f"**{report['summary']['done']} of {report['summary']['total']} exercises done**" in markdown
    failing = [item for item in report["exercises"] if item["status"] == "failing"]
    assert all(failure["test"] in markdown for item in failing for failure in item["failures"])


def console_commands(readme):
    """The commands in the README's console blocks, without their comments."""
    blocks = re.findall(r"```console\n(.*?)```", readme, re.DOTALL)
    lines = (line.split(" #")[0].strip() for block in blocks for line in block.splitlines())
    return {line for line in lines if line}


def test_workflow_is_valid_yaml_and_runs_the_readme_commands(learner_project):
    """CI installs, lints, tests and reports with exactly the commands the README gives."""
    workflow = yaml.safe_load((learner_project / WORKFLOW).read_text(encoding="utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    commands = [
        re.split(r" >>? ", line)[0].strip()
        for step in steps
        if "run" in step
        for line in step["run"].splitlines()
        if line.strip()
    ]

    assert {
        "python -m pip install -r requirements-dev.txt",
        "ruff check .",
        "ruff format --check .",
        "pytest",
        "python manage.py exercises --format markdown",
        "python manage.py exercises --format json",
    } <= set(commands)
    assert set(commands) <= console_commands((learner_project / "README.md").read_text(encoding="utf-8"))
    assert any("$GITHUB_STEP_SUMMARY" in step.get("run", "") for step in steps)


def test_workflow_steps_pass_with_the_workflow_settings_alone(bake, template, tmp_path, postgres_url):
    """Run as CI runs them: no .env, only the workflow's env, on PostgreSQL as its service."""
    project = bake(template, project_slug="ci_practice")
    (project / ".env").unlink()
    workflow = yaml.safe_load((project / WORKFLOW).read_text(encoding="utf-8"))
    summary = tmp_path / "step-summary.md"
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    for step in workflow["jobs"]["check"]["steps"]:
        if "run" in step and "pip install" not in step["run"]:
            command_output(
                project,
                "bash",
                "-c",
                step["run"],
                **{**workflow["jobs"]["check"]["env"], "DATABASE_URL": postgres_url},
                GITHUB_STEP_SUMMARY=str(summary),
                PATH=path,
            )
    assert summary.read_text(encoding="utf-8").startswith("# Exercise progress")
    progress = json.loads((project / "progress.json").read_text(encoding="utf-8"))
    assert (progress["format"], progress["version"]) == ("django-practice-progress", 1)
    assert progress["repository"]["skeleton_commit"]


def test_readme_shows_what_the_exercises_command_prints(learner_project):
    """The README's sample is what a newcomer's own terminal shows on a fresh project."""
    readme = (learner_project / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"```text\n(.*?)```", readme, re.DOTALL).group(1)
    printed = output_of(run(learner_project, "manage.py", "exercises")).splitlines()
    sample_lines = [line for line in sample.splitlines() if line and line != "..."]
    assert len(sample_lines) > 3
    assert [line for line in sample_lines if line not in printed] == []


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_baseline_is_the_tagged_skeleton(bake, template):
    """A fresh project is one tagged commit with nothing left out but .env; the diff is the work."""
    project = bake(template, project_slug="git_practice")

    assert command_output(project, "git", "rev-list", "--count", "HEAD").strip() == "1"
    assert command_output(project, "git", "tag", "--list").split() == [SKELETON_TAG]
    assert command_output(project, "git", "diff", SKELETON_TAG) == ""
    assert command_output(project, "git", "status", "--porcelain") == ""
    assert command_output(project, "git", "ls-files", ".env") == ""
    assert (project / ".env").exists()

    with open(project / "exercises.toml", "a", encoding="utf-8") as manifest_file:
        manifest_file.write("# the learner's change\n")
    assert "+# the learner's change" in command_output(project, "git", "diff", SKELETON_TAG)


def test_git_init_off_leaves_no_repository(bake, template):
    project = bake(template, git_init=False)
    assert not (project / ".git").exists()


def test_without_git_the_project_is_made_and_says_why_it_has_no_repository(
    bake, template, monkeypatch, capfd, tmp_path
):
    monkeypatch.setenv("PATH", str(tmp_path))
    project = bake(template, project_slug="no_git_practice")
    assert not (project / ".git").exists()
    assert "git is not installed" in capfd.readouterr().out
