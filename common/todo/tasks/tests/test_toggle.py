"""E[toggle]: ticking a task off, and reopening it, is a POST that redirects somewhere safe."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[toggle]")]


def toggle_url(task):
    return reverse("tasks:toggle", args=[task.pk])


def test_post_flips_done(logged_in_client, make_task):
    """The first POST marks the task done, the second reopens it."""
    task = make_task()
    logged_in_client.post(toggle_url(task))
    task.refresh_from_db()
    assert task.done
    logged_in_client.post(toggle_url(task))
    task.refresh_from_db()
    assert not task.done


def test_get_is_405(logged_in_client, make_task):
    """Changing state takes a POST: a GET (a link, a crawler) is refused and changes nothing."""
    task = make_task()
    assert logged_in_client.get(toggle_url(task)).status_code == 405
    task.refresh_from_db()
    assert not task.done


def test_without_next_back_to_the_list(logged_in_client, make_task):
    """A form without `next` sends the user back to the list."""
    response = logged_in_client.post(toggle_url(make_task()))
    assert response.status_code == 302
    assert response.url == reverse("tasks:list")


def test_local_next_is_followed(logged_in_client, make_task):
    """The user returns to the page they came from."""
    task = make_task()
    response = logged_in_client.post(toggle_url(task), {"next": task.get_absolute_url()})
    assert response.status_code == 302
    assert response.url == task.get_absolute_url()


@pytest.mark.parametrize(
    "next_url", ["https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com/"]
)
def test_next_on_another_site_is_ignored(logged_in_client, make_task, next_url):
    """A `next` on another site, however it is spelled, is an open redirect: the list instead."""
    response = logged_in_client.post(toggle_url(make_task()), {"next": next_url})
    assert response.url == reverse("tasks:list")


def test_next_that_leaves_https_is_ignored(logged_in_client, make_task):
    """From a page served over https, a `next` to plain http, even on this site, is refused."""
    task = make_task()
    data = {"next": f"http://testserver{task.get_absolute_url()}"}
    response = logged_in_client.post(toggle_url(task), data, secure=True)
    assert response.url == reverse("tasks:list")
