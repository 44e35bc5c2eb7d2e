"""The task API, its tokens and its serializer, as clients see them."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse
from django.utils import timezone
from drf_spectacular.generators import SchemaGenerator
from rest_framework.generics import RetrieveAPIView

from tasks.models import Task
from tasks.pagination import TaskPagination
from tasks.serializers import TaskSerializer


def resolve(schema, part):
    """``part`` of ``schema``, with a ``$ref`` to a component followed."""
    if "$ref" in part:
        return schema["components"]["schemas"][part["$ref"].rpartition("/")[2]]
    return part


def operation(schema, route, method):
    """The operation ``method`` of ``route`` in ``schema``, which must describe it."""
    assert route in schema["paths"], f"the API's schema leaves out {route}"
    assert method in schema["paths"][route], f"the API's schema has no {method.upper()} {route}"
    return schema["paths"][route][method]


def answer(schema, route, method, status):
    """The JSON that ``schema`` documents for a ``status`` answer to ``method`` ``route``."""
    answers = operation(schema, route, method)["responses"]
    assert status in answers, f"{method.upper()} {route} does not document a {status} answer"
    return resolve(schema, answers[status]["content"]["application/json"]["schema"])


def task_component(serializer_class):
    """How drf-spectacular describes a task as ``serializer_class`` answers it."""
    view = type("Probe", (RetrieveAPIView,), {"serializer_class": serializer_class})
    probe = [path("probe/<int:pk>/", view.as_view(queryset=Task.objects.all()))]
    schema = SchemaGenerator(patterns=probe).get_schema(request=None, public=True)
    return schema["components"]["schemas"]["Task"]


@pytest.mark.django_db
class TaskAPITests:
    """/api/tasks/ and /api/tasks/<id>/: the signed-in user's tasks, and nobody else's."""

    def test_list_returns_only_the_users_tasks(self, client_as_user, make_task, other_user):
        """GET /api/tasks/ lists the user's tasks and nobody else's."""
        mine = make_task(title="Mine")
        make_task(title="Theirs", owner=other_user)
        response = client_as_user.get(reverse("api:task-list"))
        assert response.status_code == 200
        assert [task["id"] for task in response.json()["results"]] == [mine.pk]

    def test_the_list_comes_a_page_at_a_time(self, client_as_user, make_task):
        """The list answers one page of tasks (TaskPagination's), the count, and the next page."""
        size = TaskPagination.page_size
        for number in range(size + 1):
            make_task(title=f"Task {number}")
        first = client_as_user.get(reverse("api:task-list")).json()
        assert isinstance(first, dict), "the list answers every task at once, not a page"
        assert (first["count"], len(first["results"])) == (size + 1, size)
        assert first["previous"] is None
        second = client_as_user.get(first["next"]).json()
        assert (len(second["results"]), second["next"]) == (1, None)
        assert second["results"][0]["id"] not in {task["id"] for task in first["results"]}

    def test_the_list_costs_the_same_queries_for_two_tasks_or_a_page(
        self, client_as_user, make_task
    ):
        """The owner each task shows is fetched with the tasks: a full page costs what two do."""

        def queries_for_the_list():
            with CaptureQueriesContext(connection) as queries:
                assert client_as_user.get(reverse("api:task-list")).status_code == 200
            return len(queries)

        make_task(title="First")
        make_task(title="Second")
        two = queries_for_the_list()
        for number in range(TaskPagination.page_size):
            make_task(title=f"Task {number}")
        assert queries_for_the_list() == two, "each task of the page costs queries of its own"

    def test_the_schema_describes_the_list_as_pages_of_tasks(self, api_schema):
        """/api/schema/ says what the list answers: a page (count, results...) of tasks."""
        page = answer(api_schema, "/api/tasks/", "get", "200")
        assert page.get("type") == "object", "the schema says the list is not a page"
        assert page["properties"]["count"]["type"] == "integer"
        results = page["properties"]["results"]
        assert results["type"] == "array"
        assert resolve(api_schema, results["items"]) is api_schema["components"]["schemas"]["Task"]
        parameters = operation(api_schema, "/api/tasks/", "get").get("parameters", [])
        assert "page" in {parameter["name"] for parameter in parameters}

    def test_the_schema_describes_every_answer(self, api_schema):
        """/api/schema/ documents a created task (201), a task, and an empty 204 for DELETE."""
        task = api_schema["components"]["schemas"].get("Task")
        assert answer(api_schema, "/api/tasks/", "post", "201") is task
        for method in ("get", "put", "patch"):
            assert answer(api_schema, "/api/tasks/{id}/", method, "200") is task
        deleted = operation(api_schema, "/api/tasks/{id}/", "delete")["responses"]
        assert "204" in deleted and "content" not in deleted["204"]
        assert task["properties"]["overdue"]["type"] == "boolean"
        parameters = operation(api_schema, "/api/tasks/{id}/", "get")["parameters"]
        (task_id,) = [parameter for parameter in parameters if parameter["name"] == "id"]
        assert task_id["schema"]["type"] == "integer", "the schema calls a task's id a string"

    def test_every_operation_of_the_schema_has_a_name_of_its_own(self, api_schema):
        """No two operations share an id (drf-spectacular would number them: tasks_retrieve_2)."""
        names = [
            described["operationId"]
            for route in api_schema["paths"].values()
            for described in route.values()
            if isinstance(described, dict) and "operationId" in described
        ]
        assert "tasks_list" in names, "the list has no operation of its own (tasks_list)"
        assert len(names) == len(set(names))
        assert not [name for name in names if re.search(r"_\d+$", name)]

    def test_post_creates_a_task_for_the_user(self, client_as_user, user):
        """POST creates the task, owned by the caller: 201 Created."""
        response = client_as_user.post(
            reverse("api:task-list"), {"title": "From the app"}, format="json"
        )
        assert response.status_code == 201
        assert Task.objects.get(pk=response.json()["id"]).owner == user

    def test_post_with_errors_is_400(self, client_as_user):
        """Invalid input answers 400 with the field's errors."""
        response = client_as_user.post(reverse("api:task-list"), {"title": ""}, format="json")
        assert response.status_code == 400
        assert "title" in response.json()

    def test_get_one_task(self, client_as_user, make_task):
        """GET /api/tasks/<id>/ returns the task."""
        task = make_task(title="Pay rent")
        response = client_as_user.get(reverse("api:task-detail", args=[task.pk]))
        assert response.status_code == 200
        assert response.json()["title"] == "Pay rent"

    def test_patch_changes_only_what_is_sent(self, client_as_user, make_task):
        """PATCH is a partial update."""
        task = make_task(title="Pay rent", notes="before Friday")
        url = reverse("api:task-detail", args=[task.pk])
        response = client_as_user.patch(url, {"done": True}, format="json")
        assert response.status_code == 200
        task.refresh_from_db()
        assert (task.done, task.notes) == (True, "before Friday")

    def test_put_replaces_the_task(self, client_as_user, make_task):
        """PUT replaces the writable fields."""
        task = make_task(title="Old")
        url = reverse("api:task-detail", args=[task.pk])
        data = {"title": "New", "notes": "", "done": False}
        response = client_as_user.put(url, data, format="json")
        assert response.status_code == 200
        task.refresh_from_db()
        assert task.title == "New"

    def test_put_is_not_partial(self, client_as_user, make_task):
        """PUT sends the whole task: without its title it is a 400, and nothing changes."""
        task = make_task(title="Old", notes="keep")
        url = reverse("api:task-detail", args=[task.pk])
        response = client_as_user.put(url, {"notes": "new"}, format="json")
        assert response.status_code == 400
        assert "title" in response.json()
        task.refresh_from_db()
        assert task.notes == "keep"

    @pytest.mark.parametrize("method", ["put", "patch"])
    def test_invalid_update_is_400(self, client_as_user, make_task, method):
        """An update with errors answers 400 with the field's errors, and saves nothing."""
        task = make_task(title="Old")
        url = reverse("api:task-detail", args=[task.pk])
        response = getattr(client_as_user, method)(url, {"title": ""}, format="json")
        assert response.status_code == 400
        assert "title" in response.json()
        task.refresh_from_db()
        assert task.title == "Old"

    def test_delete_answers_204(self, client_as_user, make_task):
        """DELETE removes the task: 204 No Content."""
        task = make_task()
        response = client_as_user.delete(reverse("api:task-detail", args=[task.pk]))
        assert response.status_code == 204
        assert not Task.objects.filter(pk=task.pk).exists()

    @pytest.mark.parametrize("method", ["get", "put", "patch", "delete"])
    def test_other_users_tasks_are_404(self, client_as_user, make_task, other_user, method):
        """Another user's task is "not found", and unchanged."""
        theirs = make_task(owner=other_user, title="Theirs")
        url = reverse("api:task-detail", args=[theirs.pk])
        response = getattr(client_as_user, method)(url, {"title": "Mine"}, format="json")
        assert response.status_code == 404
        assert Task.objects.get(pk=theirs.pk).title == "Theirs"


@pytest.mark.django_db
class TokenTests:
    """/api/token/ trades a username and a password for the user's token."""

    @pytest.fixture
    def credentials(self, user, password):
        return {"username": user.get_username(), "password": password}

    def test_token_for_good_credentials(self, api_client, credentials):
        """The right username and password get a token, the same one each time."""
        first = api_client.post(reverse("api:token"), credentials, format="json")
        assert first.status_code == 200
        second = api_client.post(reverse("api:token"), credentials, format="json")
        assert first.json()["token"] == second.json()["token"]

    def test_no_token_for_a_wrong_password(self, api_client, credentials):
        """Wrong credentials answer 400 and no token."""
        credentials = {**credentials, "password": "wrong"}
        response = api_client.post(reverse("api:token"), credentials, format="json")
        assert response.status_code == 400
        assert "token" not in response.json()

    def test_the_schema_describes_the_token_endpoint(self, api_schema):
        """/api/schema/ says what to send (a username and a password) and what comes back."""
        token = answer(api_schema, "/api/token/", "post", "200")
        assert token["properties"]["token"]["type"] == "string"
        body = operation(api_schema, "/api/token/", "post").get("requestBody", {})
        sent = resolve(api_schema, body["content"]["application/json"]["schema"]) if body else {}
        assert {"username", "password"} <= set(sent.get("properties", {}))


@pytest.mark.django_db
class TaskSerializerTests:
    """``TaskSerializer``: the fields a client sees, and the ones it may not set.

    The two apps show the owner differently; a subclass says how, in ``owner_json``.
    """

    def owner_json(self, user):
        """How this project's ``TaskSerializer`` shows ``user`` as a task's owner."""
        raise NotImplementedError

    def test_serializer_fields(self, make_task, user):
        """A task as JSON: its fields, its owner, and whether it is overdue."""
        task = make_task(title="Pay rent", due_date=timezone.localdate() - timedelta(days=1))
        data = TaskSerializer(task).data
        assert set(data) == {
            "id",
            "title",
            "notes",
            "done",
            "due_date",
            "completed_at",
            "owner",
            "overdue",
        }
        assert data["owner"] == self.owner_json(user)
        assert data["overdue"] is True

    def test_the_schema_says_what_each_field_is(self):
        """The API's schema calls `overdue` a boolean, and marks what a client cannot set."""
        fields = task_component(TaskSerializer)["properties"]
        assert "overdue" in fields, "the serializer has no `overdue` field"
        assert fields["overdue"]["type"] == "boolean", "the schema calls `overdue` a string"
        for name in ("id", "owner", "overdue", "completed_at"):
            assert fields[name].get("readOnly"), f"the schema lets a client send `{name}`"
        for name in ("title", "notes", "done", "due_date"):
            assert not fields[name].get("readOnly"), f"the schema says `{name}` is read-only"

    def test_done_tasks_are_never_overdue(self, make_task):
        """`overdue` is the model's rule: a done task is not overdue, however old its due date."""
        task = make_task(due_date=timezone.localdate() - timedelta(days=3), done=True)
        assert TaskSerializer(task).data["overdue"] is False

    def test_owner_overdue_and_completed_at_are_read_only(self, user, other_user):
        """A client cannot set the owner or the computed fields: the serializer drops them."""
        data = {
            "title": "Sneaky",
            "done": True,
            "owner": self.owner_json(other_user),
            "overdue": True,
            "completed_at": "2020-01-01T00:00:00Z",
        }
        serializer = TaskSerializer(data=data)
        assert serializer.is_valid(), serializer.errors
        assert set(serializer.validated_data) == {"title", "done"}
        task = serializer.save(owner=user)
        assert task.owner == user
        assert task.completed_at is None or task.completed_at.year != 2020
        assert serializer.data["owner"] == self.owner_json(user)
        assert serializer.data["overdue"] is False
