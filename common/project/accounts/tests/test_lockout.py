"""Guessing passwords is slow: a few wrong ones lock the account, and the address, out."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def lockouts(settings):
    """Lockouts on (the test settings turn them off), after three failures."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def log_in(client, user, password, address="10.0.0.1"):
    credentials = {"username": user.get_username(), "password": password}
    return client.post(reverse("login"), credentials, REMOTE_ADDR=address)


def test_the_right_password_works_before_the_limit(client, user, password):
    """Two wrong passwords, then the right one: signed in, and the count starts again."""
    for _ in range(2):
        assert log_in(client, user, "wrong").status_code == 200
    assert log_in(client, user, password).status_code == 302


def test_an_account_is_locked_out_after_the_limit_from_any_address(client, user, password):
    """Once locked out, even the right password from another address is refused (429)."""
    for attempt in range(3):
        log_in(client, user, "wrong", address=f"10.0.0.{attempt + 1}")
    response = log_in(client, user, password, address="10.0.0.99")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_address_is_locked_out_whatever_account_it_tries(client, user, other_user, password):
    """Guessing across many accounts from one address is stopped too."""
    for _ in range(3):
        log_in(client, other_user, "wrong")
    assert log_in(client, user, password).status_code == 429


def test_the_token_endpoint_is_locked_out_too(api_client, user, password):
    """The API's token endpoint counts failures like the login page."""
    url = reverse("api:token")
    credentials = {"username": user.get_username(), "password": "wrong"}
    for _ in range(3):
        response = api_client.post(url, credentials, format="json", REMOTE_ADDR="10.0.0.7")
        assert response.status_code < 500
    good = {**credentials, "password": password}
    response = api_client.post(url, good, format="json", REMOTE_ADDR="10.0.0.7")
    assert 400 <= response.status_code < 500
    assert "token" not in response.json()
