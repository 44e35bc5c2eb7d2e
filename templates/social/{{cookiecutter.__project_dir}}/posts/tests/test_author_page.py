"""A person's page: who they are, their follow counts and their posts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from posts.tests.factories import make_post
from profiles.tests.factories import follow, make_user

pytestmark = pytest.mark.django_db


def test_a_persons_page_shows_them_their_counts_and_posts(logged_in_client, other_user, user):
    """A person's page shows the person, their posts and their follow counts."""
    follow(user, other_user)
    post = make_post(other_user, "Bob here")
    response = logged_in_client.get(reverse("posts:author", args=["bob"]))
    assert response.status_code == 200
    assert response.context["person"] == other_user
    assert response.context["follower_count"] == 1
    assert response.context["following_count"] == 0
    assert response.context["is_following"] is True
    assert list(response.context["page_obj"]) == [post]


def test_unknown_person_is_404(logged_in_client):
    """Nobody by that name: 404."""
    assert logged_in_client.get(reverse("posts:author", args=["nobody"])).status_code == 404


def test_a_persons_page_needs_a_login(client, user):
    """Visitors are sent to the login page."""
    response = client.get(reverse("posts:author", args=["alice"]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_persons_page_queries_do_not_grow(logged_in_client, user, django_assert_num_queries):
    """A person's page costs the same queries for 5 or 50 posts and followed people."""

    def add(count, start):
        for number in range(start, start + count):
            person = make_user(f"person{number}")
            follow(user, person)
            follow(person, user)
            make_post(user, f"Post {number}", minutes_ago=number)

    url = reverse("posts:author", args=["alice"])
    add(5, 0)
    logged_in_client.get(url)
    with CaptureQueriesContext(connection) as five:
        logged_in_client.get(url)
    add(45, 5)
    with django_assert_num_queries(len(five)):
        logged_in_client.get(url)
