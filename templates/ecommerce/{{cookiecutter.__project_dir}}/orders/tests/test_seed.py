"""``manage.py seed`` fills a demo shop, and running it again changes nothing."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from catalog.models import Category, Product, Tag
from orders.models import Order

pytestmark = pytest.mark.django_db


def test_seed_twice(settings, tmp_path, capsys):
    """The seed makes products with images, a manager and orders, and is safe to repeat."""
    settings.MEDIA_ROOT = tmp_path
    call_command("seed")
    counts = (Product.objects.count(), Order.objects.count())
    call_command("seed")
    assert (Product.objects.count(), Order.objects.count()) == counts
    assert counts[0] > 10 and counts[1] > 5
    assert all(product.image for product in Product.objects.all())
    managers = Group.objects.get(name="shop managers").user_set
    assert managers.filter(email="manager@example.com").exists()
    assert "password" in capsys.readouterr().out


def test_seed_rows_fills_every_list_with_that_many_rows(django_user_model):
    """``seed --rows 30``: 30 categories, tags and products, and 30 orders of the demo
    customer (the first user who is not staff), who manages the shop too, so every list
    has as many rows and the demo customer sees them all."""
    call_command("seed", rows=30)
    demo = django_user_model.objects.filter(is_staff=False).order_by("pk").first()
    assert demo.email == "demo@example.com"
    assert demo.has_perms(["orders.change_order", "catalog.add_product"])
    assert (Category.objects.count(), Tag.objects.count()) == (30, 30)
    assert Product.objects.active().count() == 30
    assert demo.orders.count() == 30
    assert not demo.orders.filter(lines=None).exists()
