"""E[token-auth]: clients trade credentials for a token, then use it on the API."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from tasks.tests.shared.api import TokenTests

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[token-auth]")]


class TestToken(TokenTests):
    """The token endpoint both to-do apps have: its tests are in tasks/tests/shared/api.py."""


def test_token_opens_the_api(api_client, user, password, make_task):
    """`Authorization: Token <key>` authenticates API requests."""
    make_task(title="Mine")
    credentials = {"username": user.get_username(), "password": password}
    token = api_client.post(reverse("api:token"), credentials, format="json").json()["token"]
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    response = api_client.get(reverse("api:task-list"))
    assert response.status_code == 200
    assert [task["title"] for task in response.json()["results"]] == ["Mine"]


def test_api_accepts_a_token_made_in_the_admin(api_client, user):
    """Any token in the database works, however it was made."""
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get(reverse("api:task-list")).status_code not in (401, 403)


def test_the_session_still_opens_the_api(api_client, client, user, password, make_task):
    """Tokens come in addition to the session: the site's own pages still call the API."""
    make_task(title="Mine")
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get(reverse("api:task-list")).status_code == 200
    client.login(username=user.get_username(), password=password)
    response = client.get(reverse("api:task-list"))
    assert response.status_code == 200
    assert [task["title"] for task in response.json()["results"]] == ["Mine"]
