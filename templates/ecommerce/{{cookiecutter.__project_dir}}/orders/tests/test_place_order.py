"""E[place-order]: ``order_place`` buys all or nothing, never oversells, and emails after commit."""

from decimal import Decimal

import pytest
from django.core import mail

from cart.cart import CartLine
from catalog.exceptions import NotEnoughStock
from catalog.models import Product
from catalog.tests.factories import make_product
from orders.models import Order
from orders.services import order_place

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[place-order]")]


def stock_of(product):
    return Product.objects.get(pk=product.pk).stock


def test_an_order_copies_prices_and_takes_stock(user, django_capture_on_commit_callbacks):
    """Lines copy name and unit price, the total is computed, and the stock goes down."""
    mug, tea = make_product("Mug", price="19.99", stock=5), make_product("Tea", price="0.10")
    with django_capture_on_commit_callbacks(execute=True):
        order = order_place(customer=user, lines=[CartLine(mug, 3), CartLine(tea, 1)])
    order = Order.objects.get(pk=order.pk)
    assert order.customer == user
    assert order.status == Order.Status.PLACED
    assert order.total == Decimal("60.07")
    lines = [(line.product_name, line.unit_price, line.quantity) for line in order.lines.all()]
    assert lines == [("Mug", Decimal("19.99"), 3), ("Tea", Decimal("0.10"), 1)]
    assert stock_of(mug) == 2


def test_later_price_changes_do_not_rewrite_the_order(user):
    """The line keeps the price of the day."""
    mug = make_product("Mug", price="19.99")
    order = order_place(customer=user, lines=[CartLine(mug, 1)])
    Product.objects.filter(pk=mug.pk).update(price=Decimal("25.00"), name="Big mug")
    line = Order.objects.get(pk=order.pk).lines.get()
    assert (line.product_name, line.unit_price) == ("Mug", Decimal("19.99"))


def test_a_short_product_cancels_everything(user):
    """When one product runs short, no order, no line and no stock change is saved."""
    plenty, scarce = make_product(stock=10), make_product(stock=1)
    with pytest.raises(NotEnoughStock):
        order_place(customer=user, lines=[CartLine(plenty, 2), CartLine(scarce, 2)])
    assert not Order.objects.exists()
    assert (stock_of(plenty), stock_of(scarce)) == (10, 1)


def test_the_total_is_exact_decimal_money(user):
    """The order returned carries its total as an exact Decimal, as the email will print it."""
    order = order_place(customer=user, lines=[CartLine(make_product(price="0.10"), 3)])
    assert isinstance(order.total, Decimal)
    assert order.total == Decimal("0.30")


def test_the_last_item_sells_once(user, other_user):
    """Two checkouts, each holding its own copy of the product loaded when it said 1 left:
    the first buys it, the second gets NotEnoughStock, and the stock stays at 0."""
    last = make_product(stock=1)
    seen_by_alice, seen_by_bob = Product.objects.get(pk=last.pk), Product.objects.get(pk=last.pk)
    order_place(customer=user, lines=[CartLine(seen_by_alice, 1)])
    with pytest.raises(NotEnoughStock):
        order_place(customer=other_user, lines=[CartLine(seen_by_bob, 1)])
    assert stock_of(last) == 0
    assert Order.objects.count() == 1


def test_the_email_waits_for_the_commit(user, django_capture_on_commit_callbacks):
    """The confirmation is sent after the transaction commits, to the customer."""
    mug = make_product()
    with django_capture_on_commit_callbacks() as callbacks:
        order = order_place(customer=user, lines=[CartLine(mug, 1)])
        assert mail.outbox == []
    assert callbacks
    for callback in callbacks:
        callback()
    assert [message.to for message in mail.outbox] == [[user.email]]
    assert f"#{order.pk}" in mail.outbox[0].subject


def test_a_failed_order_sends_no_email(user, django_capture_on_commit_callbacks):
    """Nothing is promised for an order that was rolled back."""
    scarce = make_product(stock=0)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(NotEnoughStock):
        order_place(customer=user, lines=[CartLine(scarce, 1)])
    assert mail.outbox == []


def placing(customer, items):
    """A checkout to run later: ``customer`` buys ``items`` (product, quantity), as loaded now."""
    lines = [CartLine(Product.objects.get(pk=product.pk), quantity) for product, quantity in items]
    return lambda: order_place(customer=customer, lines=lines)


def bought_or_refused(outcomes):
    """Every checkout ended cleanly: with an order, or with NotEnoughStock (never an error)."""
    unclean = [outcome for outcome in outcomes if not isinstance(outcome, (Order, NotEnoughStock))]
    assert unclean == []
    return [outcome for outcome in outcomes if isinstance(outcome, Order)]


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_checkouts_at_the_same_moment_never_oversell(django_user_model, at_once):
    """Four customers buy the last two items at the same moment: two orders, the others get
    NotEnoughStock, and the stock ends at 0, never below."""
    # A checkout that saves the product it read waits for the others to read it too (the
    # worst case, every time); for the others, a few rounds make sure the timing falls badly.
    for attempt in range(3):
        scarce = make_product(stock=2)
        customers = [
            django_user_model.objects.create_user(f"buyer-{attempt}-{number}@example.com")
            for number in range(4)
        ]
        checkouts = [placing(customer, [(scarce, 1)]) for customer in customers]
        outcomes = at_once(*checkouts, before_saving=Product)
        assert len(bought_or_refused(outcomes)) == 2
        assert stock_of(scarce) == 0


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_carts_with_the_same_products_in_opposite_orders_never_deadlock(user, other_user, at_once):
    """Two checkouts at once, their carts listing the same products in opposite orders: both
    succeed (nobody waits on the other for ever), and each product's stock goes down by two."""
    # A race shows only when the timing falls its way: a few rounds make sure it does.
    for _ in range(5):
        products = [make_product(stock=5) for _ in range(10)]
        items = [(product, 1) for product in products]
        outcomes = at_once(placing(user, items), placing(other_user, items[::-1]))
        assert len(bought_or_refused(outcomes)) == 2
        assert [stock_of(product) for product in products] == [3] * 10
