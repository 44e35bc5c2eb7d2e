"""E[email-signup]: one account per email address, in any letter case; sign-up signs the customer in."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[email-signup]")]

PASSPHRASE = "a-long-passphrase-42"


def sign_up(client, email="carol@example.com", **more):
    """Send the sign-up form as a visitor would: ``email``, a good password twice, and ``more``."""
    data = {"email": email, "password1": PASSPHRASE, "password2": PASSPHRASE, **more}
    return client.post(reverse("accounts:signup"), data)


def accounts_of(address):
    """How many accounts have ``address``, whatever its letter case."""
    return get_user_model().objects.filter(email__iexact=address).count()


def test_an_address_in_use_is_refused_in_any_case(client, user):
    """One account per address: ALICE@EXAMPLE.COM is alice@example.com."""
    response = sign_up(client, user.email.upper())
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert accounts_of(user.email) == 1


def test_an_address_stored_in_capitals_is_refused_too(client, django_user_model):
    """An account made elsewhere (the admin, say) as Dana@Example.COM owns dana@example.com."""
    django_user_model.objects.create_user("Dana@Example.COM")
    response = sign_up(client, "dana@example.com")
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert accounts_of("dana@example.com") == 1


def test_signup_signs_in_and_goes_on_to_next(client):
    """The new customer is logged in and sent on to the page they came from."""
    response = sign_up(client, next="/cart/")
    carol = get_user_model().objects.get(email="carol@example.com")
    assert client.session["_auth_user_id"] == str(carol.pk)
    assert response.url == "/cart/"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/cart/", "/\\evil.example/", "///evil.example"],
)
def test_next_on_another_site_is_ignored(client, next_url):
    """An off-site `next` would be an open redirect: the customer goes to the catalog."""
    response = sign_up(client, next=next_url)
    assert response.status_code == 302
    assert response.url == reverse("catalog:list")
