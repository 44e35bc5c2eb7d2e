"""The catalog can be browsed before any exercise is done; managers' pages are guarded."""

import pytest
from django.urls import reverse

from catalog.tests.factories import make_product

pytestmark = pytest.mark.django_db


def test_home_shows_the_newest_products(client):
    """The shop front lists products on sale and in stock."""
    shown = make_product("Blue mug")
    make_product("Old mug", is_active=False)
    make_product("Sold-out mug", stock=0)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert list(response.context["newest"]) == [shown]


def test_product_list_shows_only_products_on_sale(client):
    """Products taken off sale are not listed."""
    on_sale = make_product("Blue mug")
    make_product("Old mug", is_active=False)
    response = client.get(reverse("catalog:list"))
    assert response.status_code == 200
    assert list(response.context["products"]) == [on_sale]


def test_product_page(client):
    """A product on sale has its own page."""
    product = make_product("Blue mug")
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    assert response.context["product"] == product


def test_product_off_sale_is_not_found(client):
    """A product taken off sale answers 404."""
    product = make_product("Old mug", is_active=False)
    assert client.get(product.get_absolute_url()).status_code == 404


def test_user_text_is_escaped(client):
    """A product description cannot inject HTML into the page."""
    product = make_product("Mug", description="<script>alert(1)</script>")
    content = client.get(product.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in content


def test_product_forms_need_a_login(client):
    """Visitors are sent to log in before the managers' product form."""
    response = client.get(reverse("catalog:create"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_customers_cannot_manage_products(logged_in_client):
    """Without the product permissions, the product forms answer 403."""
    product = make_product()
    assert logged_in_client.get(reverse("catalog:create")).status_code == 403
    assert logged_in_client.get(reverse("catalog:update", args=[product.slug])).status_code == 403


def test_catalog_api_is_read_only(api_client, user):
    """Nobody writes to the catalog through the API, signed in or not."""
    api_client.force_authenticate(user)
    response = api_client.post(reverse("api:product-list"), {"name": "Free mug"}, format="json")
    assert response.status_code == 405


def test_admin_lists_products_with_search_and_filters(admin_client):
    """The product admin searches and filters."""
    make_product("Blue mug")
    response = admin_client.get(
        reverse("admin:catalog_product_changelist"), {"q": "blue", "is_active__exact": "1"}
    )
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
