"""E[task-list]: the task list shows the signed-in user's tasks, open ones first."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[task-list]")]


def test_list_shows_the_users_tasks(logged_in_client, make_task):
    """Every task of the user is listed."""
    tasks = {make_task(title="Buy milk"), make_task(title="Call mum")}
    response = logged_in_client.get(reverse("tasks:list"))
    assert response.status_code == 200
    assert set(response.context["tasks"]) == tasks
    assert "Call mum" in response.content.decode()


def test_list_hides_other_users_tasks(logged_in_client, make_task, other_user):
    """Somebody else's task never appears."""
    mine = make_task(title="Mine")
    make_task(title="Theirs", owner=other_user)
    response = logged_in_client.get(reverse("tasks:list"))
    assert list(response.context["tasks"]) == [mine]
    assert "Theirs" not in response.content.decode()


def test_list_puts_open_tasks_first(logged_in_client, make_task):
    """Done tasks sink to the bottom, however old or new they are."""
    older_open = make_task(title="Water the plants")
    done = make_task(title="Archive the mail", done=True)
    newer_open = make_task(title="Book the dentist")
    response = logged_in_client.get(reverse("tasks:list"))
    tasks = list(response.context["tasks"])
    assert set(tasks[:2]) == {older_open, newer_open}
    assert tasks[2] == done
