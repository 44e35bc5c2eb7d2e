"""The cart page works before any exercise is done."""

from decimal import Decimal

import pytest
from django.urls import reverse

from catalog.tests.factories import make_product

pytestmark = pytest.mark.django_db


def put_in_cart(client, items):
    session = client.session
    session["cart"] = {str(product.pk): quantity for product, quantity in items.items()}
    session.save()


def test_empty_cart(client):
    """A new visitor's cart is empty and costs nothing."""
    response = client.get(reverse("cart:detail"))
    assert response.status_code == 200
    assert response.context["lines"] == []
    assert response.context["total"] == Decimal("0.00")


def test_cart_shows_lines_and_an_exact_total(client):
    """The cart lists its products and adds their prices up in Decimal."""
    mug, tea = make_product("Mug", price="19.99"), make_product("Tea", price="0.10")
    put_in_cart(client, {mug: 3, tea: 1})
    response = client.get(reverse("cart:detail"))
    assert [line.product for line in response.context["lines"]] == [mug, tea]
    assert response.context["total"] == Decimal("60.07")


def test_products_taken_off_sale_leave_the_cart(client):
    """A product no longer on sale is not counted."""
    mug = make_product("Mug", is_active=False)
    put_in_cart(client, {mug: 1})
    assert client.get(reverse("cart:detail")).context["lines"] == []
