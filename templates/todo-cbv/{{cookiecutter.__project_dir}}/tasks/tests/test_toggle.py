"""E[toggle]: ticking a task off, and reopening it, with a POST."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[toggle]")]


def test_post_flips_done_and_returns_to_the_list(logged_in_client, make_task):
    """Without `next`, the user goes back to the list; a second POST reopens the task."""
    task = make_task()
    url = reverse("tasks:toggle", args=[task.pk])
    response = logged_in_client.post(url)
    assert response.url == reverse("tasks:list")
    task.refresh_from_db()
    assert task.done
    logged_in_client.post(url)
    task.refresh_from_db()
    assert not task.done


def test_get_is_405(logged_in_client, make_task):
    """Changing state takes a POST: a GET is refused and changes nothing."""
    task = make_task()
    assert logged_in_client.get(reverse("tasks:toggle", args=[task.pk])).status_code == 405
    task.refresh_from_db()
    assert not task.done


def test_local_next_is_followed(logged_in_client, make_task):
    """The user returns to the page they came from."""
    task = make_task()
    url = reverse("tasks:toggle", args=[task.pk])
    response = logged_in_client.post(url, {"next": task.get_absolute_url()})
    assert response.url == task.get_absolute_url()


@pytest.mark.parametrize(
    "next_url", ["https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com/"]
)
def test_next_on_another_site_is_ignored(logged_in_client, make_task, next_url):
    """A `next` pointing elsewhere, however it is spelled, is an open redirect: the list instead."""
    task = make_task()
    url = reverse("tasks:toggle", args=[task.pk])
    response = logged_in_client.post(url, {"next": next_url})
    assert response.url == reverse("tasks:list")


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
