"""Sign-up: the page works from the start; E[signup-login] signs the new user in."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {
    "username": "carol",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def test_signup_page_shows_the_form(client):
    """Visitors can open the sign-up page."""
    response = client.get(reverse("accounts:signup"))
    assert response.status_code == 200
    assert "form" in response.context


def test_signup_creates_the_account(client):
    """A valid sign-up creates the user."""
    client.post(reverse("accounts:signup"), NEW_ACCOUNT)
    assert get_user_model().objects.filter(username="carol").exists()


@pytest.mark.exercise("E[signup-login]")
def test_signup_signs_in_and_goes_to_the_profile_form(client):
    """After signing up you are signed in and asked to fill in your profile."""
    response = client.post(reverse("accounts:signup"), NEW_ACCOUNT)
    assert response.status_code == 302
    assert response.url == reverse("profiles:edit")
    assert client.get(reverse("home")).context["user"].username == "carol"


@pytest.mark.exercise("E[signup-login]")
def test_signup_follows_a_safe_next(client):
    """A `next` on this site is honoured."""
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "next": "/feed/"})
    assert response.url == "/feed/"
    assert int(client.session["_auth_user_id"]) == get_user_model().objects.get().pk


@pytest.mark.exercise("E[signup-login]")
def test_signup_ignores_a_next_on_another_site(client):
    """A `next` pointing elsewhere is ignored: no open redirect."""
    response = client.post(
        reverse("accounts:signup"), {**NEW_ACCOUNT, "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert response.url == reverse("profiles:edit")
