"""Lists of people, the default picture, and the profile made for every user (E[profile-signal])."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from profiles.models import Follow, Profile
from profiles.tests.factories import follow

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
    user_model = get_user_model()._meta.label_lower
    rows = [
        {"model": user_model, "pk": 50, "fields": {"username": "dora", "password": "!"}},
        {"model": "profiles.profile", "pk": 60, "fields": {"user": 50, "display_name": "Dora"}},
    ]
    fixture.write_text(json.dumps(rows), encoding="utf-8")
    call_command("loaddata", fixture, verbosity=0)
    get_user_model().objects.create_user("erin")
    names = Profile.objects.order_by("user__username").values_list("user__username", "display_name")
    assert list(names) == [("dora", "Dora"), ("erin", "")]


def test_followers_and_following_lists(logged_in_client, user, other_user):
    """The lists show who follows a person and whom they follow."""
    follow(user, other_user)
    followers = logged_in_client.get(reverse("profiles:followers", args=["bob"]))
    following = logged_in_client.get(reverse("profiles:following", args=["alice"]))
    assert list(followers.context["page_obj"]) == [user]
    assert list(following.context["page_obj"]) == [other_user]


def test_profile_without_avatar_shows_the_default_picture(user):
    """People who have not uploaded an avatar get the static default picture."""
    assert Profile.objects.for_user(user).avatar_url.endswith("img/avatar.svg")
