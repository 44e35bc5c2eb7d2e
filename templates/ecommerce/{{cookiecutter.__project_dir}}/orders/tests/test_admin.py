"""E[order-admin]: the order admin filters, searches, shows lines inline and ships paid orders."""

import pytest
from django.urls import reverse

from catalog.tests.factories import make_product
from orders.models import Order
from orders.tests.factories import make_order

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[order-admin]")]

CHANGELIST = "admin:orders_order_changelist"


def shown(response):
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


def test_orders_filter_by_status_and_date(admin_client, user):
    """The list offers filters by status and by date, and filtering works."""
    mug = make_product()
    paid = make_order(user, [(mug, 1)], status=Order.Status.PAID)
    make_order(user, [(mug, 1)])
    response = admin_client.get(reverse(CHANGELIST), {"status__exact": "paid"})
    assert shown(response) == {paid}
    offered = {spec.field_path for spec in response.context["cl"].filter_specs}
    assert {"status", "created_at"} <= offered


def test_orders_search_by_customer_and_product(admin_client, user, other_user):
    """The search finds orders by the customer's username or a product's name."""
    mug, tea = make_product("Blue mug"), make_product("Green tea")
    alices = make_order(user, [(mug, 1)])
    bobs = make_order(other_user, [(tea, 1)])
    assert shown(admin_client.get(reverse(CHANGELIST), {"q": "alice"})) == {alices}
    assert shown(admin_client.get(reverse(CHANGELIST), {"q": "green tea"})) == {bobs}


def test_order_page_shows_its_lines_inline(admin_client, user):
    """An order's page shows its lines."""
    order = make_order(user, [(make_product(), 2)])
    response = admin_client.get(reverse("admin:orders_order_change", args=[order.pk]))
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"]


def test_mark_shipped_ships_only_paid_orders(admin_client, user):
    """The action ships the paid orders selected and leaves the unpaid ones alone."""
    mug = make_product()
    paid = make_order(user, [(mug, 1)], status=Order.Status.PAID)
    placed = make_order(user, [(mug, 1)])
    response = admin_client.post(
        reverse(CHANGELIST), {"action": "mark_shipped", "_selected_action": [paid.pk, placed.pk]}
    )
    assert response.status_code == 302
    paid.refresh_from_db()
    placed.refresh_from_db()
    assert (paid.status, placed.status) == (Order.Status.SHIPPED, Order.Status.PLACED)
