"""E[api-filters]: the task list searched, sorted and filtered from its query string."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tasks.models import Task
from tasks.tests.shared.api import operation

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[api-filters]")]


@pytest.fixture(autouse=True)
def tasks(make_task):
    """Four tasks, made an hour apart in this order."""
    today, now = timezone.localdate(), timezone.now()
    rows = [
        ("Buy milk", "oat, two cartons", 3, False),
        ("Call the bank", "about the new card", 1, False),
        ("Bake bread", "buy flour first", 9, False),
        ("Water the plants", "", 5, True),
    ]
    for hours_ago, (title, notes, due_in, done) in zip(range(4, 0, -1), rows, strict=True):
        due_date = today + timedelta(days=due_in)
        task = make_task(title=title, notes=notes, due_date=due_date, done=done)
        Task.objects.filter(pk=task.pk).update(created_at=now - timedelta(hours=hours_ago))


def titles(client, **params):
    response = client.get(reverse("api:task-list"), params)
    assert response.status_code == 200, response.content
    return [task["title"] for task in response.json()["results"]]


def test_search_looks_in_titles_and_notes_in_any_case(client_as_user):
    """?search= finds a word in the title or in the notes, whatever its case."""
    assert titles(client_as_user, search="MILK") == ["Buy milk"]
    assert titles(client_as_user, search="flour") == ["Bake bread"]


def test_search_needs_every_word(client_as_user):
    """Several words narrow the search: a task needs them all, in title or notes."""
    assert titles(client_as_user, search="buy flour") == ["Bake bread"]
    assert titles(client_as_user, search="milk card") == []


def test_search_finds_part_of_a_word(client_as_user):
    """A word inside another word matches, as in the site's search box."""
    assert titles(client_as_user, search="arton") == ["Buy milk"]


def test_ordering_by_due_date_both_ways(client_as_user):
    """?ordering=due_date sorts soonest first, and -due_date latest first."""
    soonest_first = ["Call the bank", "Buy milk", "Water the plants", "Bake bread"]
    assert titles(client_as_user, ordering="due_date") == soonest_first
    assert titles(client_as_user, ordering="-due_date") == soonest_first[::-1]


def test_ordering_by_title_and_creation(client_as_user):
    """Titles and creation times sort too."""
    alphabetical = ["Bake bread", "Buy milk", "Call the bank", "Water the plants"]
    assert titles(client_as_user, ordering="title") == alphabetical
    made = ["Buy milk", "Call the bank", "Bake bread", "Water the plants"]
    assert titles(client_as_user, ordering="created_at") == made


def test_ordering_by_any_other_field_is_ignored(client_as_user):
    """Sorting on a field not offered keeps the usual order: open first, soonest due first."""
    usual = titles(client_as_user)
    assert usual == ["Call the bank", "Buy milk", "Bake bread", "Water the plants"]
    assert titles(client_as_user, ordering="notes") == usual
    assert titles(client_as_user, ordering="-owner") == usual


def test_done_filter(client_as_user):
    """?done=true keeps the done tasks, ?done=false the open ones; empty, it filters nothing."""
    assert titles(client_as_user, done="true") == ["Water the plants"]
    assert titles(client_as_user, done="false") == ["Call the bank", "Buy milk", "Bake bread"]
    assert len(titles(client_as_user, done="")) == 4


def test_done_filter_refuses_other_values(client_as_user):
    """?done=maybe is a 400 that says what to send, rather than a guess."""
    response = client_as_user.get(reverse("api:task-list"), {"done": "maybe"})
    assert response.status_code == 400
    assert "done" in response.json()


def test_filters_combine(client_as_user):
    """Search, ordering and the done filter work together."""
    assert titles(client_as_user, search="b", done="false", ordering="-title") == [
        "Call the bank",
        "Buy milk",
        "Bake bread",
    ]


def test_filters_never_reach_other_users_tasks(client_as_user, make_task, other_user):
    """Whatever the query string, the list holds only the user's own tasks."""
    make_task(owner=other_user, title="Buy milk for Bob", done=True)
    make_task(owner=other_user, title="Bob's open task")
    assert titles(client_as_user, search="milk") == ["Buy milk"]
    assert titles(client_as_user, done="true") == ["Water the plants"]
    assert len(titles(client_as_user, done="false")) == 3


def test_filters_narrow_the_count_of_the_pages_too(client_as_user):
    """The page's `count` is the number of tasks that pass the filters, not of all tasks."""
    response = client_as_user.get(reverse("api:task-list"), {"done": "false", "search": "b"})
    assert response.json()["count"] == 3


def test_the_schema_documents_every_filter(api_schema):
    """/api/schema/ lists ?search=, ?ordering= and ?done=, with the two values done takes."""
    parameters = {
        parameter["name"]: parameter
        for parameter in operation(api_schema, "/api/tasks/", "get").get("parameters", [])
    }
    assert {"search", "ordering", "done", "page"} <= set(parameters)
    done = parameters["done"]
    assert (done["in"], done.get("required", False)) == ("query", False)
    assert sorted(done["schema"]["enum"]) == ["false", "true"]
