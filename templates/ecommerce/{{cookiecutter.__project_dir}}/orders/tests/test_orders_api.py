"""E[orders-api]: customers place and read their own orders through the API; the server sets prices."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.models import Product
from catalog.tests.factories import make_product
from orders.models import Order
from orders.tests.factories import make_order

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[orders-api]")]


@pytest.fixture
def customer_api(api_client, user):
    api_client.force_authenticate(user)
    return api_client


def place(api, lines, **extra):
    return api.post(reverse("api:order-list"), {"lines": lines, **extra}, format="json")


def test_placing_an_order_uses_server_prices(customer_api, user):
    """Sent prices and totals are ignored: the order costs what the shop says."""
    mug = make_product("Mug", price="12.50", stock=5)
    response = place(
        customer_api, [{"product": mug.slug, "quantity": 2, "unit_price": "0.01"}], total="0.02"
    )
    assert response.status_code == 201
    assert response.data["total"] == "25.00"
    line = response.data["lines"][0]
    assert (line["product"], line["unit_price"], line["quantity"]) == (mug.slug, "12.50", 2)
    assert line["subtotal"] == "25.00"
    order = Order.objects.get(pk=response.data["id"])
    assert (order.customer, order.total) == (user, Decimal("25.00"))
    assert Product.objects.get(pk=mug.pk).stock == 3


def test_customers_list_only_their_orders(customer_api, user, other_user):
    """The list holds the customer's orders, each with its nested lines."""
    mug = make_product("Mug")
    mine = make_order(user, [(mug, 2)])
    make_order(other_user, [(mug, 1)])
    response = customer_api.get(reverse("api:order-list"))
    assert response.status_code == 200
    assert [order["id"] for order in response.data["results"]] == [mine.pk]
    assert response.data["results"][0]["lines"][0]["product_name"] == "Mug"


def test_the_list_comes_20_orders_a_page(customer_api, user):
    """A history grows without end: the list is paginated, 20 orders a page, newest first,
    with the count and a link to the next page."""
    mug = make_product("Mug")
    orders = [make_order(user, [(mug, 1)]) for _ in range(23)]
    first = customer_api.get(reverse("api:order-list")).data
    assert first["count"] == 23
    assert [order["id"] for order in first["results"]] == [order.pk for order in orders[::-1][:20]]
    assert first["next"]
    second = customer_api.get(reverse("api:order-list"), {"page": 2}).data
    assert [order["id"] for order in second["results"]] == [order.pk for order in orders[2::-1]]


def queries_to_list(api):
    with CaptureQueriesContext(connection) as queries:
        assert api.get(reverse("api:order-list")).status_code == 200
    return len(queries)


def test_the_list_takes_the_same_queries_for_2_orders_as_for_20(customer_api, user):
    """Lines and their products are loaded for the whole page at once, not order by order."""
    products = [make_product() for _ in range(3)]
    for _ in range(2):
        make_order(user, [(product, 1) for product in products])
    few = queries_to_list(customer_api)
    for _ in range(18):
        make_order(user, [(product, 1) for product in products])
    assert queries_to_list(customer_api) == few


def test_the_schema_says_what_placing_an_order_takes_and_gives(api_schema):
    """POST /api/orders/ is described with its real input (lines of a product slug and a
    quantity) and its real answer (201, the order with its total), so clients can trust it."""
    operation = api_schema["paths"]["/api/orders/"]["post"]
    components = api_schema["components"]["schemas"]

    def component(reference):
        return components[reference["$ref"].rsplit("/", 1)[-1]]

    sent = component(operation["requestBody"]["content"]["application/json"]["schema"])
    assert "lines" in sent["required"]
    line = component(sent["properties"]["lines"]["items"])
    assert {"product", "quantity"} <= set(line["required"])
    assert "unit_price" not in line["properties"]
    answer = component(operation["responses"]["201"]["content"]["application/json"]["schema"])
    assert {"id", "total", "lines"} <= set(answer["properties"])


def test_another_customers_order_is_not_found(customer_api, user, other_user):
    """Reading someone else's order answers 404; one's own answers 200."""
    mine = make_order(user, [(make_product(), 1)])
    theirs = make_order(other_user, [(make_product(), 1)])
    assert customer_api.get(reverse("api:order-detail", args=[mine.pk])).status_code == 200
    assert customer_api.get(reverse("api:order-detail", args=[theirs.pk])).status_code == 404


def test_lines_keep_the_price_paid(customer_api, user):
    """An order read later shows the unit price and total it was placed at."""
    mug = make_product("Mug", price="12.50", stock=5)
    order_id = place(customer_api, [{"product": mug.slug, "quantity": 2}]).data["id"]
    Product.objects.filter(pk=mug.pk).update(price=Decimal("30.00"), name="Big mug")
    response = customer_api.get(reverse("api:order-detail", args=[order_id]))
    line = response.data["lines"][0]
    assert (line["product_name"], line["unit_price"], line["subtotal"]) == ("Mug", "12.50", "25.00")
    assert response.data["total"] == "25.00"


def test_orders_cannot_be_changed_or_deleted(customer_api, user):
    """An order is a record: its customer reads it, but PUT, PATCH and DELETE answer 405."""
    order = make_order(user, [(make_product(), 1)])
    url = reverse("api:order-detail", args=[order.pk])
    assert customer_api.get(url).status_code == 200
    changes = {"status": "shipped", "total": "0.00"}
    assert customer_api.put(url, changes, format="json").status_code == 405
    assert customer_api.patch(url, changes, format="json").status_code == 405
    assert customer_api.delete(url).status_code == 405
    order.refresh_from_db()
    assert (order.status, order.total) == (Order.Status.PLACED, Decimal("10.00"))


def test_only_signed_in_customers_get_in(api_client, user):
    """Without a session or a token, listing, reading and placing are refused and nothing is
    made; signed in, the same customer is answered."""
    order = make_order(user, [(make_product(), 1)])
    mug = make_product(stock=5)
    detail = reverse("api:order-detail", args=[order.pk])
    assert api_client.get(reverse("api:order-list")).status_code in (401, 403)
    assert api_client.get(detail).status_code in (401, 403)
    response = place(api_client, [{"product": mug.slug, "quantity": 1}])
    assert response.status_code in (401, 403)
    assert Order.objects.count() == 1
    api_client.force_authenticate(user)
    assert api_client.get(detail).status_code == 200


def test_session_authentication(api_client, user):
    """A customer signed in on the site uses the API with the same session."""
    api_client.force_login(user)
    mug = make_product(stock=5)
    assert api_client.get(reverse("api:order-list")).status_code == 200
    assert place(api_client, [{"product": mug.slug, "quantity": 1}]).status_code == 201


def test_token_authentication(api_client, user, password):
    """A token from /api/token/ authenticates the customer."""
    token = api_client.post(
        reverse("api:token"), {"username": user.get_username(), "password": password}
    ).data["token"]
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get(reverse("api:order-list")).status_code == 200


@pytest.mark.parametrize(
    "case", ["no lines", "unknown product", "off sale", "zero", "twice", "not enough stock"]
)
def test_invalid_orders_are_refused(customer_api, case):
    """Bad input answers 400 with an error on `lines`, and creates no order."""
    mug = make_product(stock=3)
    old = make_product(is_active=False)
    lines = {
        "no lines": [],
        "unknown product": [{"product": "no-such-thing", "quantity": 1}],
        "off sale": [{"product": old.slug, "quantity": 1}],
        "zero": [{"product": mug.slug, "quantity": 0}],
        "twice": [{"product": mug.slug, "quantity": 1}, {"product": mug.slug, "quantity": 1}],
        "not enough stock": [{"product": mug.slug, "quantity": 4}],
    }[case]
    response = place(customer_api, lines)
    assert response.status_code == 400
    assert "lines" in response.data
    assert not Order.objects.exists()
