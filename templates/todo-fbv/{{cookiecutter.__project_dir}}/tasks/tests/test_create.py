"""E[create-form]: adding a task with TaskForm, which refuses a due date in the past."""

import pytest

from tasks.tests.shared.pages import TaskCreateTests
from tasks.tests.shared.rules import DueDateFormTests

pytestmark = pytest.mark.exercise("E[create-form]")


class TestTaskCreate(TaskCreateTests):
    """The create page both to-do apps have: its tests are in tasks/tests/shared/pages.py."""


class TestDueDateRule(DueDateFormTests):
    """The rule of tasks/validators.py, through the form: tests in tasks/tests/shared/rules.py."""
