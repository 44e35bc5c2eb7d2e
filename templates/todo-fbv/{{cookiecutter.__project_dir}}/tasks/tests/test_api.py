"""E[api-views]: the task API, as function-based DRF views."""

import pytest
from django.urls import reverse

from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[api-views]")]


@pytest.fixture
def client_as_user(api_client, user):
    api_client.force_authenticate(user)
    return api_client


def test_list_returns_only_the_users_tasks(client_as_user, make_task, other_user):
    """GET /api/tasks/ lists the user's tasks and nobody else's."""
    mine = make_task(title="Mine")
    make_task(title="Theirs", owner=other_user)
    response = client_as_user.get(reverse("api:task-list"))
    assert response.status_code == 200
    assert [task["id"] for task in response.json()] == [mine.pk]


def test_post_creates_a_task_for_the_user(client_as_user, user):
    """POST creates the task, owned by the caller: 201 Created."""
    response = client_as_user.post(
        reverse("api:task-list"), {"title": "From the app"}, format="json"
    )
    assert response.status_code == 201
    assert Task.objects.get(pk=response.json()["id"]).owner == user


def test_post_with_errors_is_400(client_as_user):
    """Invalid input answers 400 with the field's errors."""
    response = client_as_user.post(reverse("api:task-list"), {"title": ""}, format="json")
    assert response.status_code == 400
    assert "title" in response.json()


def test_get_one_task(client_as_user, make_task):
    """GET /api/tasks/<id>/ returns the task."""
    task = make_task(title="Pay rent")
    response = client_as_user.get(reverse("api:task-detail", args=[task.pk]))
    assert response.status_code == 200
    assert response.json()["title"] == "Pay rent"


def test_patch_changes_only_what_is_sent(client_as_user, make_task):
    """PATCH is a partial update."""
    task = make_task(title="Pay rent", notes="before Friday")
    url = reverse("api:task-detail", args=[task.pk])
    response = client_as_user.patch(url, {"done": True}, format="json")
    assert response.status_code == 200
    task.refresh_from_db()
    assert (task.done, task.notes) == (True, "before Friday")


def test_put_replaces_the_task(client_as_user, make_task):
    """PUT replaces the writable fields."""
    task = make_task(title="Old")
    url = reverse("api:task-detail", args=[task.pk])
    response = client_as_user.put(url, {"title": "New", "notes": "", "done": False}, format="json")
    assert response.status_code == 200
    task.refresh_from_db()
    assert task.title == "New"


def test_put_is_not_partial(client_as_user, make_task):
    """PUT sends the whole task: without its title it is a 400, and nothing changes."""
    task = make_task(title="Old", notes="keep")
    url = reverse("api:task-detail", args=[task.pk])
    response = client_as_user.put(url, {"notes": "new"}, format="json")
    assert response.status_code == 400
    assert "title" in response.json()
    task.refresh_from_db()
    assert task.notes == "keep"


@pytest.mark.parametrize("method", ["put", "patch"])
def test_invalid_update_is_400(client_as_user, make_task, method):
    """An update with errors answers 400 with the field's errors, and saves nothing."""
    task = make_task(title="Old")
    url = reverse("api:task-detail", args=[task.pk])
    response = getattr(client_as_user, method)(url, {"title": ""}, format="json")
    assert response.status_code == 400
    assert "title" in response.json()
    task.refresh_from_db()
    assert task.title == "Old"


def test_delete_answers_204(client_as_user, make_task):
    """DELETE removes the task: 204 No Content."""
    task = make_task()
    response = client_as_user.delete(reverse("api:task-detail", args=[task.pk]))
    assert response.status_code == 204
    assert not Task.objects.filter(pk=task.pk).exists()


@pytest.mark.parametrize("method", ["get", "put", "patch", "delete"])
def test_other_users_tasks_are_404(client_as_user, make_task, other_user, method):
    """Another user's task is "not found", and unchanged."""
    theirs = make_task(owner=other_user, title="Theirs")
    url = reverse("api:task-detail", args=[theirs.pk])
    response = getattr(client_as_user, method)(url, {"title": "Mine"}, format="json")
    assert response.status_code == 404
    assert Task.objects.get(pk=theirs.pk).title == "Theirs"
