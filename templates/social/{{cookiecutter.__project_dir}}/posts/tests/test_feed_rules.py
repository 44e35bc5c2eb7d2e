"""Tests of ``post_feed`` and ``Post.objects.with_stats``, by the learner (exercise E[test-feed])."""

# BEGIN SOLUTION
import pytest

from posts.models import Comment, Like, Post
from posts.selectors import post_feed
from posts.tests.factories import make_post
from profiles.tests.factories import follow, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    """me follows friend; fan follows me (I do not follow back); stranger is unconnected."""
    me, friend, fan, stranger = (make_user(name) for name in ["me", "friend", "fan", "stranger"])
    follow(me, friend)
    follow(fan, me)
    return me, friend, fan, stranger


def test_feed_has_posts_by_people_i_follow(people):
    """A post by someone I follow is in my feed."""
    me, friend, _, _ = people
    theirs = make_post(friend)
    assert theirs in post_feed(user=me)


def test_feed_has_my_own_posts(people):
    """My own post is in my feed."""
    me, _, _, _ = people
    mine = make_post(me)
    assert mine in post_feed(user=me)


def test_feed_leaves_out_strangers(people):
    """A post by someone I do not follow, and who does not follow me, is not in my feed."""
    me, _, _, stranger = people
    theirs = make_post(stranger)
    assert theirs not in post_feed(user=me)


def test_feed_leaves_out_people_who_only_follow_me(people):
    """A fan's post is not in my feed: they follow me, I do not follow them."""
    me, _, fan, _ = people
    theirs = make_post(fan)
    assert theirs not in post_feed(user=me)


def test_feed_is_newest_first(people):
    """Whatever the feed holds comes newest first, mine and my friend's interleaved."""
    me, friend, _, _ = people
    for author, minutes_ago in [(friend, 40), (me, 30), (friend, 20), (me, 10)]:
        make_post(author, minutes_ago=minutes_ago)
    created = [post.created_at for post in post_feed(user=me)]
    assert created == sorted(created, reverse=True)


def test_counts_are_right_with_likes_and_comments_together(people):
    """Two likes and three comments count as 2 and 3, not multiplied by each other."""
    me, friend, fan, _ = people
    post = make_post(friend)
    Like.objects.create(user=me, post=post)
    Like.objects.create(user=fan, post=post)
    for text in ["a", "b", "c"]:
        Comment.objects.create(author=fan, post=post, text=text)
    shown = Post.objects.with_stats(me).get(pk=post.pk)
    assert (shown.like_count, shown.comment_count) == (2, 3)


def test_liked_is_about_the_viewer(people):
    """`liked` is true for the viewer who likes the post, false for another viewer."""
    me, friend, fan, _ = people
    post = make_post(friend)
    Like.objects.create(user=fan, post=post)
    assert Post.objects.with_stats(fan).get(pk=post.pk).liked is True
    assert Post.objects.with_stats(me).get(pk=post.pk).liked is False
# STUB
# TODO(E[test-feed]): test post_feed() and Post.objects.with_stats() here: who is in, order, counts, liked.
# END SOLUTION
