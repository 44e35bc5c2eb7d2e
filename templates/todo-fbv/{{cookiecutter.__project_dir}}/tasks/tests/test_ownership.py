"""E[ownership]: other users' tasks are "not found", whatever the page."""

import pytest
from django.urls import reverse

from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[ownership]")]


@pytest.mark.parametrize("name", ["detail", "update", "delete"])
def test_pages_of_other_users_tasks_are_404(logged_in_client, make_task, other_user, name):
    """Changing the id in the URL reveals nothing."""
    theirs = make_task(owner=other_user)
    response = logged_in_client.get(reverse(f"tasks:{name}", args=[theirs.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["update", "delete", "toggle"])
def test_other_users_tasks_cannot_be_changed(logged_in_client, make_task, other_user, name):
    """A POST on somebody else's task is 404 and changes nothing."""
    theirs = make_task(owner=other_user, title="Theirs")
    response = logged_in_client.post(reverse(f"tasks:{name}", args=[theirs.pk]), {"title": "Mine"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert (theirs.title, theirs.done) == ("Theirs", False)
    assert Task.objects.filter(pk=theirs.pk).exists()


def test_staff_are_no_exception(client, user, make_task, other_user):
    """Staff see only their own tasks on the site too; the admin is where they manage others'."""
    user.is_staff = True
    user.save()
    client.force_login(user)
    theirs = make_task(owner=other_user)
    assert client.get(reverse("tasks:detail", args=[theirs.pk])).status_code == 404
