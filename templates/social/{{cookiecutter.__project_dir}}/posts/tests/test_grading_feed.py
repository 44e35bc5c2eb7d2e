"""E[test-feed] is graded by planted bugs: the tests in test_feed_rules.py pass on the real code
and fail on each broken version of ``post_feed`` and ``with_stats``."""

from pathlib import Path

import pytest

from exercises.grading import check_learner_tests
from posts.tests.planted_bugs import PLANTED_BUGS

LEARNER_TESTS = Path(__file__).with_name("test_feed_rules.py")

pytestmark = pytest.mark.exercise("E[test-feed]")


def test_your_tests_pass_on_the_real_code():
    """Tests that fail on correct code would stop every change."""
    check_learner_tests(LEARNER_TESTS)


@pytest.mark.parametrize("bug", PLANTED_BUGS, ids=str)
def test_your_tests_catch_the_planted_bug(bug):
    """Each planted bug makes at least one of your tests fail."""
    check_learner_tests(LEARNER_TESTS, bug)
