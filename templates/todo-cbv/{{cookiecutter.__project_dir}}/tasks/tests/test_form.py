"""TaskForm refuses due dates in the past: given code, shared by the create and update views."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tasks.forms import TaskForm

pytestmark = pytest.mark.django_db


def days_from_today(days):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def test_form_refuses_a_past_due_date():
    """A due date in the past is an error on that field; today is fine."""
    form = TaskForm(data={"title": "Too late", "due_date": days_from_today(-1)})
    assert not form.is_valid()
    assert "due_date" in form.errors
    assert TaskForm(data={"title": "Just in time", "due_date": days_from_today(0)}).is_valid()


def test_form_keeps_an_unchanged_past_due_date(make_task):
    """Editing an old, overdue task does not force a new due date, but moving it back does."""
    last_week = timezone.localdate() - timedelta(days=7)
    task = make_task(due_date=last_week)
    form = TaskForm(data={"title": "Renamed", "due_date": last_week.isoformat()}, instance=task)
    assert form.is_valid(), form.errors
    form = TaskForm(data={"title": "Renamed", "due_date": days_from_today(-8)}, instance=task)
    assert not form.is_valid()
