"""Fixtures every test in this project can use; the exercise contract plugs in here."""

import pytest
from django.core.cache import cache

pytest_plugins = ["exercises.pytest_plugin"]

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def password():
    return PASSWORD


def make_user(user_model, name, **fields):
    """A user called ``name``, with ``name@example.com``, whatever field signs them in."""
    fields = {"email": f"{name}@example.com", "password": PASSWORD, **fields}
    if user_model.USERNAME_FIELD != "email":
        fields.setdefault(user_model.USERNAME_FIELD, name)
    return user_model.objects.create_user(**fields)


@pytest.fixture
def user(django_user_model):
    return make_user(django_user_model, "alice")


@pytest.fixture
def other_user(django_user_model):
    return make_user(django_user_model, "bob")


@pytest.fixture
def logged_in_client(client, user):
    """A test client with ``user`` signed in."""
    client.force_login(user)
    return client


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture(autouse=True)
def isolated_cache_and_media(settings, tmp_path):
    """Each test starts with an empty cache and keeps its uploads out of the project's media/."""
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
