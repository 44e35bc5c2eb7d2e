"""E[order-desk]: shop managers run the order desk; the workflow decides which moves are allowed."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from catalog.models import Product
from catalog.tests.factories import make_product
from orders.models import Order
from orders.services import InvalidTransition, order_change_status
from orders.tests.factories import make_manager, make_order

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[order-desk]")]


@pytest.fixture
def manager_client(client):
    client.force_login(make_manager())
    return client


def user_with_permission(codename):
    """A user who holds one permission of the orders app, and nothing else."""
    user = get_user_model().objects.create_user(f"has-{codename}@example.com")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="orders", codename=codename)
    )
    return user


def stock_of(product):
    return Product.objects.get(pk=product.pk).stock


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


def test_seeing_orders_is_not_enough(client, user):
    """Who may only view orders (no orders.change_order) gets 403 on the desk and its actions."""
    viewer = user_with_permission("view_order")
    client.force_login(viewer)
    order = make_order(user, [(make_product(), 1)])
    assert client.get(reverse("manage:orders")).status_code == 403
    assert set_status(client, order, "paid").status_code == 403
    assert Order.objects.get(pk=order.pk).status == Order.Status.PLACED


def test_manager_marks_an_order_paid(manager_client, user):
    """A POST moves the order along, says so, and goes back to the desk."""
    order = make_order(user, [(make_product(), 1)])
    response = set_status(manager_client, order, "paid")
    assert response.status_code == 302
    assert response.url == reverse("manage:orders")
    assert Order.objects.get(pk=order.pk).status == Order.Status.PAID
    assert [message.level_tag for message in get_messages(response.wsgi_request)] == ["success"]


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
    mug, tea = make_product(stock=3), make_product(stock=0)
    order = make_order(user, [(mug, 2), (tea, 1)], status=Order.Status.PAID)
    order_change_status(order=order, status=Order.Status.CANCELLED)
    assert (stock_of(mug), stock_of(tea)) == (5, 1)
    with pytest.raises(InvalidTransition):
        order_change_status(order=order, status=Order.Status.CANCELLED)
    assert (stock_of(mug), stock_of(tea)) == (5, 1)


def test_two_managers_cancelling_return_the_stock_once(user):
    """Two managers, each holding their own copy of the order loaded while it was paid, both
    cancel: the second is refused, and the stock comes back once."""
    mug = make_product(stock=3)
    order = make_order(user, [(mug, 2)], status=Order.Status.PAID)
    seen_by_morgan, seen_by_sam = Order.objects.get(pk=order.pk), Order.objects.get(pk=order.pk)
    order_change_status(order=seen_by_morgan, status=Order.Status.CANCELLED)
    with pytest.raises(InvalidTransition):
        order_change_status(order=seen_by_sam, status=Order.Status.CANCELLED)
    assert stock_of(mug) == 5


def test_unknown_status_is_refused(user):
    """Only the workflow's statuses exist."""
    order = make_order(user, [(make_product(), 1)])
    with pytest.raises(InvalidTransition):
        order_change_status(order=order, status="refunded")
    assert Order.objects.get(pk=order.pk).status == Order.Status.PLACED


def cancelling(order):
    """A cancel to run later, on a copy of ``order`` loaded now."""
    seen = Order.objects.get(pk=order.pk)
    return lambda: order_change_status(order=seen, status=Order.Status.CANCELLED)


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_cancels_at_the_same_moment_return_the_stock_once(user, at_once):
    """Three managers cancel the same paid order at the same moment: one succeeds, the others
    get InvalidTransition, and the stock comes back once."""
    # A race shows only when the timing falls its way: a few rounds make sure it does.
    for _ in range(3):
        mug = make_product(stock=3)
        order = make_order(user, [(mug, 2)], status=Order.Status.PAID)
        outcomes = at_once(*(cancelling(order) for _ in range(3)))
        refused = [outcome for outcome in outcomes if isinstance(outcome, InvalidTransition)]
        cancelled = [outcome for outcome in outcomes if isinstance(outcome, Order)]
        assert (len(cancelled), len(refused)) == (1, 2)
        assert stock_of(mug) == 5


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_cancelling_orders_with_lines_in_opposite_orders_never_deadlocks(user, other_user, at_once):
    """Two orders hold the same products, their lines in opposite orders: cancelled at the same
    moment, both are cancelled (neither waits on the other for ever) and all stock comes back."""
    # A race shows only when the timing falls its way: a few rounds make sure it does.
    for _ in range(5):
        products = [make_product(stock=0) for _ in range(10)]
        items = [(product, 1) for product in products]
        first = make_order(user, items, status=Order.Status.PAID)
        second = make_order(other_user, items[::-1], status=Order.Status.PAID)
        outcomes = at_once(cancelling(first), cancelling(second))
        assert all(isinstance(outcome, Order) for outcome in outcomes), outcomes
        assert [stock_of(product) for product in products] == [2] * 10
