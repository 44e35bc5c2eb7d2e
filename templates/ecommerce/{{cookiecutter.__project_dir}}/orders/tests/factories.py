"""Orders for tests, written directly so that they do not depend on ``order_place``."""

from decimal import Decimal

from orders.models import Order, OrderLine


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
