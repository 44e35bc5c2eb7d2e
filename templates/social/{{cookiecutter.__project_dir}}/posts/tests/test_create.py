"""E[write-post]: writing a post, with an optional picture."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from posts.models import Post

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[write-post]")]


def test_new_post_page_shows_the_form(logged_in_client):
    """The page to write a post shows the form."""
    response = logged_in_client.get(reverse("posts:create"))
    assert response.status_code == 200
    assert "form" in response.context


def test_a_valid_post_is_saved_as_yours(logged_in_client, user, other_user):
    """The author is the signed-in user, whatever the form says."""
    response = logged_in_client.post(
        reverse("posts:create"), {"text": "First post!", "author": other_user.pk}
    )
    post = Post.objects.get()
    assert post.author == user
    assert post.text == "First post!"
    assert response.status_code == 302
    assert response.url == post.get_absolute_url()


def test_a_valid_post_says_so(logged_in_client):
    """After posting, a message says the post is published."""
    response = logged_in_client.post(reverse("posts:create"), {"text": "Hi"}, follow=True)
    assert response.status_code == 200
    assert [str(message) for message in response.context["messages"]]


def test_a_post_over_the_length_limit_is_refused(logged_in_client):
    """More than 500 characters: the form comes back with an error, nothing is saved."""
    response = logged_in_client.post(reverse("posts:create"), {"text": "x" * 501})
    assert response.status_code == 200
    assert "text" in response.context["form"].errors
    assert not Post.objects.exists()


def test_a_post_can_carry_a_picture(logged_in_client, settings):
    """An uploaded picture is kept with the post, under MEDIA_ROOT."""
    buffer = BytesIO()
    Image.new("RGB", (8, 8), "orange").save(buffer, format="PNG")
    picture = SimpleUploadedFile("sunset.png", buffer.getvalue(), content_type="image/png")
    logged_in_client.post(reverse("posts:create"), {"text": "Look!", "image": picture})
    post = Post.objects.get()
    assert post.image.name.startswith("posts/")
    assert (settings.MEDIA_ROOT / post.image.name).exists()
