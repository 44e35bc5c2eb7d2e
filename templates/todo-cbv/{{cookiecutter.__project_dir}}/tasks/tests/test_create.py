"""E[create-view]: adding a task with a CreateView."""

import pytest
from django.urls import reverse

from tasks.forms import TaskForm
from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[create-view]")]


def test_create_page_shows_an_empty_form(logged_in_client):
    """GET shows an empty TaskForm."""
    response = logged_in_client.get(reverse("tasks:create"))
    assert response.status_code == 200
    assert isinstance(response.context["form"], TaskForm)
    assert not response.context["form"].is_bound


def test_create_saves_the_task_for_the_user(logged_in_client, user):
    """A valid POST saves the task as the user's and redirects to the list."""
    data = {"title": "Book the dentist", "notes": "Tuesday is best"}
    response = logged_in_client.post(reverse("tasks:create"), data)
    assert response.status_code == 302
    assert response.url == reverse("tasks:list")
    task = Task.objects.get(title="Book the dentist")
    assert (task.owner, task.notes) == (user, "Tuesday is best")


def test_create_says_the_task_was_added(logged_in_client):
    """The list greets the new task with a message naming it."""
    response = logged_in_client.post(reverse("tasks:create"), {"title": "Water"}, follow=True)
    assert any("Water" in str(message) for message in response.context["messages"])


def test_create_ignores_an_owner_in_the_post(logged_in_client, user, other_user):
    """The owner comes from the session, never from the form."""
    logged_in_client.post(reverse("tasks:create"), {"title": "Sneaky", "owner": other_user.pk})
    assert Task.objects.get(title="Sneaky").owner == user


def test_create_with_errors_shows_the_form_again(logged_in_client):
    """An invalid POST re-renders the form with errors and saves nothing."""
    response = logged_in_client.post(reverse("tasks:create"), {"title": ""})
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert not Task.objects.exists()
