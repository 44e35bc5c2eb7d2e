"""Fixtures every test in this project can use; the exercise contract plugs in here."""

import contextlib
import threading

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import pre_save

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


@pytest.fixture
def api_schema():
    """The OpenAPI schema the project serves at /api/schema/, as a dictionary."""
    from drf_spectacular.generators import SchemaGenerator

    return SchemaGenerator().get_schema(request=None, public=True)


@pytest.fixture(autouse=True)
def isolated_cache_and_media(settings, tmp_path):
    """Each test starts with an empty cache and keeps its uploads out of the project's media/."""
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def at_once():
    """Run callables at the same moment, in threads with their own database connections.

    ``at_once(call, call)`` returns what each call returned, or the exception it raised.
    A race only shows between transactions open together, so a test that uses this
    needs PostgreSQL (``@pytest.mark.postgresql``) and
    ``@pytest.mark.django_db(transaction=True)``: threads must see each other's commits.
    Each thread connects before a barrier releases them all. With
    ``before_saving=Model``, each thread also waits for the others just before it
    saves a ``Model`` row, so that every "is it there already?" check runs before any
    write: the worst interleaving of a double click, every time. A thread that saves
    nothing lets the others go on after a few seconds.
    """

    def run(*calls, before_saving=None, timeout=30):
        start = threading.Barrier(len(calls), timeout=timeout)
        saving = threading.Barrier(len(calls), timeout=5)
        outcomes = [None] * len(calls)

        def wait_for_the_others(sender, **kwargs):
            with contextlib.suppress(threading.BrokenBarrierError):
                saving.wait()

        def worker(index, call):
            try:
                connection.ensure_connection()
                start.wait()
                outcomes[index] = call()
            except Exception as error:  # the test judges every outcome, errors included
                outcomes[index] = error
            finally:
                connection.close()

        if before_saving is not None:
            pre_save.connect(wait_for_the_others, sender=before_saving, weak=False)
        try:
            threads = [threading.Thread(target=worker, args=item) for item in enumerate(calls)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout * 2)
        finally:
            if before_saving is not None:
                pre_save.disconnect(wait_for_the_others, sender=before_saving)
        assert not any(thread.is_alive() for thread in threads), "a call was still running"
        return outcomes

    return run
