"""The profiles API: reading people, and the follow actions (E[viewsets])."""

import pytest

from profiles.models import Follow

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(api_client, user):
    """A client signed in with a real session, as a browser is: the API's authentication runs."""
    api_client.force_login(user)
    return api_client


def test_profile_shows_counts(signed_in, user, other_user):
    """A profile comes with its follower and following counts."""
    Follow.objects.create(follower=user, followed=other_user)
    data = signed_in.get("/api/profiles/bob/").json()
    assert data["username"] == "bob"
    assert data["follower_count"] == 1
    assert data["following_count"] == 0


def test_profiles_need_authentication(api_client, user):
    """Anonymous clients are refused."""
    assert api_client.get("/api/profiles/alice/").status_code == 403


@pytest.mark.exercise("E[viewsets]")
def test_follow_action_follows_and_answers_the_profile(signed_in, user, other_user):
    """POST follow makes the client's user follow, and answers the new counts."""
    response = signed_in.post("/api/profiles/bob/follow/")
    assert response.status_code == 200
    assert response.json()["follower_count"] == 1
    assert Follow.objects.filter(follower=user, followed=other_user).exists()


def test_follow_and_unfollow_need_a_post(signed_in, user, other_user):
    """Following and unfollowing change state: a GET is 405 and changes nothing."""
    assert signed_in.get("/api/profiles/bob/follow/").status_code == 405
    assert not Follow.objects.exists()
    Follow.objects.create(follower=user, followed=other_user)
    assert signed_in.get("/api/profiles/bob/unfollow/").status_code == 405
    assert Follow.objects.exists()


@pytest.mark.exercise("E[viewsets]")
def test_following_yourself_through_the_api_is_400(signed_in):
    """Following yourself is a client error."""
    assert signed_in.post("/api/profiles/alice/follow/").status_code == 400
    assert not Follow.objects.exists()


@pytest.mark.exercise("E[viewsets]")
def test_unfollow_action(signed_in, user, other_user):
    """POST unfollow removes the follow and answers the new counts."""
    Follow.objects.create(follower=user, followed=other_user)
    response = signed_in.post("/api/profiles/bob/unfollow/")
    assert response.status_code == 200
    assert response.json()["follower_count"] == 0
