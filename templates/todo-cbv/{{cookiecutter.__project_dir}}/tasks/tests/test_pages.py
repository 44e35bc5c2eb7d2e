"""The site works before any exercise is done: pages load or say "not implemented yet"."""

import pytest
from django.urls import reverse

from tasks.tests.shared.pages import SitePagesTests

pytestmark = pytest.mark.django_db


class TestSitePages(SitePagesTests):
    """The pages both to-do apps have: their tests are in tasks/tests/shared/pages.py."""


def test_the_archive_needs_a_login(client):
    """Visitors are sent to the login page, which then brings them back."""
    url = reverse("tasks:archive")
    assert client.get(url).url == f"{reverse('login')}?next={url}"


def test_the_archive_answers_without_crashing(logged_in_client):
    """The archive renders, or names the exercise that will build it (501)."""
    assert logged_in_client.get(reverse("tasks:archive")).status_code in (200, 501)


def test_a_search_for_a_nul_byte_is_no_error(logged_in_client, make_task):
    """PostgreSQL text cannot hold NUL: such a search is refused (400), never a server error."""
    make_task()
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk\x00"})
    assert response.status_code in (200, 400, 501)


def test_admin_lists_tasks(admin_client, make_task):
    """Staff find tasks in the admin."""
    make_task(title="Buy milk")
    response = admin_client.get(reverse("admin:tasks_task_changelist"), {"q": "milk"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
