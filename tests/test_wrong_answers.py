"""Done means right: every plausible wrong answer beside a solution fails that exercise's tests.

Each wrong answer (``templates/<template>/wrong_answers/<slug>.toml``, see
``tests/wrong_answers.py``) is applied to a copy of the generated solution, and the
exercise's own tests run on it, for real. A wrong answer that passes them all is a
hole in those tests: the failure names it.
"""

import importlib.util
import json
import shutil
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import TEMPLATES, TEMPLATES_DIR, project_environment, read_report, run_pytest
from tests.skills import exercises
from tests.wrong_answers import FOLDER, wrong_answers

MINIMUM_PER_EXERCISE = 3
ANSWERS = [
    answer
    for template in TEMPLATES
    for answers in wrong_answers(TEMPLATES_DIR / template).values()
    for answer in answers
]
# Python that cannot run proves nothing by failing: undefined names and syntax errors.
RUNNABLE = ["--select", "F821,F822,F823,E9", "--no-cache", "--quiet"]


def answer_id(answer):
    return f"{answer.template}/{answer.slug}/{answer.name}"


def numbers(project):
    """``{slug: id}`` of a generated project, from its manifest."""
    with open(project / "exercises.toml", "rb") as manifest:
        return {entry["slug"]: entry["id"] for entry in tomllib.load(manifest)["exercises"]}


def copy_of(project, destination):
    shutil.copytree(project, destination, ignore=shutil.ignore_patterns(".git", "__pycache__"))
    return destination


@pytest.fixture(scope="session")
def zygote(bake):
    """The generated projects' own warm process (exercises/zygote.py), forking every run."""
    path = bake(TEMPLATES[0], solutions=True) / "exercises" / "zygote.py"
    spec = importlib.util.spec_from_file_location("generated_zygote", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    runner = module.Zygote()
    yield runner
    runner.close()


@pytest.fixture(scope="session")
def test_files(bake):
    """``files(template)``: each exercise's test files in the solution, from one collection."""
    found = {}

    def files(template):
        if template not in found:
            solution = bake(template, solutions=True)
            completed = run_pytest(solution, "--collect-only")
            assert completed.returncode == 0, completed.stdout + completed.stderr
            recorded = json.loads((solution / ".exercises" / "results.json").read_text(encoding="utf-8"))
            found[template] = {
                exercise_id: sorted({nodeid.partition("::")[0] for nodeid in listed["tests"]})
                for exercise_id, listed in recorded["exercises"].items()
            }
        return found[template]

    return files


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_exercise_has_wrong_answers(template):
    """Each exercise has at least three wrong answers, in a file named for its slug."""
    slugs = [entry["slug"] for entry in exercises(template)]
    declared = {slug: len(answers) for slug, answers in wrong_answers(TEMPLATES_DIR / template).items()}
    assert sorted(set(declared) - set(slugs)) == [], f"{FOLDER}/ files for no exercise of {template}"
    too_few = {slug: declared.get(slug, 0) for slug in slugs if declared.get(slug, 0) < MINIMUM_PER_EXERCISE}
    assert too_few == {}, f"exercises of {template} with fewer than {MINIMUM_PER_EXERCISE} wrong answers"


@pytest.mark.parametrize("template", TEMPLATES)
def test_wrong_answers_fit_the_solution(bake, template, tmp_path):
    """Every edit finds its text once in today's solution, and leaves code that can run."""
    solution = bake(template, solutions=True)
    for answers in wrong_answers(TEMPLATES_DIR / template).values():
        for answer in answers:
            project = copy_of(solution, tmp_path / answer.slug / str(len(list(tmp_path.rglob("*")))))
            answer.apply(project, numbers(solution))
            edited = sorted({edit.file for edit in answer.edits if edit.file.endswith(".py")})
            if edited:
                completed = subprocess.run(
                    [sys.executable, "-m", "ruff", "check", *RUNNABLE, *edited],
                    cwd=project,
                    capture_output=True,
                    text=True,
                )
                assert completed.returncode == 0, f"{answer}: {completed.stdout}{completed.stderr}"
            shutil.rmtree(project)


@pytest.mark.parametrize("answer", ANSWERS, ids=answer_id)
def test_wrong_answer_fails_the_exercise_tests(bake, answer, request, tmp_path, zygote, test_files):
    """The exercise's own tests refuse the wrong answer: at least one of them fails.

    Only the exercise's test files are collected, and the run is forked from a warm
    process (exercises/zygote.py): hundreds of these runs are most of this repository's tests.
    """
    solution = bake(answer.template, solutions=True)
    exercise_id = numbers(solution)[answer.slug]
    files = test_files(answer.template)[exercise_id]
    project = copy_of(solution, tmp_path / solution.name)
    answer.apply(project, numbers(solution))
    database = {}
    if answer.database == "postgresql":
        database = {"DATABASE_URL": request.getfixturevalue("postgres_url")}
    report, printed = tmp_path / "report.json", tmp_path / "output.txt"
    arguments = [*files, f"--exercises={exercise_id}", "-x", "-q", "-p", "no:cacheprovider"]
    arguments.append(f"--exercise-report={report}")
    code = zygote.run(project, arguments, project_environment(**database), printed)
    output = printed.read_text(encoding="utf-8")
    assert code in (0, 1), f"{answer}: pytest could not run the tests\n{output}"
    failed = [test for test in read_report(report).values() if test["outcome"] == "failed"]
    assert failed, f"Survived: {answer}. Every test of {exercise_id} passes with this wrong answer.\n{output}"
