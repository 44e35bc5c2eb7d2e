"""TaskSerializer refuses due dates in the past, as TaskForm does: given code."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tasks.serializers import TaskSerializer

pytestmark = pytest.mark.django_db


def test_past_due_date_is_refused():
    """A due date in the past is a validation error on that field; today is fine."""
    today = timezone.localdate()
    serializer = TaskSerializer(data={"title": "Late", "due_date": today - timedelta(days=1)})
    assert not serializer.is_valid()
    assert "due_date" in serializer.errors
    assert TaskSerializer(data={"title": "Just in time", "due_date": today}).is_valid()


def test_unchanged_past_due_date_is_kept_on_update(make_task):
    """Updating an old task does not force a new due date."""
    last_week = timezone.localdate() - timedelta(days=7)
    task = make_task(due_date=last_week)
    serializer = TaskSerializer(task, data={"due_date": last_week.isoformat()}, partial=True)
    assert serializer.is_valid(), serializer.errors
    earlier = last_week - timedelta(days=1)
    serializer = TaskSerializer(task, data={"due_date": earlier.isoformat()}, partial=True)
    assert not serializer.is_valid()
