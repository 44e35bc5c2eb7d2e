"""E[serializer]: TaskSerializer shows what clients need and accepts only what it should."""

import pytest

from tasks.tests.shared.api import TaskSerializerTests
from tasks.tests.shared.rules import DueDateSerializerTests

pytestmark = pytest.mark.exercise("E[serializer]")


class TestTaskSerializer(TaskSerializerTests):
    """The fields both to-do apps' APIs show: the tests are in tasks/tests/shared/api.py."""

    def owner_json(self, user):
        """Here the owner is their username."""
        return user.username


class TestDueDateRule(DueDateSerializerTests):
    """The rule of tasks/validators.py, in the API: tests in tasks/tests/shared/rules.py."""
