"""E[edit-delete]: editing and deleting a task."""

import pytest

from tasks.tests.shared.pages import TaskEditDeleteTests

pytestmark = pytest.mark.exercise("E[edit-delete]")


class TestTaskEditDelete(TaskEditDeleteTests):
    """The pages both to-do apps have alike: their tests are in tasks/tests/shared/pages.py."""
