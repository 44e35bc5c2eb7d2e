"""Broken versions of the cart's methods that E[test-cart]'s tests must catch."""

from decimal import Decimal

from catalog.exceptions import NotEnoughStock
from exercises.grading import PlantedBug


def total_ignoring_quantities(self):
    return sum((line.product.price for line in self.lines()), Decimal("0.00"))


def total_in_floats(self):
    return sum(float(line.product.price) * line.quantity for line in self.lines())


def add_replacing_the_quantity(self, product, quantity=1):
    self.set(product, quantity)


def add_without_the_stock_check(self, product, quantity=1):
    self.items[str(product.pk)] = self.quantity_of(product) + quantity
    self._save()


def remove_emptying_the_cart(self, product):
    self.items = {}
    self._save()


def set_without_the_stock_check(self, product, quantity):
    if quantity <= 0:
        self.remove(product)
        return
    self.items[str(product.pk)] = quantity
    self._save()


def set_refusing_the_last_item(self, product, quantity):
    if quantity <= 0:
        self.remove(product)
        return
    if quantity >= product.stock:
        raise NotEnoughStock(f"Only {product.stock} left.")
    self.items[str(product.pk)] = quantity
    self._save()


def set_keeping_zero_lines(self, product, quantity):
    if quantity > product.stock:
        raise NotEnoughStock(f"Only {product.stock} left.")
    self.items[str(product.pk)] = max(quantity, 0)
    self._save()


# One bug or more for each edge the statement names, each caught only by a test of that
# edge: adding accumulates, never more than the stock, zero takes out, remove takes out
# only that product, the total is exact decimal money.
PLANTED_BUGS = [
    PlantedBug(
        "add-replaces",
        "cart.cart:Cart.add",
        "cart.tests.planted_bugs:add_replacing_the_quantity",
        "add() replaces the quantity instead of adding to it.",
    ),
    PlantedBug(
        "no-stock-check",
        "cart.cart:Cart.set",
        "cart.tests.planted_bugs:set_without_the_stock_check",
        "set() lets the quantity go over the stock.",
    ),
    PlantedBug(
        "last-item-refused",
        "cart.cart:Cart.set",
        "cart.tests.planted_bugs:set_refusing_the_last_item",
        "set() refuses to sell the last item in stock.",
    ),
    PlantedBug(
        "add-skips-the-stock-check",
        "cart.cart:Cart.add",
        "cart.tests.planted_bugs:add_without_the_stock_check",
        "add() puts more in the cart than is in stock.",
    ),
    PlantedBug(
        "zero-kept",
        "cart.cart:Cart.set",
        "cart.tests.planted_bugs:set_keeping_zero_lines",
        "set() with 0 keeps an empty line instead of taking the product out.",
    ),
    PlantedBug(
        "remove-empties-the-cart",
        "cart.cart:Cart.remove",
        "cart.tests.planted_bugs:remove_emptying_the_cart",
        "remove() takes every product out, not only the one asked for.",
    ),
    PlantedBug(
        "total-ignores-quantities",
        "cart.cart:Cart.total",
        "cart.tests.planted_bugs:total_ignoring_quantities",
        "total() adds up unit prices, whatever the quantities.",
    ),
    PlantedBug(
        "total-in-floats",
        "cart.cart:Cart.total",
        "cart.tests.planted_bugs:total_in_floats",
        "total() computes in floats, so cents drift.",
    ),
]
