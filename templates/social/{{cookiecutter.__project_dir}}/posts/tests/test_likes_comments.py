"""E[likes-comments]: liking, unliking and commenting."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from posts.models import Comment, Like, Post
from posts.services import like_create, like_delete
from posts.tests.factories import make_post
from posts.views import COMMENTS_PER_PAGE
from profiles.tests.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[likes-comments]")]


@pytest.fixture
def post(other_user):
    return make_post(other_user, "Like me")


def test_like_create_counts_once(user, post):
    """Liking twice leaves one like; only the first call reports a change."""
    assert like_create(user=user, post=post) is True
    assert like_create(user=user, post=post) is False
    assert Like.objects.filter(user=user, post=post).count() == 1


def test_like_create_counts_once_with_stale_copies(user, post):
    """Two requests holding their own copies of the post still make one like."""
    first_copy, second_copy = Post.objects.get(pk=post.pk), Post.objects.get(pk=post.pk)
    assert like_create(user=user, post=first_copy) is True
    assert like_create(user=user, post=second_copy) is False
    assert Like.objects.count() == 1


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_likes_at_the_same_moment_make_one_and_neither_fails(at_once, user, post):
    """A double click (two likes at once) leaves one like, and neither request fails."""

    def click():
        return like_create(user=user, post=post)

    outcomes = at_once(click, click, before_saving=Like)
    assert set(outcomes) == {True, False}  # one made the like, the other found it
    assert Like.objects.filter(user=user, post=post).count() == 1


def test_like_delete_is_harmless_without_a_like(user, post):
    """Taking back a like you never gave changes nothing."""
    assert like_delete(user=user, post=post) is False


def test_like_delete_takes_back_only_your_like(user, other_user, post):
    """Unliking removes your like of that post; other people's likes and your other likes stay."""
    carol = make_user("carol")
    another = make_post(other_user, "Another")
    for person, liked in [(user, post), (carol, post), (user, another)]:
        Like.objects.create(user=person, post=liked)
    assert like_delete(user=user, post=post) is True
    remaining = Like.objects.values_list("user__username", "post__text")
    assert sorted(remaining) == [("alice", "Another"), ("carol", "Like me")]


def test_like_button_likes_and_shows_the_post(logged_in_client, user, post):
    """POST like: the signed-in user likes the post, then sees it."""
    response = logged_in_client.post(reverse("posts:like", args=[post.pk]))
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()
    assert Like.objects.filter(user=user, post=post).exists()


def test_unlike_button_removes_the_like(logged_in_client, user, post):
    """POST unlike removes the user's like."""
    Like.objects.create(user=user, post=post)
    response = logged_in_client.post(reverse("posts:unlike", args=[post.pk]))
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()
    assert not Like.objects.exists()


def test_liking_by_get_is_refused(logged_in_client, post):
    """A GET never likes anything: 405."""
    assert logged_in_client.get(reverse("posts:like", args=[post.pk])).status_code == 405
    assert not Like.objects.exists()


def test_unliking_by_get_is_refused(logged_in_client, user, post):
    """A GET never takes a like back either: 405, and the like stays."""
    Like.objects.create(user=user, post=post)
    assert logged_in_client.get(reverse("posts:unlike", args=[post.pk])).status_code == 405
    assert Like.objects.exists()


def test_commenting_by_get_is_refused(logged_in_client, post):
    """The comment box posts; a GET to its address is 405 and adds nothing."""
    url = reverse("posts:comment", args=[post.pk])
    assert logged_in_client.get(url, {"text": "Sneaky"}).status_code == 405
    assert not Comment.objects.exists()


def test_comment_is_added_by_the_signed_in_user(logged_in_client, user, post):
    """A comment is saved under the post, by the signed-in user."""
    response = logged_in_client.post(reverse("posts:comment", args=[post.pk]), {"text": "Nice"})
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()
    comment = Comment.objects.get()
    assert (comment.author, comment.post, comment.text) == (user, post, "Nice")


def test_an_empty_comment_shows_the_error(logged_in_client, post):
    """An empty comment is refused, with the form's error on the post's page."""
    response = logged_in_client.post(reverse("posts:comment", args=[post.pk]), {"text": ""})
    assert response.status_code == 200
    assert "text" in response.context["comment_form"].errors
    assert not Comment.objects.exists()


def add_comments(post, count):
    """``count`` comments under ``post``, each by a new reader."""
    start = Comment.objects.count()
    authors = [make_user(f"reader{number}") for number in range(start, start + count)]
    return Comment.objects.bulk_create(
        Comment(author=author, post=post, text=f"Comment {number}")
        for number, author in enumerate(authors)
    )


def test_the_post_page_shows_a_page_of_comments_at_a_time(logged_in_client, post):
    """COMMENTS_PER_PAGE comments, oldest first, with a link to the next page; the rest there."""
    comments = add_comments(post, COMMENTS_PER_PAGE + 3)
    first = logged_in_client.get(post.get_absolute_url())
    assert list(first.context["comments"]) == comments[:COMMENTS_PER_PAGE]
    assert 'rel="next"' in first.content.decode()
    second = logged_in_client.get(post.get_absolute_url(), {"page": 2})
    assert list(second.context["comments"]) == comments[COMMENTS_PER_PAGE:]


def test_the_post_page_runs_the_same_queries_for_any_number_of_comments(logged_in_client, post):
    """Authors and their profiles come with the comments: no query per comment."""
    add_comments(post, 2)
    logged_in_client.get(post.get_absolute_url())  # the first request also loads the session
    with CaptureQueriesContext(connection) as few:
        logged_in_client.get(post.get_absolute_url())
    add_comments(post, 40)
    with CaptureQueriesContext(connection) as many:
        logged_in_client.get(post.get_absolute_url())
    assert len(many) == len(few)
