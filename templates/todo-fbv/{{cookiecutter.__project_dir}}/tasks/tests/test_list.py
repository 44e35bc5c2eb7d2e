"""E[task-list]: the task list shows the signed-in user's tasks, open ones first."""

import pytest

from tasks.tests.shared.pages import TaskListTests

pytestmark = pytest.mark.exercise("E[task-list]")


class TestTaskList(TaskListTests):
    """The list both to-do apps show alike: its tests are in tasks/tests/shared/pages.py."""
