"""E[menu-cache]: the category menu comes from the cache, and changes to the catalog refresh it."""

import pytest
from django.core.cache import cache

from catalog.selectors import category_menu
from catalog.tests.factories import make_category, make_product

pytestmark = [pytest.mark.django_db, pytest.mark.exercise("E[menu-cache]")]


def counts(menu):
    return {row["name"]: row["product_count"] for row in menu}


@pytest.fixture
def cached_menu(django_assert_num_queries):
    """Build the menu once, then check that it is served without a query."""

    def build():
        first = category_menu()
        with django_assert_num_queries(0):
            assert category_menu() == first
        return first

    return build


def test_menu_counts_products_on_sale_from_the_cache(cached_menu):
    """The menu counts products on sale per category; the second read is free."""
    mugs = make_category("Mugs")
    make_product(category=mugs)
    make_product(category=mugs, is_active=False)
    make_category("Tea")
    assert counts(cached_menu()) == {"Mugs": 1, "Tea": 0}


def test_a_new_or_changed_product_refreshes_the_menu(cached_menu):
    """Adding a product, or taking one off sale, shows on the next menu."""
    mugs = make_category("Mugs")
    product = make_product(category=mugs)
    cached_menu()
    make_product(category=mugs)
    assert counts(cached_menu()) == {"Mugs": 2}
    product.is_active = False
    product.save()
    assert counts(category_menu()) == {"Mugs": 1}


def test_a_deleted_product_or_renamed_category_refreshes_the_menu(cached_menu):
    """Deleting a product or renaming a category shows on the next menu."""
    mugs = make_category("Mugs")
    product = make_product(category=mugs)
    cached_menu()
    product.delete()
    assert counts(cached_menu()) == {"Mugs": 0}
    mugs.name = "Cups"
    mugs.save()
    assert counts(category_menu()) == {"Cups": 0}


def test_only_the_menu_is_forgotten(cached_menu):
    """A change to the catalog forgets the menu, and leaves the rest of the cache alone."""
    cache.set("someone-else:report", "kept", timeout=None)
    cached_menu()
    make_product(category=make_category("Mugs"))
    assert cache.get("someone-else:report") == "kept"
    assert counts(cached_menu()) == {"Mugs": 1}


def test_a_deleted_category_leaves_the_menu(cached_menu):
    """Deleting a category shows on the next menu."""
    make_category("Mugs")
    tea = make_category("Tea")
    cached_menu()
    tea.delete()
    assert counts(category_menu()) == {"Mugs": 0}
