"""The task API, its tokens and its serializer, as clients see them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tasks.models import Task
from tasks.serializers import TaskSerializer


@pytest.mark.django_db
class TaskAPITests:
    """/api/tasks/ and /api/tasks/<id>/: the signed-in user's tasks, and nobody else's."""

    def test_list_returns_only_the_users_tasks(self, client_as_user, make_task, other_user):
        """GET /api/tasks/ lists the user's tasks and nobody else's."""
        mine = make_task(title="Mine")
        make_task(title="Theirs", owner=other_user)
        response = client_as_user.get(reverse("api:task-list"))
        assert response.status_code == 200
        assert [task["id"] for task in response.json()] == [mine.pk]

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
