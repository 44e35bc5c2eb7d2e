"""Fixtures for the tests of tasks: a way to make tasks, and an API client signed in."""

import pytest

from tasks.models import Task

# The rules both to-do apps share are in tasks/tests/shared/, which test files import:
# pytest explains a failed assert there in full only if it rewrites them, as it does tests.
pytest.register_assert_rewrite("tasks.tests.shared")


@pytest.fixture
def make_task(user):
    """Create a task, owned by ``user`` unless another owner is given."""

    def make(**fields):
        fields.setdefault("owner", user)
        fields.setdefault("title", "Buy milk")
        return Task.objects.create(**fields)

    return make


@pytest.fixture
def client_as_user(api_client, user):
    """An API client authenticated as ``user``."""
    api_client.force_authenticate(user)
    return api_client
