"""E[create-form]: adding a task with TaskForm."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tasks.forms import TaskForm
from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[create-form]")]


def test_create_page_shows_an_empty_form(logged_in_client):
    """GET shows a TaskForm."""
    response = logged_in_client.get(reverse("tasks:create"))
    assert response.status_code == 200
    assert isinstance(response.context["form"], TaskForm)


def test_create_saves_the_task_for_the_user(logged_in_client, user):
    """A valid POST saves the task as the user's and redirects to the list."""
    due = timezone.localdate() + timedelta(days=2)
    data = {"title": "Book the dentist", "notes": "", "due_date": due.isoformat()}
    response = logged_in_client.post(reverse("tasks:create"), data)
    assert response.status_code == 302
    assert response.url == reverse("tasks:list")
    task = Task.objects.get(title="Book the dentist")
    assert (task.owner, task.due_date) == (user, due)


def test_create_says_the_task_was_added(logged_in_client):
    """The list greets the new task with a success message naming it."""
    response = logged_in_client.post(reverse("tasks:create"), {"title": "Water"}, follow=True)
    messages = list(response.context["messages"])
    assert [message.level_tag for message in messages] == ["success"]
    assert "Water" in str(messages[0])


def test_create_ignores_an_owner_in_the_post(logged_in_client, user, other_user):
    """The owner comes from the session, never from the form."""
    data = {"title": "Sneaky", "owner": other_user.pk}
    logged_in_client.post(reverse("tasks:create"), data)
    assert Task.objects.get(title="Sneaky").owner == user


def test_create_with_errors_shows_the_form_again(logged_in_client):
    """An invalid POST re-renders the form with errors and saves nothing."""
    response = logged_in_client.post(reverse("tasks:create"), {"title": ""})
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert not Task.objects.exists()


def test_form_refuses_a_past_due_date():
    """A due date in the past is an error on that field; today, or no date at all, is fine."""
    yesterday = timezone.localdate() - timedelta(days=1)
    form = TaskForm(data={"title": "Too late", "due_date": yesterday.isoformat()})
    assert not form.is_valid()
    assert "due_date" in form.errors
    today = timezone.localdate().isoformat()
    assert TaskForm(data={"title": "Just in time", "due_date": today}).is_valid()
    assert TaskForm(data={"title": "Some day"}).is_valid()


def test_form_keeps_an_unchanged_past_due_date(make_task):
    """Editing an old, overdue task does not force a new due date."""
    last_week = timezone.localdate() - timedelta(days=7)
    task = make_task(due_date=last_week)
    form = TaskForm(data={"title": "Renamed", "due_date": last_week.isoformat()}, instance=task)
    assert form.is_valid(), form.errors
    form = TaskForm(
        data={"title": "Renamed", "due_date": (last_week - timedelta(days=1)).isoformat()},
        instance=task,
    )
    assert not form.is_valid()
