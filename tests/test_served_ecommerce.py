"""The shop's checkout under a real server: gunicorn with several workers, on PostgreSQL,
and buyers whose requests reach it at the same moment.

The project's own tests race two threads in one process; here the racers are separate
worker processes with their own connections, as in production. Each buyer has an API
token and places an order with ``POST /api/orders/``; every answer must be a success or
a 4xx that says why, never a 5xx, and the stock must add up afterwards.
"""

import json

import pytest

from tests.serving import at_once, fetch, run_script, served

TEMPLATE = "ecommerce"
WORKERS = 4

# Buyers with tokens, and products, made in the served database; printed as JSON.
SHOP = """
import json, sys
import django
django.setup()
from decimal import Decimal
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
from catalog.models import Category, Product
buyers, products, stock, prefix = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
User = get_user_model()
category, _ = Category.objects.get_or_create(slug="race", defaults={"name": "Race"})
made = [
    Product.objects.create(
        category=category, name=f"{prefix} {n}", slug=f"{prefix}-{n}", price=Decimal("2.50"), stock=stock
    )
    for n in range(products)
]
tokens = [
    Token.objects.create(user=User.objects.create_user(f"{prefix}-{n}@example.com")).key
    for n in range(buyers)
]
print(json.dumps({"tokens": tokens, "products": [product.slug for product in made]}))
"""


@pytest.fixture(scope="module")
def shop(bake, postgres_server):
    """The shop's solution served by gunicorn on a PostgreSQL database of its own."""
    database = postgres_server.create_database()
    database_url = postgres_server.database_url(database)
    project = bake(TEMPLATE, solutions=True, project_slug="served_shop")
    with served(project, workers=WORKERS, DATABASE_URL=database_url) as (base, log):
        yield project, database_url, base, log
    postgres_server.drop_database(database)


def make_shop(shop, prefix, *, buyers, products, stock):
    """``buyers`` tokens and ``products`` slugs (each with ``stock`` items) in the served database."""
    project, database_url, _, _ = shop
    made = json.loads(run_script(project, database_url, SHOP, buyers, products, stock, prefix))
    return made["tokens"], made["products"]


def place(base, token, lines):
    """``POST /api/orders/`` as the token's customer; ``(status, body)``."""
    status, _, body = fetch(
        f"{base}/api/orders/",
        method="POST",
        data=json.dumps({"lines": lines}).encode(),
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
    )
    return status, body


def buying(base, tokens, *carts):
    """For ``at_once``: buyer ``index`` places an order with their token, the carts in turn."""
    return lambda index: place(base, tokens[index], carts[index % len(carts)])


def stock_of(base, slug):
    status, _, body = fetch(f"{base}/api/products/{slug}/")
    assert status == 200, body[:500]
    return json.loads(body)["stock"]


def statuses(results):
    """The status of each answer; a request that raised (no answer at all) fails the test."""
    failed = [result for result in results if isinstance(result, Exception)]
    assert failed == [], f"requests got no answer: {failed[:3]}"
    return [status for status, _ in results]


def test_more_buyers_than_stock_buy_exactly_the_stock(shop):
    """Ten buyers at once for the last three items, rounds over: three orders, seven 400s
    saying why, no 5xx, and the stock ends at 0, never below."""
    _, _, base, log = shop
    for attempt in range(3):  # a race shows only when the timing falls its way
        tokens, (last,) = make_shop(shop, f"last{attempt}", buyers=10, products=1, stock=3)
        line = [{"product": last, "quantity": 1}]
        results = at_once(len(tokens), buying(base, tokens, line))
        answered = statuses(results)
        assert [status for status in answered if status >= 500] == [], log.read_text(encoding="utf-8")[-3000:]
        assert sorted(answered) == [201] * 3 + [400] * 7
        assert all("lines" in json.loads(body) for status, body in results if status == 400)
        assert stock_of(base, last) == 0


def test_carts_sharing_products_in_opposite_orders_never_deadlock(shop):
    """Eight checkouts at once, rounds over, half listing twelve shared products one way
    and half the other way round: every order goes through (no deadlock, no 5xx), and
    each product's stock goes down by exactly what was bought."""
    _, _, base, log = shop
    rounds, buyers = 3, 8
    tokens, products = make_shop(shop, "shared", buyers=buyers, products=12, stock=100)
    forwards = [{"product": slug, "quantity": 1} for slug in products]
    backwards = forwards[::-1]
    for _ in range(rounds):
        results = at_once(buyers, buying(base, tokens, backwards, forwards))
        answered = statuses(results)
        assert [status for status in answered if status >= 500] == [], log.read_text(encoding="utf-8")[-3000:]
        assert answered == [201] * buyers, [body[:300] for _, body in results]
    assert [stock_of(base, slug) for slug in products] == [100 - rounds * buyers] * len(products)
