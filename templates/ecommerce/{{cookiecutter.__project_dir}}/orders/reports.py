"""Reports for shop managers: each one a single query, whatever the size of the shop."""

# BEGIN SOLUTION
from decimal import Decimal

from django.db.models import DecimalField, F, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

# STUB
from django.db.models import QuerySet

# END SOLUTION
from catalog.models import Category, Product
# BEGIN SOLUTION
from orders.models import Order
# END SOLUTION

LOW_STOCK = 5
# BEGIN SOLUTION
MONEY = {"max_digits": 14, "decimal_places": 2}
# Cancelled orders sold nothing.
SOLD = (Order.Status.PLACED, Order.Status.PAID, Order.Status.SHIPPED)
# END SOLUTION


def best_sellers(*, limit: int = 5) -> QuerySet[Product]:
    """Products by units sold (cancelled orders left out), most first, as ``units_sold``."""
    # BEGIN SOLUTION
    units_sold = Sum("order_lines__quantity", filter=Q(order_lines__order__status__in=SOLD))
    return (
        Product.objects.annotate(units_sold=units_sold)
        .filter(units_sold__gt=0)
        .order_by("-units_sold", "name")[:limit]
    )
    # STUB
    # TODO(E[reports]): annotate each product with `units_sold` and keep the `limit` best.
    return Product.objects.none()
    # END SOLUTION


def revenue_per_category() -> QuerySet[Category]:
    """Every category with the money its products brought in, as ``revenue`` (a Decimal)."""
    # BEGIN SOLUTION
    line_amount = F("products__order_lines__unit_price") * F("products__order_lines__quantity")
    revenue = Sum(
        line_amount,
        filter=Q(products__order_lines__order__status__in=SOLD),
        output_field=DecimalField(**MONEY),
    )
    return Category.objects.annotate(
        revenue=Coalesce(revenue, Decimal("0.00"), output_field=DecimalField(**MONEY))
    ).order_by("-revenue", "name")
    # STUB
    # TODO(E[reports]): annotate each category with `revenue`: unit price × quantity of its
    # products' order lines, 0.00 for a category that sold nothing, largest first.
    return Category.objects.none()
    # END SOLUTION


def products_never_ordered() -> QuerySet[Product]:
    """Products that appear on no order line at all, by name."""
    # BEGIN SOLUTION
    return Product.objects.filter(order_lines__isnull=True).order_by("name")
    # STUB
    # TODO(E[reports]): the products no order line points to.
    return Product.objects.none()
    # END SOLUTION


def low_stock(*, threshold: int = LOW_STOCK) -> QuerySet[Product]:
    """Products on sale with ``threshold`` or fewer left, the emptiest first."""
    # BEGIN SOLUTION
    return (
        Product.objects.active()
        .filter(stock__lte=threshold)
        .select_related("category")
        .order_by("stock", "name")
    )
    # STUB
    # TODO(E[reports]): products on sale with at most `threshold` in stock, emptiest first,
    # with their category loaded in the same query.
    return Product.objects.none()
    # END SOLUTION
