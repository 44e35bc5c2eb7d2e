"""E[toggle]: what the class-based toggle must also get right, beyond test_toggle.py."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[toggle]")]


def test_the_task_is_saved_so_receivers_run(logged_in_client, make_task):
    """Ticking a task off saves it, so the completion receiver stamps it."""
    task = make_task()
    logged_in_client.post(reverse("tasks:toggle", args=[task.pk]))
    task.refresh_from_db()
    assert task.done
    assert task.completed_at is not None


def test_other_users_tasks_are_404(logged_in_client, make_task, other_user):
    """Nobody ticks off somebody else's task."""
    theirs = make_task(owner=other_user)
    response = logged_in_client.post(reverse("tasks:toggle", args=[theirs.pk]))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert not theirs.done
