"""E[checkout-page]: the checkout page places the order through the service, then redirects."""

from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from catalog.models import Product
from catalog.tests.factories import make_product
from orders.models import Order

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[checkout-page]")]


def put_in_cart(client, items):
    session = client.session
    session["cart"] = {str(product.pk): quantity for product, quantity in items.items()}
    session.save()


def levels(response):
    """The level of each message the response leaves for the next page."""
    return [message.level_tag for message in get_messages(response.wsgi_request)]


def test_checkout_page_reviews_the_cart(logged_in_client):
    """GET shows the cart's lines and total before buying, and buys nothing."""
    mug = make_product(price="12.50")
    put_in_cart(logged_in_client, {mug: 2})
    response = logged_in_client.get(reverse("orders:checkout"))
    assert response.status_code == 200
    assert [line.product for line in response.context["lines"]] == [mug]
    assert response.context["total"] == Decimal("25.00")
    assert not Order.objects.exists()


def test_placing_the_order(logged_in_client, user):
    """POST places the order, empties the cart and shows the new order."""
    mug = make_product(price="12.50", stock=5)
    put_in_cart(logged_in_client, {mug: 2})
    response = logged_in_client.post(reverse("orders:checkout"))
    order = Order.objects.get(customer=user)
    assert response.status_code == 302
    assert response.url == order.get_absolute_url()
    assert order.total == Decimal("25.00")
    assert Product.objects.get(pk=mug.pk).stock == 3
    assert not logged_in_client.session.get("cart")
    assert levels(response) == ["success"]


def test_short_stock_goes_back_to_the_cart(logged_in_client):
    """When stock ran short since it was added, nothing is bought and the cart stays."""
    mug = make_product(stock=1)
    put_in_cart(logged_in_client, {mug: 2})
    response = logged_in_client.post(reverse("orders:checkout"))
    assert response.status_code == 302
    assert response.url == reverse("cart:detail")
    assert not Order.objects.exists()
    assert logged_in_client.session["cart"] == {str(mug.pk): 2}
    messages = list(get_messages(response.wsgi_request))
    assert [message.level_tag for message in messages] == ["error"]
    assert mug.name in str(messages[0])


def test_an_empty_cart_has_nothing_to_check_out(logged_in_client):
    """With an empty cart, GET and POST both go back to the cart page."""
    for method in (logged_in_client.get, logged_in_client.post):
        response = method(reverse("orders:checkout"))
        assert response.status_code == 302
        assert response.url == reverse("cart:detail")
    assert not Order.objects.exists()
