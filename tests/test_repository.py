"""The repository as a newcomer meets it: one command to start, a README that tells the truth."""

import json
import re
import subprocess
import sys

import pytest

from tests.conftest import REPOSITORY, TEMPLATES, project_environment
from tests.skills import SKILLS, coverage, matrix_markdown

README = (REPOSITORY / "README.md").read_text(encoding="utf-8")
BRIEF = REPOSITORY.parent / "shared" / "BRIEF.md"
ROOT_CONTEXT = json.loads((REPOSITORY / "cookiecutter.json").read_text(encoding="utf-8"))


def cookiecutter(*arguments, cwd):
    """Run the cookiecutter command line as a learner would."""
    return subprocess.run(
        [sys.executable, "-m", "cookiecutter", "--no-input", *arguments],
        cwd=cwd,
        env=project_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_root_lists_every_template():
    """`cookiecutter .` offers exactly the templates in templates/."""
    paths = {entry["path"] for entry in ROOT_CONTEXT["templates"].values()}
    assert paths == {f"./templates/{name}" for name in TEMPLATES}


def test_root_without_input_generates_the_todo_project(tmp_path):
    """`cookiecutter . --no-input` starts the first practice project on SQLite."""
    completed = cookiecutter(str(REPOSITORY), "-o", str(tmp_path), cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    (project,) = tmp_path.iterdir()
    assert (project / "exercises.toml").exists()
    assert "tasks" in (project / "config" / "settings.py").read_text(encoding="utf-8")
    assert "DATABASE_URL" not in (project / ".env").read_text(encoding="utf-8")


def test_relative_template_path_finds_the_shared_hooks(tmp_path):
    """`cookiecutter templates/todo-fbv` from the repository works (hooks run elsewhere)."""
    completed = cookiecutter("templates/todo-fbv", "-o", str(tmp_path), cwd=REPOSITORY)
    assert completed.returncode == 0, completed.stderr
    (project,) = tmp_path.iterdir()
    assert (project / "exercises" / "catalog.py").exists()


def test_git_clone_works(tmp_path):
    """`cookiecutter <git url>` clones the repository and starts a project from it."""
    config = tmp_path / "config.yaml"
    config.write_text(f"cookiecutters_dir: {tmp_path / 'clones'}\nreplay_dir: {tmp_path / 'replay'}\n")
    output = tmp_path / "out"
    completed = cookiecutter(
        "--config-file", str(config), "-o", str(output), f"git+file://{REPOSITORY.as_posix()}", cwd=tmp_path
    )
    assert completed.returncode == 0, completed.stderr
    assert len(list(output.iterdir())) == 1


def test_every_template_has_a_readme_row():
    """The templates table names every template."""
    for name in TEMPLATES:
        assert f"`templates/{name}/`" in README


def test_skills_matrix_is_up_to_date():
    """The README's skills matrix is the one the manifests give (python -m tests.skills)."""
    section = re.search(r"<!-- skills-matrix -->\n(.*?)<!-- /skills-matrix -->", README, re.DOTALL)
    assert section, "README.md lost its <!-- skills-matrix --> section"
    assert section.group(1).strip() == matrix_markdown().strip()


def test_ci_runs_the_readme_test_command():
    """.ci/run runs exactly the command the README gives for the tests."""
    command = re.search(r"<!-- test-command -->\n```console\n(.+?)\n```", README, re.DOTALL)
    assert command, "README.md lost its <!-- test-command --> block"
    ci = (REPOSITORY / ".ci" / "run").read_text(encoding="utf-8")
    assert command.group(1).strip() in ci


def test_repository_code_is_ruff_clean():
    """The hooks, the template shims and these tests pass ruff too."""
    for command in (["check"], ["format", "--check"]):
        completed = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--no-cache", "."],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
        )
        assert completed.returncode == 0, completed.stdout + completed.stderr


def test_every_skill_of_the_brief_has_an_exercise():
    """Across the templates, every skill of the roadmap is trained by at least one exercise."""
    untrained = [skill for skill, by_template in coverage().items() if not by_template]
    assert untrained == []


@pytest.mark.skipif(not BRIEF.exists(), reason="the product brief (../shared) is not beside this clone")
def test_skill_ids_are_the_briefs():
    """The skills the matrix and the manifests use are exactly the product brief's."""
    brief_skills = re.findall(r"^\| `([a-z-]+)` \|", BRIEF.read_text(encoding="utf-8"), re.MULTILINE)
    assert brief_skills == SKILLS


def test_each_template_has_a_name_of_its_own(tmp_path):
    """Generating the templates one after the other, with their defaults, into one folder works."""
    for name in TEMPLATES:
        completed = cookiecutter(str(REPOSITORY / "templates" / name), "-o", str(tmp_path), cwd=tmp_path)
        assert completed.returncode == 0, completed.stderr
    assert len(list(tmp_path.iterdir())) == len(TEMPLATES)
