"""E[people-search]: finding people by username or display name."""

import pytest
from django.urls import reverse

from profiles.tests.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[people-search]")]


def search(client, **params):
    return client.get(reverse("profiles:search"), params)


def test_search_matches_username_and_display_name(logged_in_client):
    """A search finds people by username or by display name, ignoring case."""
    by_name = make_user("zed", display_name="Carla Mendes")
    by_username = make_user("carlos")
    make_user("dora")
    response = search(logged_in_client, q="CARL")
    assert response.status_code == 200
    assert list(response.context["page_obj"]) == [by_username, by_name]


@pytest.mark.postgresql
def test_search_ignores_case_beyond_ascii(logged_in_client):
    """Case is ignored in every alphabet: "élodie" finds Élodie (SQLite folds ASCII only)."""
    elodie = make_user("elo", display_name="Élodie Ørsted")
    response = search(logged_in_client, q="élodie ørsted")
    assert list(response.context["page_obj"]) == [elodie]


def test_empty_search_lists_nobody(logged_in_client):
    """No words, no results (not everybody)."""
    make_user("carlos")
    response = search(logged_in_client, q="")
    assert response.status_code == 200
    assert list(response.context["page_obj"]) == []


def test_results_come_twenty_to_a_page(logged_in_client):
    """Results are paginated, 20 per page, in username order (not the order people joined)."""
    people = [make_user(f"member{number:02}") for number in reversed(range(25))]
    people.reverse()
    first = search(logged_in_client, q="member")
    second = search(logged_in_client, q="member", page=2)
    assert list(first.context["page_obj"]) == people[:20]
    assert list(second.context["page_obj"]) == people[20:]
