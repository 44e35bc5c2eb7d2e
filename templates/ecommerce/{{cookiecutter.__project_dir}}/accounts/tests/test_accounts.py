"""Sign-up, login and logout work before any exercise is done."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {
    "username": "carol",
    "email": "carol@example.com",
    "password1": "a-long-passphrase-42",
    "password2": "a-long-passphrase-42",
}


def test_signup_page_shows_the_form(client):
    """Visitors can open the sign-up page."""
    response = client.get(reverse("accounts:signup"))
    assert response.status_code == 200
    assert "form" in response.context


def test_signup_creates_the_account(client):
    """A valid sign-up creates the user and redirects."""
    response = client.post(reverse("accounts:signup"), NEW_ACCOUNT)
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="carol").exists()


def test_signup_with_mismatched_passwords_shows_errors(client):
    """A bad sign-up shows the form again with its errors, and creates nobody."""
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "password2": "other"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not get_user_model().objects.filter(username="carol").exists()


def test_login_starts_a_session(client, user, password):
    """The login form signs a user in."""
    response = client.post(reverse("login"), {"username": user.username, "password": password})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_logout_is_a_post(logged_in_client):
    """Logging out is a POST (a GET is refused) and ends the session."""
    assert logged_in_client.get(reverse("logout")).status_code == 405
    response = logged_in_client.post(reverse("logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in logged_in_client.session
