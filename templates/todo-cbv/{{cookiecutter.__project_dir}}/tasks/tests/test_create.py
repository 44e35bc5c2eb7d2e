"""E[create-view]: adding a task with a CreateView."""

import pytest

from tasks.tests.shared.pages import TaskCreateTests

pytestmark = pytest.mark.exercise("E[create-view]")


class TestTaskCreate(TaskCreateTests):
    """The create page both to-do apps have: its tests are in tasks/tests/shared/pages.py."""
