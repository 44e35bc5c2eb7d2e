"""Manifest, TODO markers and tests agree, in every template."""

import json
import re

import pytest

from tests.conftest import read_report, run, run_pytest
from tests.skills import SKILLS

CATALOG_AS_JSON = (
    "import json; from dataclasses import asdict; from exercises.catalog import load_exercises; "
    "print(json.dumps([asdict(exercise) for exercise in load_exercises()]))"
)


def catalog(project):
    completed = run(project, "-c", CATALOG_AS_JSON)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


@pytest.fixture
def learner_catalog(learner_project):
    return catalog(learner_project)


def test_every_exercise_is_complete(learner_catalog):
    """Each entry has a title, skills from the brief, files, a statement and a hint."""
    skills = set(SKILLS)
    for exercise in learner_catalog:
        assert re.fullmatch(r"E\d{2}", exercise["id"]), exercise["id"]
        for field in ("slug", "title", "statement", "hint"):
            assert exercise[field].strip(), (exercise["id"], field)
        assert set(exercise["skills"]) <= skills, exercise["id"]
        assert exercise["files"], exercise["id"]


def test_review_notes_are_the_mentors_alone(learner_project, learner_catalog, solution_project):
    """The reference project has review notes for every exercise; the learner's has none."""
    assert [exercise["id"] for exercise in learner_catalog if exercise["review"]] == []
    assert not re.search(r"^review =", (learner_project / "exercises.toml").read_text(encoding="utf-8"), re.M)
    assert [exercise["id"] for exercise in catalog(solution_project) if not exercise["review"].strip()] == []


def test_listed_files_exist(learner_project, learner_catalog):
    """The files an exercise names are in the learner's project."""
    missing = [
        (exercise["id"], name)
        for exercise in learner_catalog
        for name in exercise["files"]
        if not (learner_project / name).exists()
    ]
    assert missing == []


def test_every_exercise_has_markers_in_its_files(learner_catalog):
    """Each exercise has TODO markers, all in the files it lists."""
    for exercise in learner_catalog:
        assert exercise["markers"], f"{exercise['id']} has no TODO({exercise['id']}) marker"
        stray = [marker["path"] for marker in exercise["markers"] if marker["path"] not in exercise["files"]]
        assert stray == [], f"{exercise['id']} has markers outside its files"


def test_every_marker_names_a_listed_exercise(learner_project, learner_catalog):
    """No TODO(Exx) marker points at an exercise the manifest lacks."""
    listed = {exercise["id"] for exercise in learner_catalog}
    script = "from exercises.catalog import find_markers; print(' '.join(find_markers()))"
    completed = run(learner_project, "-c", script)
    assert set(completed.stdout.split()) <= listed


def test_solution_has_no_markers(solution_project):
    """The reference solution leaves nothing to do."""
    assert all(not exercise["markers"] for exercise in catalog(solution_project))


def test_every_exercise_has_tests(learner_project, learner_catalog, tmp_path):
    """Each exercise has tests marked with its id, and every marked id is in the manifest."""
    report = tmp_path / "report.json"
    run_pytest(learner_project, "-m", "exercise", report=report)
    tested = {test["exercise"] for test in read_report(report).values()}
    assert tested == {exercise["id"] for exercise in learner_catalog}


def test_exercise_ids_follow_the_manifest_order(learner_catalog):
    """Ids are E01, E02... in order, so "the next exercise" is obvious."""
    ids = [exercise["id"] for exercise in learner_catalog]
    assert ids == [f"E{number:02d}" for number in range(1, len(ids) + 1)]


def test_template_covers_the_core_skills(learner_catalog):
    """Every template trains crud, auth or authz, signals, serializers and testing (the brief)."""
    skills = {skill for exercise in learner_catalog for skill in exercise["skills"]}
    assert {"crud", "signals", "serializers", "testing"} <= skills
    assert skills & {"auth", "authz"}
