"""E[owner-mixin]: OwnerQuerysetMixin, tried on two small views made only for these tests."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.urls import reverse
from django.views.generic import DetailView, ListView

from accounts.mixins import OwnerQuerysetMixin
from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[owner-mixin]")]


class OwnTaskList(OwnerQuerysetMixin, ListView):
    model = Task


class OwnTaskDetail(OwnerQuerysetMixin, DetailView):
    model = Task


class OwnOpenTaskList(OwnerQuerysetMixin, ListView):
    queryset = Task.objects.filter(done=False)


def get(rf, user, path="/somewhere/"):
    request = rf.get(path)
    request.user = user
    return request


@pytest.fixture
def tasks(user, other_user):
    return (
        Task.objects.create(owner=user, title="Mine"),
        Task.objects.create(owner=other_user, title="Theirs"),
    )


def test_visitors_are_sent_to_log_in(rf):
    """Without a sign-in, the view redirects to the login page, which brings them back."""
    response = OwnTaskList.as_view()(get(rf, AnonymousUser()))
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next=/somewhere/"


def test_lists_hold_only_the_users_rows(rf, user, tasks):
    """A list built on the mixin leaves out other users' rows."""
    mine, _ = tasks
    response = OwnTaskList.as_view()(get(rf, user))
    assert list(response.context_data["object_list"]) == [mine]


def test_other_users_objects_are_not_found(rf, user, tasks):
    """The user's own object is found; someone else's is a 404, not a 403."""
    mine, theirs = tasks
    response = OwnTaskDetail.as_view()(get(rf, user), pk=mine.pk)
    assert response.context_data["object"] == mine
    with pytest.raises(Http404):
        OwnTaskDetail.as_view()(get(rf, user), pk=theirs.pk)


def test_the_mixin_narrows_the_views_own_queryset(rf, user, tasks):
    """On a view with its own `queryset`, the mixin keeps that filter and adds the owner."""
    mine, _ = tasks
    Task.objects.create(owner=user, title="Mine, done", done=True)
    response = OwnOpenTaskList.as_view()(get(rf, user))
    assert list(response.context_data["object_list"]) == [mine]
