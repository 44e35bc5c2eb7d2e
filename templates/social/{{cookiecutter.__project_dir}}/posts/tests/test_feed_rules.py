"""Tests for ``Post.objects.feed_for`` and ``with_stats``, written by the learner (exercise E[test-feed])."""

# BEGIN SOLUTION
import pytest

from posts.models import Comment, Like, Post
from posts.tests.factories import make_post
from profiles.tests.factories import follow, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    """me follows friend; fan follows me; stranger is unconnected."""
    me, friend, fan, stranger = (make_user(name) for name in ["me", "friend", "fan", "stranger"])
    follow(me, friend)
    follow(fan, me)
    return me, friend, fan, stranger


def test_feed_has_followed_and_own_posts_only(people):
    """The feed holds posts by people I follow and mine; not fans', not strangers'."""
    me, friend, fan, stranger = people
    mine = make_post(me, minutes_ago=2)
    theirs = make_post(friend, minutes_ago=1)
    make_post(fan)
    make_post(stranger)
    assert set(Post.objects.feed_for(me)) == {mine, theirs}


def test_feed_is_newest_first(people):
    """The newest post comes first."""
    me, friend, _, _ = people
    old = make_post(friend, minutes_ago=30)
    middle = make_post(me, minutes_ago=20)
    new = make_post(friend, minutes_ago=10)
    assert list(Post.objects.feed_for(me)) == [new, middle, old]


def test_counts_are_right_with_likes_and_comments_together(people):
    """Two likes and three comments count as 2 and 3, not multiplied by each other."""
    me, friend, fan, _ = people
    post = make_post(friend)
    Like.objects.create(user=me, post=post)
    Like.objects.create(user=fan, post=post)
    for text in ["a", "b", "c"]:
        Comment.objects.create(author=fan, post=post, text=text)
    shown = Post.objects.with_stats(me).get()
    assert (shown.like_count, shown.comment_count) == (2, 3)


def test_liked_is_about_the_viewer(people):
    """`liked` is true for the viewer who likes the post, false for another viewer."""
    me, friend, fan, _ = people
    post = make_post(friend)
    Like.objects.create(user=fan, post=post)
    assert Post.objects.with_stats(fan).get(pk=post.pk).liked is True
    assert Post.objects.with_stats(me).get(pk=post.pk).liked is False
# STUB
# TODO(E[test-feed]): test Post.objects.feed_for() and with_stats() here: who is in, order, counts, liked.
# END SOLUTION
