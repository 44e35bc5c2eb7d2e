"""Notifications: the page and unread count (skeleton), and the receivers that make them (E[notifications])."""

import pytest
from django.urls import reverse

from notifications.models import Notification
from notifications.services import notification_create
from posts.models import Comment, Like
from posts.tests.factories import make_post
from profiles.models import Follow
from profiles.tests.factories import make_user

pytestmark = pytest.mark.django_db

Verb = Notification.Verb


def test_unread_count_is_on_every_page(logged_in_client, user, other_user):
    """The navigation bar knows how many notifications are unread."""
    notification_create(recipient=user, actor=other_user, verb=Verb.FOLLOW)
    notification_create(recipient=user, actor=other_user, verb=Verb.LIKE)
    response = logged_in_client.get(reverse("home"))
    assert response.context["unread_notification_count"] == 2


def test_mark_all_read(logged_in_client, user, other_user):
    """POSTing "mark all as read" clears the unread count."""
    notification_create(recipient=user, actor=other_user, verb=Verb.FOLLOW)
    response = logged_in_client.post(reverse("notifications:mark-all-read"), follow=True)
    assert response.status_code == 200
    assert response.context["unread_notification_count"] == 0
    assert list(response.context["page_obj"])[0].read


def test_mark_all_read_needs_a_post(logged_in_client):
    """Marking as read changes state, so a GET is refused."""
    assert logged_in_client.get(reverse("notifications:mark-all-read")).status_code == 405


def test_nobody_is_notified_of_their_own_action(user):
    """notification_create() skips people acting on themselves."""
    assert notification_create(recipient=user, actor=user, verb=Verb.LIKE) is None
    assert not Notification.objects.exists()


@pytest.mark.exercise("E[notifications]")
def test_a_follow_notifies_the_followed(user, other_user):
    """Being followed makes a notification naming who did it."""
    Follow.objects.create(follower=user, followed=other_user)
    notification = Notification.objects.get()
    assert (notification.recipient, notification.actor, notification.verb) == (
        other_user,
        user,
        Verb.FOLLOW,
    )


@pytest.mark.exercise("E[notifications]")
def test_likes_and_comments_notify_the_author(user, other_user):
    """A like and a comment each notify the post's author, linked to the post."""
    post = make_post(other_user)
    Like.objects.create(user=user, post=post)
    Comment.objects.create(author=user, post=post, text="Great")
    notifications = Notification.objects.filter(recipient=other_user, post=post)
    assert set(notifications.values_list("verb", flat=True)) == {Verb.LIKE, Verb.COMMENT}


@pytest.mark.exercise("E[notifications]")
def test_liking_your_own_post_notifies_nobody(user, other_user):
    """Your own like or comment on your own post is not news to you."""
    post = make_post(user)
    Like.objects.create(user=user, post=post)
    Comment.objects.create(author=user, post=post, text="Me again")
    Like.objects.create(user=other_user, post=post)
    assert list(Notification.objects.values_list("actor", flat=True)) == [other_user.pk]


@pytest.mark.exercise("E[notifications]")
def test_mentions_notify_known_people_once(user, other_user):
    """A new post notifies each existing person it mentions, once; edits do not notify again."""
    carol = make_user("carol")
    post = make_post(user, "Hi @bob and @carol, and @bob again, and @nobody")
    post.text += "!"
    post.save()
    mentioned = Notification.objects.filter(verb=Verb.MENTION, post=post)
    assert sorted(n.recipient.username for n in mentioned) == [other_user.username, carol.username]
