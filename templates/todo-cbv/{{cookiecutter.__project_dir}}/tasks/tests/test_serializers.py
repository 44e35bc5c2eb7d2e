"""E[nested-serializer]: TaskSerializer shows what clients need and accepts only what it should."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tasks.serializers import TaskSerializer

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[nested-serializer]")]


def test_serializer_fields(make_task, user):
    """A task as JSON: its fields, the owner nested as id and username, and overdue."""
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
    assert data["owner"] == {"id": user.pk, "username": user.username}
    assert data["overdue"] is True


def test_done_tasks_are_never_overdue(make_task):
    """`overdue` is the model's rule: a done task is not overdue, however old its due date."""
    task = make_task(due_date=timezone.localdate() - timedelta(days=3), done=True)
    data = TaskSerializer(task).data
    assert data["overdue"] is False
    assert data["completed_at"] is not None


def test_owner_overdue_and_completed_at_are_read_only(user, other_user):
    """A client cannot set the owner or the computed fields: the serializer drops them."""
    data = {
        "title": "Sneaky",
        "done": True,
        "owner": {"id": other_user.pk, "username": "mallory"},
        "overdue": True,
        "completed_at": "2020-01-01T00:00:00Z",
    }
    serializer = TaskSerializer(data=data)
    assert serializer.is_valid(), serializer.errors
    assert set(serializer.validated_data) == {"title", "done"}
    task = serializer.save(owner=user)
    assert task.owner == user
    assert task.completed_at.year != 2020
    assert serializer.data["owner"] == {"id": user.pk, "username": user.username}
    assert serializer.data["overdue"] is False
