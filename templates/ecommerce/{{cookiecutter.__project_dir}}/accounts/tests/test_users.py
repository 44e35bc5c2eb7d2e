"""The shop's users sign in with their email address: made in the shell or in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_email_address_is_the_login(user):
    """There is no username: the email address is what a user signs in with."""
    fields = {field.name for field in get_user_model()._meta.get_fields()}
    assert "username" not in fields
    assert user.get_username() == "alice@example.com"


def test_creating_a_user_needs_an_email_address():
    """create_user() takes the address first, and refuses to go without one."""
    user = get_user_model().objects.create_user("Ada@Example.COM", "a-long-passphrase-42")
    assert user.email == "Ada@example.com"
    assert user.check_password("a-long-passphrase-42")
    with pytest.raises(ValueError):
        get_user_model().objects.create_user("")


def test_a_superuser_is_staff():
    """create_superuser() makes an account for the admin, from an address and a password."""
    admin = get_user_model().objects.create_superuser("root@example.com", "a-long-passphrase-42")
    assert admin.is_staff and admin.is_superuser
    with pytest.raises(ValueError):
        get_user_model().objects.create_superuser("root2@example.com", is_staff=False)


def test_the_admin_adds_a_user_by_email(admin_client):
    """The admin's "add user" page asks for the address and a password, and creates the user."""
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "new@example.com",
            "usable_password": "true",
            "password1": "a-long-passphrase-42",
            "password2": "a-long-passphrase-42",
        },
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="new@example.com").exists()


def test_the_admin_lists_searches_and_edits_users(admin_client, user):
    """The user list searches by address, and a user's page opens."""
    response = admin_client.get(reverse("admin:accounts_user_changelist"), {"q": "alice"})
    assert list(response.context["cl"].result_list) == [user]
    page = admin_client.get(reverse("admin:accounts_user_change", args=[user.pk]))
    assert page.status_code == 200
