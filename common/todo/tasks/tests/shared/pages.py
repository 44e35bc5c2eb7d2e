"""The task pages: the site before any exercise, the list, adding, editing and deleting."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tasks.forms import TaskForm
from tasks.models import Task


def success_messages(response):
    """The text of the success messages the page shows."""
    messages = response.context["messages"]
    return [str(message) for message in messages if message.level_tag == "success"]


@pytest.mark.django_db
class SitePagesTests:
    """The site works before any exercise is done: pages load or say "not implemented yet"."""

    def test_home_welcomes_visitors(self, client):
        """Visitors see an invitation to sign up."""
        response = client.get(reverse("home"))
        assert response.status_code == 200
        assert reverse("accounts:signup") in response.content.decode()

    def test_home_summarises_the_users_tasks(self, logged_in_client, make_task):
        """Signed-in users get their counts on the home page."""
        make_task()
        response = logged_in_client.get(reverse("home"))
        assert response.status_code == 200
        assert set(response.context["summary"]) == {"total", "completed", "overdue"}

    def test_home_shows_ten_tasks_due_soon_at_most(self, logged_in_client, make_task):
        """However many are due this week, the home page lists the soonest ten, not all."""
        tomorrow = timezone.localdate() + timedelta(days=1)
        for number in range(12):
            make_task(title=f"Task {number}", due_date=tomorrow)
        response = logged_in_client.get(reverse("home"))
        assert len(response.context["due_soon"]) <= 10

    @pytest.mark.parametrize("name", ["tasks:list", "tasks:create"])
    def test_task_pages_need_a_login(self, client, name):
        """Visitors are sent to the login page, which then brings them back."""
        url = reverse(name)
        response = client.get(url)
        assert response.status_code == 302
        assert response.url == f"{reverse('login')}?next={url}"

    @pytest.mark.parametrize("name", ["list", "create", "detail", "update", "delete"])
    def test_task_pages_answer_without_crashing(self, logged_in_client, make_task, name):
        """Each task page renders, or names the exercise that will build it (501)."""
        task = make_task()
        args = [] if name in ("list", "create") else [task.pk]
        response = logged_in_client.get(reverse(f"tasks:{name}", args=args))
        assert response.status_code in (200, 501)

    def test_admin_login_page_loads(self, client):
        """The admin is installed."""
        assert client.get(reverse("admin:login")).status_code == 200


@pytest.mark.django_db
class TaskListTests:
    """/tasks/ lists the signed-in user's tasks, as ``tasks``, open ones first."""

    def test_list_shows_the_users_tasks(self, logged_in_client, make_task):
        """Every task of the user is listed, as `tasks`."""
        tasks = {make_task(title="Buy milk"), make_task(title="Call mum")}
        response = logged_in_client.get(reverse("tasks:list"))
        assert response.status_code == 200
        assert set(response.context["tasks"]) == tasks
        assert "Call mum" in response.content.decode()

    def test_list_hides_other_users_tasks(self, logged_in_client, make_task, other_user):
        """Somebody else's task never appears."""
        mine = make_task(title="Mine")
        make_task(title="Theirs", owner=other_user)
        response = logged_in_client.get(reverse("tasks:list"))
        assert list(response.context["tasks"]) == [mine]
        assert "Theirs" not in response.content.decode()

    def test_list_puts_open_tasks_first(self, logged_in_client, make_task):
        """Done tasks sink to the bottom, however old or new they are."""
        older_open = make_task(title="Water the plants")
        done = make_task(title="Archive the mail", done=True)
        newer_open = make_task(title="Book the dentist")
        response = logged_in_client.get(reverse("tasks:list"))
        tasks = list(response.context["tasks"])
        assert set(tasks[:2]) == {older_open, newer_open}
        assert tasks[2] == done


@pytest.mark.django_db
class TaskPagesTests:
    """The list comes ten tasks a page, as ``page_obj``; the exercise that builds it differs."""

    def test_the_list_shows_ten_tasks_a_page(self, logged_in_client, make_task):
        """Ten tasks a page, as `page_obj`; the eleventh is on page two, with a link to it."""
        for number in range(11):
            make_task(title=f"Task {number:02}")
        response = logged_in_client.get(reverse("tasks:list"))
        assert len(response.context["tasks"]) == 10
        assert response.context["page_obj"].paginator.count == 11
        assert "page=2" in response.content.decode()
        second = logged_in_client.get(reverse("tasks:list"), {"page": 2})
        (last,) = second.context["tasks"]
        assert last not in response.context["tasks"]


@pytest.mark.django_db
class TaskCreateTests:
    """/tasks/new/ adds a task with ``TaskForm``, as the signed-in user's."""

    def test_create_page_shows_an_empty_form(self, logged_in_client):
        """GET shows an empty TaskForm."""
        response = logged_in_client.get(reverse("tasks:create"))
        assert response.status_code == 200
        assert isinstance(response.context["form"], TaskForm)
        assert not response.context["form"].is_bound

    def test_create_saves_the_task_for_the_user(self, logged_in_client, user):
        """A valid POST saves the task as the user's and redirects to the list."""
        due = timezone.localdate() + timedelta(days=2)
        data = {"title": "Book the dentist", "notes": "Tuesday", "due_date": due.isoformat()}
        response = logged_in_client.post(reverse("tasks:create"), data)
        assert response.status_code == 302
        assert response.url == reverse("tasks:list")
        task = Task.objects.get(title="Book the dentist")
        assert (task.owner, task.notes, task.due_date) == (user, "Tuesday", due)

    def test_create_says_the_task_was_added(self, logged_in_client):
        """The list greets the new task with a success message naming it."""
        response = logged_in_client.post(reverse("tasks:create"), {"title": "Water"}, follow=True)
        messages = success_messages(response)
        assert len(messages) == 1, messages
        assert "Water" in messages[0]

    def test_create_ignores_an_owner_in_the_post(self, logged_in_client, user, other_user):
        """The owner comes from the session, never from the form."""
        logged_in_client.post(reverse("tasks:create"), {"title": "Sneaky", "owner": other_user.pk})
        assert Task.objects.get(title="Sneaky").owner == user

    def test_create_with_errors_shows_the_form_again(self, logged_in_client):
        """An invalid POST re-renders the form with errors and saves nothing."""
        response = logged_in_client.post(reverse("tasks:create"), {"title": ""})
        assert response.status_code == 200
        assert "title" in response.context["form"].errors
        assert not Task.objects.exists()


@pytest.mark.django_db
class TaskEditDeleteTests:
    """/tasks/<id>/edit/ changes a task, /tasks/<id>/delete/ deletes it after asking."""

    def test_edit_page_shows_the_filled_form(self, logged_in_client, make_task):
        """GET shows the form bound to the task."""
        task = make_task(title="Old title")
        response = logged_in_client.get(reverse("tasks:update", args=[task.pk]))
        assert response.status_code == 200
        assert response.context["form"].instance == task

    def test_edit_saves_and_returns_to_the_task(self, logged_in_client, make_task):
        """A valid POST saves the change and returns to the task's page; a message names it."""
        task = make_task(title="Old title")
        url = reverse("tasks:update", args=[task.pk])
        response = logged_in_client.post(url, {"title": "New"}, follow=True)
        assert response.redirect_chain == [(task.get_absolute_url(), 302)]
        task.refresh_from_db()
        assert task.title == "New"
        assert any("New" in message for message in success_messages(response))

    def test_edit_with_errors_shows_the_form_again(self, logged_in_client, make_task):
        """An invalid POST shows the form with its errors, and leaves the task as it was."""
        task = make_task(title="Old title")
        response = logged_in_client.post(reverse("tasks:update", args=[task.pk]), {"title": ""})
        assert response.status_code == 200
        assert "title" in response.context["form"].errors
        task.refresh_from_db()
        assert task.title == "Old title"

    def test_delete_asks_first(self, logged_in_client, make_task):
        """GET shows a confirmation page and deletes nothing."""
        task = make_task()
        response = logged_in_client.get(reverse("tasks:delete", args=[task.pk]))
        assert response.status_code == 200
        assert Task.objects.filter(pk=task.pk).exists()

    def test_delete_on_post_removes_the_task(self, logged_in_client, make_task):
        """POST deletes the task and returns to the list."""
        task = make_task()
        response = logged_in_client.post(reverse("tasks:delete", args=[task.pk]))
        assert response.status_code == 302
        assert response.url == reverse("tasks:list")
        assert not Task.objects.filter(pk=task.pk).exists()

    def test_delete_says_which_task_went(self, logged_in_client, make_task):
        """Back on the list, a success message names the deleted task."""
        task = make_task(title="Old chore")
        response = logged_in_client.post(reverse("tasks:delete", args=[task.pk]), follow=True)
        messages = success_messages(response)
        assert len(messages) == 1, messages
        assert "Old chore" in messages[0]
