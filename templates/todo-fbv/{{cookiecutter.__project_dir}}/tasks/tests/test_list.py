"""E[task-list]: the task list shows the signed-in user's tasks, open ones first."""

import pytest
from django.urls import reverse

from tasks.tests.shared.pages import TaskListTests, TaskPagesTests

pytestmark = pytest.mark.exercise("E[task-list]")


class TestTaskList(TaskListTests):
    """The list both to-do apps show alike: its tests are in tasks/tests/shared/pages.py."""


class TestTaskPages(TaskPagesTests):
    """Ten tasks a page: the tests are in tasks/tests/shared/pages.py."""


@pytest.mark.django_db
@pytest.mark.parametrize(("page", "number"), [("abc", 1), ("99", 2), ("-1", 2)])
def test_a_bad_page_number_shows_the_first_or_last_page(logged_in_client, make_task, page, number):
    """`?page=abc` shows the first page and `?page=99` the last, never an error."""
    for _ in range(11):
        make_task()
    response = logged_in_client.get(reverse("tasks:list"), {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == number
