"""E[feed]: the feed page: whose posts, in what order, with what stats, in how many queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from posts.models import Comment, Like
from posts.tests.factories import make_post
from profiles.tests.factories import follow, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[feed]")]


def feed(client, **params):
    return client.get(reverse("posts:feed"), params)


def test_feed_shows_followed_and_own_posts_newest_first(logged_in_client, user, other_user):
    """Posts by people you follow and your own, newest first; never a stranger's or a fan's."""
    stranger, fan = make_user("stranger"), make_user("fan")
    follow(user, other_user)
    follow(fan, user)
    old = make_post(other_user, "Old", minutes_ago=30)
    mine = make_post(user, "Mine", minutes_ago=20)
    new = make_post(other_user, "New", minutes_ago=10)
    make_post(stranger, "Not for you")
    make_post(fan, "Following you is not enough")
    response = feed(logged_in_client)
    assert response.status_code == 200
    assert list(response.context["page_obj"]) == [new, mine, old]


def test_feed_posts_carry_counts_and_liked(logged_in_client, user, other_user):
    """Each post says how many likes and comments it has, and whether you like it."""
    follow(user, other_user)
    post = make_post(other_user)
    carol = make_user("carol")
    Like.objects.create(user=user, post=post)
    Like.objects.create(user=carol, post=post)
    for text in ["One", "Two", "Three"]:
        Comment.objects.create(author=carol, post=post, text=text)
    [shown] = feed(logged_in_client).context["page_obj"]
    assert (shown.like_count, shown.comment_count, shown.liked) == (2, 3, True)


def test_liked_is_about_the_viewer_only(logged_in_client, user, other_user):
    """`liked` is false on a post that others like and you do not."""
    follow(user, other_user)
    post = make_post(other_user)
    Like.objects.create(user=make_user("carol"), post=post)
    [shown] = feed(logged_in_client).context["page_obj"]
    assert (shown.like_count, shown.liked) == (1, False)


def test_feed_is_paginated_ten_at_a_time(logged_in_client, user):
    """Ten posts per page; ?page=2 shows the rest."""
    for number in range(12):
        make_post(user, f"Post {number}", minutes_ago=number)
    assert len(feed(logged_in_client).context["page_obj"]) == 10
    assert len(feed(logged_in_client, page=2).context["page_obj"]) == 2


def test_feed_queries_do_not_grow(logged_in_client, user, django_assert_num_queries):
    """The feed page costs the same queries for 5 or 50 posts and followed people."""

    def add(count, start):
        for number in range(start, start + count):
            person = make_user(f"person{number}")
            follow(user, person)
            post = make_post(person, f"Post {number}", minutes_ago=number)
            Like.objects.create(user=user, post=post)
            Comment.objects.create(author=person, post=post, text="Hi")

    add(5, 0)
    feed(logged_in_client)
    with CaptureQueriesContext(connection) as five:
        assert feed(logged_in_client).status_code == 200
    add(45, 5)
    with django_assert_num_queries(len(five)):
        feed(logged_in_client)
