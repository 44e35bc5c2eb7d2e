import pytest

from tasks.models import Task


@pytest.fixture
def make_task(user):
    """Create a task, owned by ``user`` unless another owner is given."""

    def make(**fields):
        fields.setdefault("owner", user)
        fields.setdefault("title", "Buy milk")
        return Task.objects.create(**fields)

    return make
