"""Rules on tasks that hold however a task is saved: the due date, and the completion time."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tasks.forms import TaskForm
from tasks.serializers import TaskSerializer


def days_from_today(days):
    return timezone.localdate() + timedelta(days=days)


@pytest.mark.django_db
class DueDateFormTests:
    """``TaskForm`` applies the due-date rule of tasks/validators.py."""

    def test_form_refuses_a_past_due_date(self):
        """A due date in the past is an error on that field; today, or no date at all, is fine."""
        form = TaskForm(data={"title": "Too late", "due_date": days_from_today(-1).isoformat()})
        assert not form.is_valid()
        assert "due_date" in form.errors
        today = days_from_today(0).isoformat()
        assert TaskForm(data={"title": "Just in time", "due_date": today}).is_valid()
        assert TaskForm(data={"title": "Some day"}).is_valid()

    def test_form_keeps_an_unchanged_past_due_date(self, make_task):
        """Editing an old, overdue task does not force a new due date, but moving it back does."""
        last_week = days_from_today(-7)
        task = make_task(due_date=last_week)
        form = TaskForm(data={"title": "Renamed", "due_date": last_week.isoformat()}, instance=task)
        assert form.is_valid(), form.errors
        earlier = days_from_today(-8).isoformat()
        form = TaskForm(data={"title": "Renamed", "due_date": earlier}, instance=task)
        assert not form.is_valid()


@pytest.mark.django_db
class DueDateSerializerTests:
    """``TaskSerializer`` applies the same due-date rule as the form."""

    def test_past_due_date_is_refused(self):
        """A due date in the past is a validation error on that field; today, or none, is fine."""
        yesterday = days_from_today(-1).isoformat()
        serializer = TaskSerializer(data={"title": "Late", "due_date": yesterday})
        assert not serializer.is_valid()
        assert "due_date" in serializer.errors
        today = days_from_today(0).isoformat()
        assert TaskSerializer(data={"title": "Just in time", "due_date": today}).is_valid()
        assert TaskSerializer(data={"title": "Some day", "due_date": None}).is_valid()

    def test_unchanged_past_due_date_is_kept_on_update(self, make_task):
        """Updating an old task does not force a new due date, but moving it back is refused."""
        last_week = days_from_today(-7)
        task = make_task(due_date=last_week)
        serializer = TaskSerializer(task, data={"done": True}, partial=True)
        assert serializer.is_valid(), serializer.errors
        serializer = TaskSerializer(task, data={"due_date": last_week.isoformat()}, partial=True)
        assert serializer.is_valid(), serializer.errors
        earlier = days_from_today(-8).isoformat()
        serializer = TaskSerializer(task, data={"due_date": earlier}, partial=True)
        assert not serializer.is_valid()


@pytest.mark.django_db
class CompletionStampTests:
    """``completed_at`` follows the done flag, wherever a task is saved."""

    def test_done_stamps_and_reopening_clears(self, make_task):
        """Saving a task as done stamps completed_at; reopening clears it."""
        task = make_task()
        assert task.completed_at is None
        task.done = True
        task.save()
        task.refresh_from_db()
        assert task.completed_at is not None
        task.done = False
        task.save()
        task.refresh_from_db()
        assert task.completed_at is None

    def test_first_completion_time_is_kept(self, make_task):
        """Saving a done task again keeps the time it was first done."""
        task = make_task(done=True)
        stamped = task.completed_at
        assert stamped is not None
        task.title = "Renamed"
        task.save()
        task.refresh_from_db()
        assert task.completed_at == stamped

    def test_the_task_in_hand_is_stamped(self, make_task):
        """The saved object carries the stamp too, so a page or a response made from it shows it."""
        task = make_task()
        task.done = True
        task.save()
        assert task.completed_at is not None
