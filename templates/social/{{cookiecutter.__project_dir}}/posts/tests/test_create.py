"""E[write-post]: writing a post, with an optional picture."""

import re

import pytest
from django.urls import reverse

from config import uploads
from posts.models import Post
from profiles.tests.factories import image_upload, text_upload

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
    logged_in_client.post(
        reverse("posts:create"), {"text": "Look!", "image": image_upload("sunset.png")}
    )
    post = Post.objects.get()
    assert post.image.name.startswith("posts/")
    assert (settings.MEDIA_ROOT / post.image.name).exists()


def test_the_picture_is_stored_under_a_name_the_server_makes(logged_in_client):
    """posts/<random hex>.<format>: the name the client sent never becomes a path."""
    picture = image_upload("../my sunset.jpeg", "JPEG")
    logged_in_client.post(reverse("posts:create"), {"text": "Look!", "image": picture})
    name = Post.objects.get().image.name
    assert re.fullmatch(r"posts/[0-9a-f]{32}\.jpg", name), name


def assert_refused(response):
    assert response.status_code == 200
    assert "image" in response.context["form"].errors
    assert not Post.objects.exists()


def test_a_file_that_is_not_an_image_is_refused(logged_in_client):
    """A text file named .png: an error on the form, no post."""
    picture = text_upload("sunset.png")
    assert_refused(
        logged_in_client.post(reverse("posts:create"), {"text": "Look!", "image": picture})
    )


def test_a_format_not_allowed_is_refused(logged_in_client):
    """A BMP is an image, but not one of config.uploads.IMAGE_FORMATS."""
    picture = image_upload("sunset.png", "BMP")
    assert_refused(
        logged_in_client.post(reverse("posts:create"), {"text": "Look!", "image": picture})
    )


def test_a_picture_over_the_size_limit_is_refused(logged_in_client, monkeypatch):
    """Over config.uploads.MAX_IMAGE_BYTES: an error on the form, no post."""
    monkeypatch.setattr(uploads, "MAX_IMAGE_BYTES", 10)
    picture = image_upload("sunset.png")
    assert_refused(
        logged_in_client.post(reverse("posts:create"), {"text": "Look!", "image": picture})
    )
