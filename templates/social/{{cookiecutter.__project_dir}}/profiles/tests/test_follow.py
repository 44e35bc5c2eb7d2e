"""Following: database constraints (E[follow-model]), and the follow and unfollow buttons (E[follow-views])."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from profiles.models import Follow
from profiles.services import follow_create, follow_delete

pytestmark = pytest.mark.django_db


@pytest.fixture
def carol():
    return get_user_model().objects.create_user("carol")


@pytest.fixture
def three_follows(user, other_user, carol):
    """alice (user) follows bob (other_user) and carol; carol follows bob."""
    for follower, followed in [(user, other_user), (user, carol), (carol, other_user)]:
        Follow.objects.create(follower=follower, followed=followed)


@pytest.mark.exercise("E[follow-model]")
def test_database_refuses_a_second_identical_follow(user, other_user):
    """The same pair cannot be stored twice, even bypassing the views."""
    Follow.objects.create(follower=user, followed=other_user)
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=user, followed=other_user)


@pytest.mark.exercise("E[follow-model]")
def test_database_refuses_following_yourself(user):
    """A row where someone follows themselves is refused by the database."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=user, followed=user)


@pytest.mark.exercise("E[follow-model]")
def test_people_follow_many_and_are_followed_by_many(three_follows, other_user, carol):
    """Only the pair is unique: following several people, and being followed by several, is fine."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(follower=carol, followed=other_user)
    assert Follow.objects.count() == 3


@pytest.mark.exercise("E[follow-model]")
def test_the_model_declares_both_rules(user, other_user):
    """The model knows its constraints, so full_clean() (forms, the admin) reports both rules."""
    Follow.objects.create(follower=user, followed=other_user)
    with pytest.raises(ValidationError):
        Follow(follower=user, followed=other_user).full_clean()
    with pytest.raises(ValidationError):
        Follow(follower=user, followed=user).full_clean()


@pytest.mark.exercise("E[follow-views]")
def test_follow_create_is_idempotent(user, other_user):
    """Following twice leaves one follow; only the first call reports a change."""
    assert follow_create(follower=user, followed=other_user) is True
    assert follow_create(follower=user, followed=other_user) is False
    assert Follow.objects.filter(follower=user, followed=other_user).count() == 1


@pytest.mark.exercise("E[follow-views]")
def test_follow_create_refuses_yourself(user):
    """Following yourself is a validation error, not a crash."""
    with pytest.raises(ValidationError):
        follow_create(follower=user, followed=user)
    assert not Follow.objects.exists()


@pytest.mark.exercise("E[follow-views]")
def test_follow_create_counts_once_with_stale_copies(user, other_user):
    """Two requests holding their own copies of the same people still make one follow."""
    first_copy = get_user_model().objects.get(pk=other_user.pk)
    second_copy = get_user_model().objects.get(pk=other_user.pk)
    assert follow_create(follower=user, followed=first_copy) is True
    assert follow_create(follower=user, followed=second_copy) is False
    assert Follow.objects.count() == 1


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
@pytest.mark.exercise("E[follow-views]")
def test_two_follows_at_the_same_moment_make_one_and_neither_fails(at_once, user, other_user):
    """A double click (two follows at once) leaves one follow, and neither request fails."""

    def click():
        return follow_create(follower=user, followed=other_user)

    outcomes = at_once(click, click, before_saving=Follow)
    assert set(outcomes) == {True, False}  # one made the follow, the other found it
    assert Follow.objects.filter(follower=user, followed=other_user).count() == 1


@pytest.mark.exercise("E[follow-views]")
def test_follow_delete_is_harmless_when_not_following(user, other_user):
    """Unfollowing someone you do not follow changes nothing."""
    assert follow_delete(follower=user, followed=other_user) is False


@pytest.mark.exercise("E[follow-views]")
def test_follow_delete_removes_only_that_follow(three_follows, user, other_user):
    """Unfollowing one person keeps your other follows, and other people's follows of them."""
    assert follow_delete(follower=user, followed=other_user) is True
    remaining = Follow.objects.values_list("follower__username", "followed__username")
    assert sorted(remaining) == [("alice", "carol"), ("carol", "bob")]


@pytest.mark.exercise("E[follow-views]")
def test_follow_button_follows_and_returns_to_the_profile(logged_in_client, user, other_user):
    """POSTing the follow button makes the signed-in user follow, then shows the profile."""
    response = logged_in_client.post(reverse("profiles:follow", args=["bob"]))
    assert response.status_code == 302
    assert response.url == reverse("posts:author", args=["bob"])
    assert Follow.objects.filter(follower=user, followed=other_user).exists()


@pytest.mark.exercise("E[follow-views]")
def test_follow_button_says_so(logged_in_client, other_user):
    """After following, a message names the person followed."""
    response = logged_in_client.post(reverse("profiles:follow", args=["bob"]), follow=True)
    assert any("bob" in str(message) for message in response.context["messages"])


@pytest.mark.exercise("E[follow-views]")
def test_unfollow_button_unfollows_and_says_so(logged_in_client, user, other_user):
    """POSTing the unfollow button removes the follow, says so, and shows the person's page."""
    Follow.objects.create(follower=user, followed=other_user)
    response = logged_in_client.post(reverse("profiles:unfollow", args=["bob"]))
    assert response.status_code == 302
    assert response.url == reverse("posts:author", args=["bob"])
    assert not Follow.objects.exists()
    page = logged_in_client.get(response.url)
    assert any("bob" in str(message) for message in page.context["messages"])


@pytest.mark.exercise("E[follow-views]")
def test_following_by_get_is_refused(logged_in_client, other_user):
    """A GET (a link, a crawler, an image tag) never follows anyone: 405."""
    response = logged_in_client.get(reverse("profiles:follow", args=["bob"]))
    assert response.status_code == 405
    assert not Follow.objects.exists()


@pytest.mark.exercise("E[follow-views]")
def test_unfollowing_by_get_is_refused(logged_in_client, user, other_user):
    """A GET never unfollows anyone either: 405, and the follow stays."""
    Follow.objects.create(follower=user, followed=other_user)
    response = logged_in_client.get(reverse("profiles:unfollow", args=["bob"]))
    assert response.status_code == 405
    assert Follow.objects.exists()


@pytest.mark.exercise("E[follow-views]")
def test_following_yourself_by_the_button_is_a_message(logged_in_client, user):
    """Pressing follow on your own page explains the refusal instead of failing."""
    response = logged_in_client.post(reverse("profiles:follow", args=["alice"]), follow=True)
    assert response.status_code == 200
    assert not Follow.objects.exists()
    assert any("yourself" in str(message) for message in response.context["messages"])
