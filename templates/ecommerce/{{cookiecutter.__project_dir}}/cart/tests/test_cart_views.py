"""E[cart-post]: the cart changes only by POST, within stock, and redirects after each change."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from catalog.tests.factories import make_product

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[cart-post]")]


def cart(client):
    return client.session.get("cart", {})


def test_add_puts_the_product_in_the_cart(client):
    """POST to add: one by default, more when asked, then back to the cart page."""
    mug = make_product(stock=5)
    response = client.post(reverse("cart:add", args=[mug.pk]))
    assert response.status_code == 302
    assert response.url == reverse("cart:detail")
    client.post(reverse("cart:add", args=[mug.pk]), {"quantity": "2"})
    assert cart(client) == {str(mug.pk): 3}


def test_changing_the_cart_needs_a_post(client):
    """GET on add, update or remove is refused (405) and changes nothing."""
    mug = make_product()
    for name in ("cart:add", "cart:update", "cart:remove"):
        assert client.get(reverse(name, args=[mug.pk])).status_code == 405
    assert cart(client) == {}


def test_cannot_add_more_than_the_stock(client):
    """Asking for more than is in stock is refused with a message."""
    mug = make_product(stock=2)
    response = client.post(reverse("cart:add", args=[mug.pk]), {"quantity": "3"})
    assert response.status_code == 302
    assert cart(client) == {}
    assert [message.level_tag for message in get_messages(response.wsgi_request)] == ["error"]


@pytest.mark.parametrize("quantity", ["abc", "-1", "0", "100"])
def test_nonsense_quantities_are_refused(client, quantity):
    """A quantity that is not a whole number from 1 to 99 changes nothing."""
    mug = make_product(stock=500)
    response = client.post(reverse("cart:add", args=[mug.pk]), {"quantity": quantity})
    assert response.status_code == 302
    assert cart(client) == {}


def test_update_sets_the_quantity_and_zero_removes(client):
    """Update sets an exact quantity within stock; 0 takes the product out."""
    mug = make_product(stock=5)
    client.post(reverse("cart:add", args=[mug.pk]))
    client.post(reverse("cart:update", args=[mug.pk]), {"quantity": "4"})
    assert cart(client) == {str(mug.pk): 4}
    client.post(reverse("cart:update", args=[mug.pk]), {"quantity": "6"})
    assert cart(client) == {str(mug.pk): 4}
    client.post(reverse("cart:update", args=[mug.pk]), {"quantity": "0"})
    assert cart(client) == {}


def test_remove_takes_the_product_out(client):
    """Remove empties the product's line."""
    mug, tea = make_product(), make_product()
    client.post(reverse("cart:add", args=[mug.pk]))
    client.post(reverse("cart:add", args=[tea.pk]))
    response = client.post(reverse("cart:remove", args=[mug.pk]))
    assert response.status_code == 302
    assert cart(client) == {str(tea.pk): 1}


def test_products_off_sale_cannot_be_added(client):
    """A product not on sale is not found."""
    old = make_product(is_active=False)
    assert client.post(reverse("cart:add", args=[old.pk])).status_code == 404
