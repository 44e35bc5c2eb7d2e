"""E[email-signup]: sign-up asks for a unique email address and signs the new customer in."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[email-signup]")]

NEW_ACCOUNT = {
    "username": "carol",
    "email": "carol@example.com",
    "password1": "a-long-passphrase-42",
    "password2": "a-long-passphrase-42",
}


def test_email_is_saved_on_the_account(client):
    """The address given at sign-up is the account's email."""
    client.post(reverse("accounts:signup"), NEW_ACCOUNT)
    assert get_user_model().objects.get(username="carol").email == "carol@example.com"


def test_email_is_required(client):
    """Without an address, the form comes back with an error on the email field."""
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "email": ""})
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not get_user_model().objects.filter(username="carol").exists()


def test_an_address_in_use_is_refused_in_any_case(client, user):
    """One account per address: ALICE@example.com is alice@example.com."""
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "email": user.email.upper()})
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not get_user_model().objects.filter(username="carol").exists()


def test_an_address_stored_in_capitals_is_refused_too(client, django_user_model):
    """An account made elsewhere (the admin, say) as Dana@Example.COM owns dana@example.com."""
    django_user_model.objects.create_user("dana", "Dana@Example.COM")
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "email": "dana@example.com"})
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not get_user_model().objects.filter(username="carol").exists()


def test_signup_signs_in_and_goes_on_to_next(client):
    """The new customer is logged in and sent on to the page they came from."""
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "next": "/cart/"})
    carol = get_user_model().objects.get(username="carol")
    assert client.session["_auth_user_id"] == str(carol.pk)
    assert response.url == "/cart/"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/cart/", "/\\evil.example/", "///evil.example"],
)
def test_next_on_another_site_is_ignored(client, next_url):
    """An off-site `next` would be an open redirect: the customer goes to the catalog."""
    response = client.post(reverse("accounts:signup"), {**NEW_ACCOUNT, "next": next_url})
    assert response.status_code == 302
    assert response.url == reverse("catalog:list")
