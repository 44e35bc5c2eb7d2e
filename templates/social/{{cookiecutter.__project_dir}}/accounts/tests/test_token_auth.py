"""E[token-auth]: trading a password for a token, and using it on the API."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[token-auth]")]


def test_token_for_good_credentials(api_client, user, password):
    """The right username and password get a token, the same one each time."""
    first = api_client.post("/api/token/", {"username": "alice", "password": password})
    second = api_client.post("/api/token/", {"username": "alice", "password": password})
    assert first.status_code == 200
    assert first.json()["token"] == second.json()["token"]


def test_no_token_for_a_wrong_password(api_client, user):
    """A wrong password is a 400 and no token."""
    response = api_client.post("/api/token/", {"username": "alice", "password": "nope"})
    assert response.status_code == 400
    assert "token" not in response.json()


def test_the_token_authenticates_api_requests(api_client, user, password):
    """`Authorization: Token <key>` signs the client in on the API."""
    token = api_client.post("/api/token/", {"username": "alice", "password": password}).json()
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token['token']}")
    response = api_client.get("/api/profiles/alice/")
    assert response.status_code == 200
    assert response.json()["username"] == "alice"
