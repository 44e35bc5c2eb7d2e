"""Fixtures every test in this project can use; the exercise contract plugs in here."""

import pytest
from django.core.cache import cache

pytest_plugins = ["exercises.pytest_plugin"]

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("alice", "alice@example.com", PASSWORD)


@pytest.fixture
def other_user(django_user_model):
    return django_user_model.objects.create_user("bob", "bob@example.com", PASSWORD)


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
