"""E[author-only]: authors, and only authors, edit and delete their posts."""

import pytest
from django.urls import reverse

from posts.models import Post
from posts.tests.factories import make_post

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[author-only]")]


def test_author_edits_their_post(logged_in_client, user):
    """The author changes the text and goes back to the post."""
    post = make_post(user, "Typo hree")
    response = logged_in_client.post(reverse("posts:edit", args=[post.pk]), {"text": "Typo here"})
    post.refresh_from_db()
    assert post.text == "Typo here"
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()


def test_nobody_else_edits_a_post(logged_in_client, other_user):
    """Someone else's post is 404 on the edit page, and stays unchanged."""
    post = make_post(other_user, "Mine")
    url = reverse("posts:edit", args=[post.pk])
    assert logged_in_client.get(url).status_code == 404
    assert logged_in_client.post(url, {"text": "Yours now"}).status_code == 404
    post.refresh_from_db()
    assert post.text == "Mine"


def test_delete_asks_first_then_deletes_on_post(logged_in_client, user):
    """A GET shows a confirmation; only the POST deletes."""
    post = make_post(user)
    url = reverse("posts:delete", args=[post.pk])
    assert logged_in_client.get(url).status_code == 200
    assert Post.objects.exists()
    response = logged_in_client.post(url)
    assert response.status_code == 302
    assert not Post.objects.exists()


def test_nobody_else_deletes_a_post(logged_in_client, other_user):
    """Someone else's post is 404 on the delete page, and survives."""
    post = make_post(other_user)
    assert logged_in_client.post(reverse("posts:delete", args=[post.pk])).status_code == 404
    assert Post.objects.filter(pk=post.pk).exists()
