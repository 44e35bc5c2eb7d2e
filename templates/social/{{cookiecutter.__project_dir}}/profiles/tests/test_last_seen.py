"""E[last-seen]: the last-seen middleware."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from profiles.models import Profile

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[last-seen]")]


def profile_writes(queries):
    return [query for query in queries if query["sql"].startswith('UPDATE "profiles_profile"')]


def test_a_request_stamps_last_seen_then_stops_writing(logged_in_client, user):
    """The first request stamps last_seen; the next ones, minutes apart or less, do not write."""
    Profile.objects.for_user(user)
    logged_in_client.get(reverse("home"))
    assert Profile.objects.get(user=user).last_seen is not None
    with CaptureQueriesContext(connection) as queries:
        logged_in_client.get(reverse("home"))
        logged_in_client.get(reverse("home"))
    assert profile_writes(queries) == []


def test_visitors_cost_no_write(client, user):
    """Requests without a signed-in user touch no profile, and the stamp is for the user only."""
    Profile.objects.for_user(user)
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("home"))
    assert profile_writes(queries) == []
    client.force_login(user)
    client.get(reverse("home"))
    assert Profile.objects.get(user=user).last_seen is not None
