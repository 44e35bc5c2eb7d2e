"""E[complete-reopen-actions]: POST-only routes of the viewset that complete or reopen a task."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from tasks.models import Task
from tasks.serializers import TaskSerializer
from tasks.tests.shared.api import answer, operation

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[complete-reopen-actions]")]


def complete_url(task):
    return reverse("api:task-complete", args=[task.pk])


def reopen_url(task):
    return reverse("api:task-reopen", args=[task.pk])


def test_complete_marks_the_task_done(client_as_user, make_task):
    """POST .../complete/ answers 200 with the task as JSON, done and stamped."""
    task = make_task(title="Pay rent")
    response = client_as_user.post(complete_url(task))
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["title"], body["done"]) == (task.pk, "Pay rent", True)
    assert body["completed_at"] is not None
    task.refresh_from_db()
    assert task.done


def test_completing_a_done_task_keeps_it_as_it_was(client_as_user, make_task):
    """Completing twice is no toggle: the task stays done, with its first completion time."""
    task = make_task(done=True)
    stamped = task.completed_at
    response = client_as_user.post(complete_url(task))
    assert response.status_code == 200
    task.refresh_from_db()
    assert (task.done, task.completed_at) == (True, stamped)


def test_reopen_marks_the_task_open(client_as_user, make_task):
    """POST .../reopen/ answers 200 with the task open again, its completion time gone."""
    task = make_task(done=True)
    response = client_as_user.post(reopen_url(task))
    assert response.status_code == 200
    assert (response.json()["done"], response.json()["completed_at"]) == (False, None)
    task.refresh_from_db()
    assert not task.done


@pytest.mark.parametrize("url", [complete_url, reopen_url])
def test_get_is_405_and_changes_nothing(client_as_user, make_task, url):
    """Changing state takes a POST: a GET is refused."""
    task = make_task()
    assert client_as_user.get(url(task)).status_code == 405
    task.refresh_from_db()
    assert not task.done


@pytest.mark.parametrize(("url", "done"), [(complete_url, False), (reopen_url, True)])
def test_other_users_tasks_are_404(client_as_user, make_task, other_user, url, done):
    """Nobody completes or reopens somebody else's task."""
    theirs = make_task(owner=other_user, done=done)
    assert client_as_user.post(url(theirs)).status_code == 404
    theirs.refresh_from_db()
    assert theirs.done is done


def test_anonymous_clients_are_refused(api_client, make_task):
    """Without credentials, nothing changes: 401."""
    task = make_task()
    assert api_client.post(complete_url(task)).status_code == 401
    task.refresh_from_db()
    assert not task.done


@pytest.mark.parametrize("route", ["/api/tasks/{id}/complete/", "/api/tasks/{id}/reopen/"])
def test_the_schema_says_the_routes_take_no_body_and_answer_the_task(api_schema, route):
    """/api/schema/ documents a POST with nothing to send, answered with the task."""
    assert "requestBody" not in operation(api_schema, route, "post"), "the schema asks for a task"
    assert answer(api_schema, route, "post", "200") is api_schema["components"]["schemas"]["Task"]


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_taps_at_once_stamp_the_task_once(make_task, user, at_once):
    """Two taps on complete at the same moment: both answers show the one time the task keeps."""
    task = make_task()

    def complete():
        client = APIClient()
        client.force_authenticate(user)
        return client.post(complete_url(task))

    first, second = at_once(complete, complete, before_saving=Task)
    assert (first.status_code, second.status_code) == (200, 200)
    task.refresh_from_db()
    kept = TaskSerializer(task).data["completed_at"]
    assert first.json()["completed_at"] == second.json()["completed_at"] == kept
