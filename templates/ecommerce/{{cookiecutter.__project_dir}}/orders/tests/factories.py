"""Orders and shop managers for tests; orders are written directly, not through ``order_place``."""

from decimal import Decimal

from django.contrib.auth import get_user_model

from orders.models import Order, OrderLine
from orders.roles import shop_managers_group


def make_order(customer, items, status=Order.Status.PLACED):
    """``customer``'s order of ``items``, a list of (product, quantity) pairs."""
    lines = [
        OrderLine(
            product=product, product_name=product.name, unit_price=product.price, quantity=quantity
        )
        for product, quantity in items
    ]
    order = Order.objects.create(
        customer=customer,
        email=customer.email,
        status=status,
        total=sum((line.subtotal for line in lines), Decimal("0.00")),
    )
    for line in lines:
        line.order = order
    OrderLine.objects.bulk_create(lines)
    return order


def make_manager(name="morgan"):
    """A member of the "shop managers" group, and nothing more (not staff, not superuser)."""
    manager = get_user_model().objects.create_user(f"{name}@example.com")
    manager.groups.add(shop_managers_group())
    return manager
