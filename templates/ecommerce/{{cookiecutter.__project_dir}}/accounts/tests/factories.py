"""Users in the shop's roles, for tests."""

from django.contrib.auth import get_user_model

from accounts.roles import shop_managers_group


def make_manager(username="morgan"):
    """A member of the "shop managers" group, and nothing more (not staff, not superuser)."""
    manager = get_user_model().objects.create_user(username, f"{username}@example.com")
    manager.groups.add(shop_managers_group())
    return manager
