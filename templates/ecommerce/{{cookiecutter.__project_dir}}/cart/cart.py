"""The shopping cart, kept in the session so that visitors can shop before signing up."""

from dataclasses import dataclass
from decimal import Decimal

from catalog.exceptions import NotEnoughStock
from catalog.models import Product

# The most of one product a line may hold: the cart's buttons and the orders API keep to it.
MAX_QUANTITY = 99


@dataclass(frozen=True)
class CartLine:
    product: Product
    quantity: int

    @property
    def subtotal(self):
        return self.product.price * self.quantity


class Cart:
    """The products a visitor means to buy, as ``{product id: quantity}`` in their session."""

    SESSION_KEY = "cart"

    def __init__(self, session):
        self.session = session
        self.items = dict(session.get(self.SESSION_KEY, {}))

    def __len__(self):
        """How many items, counting quantities."""
        return sum(self.items.values())

    def quantity_of(self, product):
        return self.items.get(str(product.pk), 0)

    def add(self, product, quantity=1):
        """Put ``quantity`` more of ``product`` in the cart, within what is in stock."""
        self.set(product, self.quantity_of(product) + quantity)

    def set(self, product, quantity):
        """Make it exactly ``quantity`` of ``product``; zero or less takes it out."""
        if quantity <= 0:
            self.remove(product)
            return
        if quantity > product.stock:
            raise NotEnoughStock(f"Sorry, only {product.stock} of “{product}” left in stock.")
        self.items[str(product.pk)] = quantity
        self._save()

    def remove(self, product):
        self.items.pop(str(product.pk), None)
        self._save()

    def clear(self):
        self.items = {}
        self._save()

    def lines(self):
        """The cart's lines, products loaded in one query; products off sale drop out."""
        products = Product.objects.active().filter(pk__in=self.items).order_by("name")
        return [CartLine(product, self.items[str(product.pk)]) for product in products]

    def total(self):
        """What the cart costs, in exact decimal money."""
        return sum((line.subtotal for line in self.lines()), Decimal("0.00"))

    def _save(self):
        self.session[self.SESSION_KEY] = self.items
