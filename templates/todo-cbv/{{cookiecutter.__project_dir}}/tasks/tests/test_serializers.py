"""E[nested-serializer]: TaskSerializer shows what clients need and accepts only what it should."""

import pytest

from tasks.tests.shared.api import TaskSerializerTests

pytestmark = pytest.mark.exercise("E[nested-serializer]")


class TestTaskSerializer(TaskSerializerTests):
    """The fields both to-do apps' APIs show: the tests are in tasks/tests/shared/api.py."""

    def owner_json(self, user):
        """Here the owner is nested: their id and username."""
        return {"id": user.pk, "username": user.username}
