"""Small builders for test data: people, who follows whom, and uploaded pictures."""

from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from profiles.models import Follow, Profile


def make_user(username, display_name=""):
    """A user with a profile, whether or not the profile signal (E[profile-signal]) is written yet."""
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    profile = Profile.objects.for_user(user)
    if display_name:
        profile.display_name = display_name
        profile.save()
    return user


def follow(follower, *people):
    """``follower`` follows each of ``people``."""
    for followed in people:
        Follow.objects.create(follower=follower, followed=followed)


def image_upload(name="picture.png", image_format="PNG", colour="teal"):
    """An uploaded image file of ``image_format`` (Pillow's name), called ``name``."""
    buffer = BytesIO()
    Image.new("RGB", (8, 8), colour).save(buffer, format=image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/octet-stream")


def text_upload(name="picture.png"):
    """A text file that calls itself a picture."""
    return SimpleUploadedFile(name, b"not a picture at all", content_type="image/png")
