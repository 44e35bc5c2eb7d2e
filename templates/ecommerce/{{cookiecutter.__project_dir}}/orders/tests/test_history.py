"""E[order-history]: customers see their own orders, and only theirs, in a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.tests.factories import make_product
from orders.tests.factories import make_order

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[order-history]")]


def test_history_lists_own_orders_newest_first(logged_in_client, user, other_user):
    """The history shows the customer's orders, newest first, with their item counts."""
    mug, tea = make_product(), make_product()
    older = make_order(user, [(mug, 1)])
    newer = make_order(user, [(mug, 2), (tea, 3)])
    make_order(other_user, [(tea, 1)])
    response = logged_in_client.get(reverse("orders:list"))
    assert response.status_code == 200
    orders = list(response.context["orders"])
    assert orders == [newer, older]
    assert [order.item_count for order in orders] == [5, 1]


def test_order_page_shows_its_lines(logged_in_client, user):
    """A customer opens one of their orders."""
    order = make_order(user, [(make_product("Mug"), 2)])
    response = logged_in_client.get(order.get_absolute_url())
    assert response.status_code == 200
    assert response.context["order"] == order


def test_another_customers_order_is_not_found(logged_in_client, other_user):
    """Someone else's order answers 404, as if it did not exist."""
    theirs = make_order(other_user, [(make_product(), 1)])
    assert logged_in_client.get(theirs.get_absolute_url()).status_code == 404


def test_history_queries_do_not_grow_with_orders(logged_in_client, user, django_assert_num_queries):
    """The history makes the same number of queries for 5 orders as for 50."""
    mug, tea = make_product(), make_product()

    def add_orders(how_many):
        for _ in range(how_many):
            make_order(user, [(mug, 1), (tea, 2)])

    def history():
        response = logged_in_client.get(reverse("orders:list"))
        assert response.status_code == 200
        return [order.item_count for order in response.context["orders"]]

    add_orders(5)
    history()
    with CaptureQueriesContext(connection) as five:
        assert history() == [3] * 5
    queries_for_five = len(five)
    add_orders(45)
    history()
    with django_assert_num_queries(queries_for_five):
        assert set(history()) == {3}
