"""The API is closed to anonymous clients from the start.

The URLs are reversed when this file is collected, not when the test runs: that loads
the URL configuration and every view, so a syntax error in any of them stops the
collection, and ``manage.py exercises`` names that file and line instead of showing
statuses recorded before the error.
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", [reverse("api:task-list"), reverse("api:task-detail", args=[1])])
def test_anonymous_clients_are_refused(api_client, url):
    """Without credentials the API answers 403 (session) or 401 (token)."""
    assert api_client.get(url).status_code in (401, 403)
