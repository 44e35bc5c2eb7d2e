"""The site works before any exercise is done: pages load or say "not implemented yet"."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_home_welcomes_visitors(client):
    """Visitors see an invitation to sign up."""
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert reverse("accounts:signup") in response.content.decode()


def test_home_summarises_the_users_tasks(logged_in_client, make_task):
    """Signed-in users get their counts on the home page."""
    make_task()
    response = logged_in_client.get(reverse("home"))
    assert response.status_code == 200
    assert response.context["summary"]["total"] == 1


@pytest.mark.parametrize("name", ["tasks:list", "tasks:create", "tasks:archive"])
def test_task_pages_need_a_login(client, name):
    """Visitors are sent to the login page, which then brings them back."""
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("name", ["list", "create", "detail", "update", "delete", "archive"])
def test_task_pages_answer_without_crashing(logged_in_client, make_task, name):
    """Each task page renders, or names the exercise that will build it (501)."""
    task = make_task()
    args = [] if name in ("list", "create", "archive") else [task.pk]
    response = logged_in_client.get(reverse(f"tasks:{name}", args=args))
    assert response.status_code in (200, 501)


def test_a_search_for_a_nul_byte_is_no_error(logged_in_client, make_task):
    """PostgreSQL text cannot hold NUL: such a search is an empty one, never a server error."""
    make_task()
    response = logged_in_client.get(reverse("tasks:list"), {"q": "milk\x00"})
    assert response.status_code in (200, 501)


def test_admin_lists_tasks(admin_client, make_task):
    """Staff find tasks in the admin."""
    make_task(title="Buy milk")
    response = admin_client.get(reverse("admin:tasks_task_changelist"), {"q": "milk"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
