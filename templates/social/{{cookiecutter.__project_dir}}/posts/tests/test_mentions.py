"""E[mentions]: @mentions become links, and user text stays escaped."""

import pytest
from django.template import Context, Template

from posts.tests.factories import make_post

pytestmark = pytest.mark.exercise("E[mentions]")


def render(text):
    return Template("{% load post_tags %}{{ text|mentions }}").render(Context({"text": text}))


def test_a_mention_links_to_the_profile():
    """`@bob` becomes a link to bob's profile."""
    assert render("Hi @bob!") == 'Hi <a href="/people/bob/">@bob</a>!'


def test_markup_around_a_mention_stays_escaped():
    """HTML typed next to a mention is shown as text, never run."""
    html = render("<script>alert(1)</script>@bob<b>")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html
    assert '<a href="/people/bob/">@bob</a>' in html


def test_emails_and_trailing_dots_are_not_mentions():
    """`ann@example.com` is no mention, and a full stop is not part of a name."""
    html = render("Mail ann@example.com, or ask @cid.")
    assert html == 'Mail ann@example.com, or ask <a href="/people/cid/">@cid</a>.'


@pytest.mark.django_db
def test_a_post_page_links_mentions_and_shows_markup_as_text(logged_in_client, user):
    """On a post's page too, `@bob` is a link and markup typed around it is shown as text."""
    post = make_post(user, "<b>Hi</b> @bob")
    html = logged_in_client.get(post.get_absolute_url()).content.decode()
    assert '<a href="/people/bob/">@bob</a>' in html
    assert "<b>Hi</b>" not in html and "&lt;b&gt;Hi&lt;/b&gt;" in html
