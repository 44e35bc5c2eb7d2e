"""Tokens for apps: getting one works from the start; E[token-auth] uses and revokes them."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db

API_VIEWS = ["/api/profiles/alice/", "/api/posts/", "/api/feed/"]


def token_for(api_client, password):
    """The key an app gets for alice by signing in with her password."""
    response = api_client.post("/api/token/", {"username": "alice", "password": password})
    return response.json()["token"]


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


@pytest.mark.exercise("E[token-auth]")
@pytest.mark.parametrize("url", API_VIEWS)
def test_the_token_signs_in_on_every_api_view(api_client, user, password, url):
    """`Authorization: Token <key>` signs the app in, on every view of the API."""
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(api_client, password)}")
    assert api_client.get(url).status_code == 200


@pytest.mark.exercise("E[token-auth]")
def test_the_session_still_signs_in_too(api_client, user, password):
    """Browsers keep their session on the API while apps use tokens: both are accepted."""
    api_client.force_login(user)
    assert api_client.get("/api/profiles/alice/").status_code == 200
    api_client.logout()
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(api_client, password)}")
    assert api_client.get("/api/profiles/alice/").status_code == 200


@pytest.mark.exercise("E[token-auth]")
def test_the_settings_page_signs_the_apps_out(logged_in_client, api_client, user, password):
    """The button deletes your token and comes back to the settings; apps holding it are refused."""
    key = token_for(api_client, password)
    response = logged_in_client.post(reverse("accounts:revoke-token"))
    assert response.status_code == 302
    assert response.url == reverse("profiles:edit")
    assert not Token.objects.filter(user=user).exists()
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert api_client.get("/api/profiles/alice/").status_code in (401, 403)


@pytest.mark.exercise("E[token-auth]")
def test_signing_the_apps_out_says_so(logged_in_client, user):
    """A message confirms that the apps are signed out."""
    Token.objects.create(user=user)
    response = logged_in_client.post(reverse("accounts:revoke-token"), follow=True)
    assert [str(message) for message in response.context["messages"]]


@pytest.mark.exercise("E[token-auth]")
def test_signing_the_apps_out_keeps_other_peoples_tokens(logged_in_client, user, other_user):
    """Only your own token is deleted."""
    Token.objects.create(user=user)
    theirs = Token.objects.create(user=other_user)
    logged_in_client.post(reverse("accounts:revoke-token"))
    assert list(Token.objects.all()) == [theirs]


@pytest.mark.exercise("E[token-auth]")
def test_signing_the_apps_out_by_get_is_refused(logged_in_client, user):
    """A GET (a link, an image tag) never signs anyone out: 405, and the token stays."""
    Token.objects.create(user=user)
    assert logged_in_client.get(reverse("accounts:revoke-token")).status_code == 405
    assert Token.objects.filter(user=user).exists()


@pytest.mark.exercise("E[token-auth]")
def test_an_app_signs_itself_out(api_client, user, password):
    """A POST to /api/token/revoke/ with the token: 204, the token is refused, the next is new."""
    key = token_for(api_client, password)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert api_client.post("/api/token/revoke/").status_code == 204
    assert api_client.get("/api/profiles/alice/").status_code in (401, 403)
    api_client.credentials()
    assert token_for(api_client, password) != key


@pytest.mark.exercise("E[token-auth]")
def test_the_schema_documents_the_204_of_signing_out(api_schema):
    """/api/token/revoke/ is described as it answers: 204 and no body, so clients can trust it."""
    answers = api_schema["paths"]["/api/token/revoke/"]["post"]["responses"]
    assert "204" in answers
    assert "200" not in answers
    assert "content" not in answers["204"]
