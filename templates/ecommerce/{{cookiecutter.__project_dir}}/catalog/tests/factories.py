"""Catalog rows for tests, with sensible defaults, and a user who may manage them."""

from decimal import Decimal
from itertools import count

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
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


def make_product_manager():
    """A user who may add and change products, and nothing more (not staff, not superuser)."""
    manager = get_user_model().objects.create_user("pat@example.com")
    manager.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="catalog", codename__in=["add_product", "change_product"]
        )
    )
    return manager
