"""E[update-delete]: editing a task with an UpdateView, deleting it with a DeleteView."""

import pytest
from django.urls import reverse

from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[update-delete]")]


def test_edit_page_shows_the_filled_form(logged_in_client, make_task):
    """GET shows the form bound to the task."""
    task = make_task(title="Old title")
    response = logged_in_client.get(reverse("tasks:update", args=[task.pk]))
    assert response.status_code == 200
    assert response.context["form"].instance == task


def test_edit_saves_and_returns_to_the_task(logged_in_client, make_task):
    """A valid POST saves the change and redirects to the task's page, with a message."""
    task = make_task(title="Old title")
    url = reverse("tasks:update", args=[task.pk])
    response = logged_in_client.post(url, {"title": "New"}, follow=True)
    assert response.redirect_chain == [(task.get_absolute_url(), 302)]
    task.refresh_from_db()
    assert task.title == "New"
    assert any("New" in str(message) for message in response.context["messages"])


def test_delete_asks_first(logged_in_client, make_task):
    """GET shows a confirmation page and deletes nothing."""
    task = make_task()
    response = logged_in_client.get(reverse("tasks:delete", args=[task.pk]))
    assert response.status_code == 200
    assert Task.objects.filter(pk=task.pk).exists()


def test_delete_on_post_removes_the_task(logged_in_client, make_task):
    """POST deletes the task and returns to the list with a message."""
    task = make_task(title="Old chore")
    response = logged_in_client.post(reverse("tasks:delete", args=[task.pk]), follow=True)
    assert response.redirect_chain == [(reverse("tasks:list"), 302)]
    assert not Task.objects.filter(pk=task.pk).exists()
    assert any("Old chore" in str(message) for message in response.context["messages"])


@pytest.mark.parametrize("name", ["update", "delete"])
def test_other_users_tasks_are_404(logged_in_client, make_task, other_user, name):
    """Another user's task can be neither shown nor changed: 404, and it stays as it was."""
    theirs = make_task(owner=other_user, title="Theirs")
    url = reverse(f"tasks:{name}", args=[theirs.pk])
    assert logged_in_client.get(url).status_code == 404
    assert logged_in_client.post(url, {"title": "Mine"}).status_code == 404
    assert Task.objects.get(pk=theirs.pk).title == "Theirs"
