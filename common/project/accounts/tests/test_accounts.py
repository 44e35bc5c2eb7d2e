"""Sign-up, login and logout work before any exercise is done, whatever the user model asks for."""

import pytest
from django.contrib.auth import get_user_model
from django.forms import EmailField
from django.urls import reverse

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-passphrase-42"


def sign_up_data(client):
    """What a visitor types into this project's sign-up form, field by field."""
    form = client.get(reverse("accounts:signup")).context["form"]
    data = {}
    for name, field in form.fields.items():
        if name.startswith("password"):
            data[name] = NEW_PASSWORD
        elif isinstance(field, EmailField):
            data[name] = "carol@example.com"
        else:
            data[name] = "carol"
    return data


def new_account():
    user_model = get_user_model()
    return user_model.objects.filter(**{f"{user_model.USERNAME_FIELD}__startswith": "carol"})


def test_the_user_model_is_the_projects_own():
    """The project's user is accounts.User, from the first migration: it can grow."""
    assert get_user_model()._meta.label == "accounts.User"


def test_signup_page_shows_the_form(client):
    """Visitors can open the sign-up page."""
    response = client.get(reverse("accounts:signup"))
    assert response.status_code == 200
    assert "form" in response.context


def test_signup_creates_the_account(client):
    """A valid sign-up creates the user and redirects."""
    response = client.post(reverse("accounts:signup"), sign_up_data(client))
    assert response.status_code == 302
    assert new_account().exists()


def test_signup_with_mismatched_passwords_shows_errors(client):
    """A bad sign-up shows the form again with its errors, and creates nobody."""
    data = {**sign_up_data(client), "password2": "another-passphrase-43"}
    response = client.post(reverse("accounts:signup"), data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not new_account().exists()


def test_login_starts_a_session(client, user, password):
    """The login form signs a user in."""
    credentials = {"username": user.get_username(), "password": password}
    response = client.post(reverse("login"), credentials)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_logout_is_a_post(logged_in_client):
    """Logging out is a POST (a GET is refused) and ends the session."""
    assert logged_in_client.get(reverse("logout")).status_code == 405
    response = logged_in_client.post(reverse("logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in logged_in_client.session
