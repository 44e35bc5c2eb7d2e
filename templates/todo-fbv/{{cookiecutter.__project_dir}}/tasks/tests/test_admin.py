"""E[admin]: staff manage tasks in the admin."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[admin]")]


@pytest.fixture
def admin_client_with_tasks(admin_client, make_task, user):
    make_task(title="Buy milk", notes="semi-skimmed")
    make_task(title="Call mum", done=True)
    return admin_client


def test_changelist_shows_the_columns(admin_client_with_tasks):
    """The task list shows title, owner, due date and done."""
    response = admin_client_with_tasks.get(reverse("admin:tasks_task_changelist"))
    assert response.status_code == 200
    assert list(response.context["cl"].list_display)[-4:] == ["title", "owner", "due_date", "done"]


def test_changelist_filters_by_done(admin_client_with_tasks):
    """Staff can show only the done tasks."""
    url = reverse("admin:tasks_task_changelist")
    response = admin_client_with_tasks.get(url, {"done__exact": "1"})
    assert [task.title for task in response.context["cl"].result_list] == ["Call mum"]


def test_changelist_searches_notes_and_owner(admin_client_with_tasks, user):
    """Search finds tasks by their notes and by their owner's username."""
    url = reverse("admin:tasks_task_changelist")
    by_notes = admin_client_with_tasks.get(url, {"q": "skimmed"}).context["cl"].result_list
    assert [task.title for task in by_notes] == ["Buy milk"]
    by_owner = admin_client_with_tasks.get(url, {"q": user.username}).context["cl"].result_list
    assert len(by_owner) == 2


def test_mark_done_action(admin_client_with_tasks):
    """The action marks the selected tasks as done."""
    from tasks.models import Task

    open_task = Task.objects.get(title="Buy milk")
    data = {"action": "mark_done", "_selected_action": [open_task.pk]}
    admin_client_with_tasks.post(reverse("admin:tasks_task_changelist"), data)
    open_task.refresh_from_db()
    assert open_task.done
