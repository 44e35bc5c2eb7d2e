import pytest
from django.core.cache import cache

from tasks.models import Task


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, so counts never leak from one test to another."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_task(user):
    """Create a task, owned by ``user`` unless another owner is given."""

    def make(**fields):
        fields.setdefault("owner", user)
        fields.setdefault("title", "Buy milk")
        return Task.objects.create(**fields)

    return make
