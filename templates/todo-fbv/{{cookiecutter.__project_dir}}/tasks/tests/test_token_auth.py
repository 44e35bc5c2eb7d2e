"""E[token-auth]: clients trade credentials for a token, then use it on the API."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[token-auth]")]


def test_token_for_good_credentials(api_client, user, password):
    """The right username and password get a token, the same one each time."""
    credentials = {"username": user.username, "password": password}
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


def test_token_opens_the_api(api_client, user, password, make_task):
    """`Authorization: Token <key>` authenticates API requests."""
    make_task(title="Mine")
    credentials = {"username": user.username, "password": password}
    token = api_client.post(reverse("api:token"), credentials, format="json").json()["token"]
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    response = api_client.get(reverse("api:task-list"))
    assert response.status_code == 200
    assert [task["title"] for task in response.json()] == ["Mine"]


def test_api_accepts_a_token_made_in_the_admin(api_client, user):
    """Any token in the database works, however it was made."""
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get(reverse("api:task-list")).status_code not in (401, 403)


def test_the_session_still_opens_the_api(api_client, client, user, password, make_task):
    """Tokens come in addition to the session: the site's own pages still call the API."""
    from rest_framework.authtoken.models import Token

    make_task(title="Mine")
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get(reverse("api:task-list")).status_code == 200
    client.login(username=user.username, password=password)
    response = client.get(reverse("api:task-list"))
    assert response.status_code == 200
    assert [task["title"] for task in response.json()] == ["Mine"]
