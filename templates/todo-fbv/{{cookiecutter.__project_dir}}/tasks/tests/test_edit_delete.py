"""E[edit-delete]: editing and deleting a task."""

import pytest
from django.urls import reverse

from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[edit-delete]")]


def test_edit_page_shows_the_filled_form(logged_in_client, make_task):
    """GET shows the form with the task's values."""
    task = make_task(title="Old title")
    response = logged_in_client.get(reverse("tasks:update", args=[task.pk]))
    assert response.status_code == 200
    assert response.context["form"].instance == task


def test_edit_saves_and_returns_to_the_task(logged_in_client, make_task):
    """A valid POST saves the change and redirects to the task's page."""
    task = make_task(title="Old title")
    response = logged_in_client.post(reverse("tasks:update", args=[task.pk]), {"title": "New"})
    assert response.status_code == 302
    assert response.url == task.get_absolute_url()
    task.refresh_from_db()
    assert task.title == "New"


def test_edit_with_errors_shows_the_form_again(logged_in_client, make_task):
    """An invalid POST shows the form with its errors, and leaves the task as it was."""
    task = make_task(title="Old title")
    response = logged_in_client.post(reverse("tasks:update", args=[task.pk]), {"title": ""})
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    task.refresh_from_db()
    assert task.title == "Old title"


def test_delete_asks_first(logged_in_client, make_task):
    """GET shows a confirmation page and deletes nothing."""
    task = make_task()
    response = logged_in_client.get(reverse("tasks:delete", args=[task.pk]))
    assert response.status_code == 200
    assert Task.objects.filter(pk=task.pk).exists()


def test_delete_on_post_removes_the_task(logged_in_client, make_task):
    """POST deletes the task and returns to the list."""
    task = make_task()
    response = logged_in_client.post(reverse("tasks:delete", args=[task.pk]))
    assert response.status_code == 302
    assert response.url == reverse("tasks:list")
    assert not Task.objects.filter(pk=task.pk).exists()


def test_delete_says_which_task_went(logged_in_client, make_task):
    """Back on the list, a success message names the deleted task."""
    task = make_task(title="Old chore")
    response = logged_in_client.post(reverse("tasks:delete", args=[task.pk]), follow=True)
    messages = list(response.context["messages"])
    assert [message.level_tag for message in messages] == ["success"]
    assert "Old chore" in str(messages[0])
