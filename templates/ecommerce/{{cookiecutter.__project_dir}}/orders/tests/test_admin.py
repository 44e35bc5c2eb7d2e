"""E[order-admin]: the order admin filters, searches, shows lines inline and ships paid orders."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from catalog.tests.factories import make_product
from orders.models import Order, OrderLine
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


def test_orders_search_by_number_email_addresses_and_product(admin_client, user, other_user):
    """The search finds orders by number, the customer's email address, the address the order
    was sent to, or a product's name."""
    mug, tea = make_product("Blue mug"), make_product("Green tea")
    alices = make_order(user, [(mug, 1)])
    bobs = make_order(other_user, [(tea, 1)])
    # People change their address; an order keeps the one its confirmation went to.
    get_user_model().objects.filter(pk=user.pk).update(email="alice@example.net")
    Order.objects.filter(pk=bobs.pk).update(email="robert@example.org")
    assert shown(admin_client.get(reverse(CHANGELIST), {"q": "example.net"})) == {alices}
    assert shown(admin_client.get(reverse(CHANGELIST), {"q": "robert@example"})) == {bobs}
    assert shown(admin_client.get(reverse(CHANGELIST), {"q": "green tea"})) == {bobs}
    assert shown(admin_client.get(reverse(CHANGELIST), {"q": str(bobs.pk)})) == {bobs}


def test_order_page_shows_its_lines_inline_read_only(admin_client, user):
    """An order's page shows its lines, none of them editable, none to add or delete."""
    order = make_order(user, [(make_product(), 2)])
    response = admin_client.get(reverse("admin:orders_order_change", args=[order.pk]))
    assert response.status_code == 200
    [lines] = response.context["inline_admin_formsets"]
    assert lines.formset.model is OrderLine
    assert [form.instance for form in lines.formset.forms] == list(order.lines.all())
    for form in lines.formset.forms:
        assert {"product", "product_name", "unit_price", "quantity"} <= set(lines.readonly_fields)
        assert not set(form.fields) & {"product", "product_name", "unit_price", "quantity"}
    assert not lines.has_add_permission
    assert not lines.formset.can_delete


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


def test_mark_shipped_says_how_many_of_each(admin_client, user):
    """The action says how many orders it shipped and how many it left as they were."""
    mug = make_product()
    paid = [make_order(user, [(mug, 1)], status=Order.Status.PAID) for _ in range(2)]
    left = [make_order(user, [(mug, 1)]) for _ in range(3)]
    response = admin_client.post(
        reverse(CHANGELIST),
        {"action": "mark_shipped", "_selected_action": [order.pk for order in paid + left]},
    )
    said = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "2" in said
    assert "3" in said


def test_shipping_goes_through_the_workflow(admin_client, user):
    """The action moves orders with the workflow's service, as the order desk does: an order
    shipped records when it changed (`updated_at`), which a bare update() would not."""
    paid = make_order(user, [(make_product(), 1)], status=Order.Status.PAID)
    long_ago = timezone.now() - timedelta(days=30)
    Order.objects.filter(pk=paid.pk).update(updated_at=long_ago)
    action = {"action": "mark_shipped", "_selected_action": [paid.pk]}
    admin_client.post(reverse(CHANGELIST), action)
    paid.refresh_from_db()
    assert paid.status == Order.Status.SHIPPED
    assert paid.updated_at > long_ago
