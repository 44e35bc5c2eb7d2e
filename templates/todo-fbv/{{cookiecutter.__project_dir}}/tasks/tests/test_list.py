"""E[task-list]: the task list shows the signed-in user's tasks, open ones first."""

import pytest
from django.urls import reverse

from tasks.tests.shared.pages import TaskListTests

pytestmark = pytest.mark.exercise("E[task-list]")


class TestTaskList(TaskListTests):
    """The list both to-do apps show alike: its tests are in tasks/tests/shared/pages.py."""


@pytest.mark.django_db
def test_the_list_shows_ten_tasks_a_page(logged_in_client, make_task):
    """Ten tasks a page, as `page_obj`; the eleventh is on page two, with a link to it."""
    for number in range(11):
        make_task(title=f"Task {number:02}")
    response = logged_in_client.get(reverse("tasks:list"))
    assert len(response.context["tasks"]) == 10
    assert response.context["page_obj"].paginator.count == 11
    assert "?page=2" in response.content.decode()
    second = logged_in_client.get(reverse("tasks:list"), {"page": 2})
    (last,) = second.context["tasks"]
    assert last not in response.context["tasks"]


@pytest.mark.django_db
@pytest.mark.parametrize(("page", "number"), [("abc", 1), ("99", 2), ("-1", 2)])
def test_a_bad_page_number_shows_the_first_or_last_page(logged_in_client, make_task, page, number):
    """`?page=abc` shows the first page and `?page=99` the last, never an error."""
    for _ in range(11):
        make_task()
    response = logged_in_client.get(reverse("tasks:list"), {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == number
