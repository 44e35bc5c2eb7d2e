"""E[last-seen]: the last-seen middleware."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

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


def test_a_request_an_hour_later_stamps_again(logged_in_client, user, monkeypatch):
    """The throttle only spaces the writes out: an hour later, the next request stamps anew."""
    Profile.objects.for_user(user)
    logged_in_client.get(reverse("home"))
    first = Profile.objects.get(user=user).last_seen
    an_hour_later = timezone.now() + timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: an_hour_later)
    logged_in_client.get(reverse("home"))
    assert Profile.objects.get(user=user).last_seen == an_hour_later != first


def test_each_person_is_stamped_on_their_own(logged_in_client, user, other_user):
    """One person's recent stamp does not hold back another's: the throttle is per user."""
    Profile.objects.for_user(user)
    Profile.objects.for_user(other_user)
    logged_in_client.get(reverse("home"))
    logged_in_client.force_login(other_user)
    logged_in_client.get(reverse("home"))
    assert Profile.objects.get(user=other_user).last_seen is not None
