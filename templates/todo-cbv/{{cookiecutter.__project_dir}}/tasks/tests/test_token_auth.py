"""Clients trade credentials for a token, use it on the API, and can revoke it: given code."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db

# The task API answers 200 once E[viewset] is done, 501 before: either way, not refused.
REFUSED = (401, 403)


@pytest.fixture
def credentials(user, password):
    return {"username": user.username, "password": password}


def test_token_for_good_credentials(api_client, credentials):
    """The right username and password get a token, the same one each time."""
    first = api_client.post(reverse("api:token"), credentials, format="json")
    assert first.status_code == 200
    second = api_client.post(reverse("api:token"), credentials, format="json")
    assert first.json()["token"] == second.json()["token"]


def test_no_token_for_a_wrong_password(api_client, user):
    """Wrong credentials answer 400 and no token."""
    credentials = {"username": user.username, "password": "wrong"}
    response = api_client.post(reverse("api:token"), credentials, format="json")
    assert response.status_code == 400
    assert "token" not in response.json()


def test_token_opens_the_api(api_client, credentials):
    """`Authorization: Token <key>` authenticates API requests."""
    token = api_client.post(reverse("api:token"), credentials, format="json").json()["token"]
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get(reverse("api:task-list")).status_code not in REFUSED


def test_delete_revokes_the_token(api_client, user):
    """DELETE /api/token/ with the token signs the app out: the token stops working."""
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.delete(reverse("api:token")).status_code == 204
    assert not Token.objects.filter(user=user).exists()
    assert api_client.get(reverse("api:task-list")).status_code == 401


def test_delete_without_a_token_is_401(api_client):
    """Nobody revokes a token without presenting it."""
    assert api_client.delete(reverse("api:token")).status_code == 401
