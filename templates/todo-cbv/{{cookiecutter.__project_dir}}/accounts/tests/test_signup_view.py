"""E[signup-login]: what the class-based sign-up adds to test_signup_signs_in.py."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[signup-login]")]


def test_signed_in_users_skip_the_signup_page(logged_in_client):
    """Someone already signed in is sent to their tasks instead of a second account."""
    response = logged_in_client.get(reverse("accounts:signup"))
    assert response.status_code == 302
    assert response.url == reverse("tasks:list")
