"""Orders pages, the admin's included, are guarded before any exercise is done."""

import pytest
from django.urls import reverse

from catalog.tests.factories import make_product
from orders.tests.factories import make_order

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["orders:list", "orders:checkout", "manage:orders"])
def test_visitors_are_sent_to_log_in(client, name):
    """Orders pages need a signed-in user."""
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_reports_are_for_managers_only(logged_in_client):
    """A customer without the permission gets 403 on the reports."""
    assert logged_in_client.get(reverse("manage:reports")).status_code == 403


def test_orders_api_needs_authentication(api_client):
    """Anonymous clients cannot list orders."""
    assert api_client.get(reverse("api:order-list")).status_code == 403


def test_the_admin_cannot_type_a_status_past_the_workflow(admin_client, user):
    """On the order's admin page the status is read-only: it moves only through the service."""
    order = make_order(user, [(make_product(), 1)])
    response = admin_client.get(reverse("admin:orders_order_change", args=[order.pk]))
    assert "status" not in response.context["adminform"].form.fields
