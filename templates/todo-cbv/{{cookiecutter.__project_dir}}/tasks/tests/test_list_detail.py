"""E[list-detail]: the task list and a task's page, as a ListView and a DetailView."""

import pytest
from django.urls import reverse

from tasks.tests.shared.pages import TaskListTests

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[list-detail]")]


class TestTaskList(TaskListTests):
    """The list both to-do apps show alike: its tests are in tasks/tests/shared/pages.py."""


def test_detail_shows_the_task(logged_in_client, make_task):
    """A task's page has the task in the context as `task`."""
    task = make_task(title="Pay rent", notes="before Friday")
    response = logged_in_client.get(reverse("tasks:detail", args=[task.pk]))
    assert response.status_code == 200
    assert response.context["task"] == task
    assert "before Friday" in response.content.decode()


def test_detail_of_another_users_task_is_404(logged_in_client, make_task, other_user):
    """Changing the id in the URL reveals nothing."""
    theirs = make_task(owner=other_user)
    response = logged_in_client.get(reverse("tasks:detail", args=[theirs.pk]))
    assert response.status_code == 404
