"""Clients trade credentials for a token, use it on the API, and can revoke it: given code."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from tasks.tests.shared.api import TokenTests

pytestmark = pytest.mark.django_db

# The task API answers 200 once E[viewset] is done, 501 before: either way, not refused.
REFUSED = (401, 403)


class TestToken(TokenTests):
    """The token endpoint both to-do apps have: its tests are in tasks/tests/shared/api.py."""


def test_token_opens_the_api(api_client, user, password):
    """`Authorization: Token <key>` authenticates API requests."""
    credentials = {"username": user.get_username(), "password": password}
    token = api_client.post(reverse("api:token"), credentials, format="json").json()["token"]
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get(reverse("api:task-list")).status_code not in REFUSED


def test_revoking_signs_the_app_out(api_client, user):
    """POST /api/token/revoke/ with the token signs the app out: the token stops working."""
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.post(reverse("api:revoke-token")).status_code == 204
    assert not Token.objects.filter(user=user).exists()
    assert api_client.get(reverse("api:task-list")).status_code == 401


def test_revoking_without_a_token_is_401(api_client):
    """Nobody revokes a token without presenting it."""
    assert api_client.post(reverse("api:revoke-token")).status_code == 401
