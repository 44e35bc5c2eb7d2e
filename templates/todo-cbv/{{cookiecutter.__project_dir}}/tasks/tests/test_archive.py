"""E[completed-archive]: done tasks by month, with Django's date-based generic views."""

from datetime import datetime, timezone

import pytest
from django.urls import reverse

from tasks.models import Task

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[completed-archive]")]


def at(year, month, day):
    return datetime(year, month, day, 12, tzinfo=timezone.utc)


@pytest.fixture
def done_on(make_task):
    """Make a done task whose completion time is ``when`` (the signal stamps now; we move it)."""

    def done_on(when, **fields):
        task = make_task(done=True, **fields)
        Task.objects.filter(pk=task.pk).update(completed_at=when)
        task.refresh_from_db()
        return task

    return done_on


def months(response):
    return [(month.year, month.month) for month in response.context["date_list"]]


def test_archive_lists_done_tasks_latest_first(logged_in_client, make_task, done_on):
    """The archive holds the user's done tasks, the most recently completed first; no open ones."""
    march = done_on(at(2024, 3, 10), title="Renew passport")
    may = done_on(at(2024, 5, 2), title="Pay the rent")
    make_task(title="Still to do")
    response = logged_in_client.get(reverse("tasks:archive"))
    assert response.status_code == 200
    assert list(response.context["latest"]) == [may, march]
    assert "Still to do" not in response.content.decode()


def test_archive_lists_the_months_with_done_tasks(logged_in_client, done_on):
    """The archive names each month in which something was done, newest first."""
    done_on(at(2024, 3, 10))
    done_on(at(2024, 3, 28))
    done_on(at(2024, 5, 2))
    response = logged_in_client.get(reverse("tasks:archive"))
    assert months(response) == [(2024, 5), (2024, 3)]


def test_empty_archive_is_a_page(logged_in_client, make_task):
    """Someone with nothing done yet gets the page, empty, not a 404."""
    make_task(title="Still to do")
    response = logged_in_client.get(reverse("tasks:archive"))
    assert response.status_code == 200
    assert list(response.context["latest"]) == []


def test_month_holds_what_was_completed_in_it(logged_in_client, done_on):
    """A month's page lists the tasks completed that month, by completion time, not last edit."""
    march = done_on(at(2024, 3, 10), title="Renew passport")
    done_on(at(2024, 5, 2), title="Pay the rent")
    response = logged_in_client.get(reverse("tasks:archive-month", args=[2024, 3]))
    assert response.status_code == 200
    assert list(response.context["object_list"]) == [march]


def test_month_links_skip_months_with_nothing_done(logged_in_client, done_on):
    """Previous and next lead to the nearest months that have done tasks."""
    done_on(at(2024, 1, 15))
    done_on(at(2024, 3, 10))
    done_on(at(2024, 6, 1))
    response = logged_in_client.get(reverse("tasks:archive-month", args=[2024, 3]))
    previous, following = response.context["previous_month"], response.context["next_month"]
    assert (previous.year, previous.month) == (2024, 1)
    assert (following.year, following.month) == (2024, 6)


def test_month_with_nothing_done_is_404(logged_in_client, done_on):
    """A month in which nothing was completed has no page."""
    done_on(at(2024, 3, 10))
    assert logged_in_client.get(reverse("tasks:archive-month", args=[2024, 4])).status_code == 404


def test_other_users_tasks_never_appear(logged_in_client, done_on, other_user):
    """Neither the archive nor a month shows somebody else's done tasks."""
    mine = done_on(at(2024, 3, 10), title="Mine")
    done_on(at(2024, 3, 11), title="Theirs", owner=other_user)
    done_on(at(2024, 4, 2), title="Theirs too", owner=other_user)
    archive = logged_in_client.get(reverse("tasks:archive"))
    assert list(archive.context["latest"]) == [mine]
    assert months(archive) == [(2024, 3)]
    month = logged_in_client.get(reverse("tasks:archive-month", args=[2024, 3]))
    assert list(month.context["object_list"]) == [mine]
    assert logged_in_client.get(reverse("tasks:archive-month", args=[2024, 4])).status_code == 404


@pytest.mark.parametrize(
    "url", [reverse("tasks:archive"), reverse("tasks:archive-month", args=[2024, 3])]
)
def test_twenty_tasks_a_page(logged_in_client, done_on, url):
    """The archive and a month show twenty tasks a page; the twenty-first is on page two."""
    for day in range(1, 22):
        done_on(at(2024, 3, day), title=f"Done on the {day}")
    first = logged_in_client.get(url)
    assert len(first.context["page_obj"].object_list) == 20
    assert "?page=2" in first.content.decode()
    second = logged_in_client.get(url, {"page": 2})
    assert [task.title for task in second.context["page_obj"].object_list] == ["Done on the 1"]
