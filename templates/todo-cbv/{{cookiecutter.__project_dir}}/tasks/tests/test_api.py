"""E[viewset]: the task API, a ModelViewSet behind a router."""

import pytest
from django.test import RequestFactory
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIRequestFactory, force_authenticate

from tasks.api import TaskViewSet
from tasks.models import Task
from tasks.permissions import IsOwner
from tasks.tests.shared.api import TaskAPITests

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[viewset]")]


class TestTaskAPI(TaskAPITests):
    """The API both to-do apps answer alike: its tests are in tasks/tests/shared/api.py."""


def test_the_session_and_a_token_both_open_the_api(api_client, client, user, make_task):
    """The site's own pages call the API with the session, an app with its token."""
    make_task(title="Mine")
    client.force_login(user)
    assert client.get(reverse("api:task-list")).status_code == 200
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api_client.get(reverse("api:task-list"))
    assert response.status_code == 200
    assert [task["title"] for task in response.json()["results"]] == ["Mine"]


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
