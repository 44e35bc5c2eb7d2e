"""E[update-delete]: editing a task with an UpdateView, deleting it with a DeleteView."""

import pytest
from django.urls import reverse

from tasks.models import Task
from tasks.tests.shared.pages import TaskEditDeleteTests

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[update-delete]")]


class TestTaskEditDelete(TaskEditDeleteTests):
    """The pages both to-do apps have alike: their tests are in tasks/tests/shared/pages.py."""


@pytest.mark.parametrize("name", ["update", "delete"])
def test_other_users_tasks_are_404(logged_in_client, make_task, other_user, name):
    """Another user's task can be neither shown nor changed: 404, and it stays as it was."""
    theirs = make_task(owner=other_user, title="Theirs")
    url = reverse(f"tasks:{name}", args=[theirs.pk])
    assert logged_in_client.get(url).status_code == 404
    assert logged_in_client.post(url, {"title": "Mine"}).status_code == 404
    assert Task.objects.get(pk=theirs.pk).title == "Theirs"
