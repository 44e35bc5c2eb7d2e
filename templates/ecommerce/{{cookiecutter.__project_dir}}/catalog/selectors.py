"""Reads of the catalog: the product list's query string, and the category menu."""

from collections.abc import Mapping
# BEGIN SOLUTION
from decimal import Decimal, InvalidOperation
# END SOLUTION

# BEGIN SOLUTION
from django.core.cache import cache
# END SOLUTION
from django.db.models import Count, Q, QuerySet

from catalog.models import Category, Product

MENU_CACHE_KEY = "catalog:category-menu"
ORDERINGS = {"name": "name", "price": "price", "-price": "-price", "newest": "-created_at"}
# BEGIN SOLUTION


def _price(value: str | None) -> Decimal | None:
    """A price from the query string, or None when it is missing or not a number."""
    try:
        price = Decimal(value)
    except (InvalidOperation, TypeError):
        return None
    return price if price.is_finite() else None
# END SOLUTION


def product_list(*, params: Mapping[str, str]) -> QuerySet[Product]:
    """Products on sale that match ``params`` (the list page's query string)."""
    products = Product.objects.active()
    # BEGIN SOLUTION
    products = products.select_related("category").prefetch_related("tags")
    query = params.get("q", "").strip()
    if query:
        products = products.filter(
            Q(name__icontains=query)
            | Q(description__icontains=query)
            | Q(tags__name__icontains=query)
        ).distinct()
    if category := params.get("category"):
        products = products.filter(category__slug=category)
    if tag := params.get("tag"):
        products = products.filter(tags__slug=tag)
    if (min_price := _price(params.get("min_price"))) is not None:
        products = products.filter(price__gte=min_price)
    if (max_price := _price(params.get("max_price"))) is not None:
        products = products.filter(price__lte=max_price)
    if params.get("in_stock"):
        products = products.in_stock()
    return products.order_by(ORDERINGS.get(params.get("sort"), "name"), "pk")
    # STUB
    # TODO(E[catalog-search]): search `q` in name, description and tag names; filter by `category` and
    # `tag` slugs, `min_price`, `max_price` and `in_stock`; order by `sort` (see ORDERINGS);
    # ignore values that make no sense; load categories and tags without a query per row.
    return products
    # END SOLUTION


def category_menu() -> list[dict]:
    """Categories with how many of their products are on sale, for the menu on every page."""
    # BEGIN SOLUTION
    return cache.get_or_set(MENU_CACHE_KEY, _category_menu_rows, timeout=None)
    # STUB
    # TODO(E[menu-cache]): keep the menu in the cache, and forget it when products or categories change.
    return _category_menu_rows()
    # END SOLUTION


def _category_menu_rows() -> list[dict]:
    categories = Category.objects.annotate(
        product_count=Count("products", filter=Q(products__is_active=True))
    )
    return list(categories.values("name", "slug", "product_count"))
