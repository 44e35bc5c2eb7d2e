"""E[likes-comments]: liking, unliking and commenting."""

import pytest
from django.urls import reverse

from posts.models import Comment, Like
from posts.services import like_post, unlike_post
from posts.tests.factories import make_post

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[likes-comments]")]


@pytest.fixture
def post(other_user):
    return make_post(other_user, "Like me")


def test_like_post_counts_once(user, post):
    """Liking twice leaves one like; only the first call reports a change."""
    assert like_post(user, post) is True
    assert like_post(user, post) is False
    assert Like.objects.filter(user=user, post=post).count() == 1


def test_unlike_post_is_harmless_without_a_like(user, post):
    """Taking back a like you never gave changes nothing."""
    assert unlike_post(user, post) is False


def test_like_button_likes_and_shows_the_post(logged_in_client, user, post):
    """POST like: the signed-in user likes the post, then sees it."""
    response = logged_in_client.post(reverse("posts:like", args=[post.pk]))
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()
    assert Like.objects.filter(user=user, post=post).exists()


def test_unlike_button_removes_the_like(logged_in_client, user, post):
    """POST unlike removes the user's like."""
    Like.objects.create(user=user, post=post)
    logged_in_client.post(reverse("posts:unlike", args=[post.pk]))
    assert not Like.objects.exists()


def test_liking_by_get_is_refused(logged_in_client, post):
    """A GET never likes anything: 405."""
    assert logged_in_client.get(reverse("posts:like", args=[post.pk])).status_code == 405
    assert not Like.objects.exists()


def test_comment_is_added_by_the_signed_in_user(logged_in_client, user, post):
    """A comment is saved under the post, by the signed-in user."""
    response = logged_in_client.post(reverse("posts:comment", args=[post.pk]), {"text": "Nice"})
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert (comment.author, comment.post, comment.text) == (user, post, "Nice")


def test_an_empty_comment_shows_the_error(logged_in_client, post):
    """An empty comment is refused, with the form's error on the post's page."""
    response = logged_in_client.post(reverse("posts:comment", args=[post.pk]), {"text": ""})
    assert response.status_code == 200
    assert "text" in response.context["comment_form"].errors
    assert not Comment.objects.exists()
