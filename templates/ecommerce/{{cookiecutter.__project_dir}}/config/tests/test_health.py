"""E[health-check]: /health/ tells the host whether this instance can serve."""

import json

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


@pytest.fixture
def deployed_without_collectstatic(settings, tmp_path):
    """Production's static storage (hashed names from a manifest), and no collectstatic run."""
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    return tmp_path


@pytest.mark.django_db
def test_unhealthy_when_the_static_files_were_not_collected(client, deployed_without_collectstatic):
    """With DEBUG off and no collectstatic, pages cannot link their stylesheet: 503."""
    response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json()["status"] == "error"


@pytest.mark.django_db
def test_healthy_once_the_static_files_are_collected(client, deployed_without_collectstatic):
    """collectstatic writes the manifest of hashed names; then the instance is healthy."""
    manifest = {"version": "1.1", "paths": {"css/site.css": "css/site.0123456789ab.css"}}
    (deployed_without_collectstatic / "staticfiles.json").write_text(json.dumps(manifest))
    response = client.get(reverse("health"))
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
