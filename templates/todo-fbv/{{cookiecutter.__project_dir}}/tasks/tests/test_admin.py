"""E[admin]: staff manage tasks in the admin."""

import pytest
from django.db.models.signals import pre_save
from django.urls import reverse_lazy

from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[admin]")]

CHANGELIST = reverse_lazy("admin:tasks_task_changelist")


@pytest.fixture
def admin_client_with_tasks(admin_client, make_task, user):
    make_task(title="Buy milk", notes="semi-skimmed")
    make_task(title="Call mum", done=True)
    return admin_client


def titles(response):
    return sorted(task.title for task in response.context["cl"].result_list)


def mark_done_action(client):
    """The name of the action labelled "Mark selected tasks as done", or None."""
    choices = client.get(CHANGELIST).context["action_form"].fields["action"].choices
    return next((name for name, label in choices if label == "Mark selected tasks as done"), None)


def test_changelist_shows_the_columns(admin_client_with_tasks):
    """The task list shows title, owner, due date and done."""
    response = admin_client_with_tasks.get(CHANGELIST)
    assert response.status_code == 200
    assert list(response.context["cl"].list_display)[-4:] == ["title", "owner", "due_date", "done"]


def test_sidebar_filters_by_done_and_due_date(admin_client_with_tasks):
    """The sidebar offers a filter on the done flag and one on the due date."""
    response = admin_client_with_tasks.get(CHANGELIST)
    filters = [str(spec.title).lower() for spec in response.context["cl"].filter_specs]
    assert any("done" in title for title in filters), filters
    assert any("due" in title for title in filters), filters


def test_changelist_filters_by_done(admin_client_with_tasks):
    """Staff can show only the done tasks."""
    response = admin_client_with_tasks.get(CHANGELIST, {"done__exact": "1"})
    assert titles(response) == ["Call mum"]


def test_changelist_searches_title_notes_and_owner(admin_client_with_tasks, user):
    """Search finds tasks by their title, their notes and their owner's username."""
    user.email = "a.liddell@example.org"
    user.save()
    by_title = admin_client_with_tasks.get(CHANGELIST, {"q": "mum"})
    assert titles(by_title) == ["Call mum"]
    by_notes = admin_client_with_tasks.get(CHANGELIST, {"q": "skimmed"})
    assert titles(by_notes) == ["Buy milk"]
    by_owner = admin_client_with_tasks.get(CHANGELIST, {"q": user.username})
    assert titles(by_owner) == ["Buy milk", "Call mum"]


def test_mark_done_action_is_offered_by_name(admin_client_with_tasks):
    """The actions menu offers "Mark selected tasks as done"."""
    assert mark_done_action(admin_client_with_tasks)


def test_mark_done_action_marks_only_the_selected_tasks(admin_client_with_tasks, make_task):
    """The action marks the selected tasks as done, and no others."""
    selected = Task.objects.get(title="Buy milk")
    left_alone = make_task(title="Walk the dog")
    data = {"action": mark_done_action(admin_client_with_tasks), "_selected_action": [selected.pk]}
    admin_client_with_tasks.post(CHANGELIST, data)
    selected.refresh_from_db()
    left_alone.refresh_from_db()
    assert (selected.done, left_alone.done) == (True, False)


def test_mark_done_action_saves_each_task(admin_client_with_tasks):
    """The action saves each task, so that what runs on save (E[completion-signal]) runs."""
    selected = Task.objects.get(title="Buy milk")
    saved = []

    def record(sender, instance, **kwargs):
        saved.append((instance.pk, instance.done))

    pre_save.connect(record, sender=Task, weak=False)
    try:
        action = mark_done_action(admin_client_with_tasks)
        data = {"action": action, "_selected_action": [selected.pk]}
        admin_client_with_tasks.post(CHANGELIST, data)
    finally:
        pre_save.disconnect(record, sender=Task)
    assert saved == [(selected.pk, True)]
