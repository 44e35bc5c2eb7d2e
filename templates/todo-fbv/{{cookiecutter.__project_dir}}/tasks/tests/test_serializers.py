"""E[serializer]: TaskSerializer shows what clients need and accepts only what it should."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tasks.serializers import TaskSerializer

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


def test_past_due_date_is_refused():
    """A due date in the past is a validation error on that field; today, or none, is fine."""
    yesterday = timezone.localdate() - timedelta(days=1)
    serializer = TaskSerializer(data={"title": "Late", "due_date": yesterday.isoformat()})
    assert not serializer.is_valid()
    assert "due_date" in serializer.errors
    today = timezone.localdate().isoformat()
    assert TaskSerializer(data={"title": "Just in time", "due_date": today}).is_valid()
    assert TaskSerializer(data={"title": "Some day", "due_date": None}).is_valid()


def test_unchanged_past_due_date_is_kept_on_update(make_task):
    """Updating an old task does not force a new due date."""
    last_week = timezone.localdate() - timedelta(days=7)
    task = make_task(due_date=last_week)
    serializer = TaskSerializer(task, data={"done": True}, partial=True)
    assert serializer.is_valid(), serializer.errors
    serializer = TaskSerializer(task, data={"due_date": last_week.isoformat()}, partial=True)
    assert serializer.is_valid(), serializer.errors
    earlier = last_week - timedelta(days=1)
    serializer = TaskSerializer(task, data={"due_date": earlier.isoformat()}, partial=True)
    assert not serializer.is_valid()
