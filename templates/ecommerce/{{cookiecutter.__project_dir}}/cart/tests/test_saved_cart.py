"""E[cart-signals]: a customer's cart is saved when they log out and merged back when they log in."""

import pytest
from django.urls import reverse

from cart.models import SavedCartLine
from catalog.tests.factories import make_product

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[cart-signals]")]


def put_in_cart(client, items):
    session = client.session
    session["cart"] = {str(product.pk): quantity for product, quantity in items.items()}
    session.save()


def log_in(client, user, password):
    credentials = {"username": user.get_username(), "password": password}
    response = client.post(reverse("login"), credentials)
    assert response.status_code == 302


def test_logging_out_saves_the_cart(logged_in_client, user):
    """The cart's lines are stored for the customer when they log out."""
    mug, tea = make_product(), make_product()
    SavedCartLine.objects.create(user=user, product=tea, quantity=9)
    put_in_cart(logged_in_client, {mug: 2})
    logged_in_client.post(reverse("logout"))
    saved = SavedCartLine.objects.filter(user=user)
    assert [(line.product, line.quantity) for line in saved] == [(mug, 2)]


def test_logging_in_merges_the_saved_cart(client, user, password):
    """Saved lines come back; for a product in both carts the larger quantity wins."""
    mug, tea, pen = make_product(stock=10), make_product(stock=10), make_product(stock=10)
    SavedCartLine.objects.create(user=user, product=mug, quantity=3)
    SavedCartLine.objects.create(user=user, product=tea, quantity=1)
    put_in_cart(client, {tea: 4, pen: 1})
    log_in(client, user, password)
    assert client.session["cart"] == {str(mug.pk): 3, str(tea.pk): 4, str(pen.pk): 1}
    assert not SavedCartLine.objects.filter(user=user).exists()


def test_merged_lines_respect_stock_and_sale(client, user, password):
    """A saved quantity above today's stock is capped; a product off sale is dropped."""
    scarce, old = make_product(stock=2), make_product(is_active=False)
    SavedCartLine.objects.create(user=user, product=scarce, quantity=5)
    SavedCartLine.objects.create(user=user, product=old, quantity=1)
    log_in(client, user, password)
    assert client.session["cart"] == {str(scarce.pk): 2}


def test_a_round_trip_keeps_the_cart(client, user, password):
    """Log out with a cart, log back in: the same cart."""
    mug = make_product()
    log_in(client, user, password)
    put_in_cart(client, {mug: 2})
    client.post(reverse("logout"))
    assert client.session.get("cart") is None
    log_in(client, user, password)
    assert client.session["cart"] == {str(mug.pk): 2}
