"""Profile pages, lists of people, and the profile made for every user (E[profile-signal])."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from posts.tests.factories import make_post
from profiles.models import Follow, Profile
from profiles.tests.factories import follow, make_user

pytestmark = pytest.mark.django_db


@pytest.mark.exercise("E[profile-signal]")
def test_a_new_user_gets_a_profile():
    """Creating a user, by any means, creates their profile."""
    user = get_user_model().objects.create_user("carol")
    assert Profile.objects.filter(user=user).count() == 1
    assert user.profile.name == "carol"


@pytest.mark.exercise("E[profile-signal]")
def test_saving_a_user_again_makes_no_second_profile(django_assert_num_queries):
    """Only creation makes a profile; a later save of the user leaves profiles alone (no query)."""
    user = get_user_model().objects.create_user("carol")
    user.first_name = "Carol"
    with django_assert_num_queries(1):
        user.save()
    assert Profile.objects.filter(user=user).count() == 1


@pytest.mark.exercise("E[profile-signal]")
def test_only_users_get_profiles(user, other_user):
    """Saving other models (a follow, say) makes no profile: the receiver listens to users only."""
    Follow.objects.create(follower=user, followed=other_user)
    assert sorted(Profile.objects.values_list("user__username", flat=True)) == ["alice", "bob"]


@pytest.mark.exercise("E[profile-signal]")
def test_loading_a_fixture_keeps_its_own_profiles(tmp_path):
    """Fixtures (raw saves) bring their own profiles; users made afterwards still get one."""
    fixture = tmp_path / "people.json"
    rows = [
        {"model": "auth.user", "pk": 50, "fields": {"username": "dora", "password": "!"}},
        {"model": "profiles.profile", "pk": 60, "fields": {"user": 50, "display_name": "Dora"}},
    ]
    fixture.write_text(json.dumps(rows), encoding="utf-8")
    call_command("loaddata", fixture, verbosity=0)
    get_user_model().objects.create_user("erin")
    names = Profile.objects.order_by("user__username").values_list("user__username", "display_name")
    assert list(names) == [("dora", "Dora"), ("erin", "")]


def test_profile_page_shows_the_person_and_counts(logged_in_client, other_user, user):
    """A profile page shows the person, their posts and their follow counts."""
    follow(user, other_user)
    post = make_post(other_user, "Bob here")
    response = logged_in_client.get(reverse("profiles:detail", args=["bob"]))
    assert response.status_code == 200
    assert response.context["person"] == other_user
    assert response.context["follower_count"] == 1
    assert response.context["following_count"] == 0
    assert response.context["is_following"] is True
    assert list(response.context["page"]) == [post]


def test_unknown_person_is_404(logged_in_client):
    """Nobody by that name: 404."""
    assert logged_in_client.get(reverse("profiles:detail", args=["nobody"])).status_code == 404


def test_profile_pages_need_a_login(client, user):
    """Visitors are sent to the login page."""
    response = client.get(reverse("profiles:detail", args=["alice"]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_followers_and_following_lists(logged_in_client, user, other_user):
    """The lists show who follows a person and whom they follow."""
    follow(user, other_user)
    followers = logged_in_client.get(reverse("profiles:followers", args=["bob"]))
    following = logged_in_client.get(reverse("profiles:following", args=["alice"]))
    assert list(followers.context["page"]) == [user]
    assert list(following.context["page"]) == [other_user]


def test_profile_without_avatar_shows_the_default_picture(user):
    """People who have not uploaded an avatar get the static default picture."""
    assert Profile.objects.for_user(user).avatar_url.endswith("img/avatar.svg")


def test_profile_page_queries_do_not_grow(logged_in_client, user, django_assert_num_queries):
    """The profile page costs the same queries for 5 or 50 posts and followed people."""

    def add(count, start):
        for number in range(start, start + count):
            person = make_user(f"person{number}")
            follow(user, person)
            follow(person, user)
            make_post(user, f"Post {number}", minutes_ago=number)

    url = reverse("profiles:detail", args=["alice"])
    add(5, 0)
    logged_in_client.get(url)
    with CaptureQueriesContext(connection) as five:
        logged_in_client.get(url)
    add(45, 5)
    with django_assert_num_queries(len(five)):
        logged_in_client.get(url)
