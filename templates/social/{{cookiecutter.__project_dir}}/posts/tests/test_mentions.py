"""E[mentions]: @mentions become links, and user text stays escaped."""

import pytest
from django.template import Context, Template

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
