"""The "shop managers" role exists in every migrated database, with its permissions."""

import pytest
from django.contrib.auth.models import Group

from orders.roles import SHOP_MANAGERS, shop_managers_group
from orders.tests.factories import make_manager

pytestmark = pytest.mark.django_db


def test_migrating_creates_the_shop_managers_group():
    """The group and its permissions come with the migrations, not only with the seed."""
    group = Group.objects.get(name=SHOP_MANAGERS)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_product", "change_product", "change_order", "view_order"} <= codenames


def test_creating_the_group_again_changes_nothing():
    """The group is made once, however often migrations or the seed run."""
    shop_managers_group()
    shop_managers_group()
    assert Group.objects.filter(name=SHOP_MANAGERS).count() == 1


def test_members_get_the_permissions():
    """A member of the group may manage products and orders, without being staff."""
    manager = make_manager()
    assert not manager.is_staff
    assert manager.has_perms(["catalog.change_product", "orders.change_order"])
