"""E[avatar]: editing the profile and uploading an avatar."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from profiles import forms
from profiles.models import Profile

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[avatar]")]


def png(name="me.png"):
    buffer = BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_edit_page_shows_the_form(logged_in_client):
    """The edit page shows the profile form."""
    response = logged_in_client.get(reverse("profiles:edit"))
    assert response.status_code == 200
    assert "form" in response.context


def test_uploaded_avatar_is_saved_under_media_root(logged_in_client, user, settings):
    """An uploaded picture becomes the avatar, stored under MEDIA_ROOT, served from MEDIA_URL."""
    data = {"display_name": "Alice A.", "bio": "Hi", "avatar": png()}
    response = logged_in_client.post(reverse("profiles:edit"), data)
    assert response.status_code == 302
    assert response.url == reverse("posts:author", args=["alice"])
    profile = Profile.objects.get(user=user)
    assert profile.display_name == "Alice A."
    assert profile.avatar_url.startswith("/media/avatars/")
    assert (settings.MEDIA_ROOT / profile.avatar.name).exists()


def test_a_file_that_is_not_an_image_is_refused(logged_in_client, user):
    """Text pretending to be a picture is refused with a message on the field."""
    fake = SimpleUploadedFile("me.png", b"not a picture", content_type="image/png")
    response = logged_in_client.post(reverse("profiles:edit"), {"avatar": fake})
    assert response.status_code == 200
    assert "avatar" in response.context["form"].errors
    assert not Profile.objects.for_user(user).avatar


def test_a_picture_over_the_size_limit_is_refused(logged_in_client, user, monkeypatch):
    """Pictures bigger than MAX_AVATAR_BYTES are refused with a message on the field."""
    monkeypatch.setattr(forms, "MAX_AVATAR_BYTES", 10)
    response = logged_in_client.post(reverse("profiles:edit"), {"avatar": png()})
    assert response.status_code == 200
    assert "avatar" in response.context["form"].errors
    assert not Profile.objects.for_user(user).avatar


def test_a_picture_of_exactly_the_size_limit_is_accepted(logged_in_client, user, monkeypatch):
    """The limit is the largest size allowed: a picture of exactly MAX_AVATAR_BYTES is kept."""
    picture = png()
    monkeypatch.setattr(forms, "MAX_AVATAR_BYTES", picture.size)
    response = logged_in_client.post(reverse("profiles:edit"), {"avatar": picture})
    assert response.status_code == 302
    assert Profile.objects.for_user(user).avatar
