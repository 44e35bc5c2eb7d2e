"""E[cart-post]: the cart changes only by POST, within stock, and redirects after each change."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from catalog.tests.factories import make_product

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[cart-post]")]


def cart(client):
    return client.session.get("cart", {})


def levels(response):
    """The level of each message the response leaves for the next page."""
    return [message.level_tag for message in get_messages(response.wsgi_request)]


def test_add_puts_the_product_in_the_cart(client):
    """POST to add: one by default, more when asked, then back to the cart page with a message."""
    mug = make_product(stock=5)
    response = client.post(reverse("cart:add", args=[mug.pk]))
    assert response.status_code == 302
    assert response.url == reverse("cart:detail")
    assert levels(response) == ["success"]
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
    assert levels(response) == ["error"]


@pytest.mark.parametrize("quantity", ["abc", "2.5", "-1", "0", "100"])
def test_nonsense_quantities_are_refused(client, quantity):
    """Adding a quantity that is not a whole number from 1 to 99 changes nothing, with a message."""
    mug = make_product(stock=500)
    client.post(reverse("cart:add", args=[mug.pk]), {"quantity": "2"})
    response = client.post(reverse("cart:add", args=[mug.pk]), {"quantity": quantity})
    assert response.status_code == 302
    assert response.url == reverse("cart:detail")
    assert cart(client) == {str(mug.pk): 2}
    assert levels(response) == ["success", "error"]


@pytest.mark.parametrize("quantity", ["abc", "-1", "100"])
def test_nonsense_updates_are_refused(client, quantity):
    """Updating to a quantity that is not a whole number from 0 to 99 changes nothing."""
    mug = make_product(stock=500)
    client.post(reverse("cart:add", args=[mug.pk]), {"quantity": "2"})
    response = client.post(reverse("cart:update", args=[mug.pk]), {"quantity": quantity})
    assert response.status_code == 302
    assert cart(client) == {str(mug.pk): 2}
    assert levels(response)[-1] == "error"


def test_update_sets_the_quantity_and_zero_removes(client):
    """Update sets an exact quantity within stock; 0 takes the product out."""
    mug = make_product(stock=5)
    client.post(reverse("cart:add", args=[mug.pk]))
    client.post(reverse("cart:update", args=[mug.pk]), {"quantity": "4"})
    assert cart(client) == {str(mug.pk): 4}
    response = client.post(reverse("cart:update", args=[mug.pk]), {"quantity": "6"})
    assert cart(client) == {str(mug.pk): 4}
    assert levels(response)[-1] == "error"
    response = client.post(reverse("cart:update", args=[mug.pk]), {"quantity": "0"})
    assert response.status_code == 302
    assert cart(client) == {}


def test_remove_takes_the_product_out(client):
    """Remove empties the product's line, says so, and goes back to the cart page."""
    mug, tea = make_product(), make_product()
    client.post(reverse("cart:add", args=[mug.pk]))
    client.post(reverse("cart:add", args=[tea.pk]))
    response = client.post(reverse("cart:remove", args=[mug.pk]))
    assert response.status_code == 302
    assert response.url == reverse("cart:detail")
    assert cart(client) == {str(tea.pk): 1}
    assert levels(response)[-1] == "success"


def test_products_off_sale_cannot_be_added_or_updated(client):
    """A product not on sale is not found by add or update."""
    old = make_product(is_active=False)
    assert client.post(reverse("cart:add", args=[old.pk])).status_code == 404
    assert client.post(reverse("cart:update", args=[old.pk]), {"quantity": "1"}).status_code == 404
    assert cart(client) == {}


def test_a_product_taken_off_sale_can_still_be_removed(client):
    """Remove works on any product, so one taken off sale can leave the cart; none is 404."""
    mug = make_product()
    client.post(reverse("cart:add", args=[mug.pk]))
    mug.is_active = False
    mug.save()
    assert client.post(reverse("cart:remove", args=[mug.pk])).status_code == 302
    assert cart(client) == {}
    assert client.post(reverse("cart:remove", args=[mug.pk + 1000])).status_code == 404
