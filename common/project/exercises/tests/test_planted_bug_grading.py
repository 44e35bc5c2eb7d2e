"""The grading of every "write tests" exercise: the ones whose manifest entry names
``planted_bugs``. The learner's test file (the exercise's one file) must pass on the
real code and fail on each planted bug; one module grades them all, from the manifest.
"""

import importlib

import pytest

from exercises.catalog import PROJECT_DIR, load_exercises
from exercises.grading import check_learner_tests

GRADED = [exercise for exercise in load_exercises(with_markers=False) if exercise.planted_bugs]


REAL_CODE_CASES = [
    pytest.param(exercise, id=exercise.id, marks=pytest.mark.exercise(exercise.id))
    for exercise in GRADED
]
PLANTED_BUG_CASES = [
    pytest.param(exercise, bug, id=f"{exercise.id}-{bug}", marks=pytest.mark.exercise(exercise.id))
    for exercise in GRADED
    for bug in importlib.import_module(exercise.planted_bugs).PLANTED_BUGS
]


@pytest.mark.parametrize("exercise", REAL_CODE_CASES)
def test_your_tests_pass_on_the_real_code(exercise):
    """Tests that fail on correct code would stop every change."""
    check_learner_tests(PROJECT_DIR / exercise.files[0])


@pytest.mark.parametrize(("exercise", "bug"), PLANTED_BUG_CASES)
def test_your_tests_catch_the_planted_bug(exercise, bug):
    """Each planted bug makes at least one of your tests fail."""
    check_learner_tests(PROJECT_DIR / exercise.files[0], bug)
