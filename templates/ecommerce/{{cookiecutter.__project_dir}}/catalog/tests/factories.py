"""Catalog rows for tests, with sensible defaults."""

from decimal import Decimal
from itertools import count

from django.utils.text import slugify

from catalog.models import Category, Product, Tag

_numbers = count(1)


def make_category(name="Mugs"):
    return Category.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]


def make_tag(name="Gift idea"):
    return Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]


def make_product(name=None, *, price="10.00", stock=10, category=None, tags=(), **fields):
    """A product on sale, in stock, with a unique slug."""
    number = next(_numbers)
    name = name or f"Product {number}"
    product = Product.objects.create(
        name=name,
        slug=f"{slugify(name)}-{number}",
        price=Decimal(price),
        stock=stock,
        category=category or make_category(),
        **fields,
    )
    product.tags.set(tags)
    return product
