"""E[detail-page]: the task page and the due_label filter."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from tasks.models import Task
from tasks.templatetags.task_tags import due_label

pytestmark = pytest.mark.exercise("E[detail-page]")


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


@pytest.mark.parametrize(
    ("task", "label"),
    [
        (Task(due_date=None), "No due date"),
        (Task(due_date=in_days(0)), "Due today"),
        (Task(due_date=in_days(1)), "Due tomorrow"),
        (Task(due_date=in_days(3)), "Due in 3 days"),
        (Task(due_date=in_days(-1)), "1 day late"),
        (Task(due_date=in_days(-3)), "3 days late"),
        (Task(due_date=in_days(-3), done=True), "Done"),
    ],
)
def test_due_label_says_how_soon(task, label):
    """The label reads naturally, singular and plural."""
    assert due_label(task) == label


@pytest.mark.django_db
def test_detail_page_shows_the_task(logged_in_client, make_task):
    """The page shows the task with its label, notes and links to change it."""
    task = make_task(title="Pay rent", notes="Line one\nLine two", due_date=in_days(3))
    response = logged_in_client.get(task.get_absolute_url())
    assert response.status_code == 200
    assert response.context["task"] == task
    page = response.content.decode()
    assert "Pay rent" in page
    assert "Due in 3 days" in page
    assert "Line one<br>Line two" in page
    assert f'href="{reverse("tasks:update", args=[task.pk])}"' in page
    assert f'href="{reverse("tasks:delete", args=[task.pk])}"' in page


@pytest.mark.django_db
def test_detail_page_shows_the_due_date(logged_in_client, make_task):
    """The due date itself is on the page, beside the label, in any usual format."""
    due = in_days(3)
    task = make_task(due_date=due)
    page = logged_in_client.get(task.get_absolute_url()).content.decode()
    shown = {due.isoformat(), formats.date_format(due), formats.date_format(due, "j F Y")}
    assert any(text in page for text in shown), f"none of {sorted(shown)} is on the page"


@pytest.mark.django_db
def test_detail_page_escapes_what_users_typed(logged_in_client, make_task):
    """Notes are shown as text, never run as HTML."""
    task = make_task(notes="<script>alert(1)</script>")
    page = logged_in_client.get(task.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
