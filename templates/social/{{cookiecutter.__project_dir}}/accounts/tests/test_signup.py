"""E[signup-login]: sign-up saves the display name too, in one transaction, and signs the new user in.

The page itself, the account it creates and login and logout are tested in test_accounts.py.
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection
from django.urls import reverse

from profiles.models import Profile

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {
    "username": "carol",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
    "display_name": "Carol Chen",
}
OTHER_SITES = ["https://evil.example/", "//evil.example/", "/\\evil.example/"]


def sign_up(client, **changes):
    return client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, **changes})


@pytest.mark.exercise("E[signup-login]")
def test_signup_saves_the_name_and_signs_in(client):
    """A valid sign-up saves the display name, signs the new person in and goes home."""
    response = sign_up(client)
    assert response.status_code == 302
    assert response.url == reverse("home")
    user = get_user_model().objects.get(username="carol")
    assert Profile.objects.get(user=user).display_name == "Carol Chen"
    assert int(client.session["_auth_user_id"]) == user.pk


@pytest.mark.exercise("E[signup-login]")
def test_signup_welcomes_by_name(client):
    """The welcome message greets the new person by their display name."""
    response = client.post(reverse("accounts:signup"), NEW_ACCOUNT, follow=True)
    assert any("Carol Chen" in str(message) for message in response.context["messages"])


@pytest.mark.exercise("E[signup-login]")
def test_both_forms_show_their_errors_at_once(client):
    """One submission shows the errors of both forms, and saves nothing."""
    response = sign_up(client, password2="something-else-entirely", display_name="x" * 61)
    assert response.status_code == 200
    assert "password2" in response.context["form"].errors
    assert "display_name" in response.context["name_form"].errors
    assert not get_user_model().objects.exists()


@pytest.mark.exercise("E[signup-login]")
def test_an_invalid_name_creates_no_account(client):
    """A valid account with an invalid display name is refused whole: no account is made."""
    response = sign_up(client, display_name="x" * 61)
    assert response.status_code == 200
    assert "display_name" in response.context["name_form"].errors
    assert not get_user_model().objects.exists()


def refuse_profile_writes(execute, sql, params, many, context):
    """A database that fails when the profile is written (a lost connection, a full disk)."""
    if sql.startswith(('INSERT INTO "profiles_profile"', 'UPDATE "profiles_profile"')):
        raise DatabaseError("the profile cannot be written")
    return execute(sql, params, many, context)


@pytest.mark.exercise("E[signup-login]")
def test_no_account_is_left_without_its_profile(client):
    """Account and profile are saved in one transaction: if the profile fails, no account stays."""
    with connection.execute_wrapper(refuse_profile_writes), pytest.raises(DatabaseError):
        sign_up(client)
    assert not get_user_model().objects.exists()


@pytest.mark.exercise("E[signup-login]")
def test_signup_follows_a_safe_next(client):
    """A `next` on this site is honoured."""
    response = sign_up(client, next="/feed/")
    assert response.url == "/feed/"
    assert int(client.session["_auth_user_id"]) == get_user_model().objects.get().pk


@pytest.mark.exercise("E[signup-login]")
@pytest.mark.parametrize("elsewhere", OTHER_SITES)
def test_signup_ignores_a_next_on_another_site(client, elsewhere):
    """A `next` pointing elsewhere (protocol-relative ones too) is ignored: no open redirect."""
    response = sign_up(client, next=elsewhere)
    assert response.status_code == 302
    assert response.url == reverse("home")
