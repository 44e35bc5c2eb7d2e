"""E[serializer]: TaskSerializer shows what clients need and accepts only what it should."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tasks.serializers import TaskSerializer
from tasks.tests.shared.rules import DueDateSerializerTests

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[serializer]")]


def test_serializer_fields(make_task, user):
    """A task as JSON: its fields, the owner's username and whether it is overdue."""
    task = make_task(title="Pay rent", due_date=timezone.localdate() - timedelta(days=1))
    data = TaskSerializer(task).data
    assert set(data) == {
        "id",
        "title",
        "notes",
        "done",
        "due_date",
        "completed_at",
        "owner",
        "overdue",
    }
    assert (data["owner"], data["overdue"]) == (user.username, True)


def test_owner_overdue_and_completed_at_are_read_only(user, other_user):
    """A client cannot set the owner or the computed fields: the serializer drops them."""
    data = {
        "title": "Sneaky",
        "done": True,
        "owner": other_user.username,
        "overdue": True,
        "completed_at": "2020-01-01T00:00:00Z",
    }
    serializer = TaskSerializer(data=data)
    assert serializer.is_valid(), serializer.errors
    assert set(serializer.validated_data) == {"title", "done"}
    task = serializer.save(owner=user)
    assert task.owner == user
    assert task.completed_at is None or task.completed_at.year != 2020
    assert (serializer.data["owner"], serializer.data["overdue"]) == (user.username, False)


class TestDueDateRule(DueDateSerializerTests):
    """The rule of tasks/validators.py, in the API: tests in tasks/tests/shared/rules.py."""
