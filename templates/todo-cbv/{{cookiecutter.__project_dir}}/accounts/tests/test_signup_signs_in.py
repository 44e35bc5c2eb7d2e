"""E[signup-login]: a new account is signed in at once and sent on safely."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[signup-login]")]

NEW_ACCOUNT = {
    "username": "carol",
    "password1": "a-long-passphrase-42",
    "password2": "a-long-passphrase-42",
}


def test_signup_signs_the_new_user_in(client):
    """After sign-up the session belongs to the new user, who lands on their tasks."""
    response = client.post(reverse("accounts:signup"), NEW_ACCOUNT, follow=True)
    assert response.context["user"].username == "carol"
    assert response.redirect_chain[-1][0] == reverse("tasks:list")


def test_signup_welcomes_the_new_user(client):
    """The signed-in user sees a message that greets them by name."""
    response = client.post(reverse("accounts:signup"), NEW_ACCOUNT, follow=True)
    assert response.context["user"].is_authenticated
    assert any("carol" in str(message) for message in response.context["messages"])


def test_signup_follows_a_local_next(client):
    """A `next` on this site is where the new user goes."""
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "next": "/tasks/new/"})
    assert response.url == "/tasks/new/"
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize(
    "next_url", ["https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com/"]
)
def test_signup_ignores_a_next_on_another_site(client, next_url):
    """An open redirect to another site, however it is spelled, is refused: to their tasks."""
    data = {**NEW_ACCOUNT, "next": next_url}
    response = client.post(reverse("accounts:signup"), data)
    assert response.url == reverse("tasks:list")
    assert "_auth_user_id" in client.session


def test_signed_in_users_skip_the_signup_page(logged_in_client):
    """Someone already signed in is sent to their tasks instead of a second account."""
    response = logged_in_client.get(reverse("accounts:signup"))
    assert response.status_code == 302
    assert response.url == reverse("tasks:list")
