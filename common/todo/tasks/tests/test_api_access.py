"""The API is closed to anonymous clients from the start."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("name", "args"), [("api:task-list", []), ("api:task-detail", [1])])
def test_anonymous_clients_are_refused(api_client, name, args):
    """Without credentials the API answers 403 (session) or 401 (token)."""
    assert api_client.get(reverse(name, args=args)).status_code in (401, 403)
