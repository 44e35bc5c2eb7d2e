"""E[order-desk]: shop managers run the order desk; the workflow decides which moves are allowed."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from accounts.tests.factories import make_manager
from catalog.models import Product
from catalog.tests.factories import make_product
from orders.models import Order
from orders.services import InvalidTransition, order_change_status
from orders.tests.factories import make_order

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[order-desk]")]


@pytest.fixture
def manager_client(client):
    client.force_login(make_manager())
    return client


def set_status(client, order, status):
    return client.post(reverse("manage:order-status", args=[order.pk]), {"status": status})


def test_managers_see_every_order(manager_client, user, other_user):
    """The desk lists all customers' orders, and filters them by status."""
    mug = make_product()
    placed = make_order(user, [(mug, 1)])
    paid = make_order(other_user, [(mug, 1)], status=Order.Status.PAID)
    response = manager_client.get(reverse("manage:orders"))
    assert response.status_code == 200
    assert set(response.context["orders"]) == {placed, paid}
    response = manager_client.get(reverse("manage:orders"), {"status": "paid"})
    assert list(response.context["orders"]) == [paid]


def test_customers_are_forbidden(logged_in_client, user):
    """Without the permission, the desk and its actions answer 403 and change nothing."""
    order = make_order(user, [(make_product(), 1)])
    assert logged_in_client.get(reverse("manage:orders")).status_code == 403
    assert set_status(logged_in_client, order, "cancelled").status_code == 403
    assert Order.objects.get(pk=order.pk).status == Order.Status.PLACED


def test_manager_marks_an_order_paid(manager_client, user):
    """A POST moves the order along and goes back to the desk."""
    order = make_order(user, [(make_product(), 1)])
    response = set_status(manager_client, order, "paid")
    assert response.status_code == 302
    assert Order.objects.get(pk=order.pk).status == Order.Status.PAID


def test_status_changes_need_a_post(manager_client, user):
    """GET cannot change an order (405)."""
    order = make_order(user, [(make_product(), 1)])
    url = reverse("manage:order-status", args=[order.pk])
    assert manager_client.get(url, {"status": "paid"}).status_code == 405


def test_the_workflow_refuses_invalid_moves(manager_client, user):
    """A shipped order cannot be cancelled: the desk says why and leaves it shipped."""
    order = make_order(user, [(make_product(), 1)], status=Order.Status.SHIPPED)
    response = set_status(manager_client, order, "cancelled")
    assert response.status_code == 302
    assert Order.objects.get(pk=order.pk).status == Order.Status.SHIPPED
    assert [message.level_tag for message in get_messages(response.wsgi_request)] == ["error"]


def test_cancelling_returns_the_stock_once(user):
    """Cancelling gives each line's quantity back; a second cancel is refused."""
    mug = make_product(stock=3)
    order = make_order(user, [(mug, 2)], status=Order.Status.PAID)
    order_change_status(order, Order.Status.CANCELLED)
    assert Product.objects.get(pk=mug.pk).stock == 5
    with pytest.raises(InvalidTransition):
        order_change_status(order, Order.Status.CANCELLED)
    assert Product.objects.get(pk=mug.pk).stock == 5


def test_unknown_status_is_refused(user):
    """Only the workflow's statuses exist."""
    order = make_order(user, [(make_product(), 1)])
    with pytest.raises(InvalidTransition):
        order_change_status(order, "refunded")
    assert Order.objects.get(pk=order.pk).status == Order.Status.PLACED
