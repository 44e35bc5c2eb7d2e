"""E[author-only]: authors, and only authors, edit and delete their posts."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

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


def test_an_invalid_edit_shows_the_errors(logged_in_client, user):
    """An edit that breaks the form's rules shows the form again with its errors (200)."""
    post = make_post(user, "Short")
    response = logged_in_client.post(reverse("posts:edit", args=[post.pk]), {"text": "x" * 501})
    assert response.status_code == 200
    assert "text" in response.context["form"].errors
    post.refresh_from_db()
    assert post.text == "Short"


def test_an_edit_can_add_a_picture(logged_in_client, user, settings):
    """A picture uploaded on the edit page is kept with the post."""
    post = make_post(user, "Now with a picture")
    buffer = BytesIO()
    Image.new("RGB", (8, 8), "purple").save(buffer, format="PNG")
    picture = SimpleUploadedFile("dusk.png", buffer.getvalue(), content_type="image/png")
    data = {"text": post.text, "image": picture}
    logged_in_client.post(reverse("posts:edit", args=[post.pk]), data)
    post.refresh_from_db()
    assert post.image.name.startswith("posts/")
    assert (settings.MEDIA_ROOT / post.image.name).exists()


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
    assert response.url == reverse("posts:author", args=[user.username])
    assert not Post.objects.exists()


def test_nobody_else_deletes_a_post(logged_in_client, other_user):
    """Someone else's post is 404 on the delete page, and survives."""
    post = make_post(other_user)
    url = reverse("posts:delete", args=[post.pk])
    assert logged_in_client.get(url).status_code == 404
    assert logged_in_client.post(url).status_code == 404
    assert Post.objects.filter(pk=post.pk).exists()
