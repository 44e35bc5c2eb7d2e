"""E[viewset]: the task API, a ModelViewSet behind a router."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIRequestFactory, force_authenticate

from tasks.api import TaskViewSet
from tasks.models import Task
from tasks.permissions import IsOwner

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[viewset]")]


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


def test_the_session_and_a_token_both_open_the_api(api_client, client, user, make_task):
    """The site's own pages call the API with the session, an app with its token."""
    make_task(title="Mine")
    client.force_login(user)
    assert client.get(reverse("api:task-list")).status_code == 200
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api_client.get(reverse("api:task-list"))
    assert response.status_code == 200
    assert [task["title"] for task in response.json()] == ["Mine"]


def test_the_list_costs_the_same_queries_for_many_tasks(client_as_user, make_task):
    """The nested owner is fetched with the tasks: twenty tasks cost what one costs."""

    def queries_for_the_list():
        with CaptureQueriesContext(connection) as queries:
            assert client_as_user.get(reverse("api:task-list")).status_code == 200
        return len(queries)

    make_task()
    one = queries_for_the_list()
    for number in range(19):
        make_task(title=f"Task {number}")
    assert queries_for_the_list() == one


def test_is_owner_allows_only_the_owner(make_task, user, other_user):
    """The object-level permission says yes to the owner and no to anyone else."""
    task = make_task()
    request = RequestFactory().get("/")
    request.user = user
    assert IsOwner().has_object_permission(request, None, task)
    request.user = other_user
    assert not IsOwner().has_object_permission(request, None, task)


def test_the_viewset_checks_is_owner(make_task, user, other_user):
    """Even with a queryset that forgets the owner, another user's task is refused."""

    class Unfiltered(TaskViewSet):
        def get_queryset(self):
            return Task.objects.all()

    theirs = make_task(owner=other_user)
    request = APIRequestFactory().get("/")
    force_authenticate(request, user=user)
    response = Unfiltered.as_view({"get": "retrieve"})(request, pk=theirs.pk)
    assert response.status_code == 403
