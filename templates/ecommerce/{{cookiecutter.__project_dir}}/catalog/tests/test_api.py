"""E[catalog-api]: the public catalog API, read-only, paginated and filtered like the list page."""

import pytest
from django.urls import reverse

from catalog.selectors import ORDERINGS
from catalog.tests.factories import make_category, make_product, make_tag

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[catalog-api]")]


def test_anyone_lists_products_on_sale_20_a_page(api_client):
    """Visitors get products on sale, 20 a page, with prices as exact strings."""
    for number in range(25):
        make_product(f"Mug {number:02}", price="12.50")
    make_product("Old mug", is_active=False)
    response = api_client.get(reverse("api:product-list"))
    assert response.status_code == 200
    assert response.data["count"] == 25
    assert len(response.data["results"]) == 20
    assert response.data["next"]
    assert response.data["results"][0]["price"] == "12.50"


def test_a_product_by_its_slug(api_client):
    """A product is read by slug, with its category and tags; one off sale is 404."""
    product = make_product("Blue mug", category=make_category("Mugs"), tags=[make_tag("Eco")])
    hidden = make_product("Old mug", is_active=False)
    response = api_client.get(reverse("api:product-detail", args=[product.slug]))
    assert response.status_code == 200
    assert response.data["name"] == "Blue mug"
    assert response.data["category"] == "mugs"
    assert response.data["tags"] == ["eco"]
    assert api_client.get(reverse("api:product-detail", args=[hidden.slug])).status_code == 404


def test_products_filter_like_the_list_page(api_client):
    """The API takes the list page's filters: here a category and a price limit."""
    tea = make_category("Tea")
    make_product("Green tea", price="8.00", category=tea)
    make_product("Rare tea", price="80.00", category=tea)
    make_product("Blue mug", price="8.00")
    response = api_client.get(reverse("api:product-list"), {"category": "tea", "max_price": "10"})
    assert [product["name"] for product in response.data["results"]] == ["Green tea"]


def test_anyone_lists_categories(api_client):
    """Categories are public too, by slug."""
    make_category("Mugs")
    make_category("Tea")
    response = api_client.get(reverse("api:category-list"))
    assert response.status_code == 200
    assert [category["slug"] for category in response.data["results"]] == ["mugs", "tea"]
    detail = api_client.get(reverse("api:category-detail", args=["tea"]))
    assert detail.data["name"] == "Tea"


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "customer"])
def test_nobody_writes_to_the_catalog(api_client, user, signed_in):
    """POST, PUT, PATCH and DELETE answer 405, signed in or not, and change nothing; GET works."""
    if signed_in:
        api_client.force_authenticate(user)
    product = make_product("Blue mug")
    category = make_category("Mugs")
    body = {"name": "Free mug", "slug": "free-mug", "price": "0.00"}
    products, categories = reverse("api:product-list"), reverse("api:category-list")
    assert api_client.post(products, body, format="json").status_code == 405
    assert api_client.post(categories, {"name": "Free", "slug": "free"}).status_code == 405
    for url in (
        reverse("api:product-detail", args=[product.slug]),
        reverse("api:category-detail", args=[category.slug]),
    ):
        assert api_client.get(url).status_code == 200
        assert api_client.put(url, body, format="json").status_code == 405
        assert api_client.patch(url, body, format="json").status_code == 405
        assert api_client.delete(url).status_code == 405
    product.refresh_from_db()
    assert product.name == "Blue mug"


def test_the_schema_lists_the_product_filters(api_schema):
    """GET /api/products/ documents every filter of the list page, and `sort` its keys, so
    a client (or /api/docs/) knows what to send."""
    parameters = api_schema["paths"]["/api/products/"]["get"]["parameters"]
    by_name = {parameter["name"]: parameter for parameter in parameters}
    filters = {"q", "category", "tag", "min_price", "max_price", "in_stock", "sort", "page"}
    assert filters <= set(by_name)
    assert all(by_name[name]["in"] == "query" for name in filters)
    assert sorted(by_name["sort"]["schema"]["enum"]) == sorted(ORDERINGS)
