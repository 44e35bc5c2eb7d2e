"""E[avatar]: editing the profile and uploading an avatar, checked by config.uploads."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from config import uploads
from profiles.models import Profile
from profiles.tests.factories import image_upload, text_upload

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[avatar]")]


def upload(client, picture):
    return client.post(reverse("profiles:edit"), {"display_name": "Alice A.", "avatar": picture})


def assert_refused(response, user):
    assert response.status_code == 200
    assert "avatar" in response.context["form"].errors
    assert not Profile.objects.for_user(user).avatar


def test_edit_page_shows_the_form(logged_in_client):
    """The edit page shows the profile form."""
    response = logged_in_client.get(reverse("profiles:edit"))
    assert response.status_code == 200
    assert "form" in response.context


def test_uploaded_avatar_is_saved_under_media_root(logged_in_client, user, settings):
    """An uploaded picture becomes the avatar, stored under MEDIA_ROOT, served from MEDIA_URL."""
    data = {"display_name": "Alice A.", "bio": "Hi", "avatar": image_upload("me.png")}
    response = logged_in_client.post(reverse("profiles:edit"), data)
    assert response.status_code == 302
    assert response.url == reverse("posts:author", args=["alice"])
    profile = Profile.objects.get(user=user)
    assert profile.display_name == "Alice A."
    assert profile.avatar_url.startswith("/media/avatars/")
    assert (settings.MEDIA_ROOT / profile.avatar.name).exists()


def test_the_stored_name_is_made_by_the_server(logged_in_client, user):
    """The file is stored as avatars/<random hex>.<its format>, never under the name sent."""
    upload(logged_in_client, image_upload("../../my holiday.png"))
    upload(logged_in_client, image_upload("../../my holiday.png"))
    name = Profile.objects.for_user(user).avatar.name
    assert re.fullmatch(r"avatars/[0-9a-f]{32}\.png", name), name


def test_a_file_that_is_not_an_image_is_refused(logged_in_client, user):
    """Text pretending to be a picture (a .png name, an image content type) is refused."""
    assert_refused(upload(logged_in_client, text_upload("me.png")), user)


@pytest.mark.parametrize("image_format", ["BMP", "TIFF"])
def test_an_image_format_not_allowed_is_refused(logged_in_client, user, image_format):
    """A real image, but not of IMAGE_FORMATS (JPEG, PNG, GIF, WEBP), is refused."""
    assert_refused(upload(logged_in_client, image_upload("me.png", image_format)), user)


def test_a_picture_over_the_size_limit_is_refused(logged_in_client, user, monkeypatch):
    """Pictures over config.uploads.MAX_IMAGE_BYTES are refused, with a message on the field."""
    monkeypatch.setattr(uploads, "MAX_IMAGE_BYTES", 10)
    assert_refused(upload(logged_in_client, image_upload()), user)


def test_a_picture_of_exactly_the_size_limit_is_accepted(logged_in_client, user, monkeypatch):
    """The limit is the largest size allowed: a picture of exactly MAX_IMAGE_BYTES is kept."""
    picture = image_upload()
    monkeypatch.setattr(uploads, "MAX_IMAGE_BYTES", picture.size)
    response = upload(logged_in_client, picture)
    assert response.status_code == 302
    assert Profile.objects.for_user(user).avatar


def test_the_model_field_checks_the_avatar_wherever_it_comes_from(user):
    """The check sits on the model field: the admin or an API get it too, not only this form."""
    profile = Profile.objects.for_user(user)
    profile.avatar = image_upload("me.png", "BMP")
    with pytest.raises(ValidationError) as refused:
        profile.full_clean()
    assert "avatar" in refused.value.message_dict


def test_editing_the_profile_keeps_the_avatar_without_reading_it_back(logged_in_client, user):
    """Saving the bio alone keeps the picture, even one the storage has lost since."""
    upload(logged_in_client, image_upload())
    profile = Profile.objects.for_user(user)
    profile.avatar.storage.delete(profile.avatar.name)
    response = logged_in_client.post(reverse("profiles:edit"), {"bio": "New bio"})
    assert response.status_code == 302
    assert Profile.objects.for_user(user).avatar.name == profile.avatar.name
