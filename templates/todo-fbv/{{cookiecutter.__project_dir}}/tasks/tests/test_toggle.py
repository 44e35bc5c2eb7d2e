"""E[toggle]: ticking a task off is a POST that redirects somewhere safe."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[toggle]")]


def test_post_marks_an_open_task_done(logged_in_client, make_task):
    """The first POST marks the task done, the second reopens it."""
    task = make_task()
    url = reverse("tasks:toggle", args=[task.pk])
    logged_in_client.post(url)
    task.refresh_from_db()
    assert task.done
    logged_in_client.post(url)
    task.refresh_from_db()
    assert not task.done


def test_without_next_back_to_the_list(logged_in_client, make_task):
    """A form without `next` sends the user back to the list."""
    task = make_task()
    response = logged_in_client.post(reverse("tasks:toggle", args=[task.pk]))
    assert response.status_code == 302
    assert response.url == reverse("tasks:list")


def test_get_is_not_allowed(logged_in_client, make_task):
    """A GET (a link, a crawler) changes nothing: 405."""
    task = make_task()
    response = logged_in_client.get(reverse("tasks:toggle", args=[task.pk]))
    assert response.status_code == 405
    task.refresh_from_db()
    assert not task.done


def test_redirects_to_a_local_next(logged_in_client, make_task):
    """The user returns to the page they came from."""
    task = make_task()
    response = logged_in_client.post(reverse("tasks:toggle", args=[task.pk]), {"next": "/"})
    assert response.status_code == 302
    assert response.url == "/"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com/"]
)
def test_refuses_to_redirect_to_another_site(logged_in_client, make_task, next_url):
    """A `next` on another site, however it is spelled, is ignored: back to the list."""
    task = make_task()
    response = logged_in_client.post(reverse("tasks:toggle", args=[task.pk]), {"next": next_url})
    assert response.url == reverse("tasks:list")
