"""Tests for the cart's rules (``Cart.add``, ``set``, ``remove``, ``total``), written by the
learner (exercise E[test-cart])."""

# BEGIN SOLUTION
from decimal import Decimal

import pytest

from cart.cart import Cart
from catalog.exceptions import NotEnoughStock
from catalog.tests.factories import make_product

pytestmark = pytest.mark.django_db


def test_add_accumulates_quantities():
    """Adding the same product twice adds the quantities up."""
    cart, mug = Cart({}), make_product(stock=10)
    cart.add(mug, 2)
    cart.add(mug, 3)
    assert cart.quantity_of(mug) == 5


def test_the_whole_stock_can_be_bought():
    """Exactly the stock is allowed; one more is refused and changes nothing."""
    cart, mug = Cart({}), make_product(stock=3)
    cart.set(mug, 3)
    assert cart.quantity_of(mug) == 3
    with pytest.raises(NotEnoughStock):
        cart.set(mug, 4)
    assert cart.quantity_of(mug) == 3


def test_adding_beyond_the_stock_is_refused():
    """add() cannot put more in the cart than is in stock either, and changes nothing."""
    cart, mug = Cart({}), make_product(stock=3)
    with pytest.raises(NotEnoughStock):
        cart.add(mug, 4)
    assert cart.quantity_of(mug) == 0


def test_zero_takes_the_product_out():
    """Setting 0 removes the line."""
    cart, mug = Cart({}), make_product()
    cart.set(mug, 2)
    cart.set(mug, 0)
    assert cart.lines() == []


def test_remove_takes_only_that_product_out():
    """remove() leaves the other products alone."""
    cart, mug, tea = Cart({}), make_product(), make_product()
    cart.add(mug)
    cart.add(tea)
    cart.remove(mug)
    assert [line.product for line in cart.lines()] == [tea]


def test_total_is_exact_decimal_money():
    """Unit prices times quantities, in Decimal: 3 × 19.99 + 0.10 is exactly 60.07."""
    cart = Cart({})
    cart.add(make_product(price="19.99"), 3)
    cart.add(make_product(price="0.10"))
    assert cart.total() == Decimal("60.07")
    assert isinstance(cart.total(), Decimal)


def test_empty_cart_costs_nothing():
    """An empty cart's total is zero."""
    assert Cart({}).total() == Decimal("0.00")
# STUB
# TODO(E[test-cart]): test Cart.add, Cart.set, Cart.remove and Cart.total here, edges included.
# END SOLUTION
