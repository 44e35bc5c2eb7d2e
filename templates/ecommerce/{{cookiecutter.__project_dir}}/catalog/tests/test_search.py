"""E[catalog-search]: the product list searches, filters, orders and paginates by its query string."""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from catalog.models import Product
from catalog.tests.factories import make_category, make_product, make_tag

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[catalog-search]")]


def get(client, **params):
    return client.get(reverse("catalog:list"), params)


def names(response):
    return [product.name for product in response.context["products"]]


def test_search_looks_in_names_descriptions_and_tags(client):
    """`q` finds a product by name, description or tag name, and lists it once."""
    gift, wrap = make_tag("Gift idea"), make_tag("Gift wrap")
    make_product("Blue mug")
    make_product("Tea towel", description="Goes well with a BLUE teapot")
    make_product("Plate", tags=[gift, wrap])
    make_product("Spoon")
    assert names(get(client, q="blue")) == ["Blue mug", "Tea towel"]
    assert names(get(client, q="gift")) == ["Plate"]


def test_search_ignores_letter_case(client):
    """`q` matches whatever the letter case, in names, descriptions and tags alike.

    SQLite's LIKE ignores the case of ASCII letters whatever the lookup asks, so only on
    PostgreSQL does this tell a case-sensitive search from a case-insensitive one.
    """
    make_product("Blue MUG")
    make_product("Towel", description="A mug-shaped towel")
    make_product("Plate", tags=[make_tag("Mugs and more")])
    make_product("Spoon")
    for query in ("mug", "MUG", "Mug"):
        assert names(get(client, q=query)) == ["Blue MUG", "Plate", "Towel"]


def test_filters_by_category_tag_price_and_stock(client):
    """`category`, `tag`, `min_price`, `max_price` and `in_stock` narrow the list."""
    mugs, tea = make_category("Mugs"), make_category("Tea")
    eco = make_tag("Eco")
    make_product("Cheap mug", price="5.00", category=mugs)
    make_product("Dear mug", price="50.00", category=mugs, tags=[eco])
    make_product("Empty mug", price="20.00", category=mugs, stock=0)
    make_product("Green tea", price="8.00", category=tea, tags=[eco])
    assert names(get(client, category="mugs")) == ["Cheap mug", "Dear mug", "Empty mug"]
    assert names(get(client, tag="eco")) == ["Dear mug", "Green tea"]
    assert names(get(client, min_price="8", max_price="20")) == ["Empty mug", "Green tea"]
    assert names(get(client, category="mugs", in_stock="1")) == ["Cheap mug", "Dear mug"]


def test_sort_orders_by_price_or_newest(client):
    """`sort` orders by name (the default), price either way, or newest first."""
    for days_ago, name, price in [(3, "Apron", "20.00"), (2, "Cup", "10.00"), (1, "Bowl", "30.00")]:
        product = make_product(name, price=price)
        created_at = timezone.now() - timedelta(days=days_ago)
        Product.objects.filter(pk=product.pk).update(created_at=created_at)
    assert names(get(client)) == ["Apron", "Bowl", "Cup"]
    assert names(get(client, sort="price")) == ["Cup", "Apron", "Bowl"]
    assert names(get(client, sort="-price")) == ["Bowl", "Apron", "Cup"]
    assert names(get(client, sort="newest")) == ["Bowl", "Cup", "Apron"]


def test_nonsense_in_the_query_string_is_ignored(client):
    """Bad numbers, an unknown sort or page fall back to the defaults, never a 500."""
    make_product("Apron")
    response = get(client, min_price="abc", max_price="NaN", sort="password", page="x")
    assert response.status_code == 200
    assert names(response) == ["Apron"]
    assert response.context["page_obj"].number == 1


def test_twelve_products_a_page(client):
    """Products come 12 a page; `page` picks the page."""
    for number in range(13):
        make_product(f"Mug {number:02}")
    first, second = get(client), get(client, page=2)
    assert len(names(first)) == 12
    assert names(second) == ["Mug 12"]
    assert second.context["page_obj"].number == 2


def test_page_links_keep_the_search_and_filters(client):
    """The link to the next page keeps `q`, the filters and the order."""
    for number in range(13):
        make_product(f"Mug {number:02}", price="9.00")
    response = get(client, q="mug", max_price="10", sort="price")
    links = re.findall(r'href="([^"]*)"', unescape(response.content.decode()))
    queries = [parse_qs(urlsplit(link).query) for link in links]
    expected = {"q": ["mug"], "max_price": ["10"], "sort": ["price"], "page": ["2"]}
    assert expected in queries


def test_queries_do_not_grow_with_products(client, django_assert_num_queries):
    """The list makes the same number of queries for 5 products as for a full page and more."""
    tags = [make_tag("Eco"), make_tag("Gift idea")]

    def add_products(how_many):
        for _ in range(how_many):
            make_product(category=make_category("Mugs"), tags=tags)

    add_products(5)
    get(client)
    with CaptureQueriesContext(connection) as five:
        assert len(names(get(client))) == 5
    queries_for_five = len(five)
    add_products(8)
    get(client)
    with django_assert_num_queries(queries_for_five):
        assert len(names(get(client))) == 12
