"""E[reports]: the managers' reports, each a single query."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.models import Product
from catalog.tests.factories import make_category, make_product
from orders import reports
from orders.models import Order
from orders.tests.factories import make_manager, make_order
from orders.views import REPORT_ROWS

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[reports]")]


@pytest.fixture
def shop(user, other_user):
    """Two categories that sold, one that did not, and a cancelled order that counts for nothing."""
    mugs, tea, vases = make_category("Mugs"), make_category("Tea"), make_category("Vases")
    mug = make_product("Mug", price="12.50", stock=2, category=mugs)
    cup = make_product("Cup", price="5.00", stock=5, category=mugs)
    green = make_product("Green tea", price="7.80", stock=40, category=tea)
    vase = make_product("Vase", price="30.00", stock=0, category=vases)
    make_product("Old vase", stock=1, category=vases, is_active=False)
    make_order(user, [(mug, 2), (green, 1)])
    make_order(other_user, [(mug, 1), (cup, 3)], status=Order.Status.SHIPPED)
    make_order(user, [(green, 10), (vase, 1)], status=Order.Status.CANCELLED)
    return {"mug": mug, "cup": cup, "green": green, "vase": vase}


def test_best_sellers(shop, django_assert_num_queries):
    """Units sold per product, most first, cancelled orders left out: one query."""
    with django_assert_num_queries(1):
        rows = [(product.name, product.units_sold) for product in reports.best_sellers()]
    assert rows == [("Cup", 3), ("Mug", 3), ("Green tea", 1)]


def test_revenue_per_category(shop, django_assert_num_queries):
    """Money per category in exact Decimal, zero when nothing sold: one query."""
    with django_assert_num_queries(1):
        rows = [(category.name, category.revenue) for category in reports.revenue_per_category()]
    assert rows == [("Mugs", Decimal("52.50")), ("Tea", Decimal("7.80")), ("Vases", Decimal("0"))]


def test_revenue_is_what_customers_paid(shop):
    """Revenue counts the unit prices on the order lines, not today's prices."""
    Product.objects.update(price=Decimal("99.99"))
    revenue = {category.name: category.revenue for category in reports.revenue_per_category()}
    assert revenue == {"Mugs": Decimal("52.50"), "Tea": Decimal("7.80"), "Vases": Decimal("0")}


def test_products_never_ordered(shop, django_assert_num_queries):
    """Products no order line points to: one query."""
    with django_assert_num_queries(1):
        names = [product.name for product in reports.products_never_ordered()]
    assert names == ["Old vase"]


def test_low_stock(shop, django_assert_num_queries):
    """Products on sale with 5 or fewer left, emptiest first, with their category: one query."""
    with django_assert_num_queries(1):
        rows = [(product.name, product.category.name) for product in reports.low_stock()]
    assert rows == [("Vase", "Vases"), ("Mug", "Mugs"), ("Cup", "Mugs")]


def test_report_page_queries_do_not_grow(client, user, django_assert_num_queries):
    """The reports page makes the same number of queries for 5 products as for 50, and
    shows the first REPORT_ROWS rows of a long report."""
    client.force_login(make_manager())
    category = make_category("Mugs")

    def add_sold_products(how_many):
        for _ in range(how_many):
            make_order(user, [(make_product(stock=1, category=category), 1)])

    def report_sizes():
        response = client.get(reverse("manage:reports"))
        assert response.status_code == 200
        return len(response.context["low_stock"]), len(response.context["best_sellers"])

    add_sold_products(5)
    report_sizes()
    with CaptureQueriesContext(connection) as five:
        assert report_sizes() == (5, 5)
    queries_for_five = len(five)
    add_sold_products(45)
    report_sizes()
    with django_assert_num_queries(queries_for_five):
        assert report_sizes() == (REPORT_ROWS, 5)
