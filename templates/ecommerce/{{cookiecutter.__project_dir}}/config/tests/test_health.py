"""E[health-check]: /health/ tells the host whether this instance can serve."""

import pytest
from django.db import OperationalError, connections
from django.urls import reverse

pytestmark = pytest.mark.exercise("E[health-check]")


@pytest.mark.django_db
def test_healthy_when_the_database_answers(client):
    """200 and a JSON status while the database answers."""
    response = client.get(reverse("health"))
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


@pytest.mark.django_db
def test_head_works_and_post_does_not(client):
    """Probes may use HEAD; writing methods are refused (405)."""
    assert client.head(reverse("health")).status_code == 200
    assert client.post(reverse("health")).status_code == 405


@pytest.mark.django_db
def test_never_cached(client):
    """A proxy must never answer for the instance."""
    response = client.get(reverse("health"))
    assert "no-store" in response["Cache-Control"]


def test_unhealthy_without_a_database(client, monkeypatch):
    """503 and an error status when the database cannot be reached."""

    def broken_cursor(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(type(connections["default"]), "cursor", broken_cursor)
    response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json()["status"] == "error"
