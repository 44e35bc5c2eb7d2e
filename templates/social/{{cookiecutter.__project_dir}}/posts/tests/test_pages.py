"""Pages that work before any exercise: home, a post's page, and the mention finder."""

import pytest
from django.urls import reverse

from posts.mentions import mentioned_usernames
from posts.models import Comment
from posts.tests.factories import make_post

pytestmark = pytest.mark.django_db


def test_home_welcomes_visitors(client):
    """Visitors see the welcome page."""
    assert client.get(reverse("home")).status_code == 200


def test_home_offers_a_post_box_to_members(logged_in_client):
    """Signed-in people get the form to post and a (maybe empty) list of suggestions."""
    response = logged_in_client.get(reverse("home"))
    assert response.status_code == 200
    assert "form" in response.context
    assert response.context["suggestions"] == []


def test_post_page_shows_the_post_and_comments(logged_in_client, user, other_user):
    """A post's page shows it with its comments, oldest first."""
    post = make_post(other_user, "Hello @alice")
    first = Comment.objects.create(author=user, post=post, text="Hi")
    second = Comment.objects.create(author=other_user, post=post, text="Hey")
    response = logged_in_client.get(post.get_absolute_url())
    assert response.status_code == 200
    assert response.context["post"] == post
    assert list(response.context["comments"]) == [first, second]


def test_user_text_is_escaped_on_the_page(logged_in_client, user):
    """Markup typed into a post or a comment is shown as text, never run."""
    post = make_post(user, "<script>alert('post')</script>")
    Comment.objects.create(author=user, post=post, text="<img src=x onerror=alert(1)>")
    html = logged_in_client.get(post.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


def test_unfinished_pages_answer_not_implemented_or_work(logged_in_client):
    """Every page answers, at worst "not implemented yet" (501), never a crash."""
    for name in ["posts:feed", "posts:create", "profiles:search", "profiles:edit"]:
        assert logged_in_client.get(reverse(name)).status_code in (200, 501)


def test_finding_mentions_lists_each_name_once():
    """Each mentioned name once, in order, without e-mail addresses."""
    assert mentioned_usernames("@ann @bob, mail x@y.org and @ann again") == ["ann", "bob"]
