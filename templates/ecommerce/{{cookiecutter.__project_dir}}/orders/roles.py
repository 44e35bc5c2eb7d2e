"""The shop's roles. Customers are any signed-in user; shop managers are a group.

The group holds permissions of the catalog and of the orders, so it is defined here, in
the app at the top of the shop, which may know both.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

SHOP_MANAGERS = "shop managers"
SHOP_MANAGER_PERMISSIONS = [
    ("catalog", "add_product"),
    ("catalog", "change_product"),
    ("catalog", "view_product"),
    ("orders", "change_order"),
    ("orders", "view_order"),
]


def shop_managers_group() -> Group:
    """The "shop managers" group with its permissions, created if missing (safe to repeat)."""
    group, _ = Group.objects.get_or_create(name=SHOP_MANAGERS)
    wanted = Q()
    for app_label, codename in SHOP_MANAGER_PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*Permission.objects.filter(wanted))
    return group


def create_shop_managers(sender, **kwargs):
    """``post_migrate`` receiver: every database the site migrates has the group."""
    shop_managers_group()
