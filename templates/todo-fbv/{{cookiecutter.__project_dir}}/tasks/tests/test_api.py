"""E[api-views]: the task API, as function-based DRF views."""

import pytest

from tasks.tests.shared.api import TaskAPITests

pytestmark = pytest.mark.exercise("E[api-views]")


class TestTaskAPI(TaskAPITests):
    """The API both to-do apps answer alike: its tests are in tasks/tests/shared/api.py."""
